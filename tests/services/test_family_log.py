"""The family log: what a relative was told, the disclosure gate, families waiting for news."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from caseworker.db import Database
from caseworker.errors import (
    DisclosureRefused,
    InvalidDate,
    NotFound,
    StaleRecord,
    ValidationError,
)
from caseworker.services import audit, cases, family_log, relatives, reports
from caseworker.vocab import ToldHow, ToldWhat
from tests.conftest import ACTOR, SampleCase, add_person, add_report

TOLD: dict[str, Any] = {"told_on": "2026-05-12", "told_by": "Ирина Ёжикова", "how": "call"}


def tell(database: Database, sample: SampleCase, what: str, **values: Any) -> int:
    with database.write() as session:
        row = family_log.record_told(
            session, ACTOR, sample.case_id, sample.relative_id, **{**TOLD, "what": what, **values}
        )
        return row.id


def test_what_a_relative_was_told_is_listed_in_order(
    database: Database, sample_case: SampleCase
) -> None:
    tell(database, sample_case, "no_news", told_on="2026-05-20", how="meeting")
    tell(database, sample_case, "report_received", note="Сказали о сообщении командира")
    with database.read() as session:
        log = family_log.relative_log(session, sample_case.relative_id)
        assert log == family_log.case_log(session, sample_case.case_id)
    assert [(r.told_on, r.what, r.how) for r in log] == [
        (date(2026, 5, 12), ToldWhat.REPORT_RECEIVED, ToldHow.CALL),
        (date(2026, 5, 20), ToldWhat.NO_NEWS, ToldHow.MEETING),
    ]
    assert log[0].relative_name == "Шумова Ольга Ёжиковна"
    assert log[0].note == "Сказали о сообщении командира" and log[0].actor == ACTOR
    assert not any(r.overridden for r in log)


def test_each_entry_is_audited(database: Database, sample_case: SampleCase) -> None:
    entry_id = tell(database, sample_case, "alive")
    with database.read() as session:
        history = audit.history(session, "family_log", entry_id)
    assert [h.action for h in history] == ["create"]
    assert '"what": "alive"' in (history[0].new_value or "")


def test_killed_is_refused_while_a_credible_report_says_he_survived(
    database: Database, sample_case: SampleCase
) -> None:
    with pytest.raises(DisclosureRefused) as refused:
        tell(database, sample_case, "killed")
    assert f"report {sample_case.alive_report_id}" in refused.value.message
    assert "Nothing was recorded" in refused.value.message
    with database.read() as session:
        assert family_log.case_log(session, sample_case.case_id) == []
        assert not family_log.has_override(session, sample_case.case_id)


def test_an_override_records_it_with_the_reason_audited_and_shown_on_the_case(
    database: Database, sample_case: SampleCase
) -> None:
    reason = "Семья получила извещение от военкомата и попросила подтвердить"
    entry_id = tell(database, sample_case, "killed", override_reason=reason)
    with database.read() as session:
        assert family_log.has_override(session, sample_case.case_id)
        [shown] = family_log.overrides(session, sample_case.case_id)
        history = audit.history(session, "family_log", entry_id)
    assert shown.id == entry_id and shown.override_reason == reason and shown.overridden
    assert [h.action for h in history] == ["create", "override"]
    assert history[1].note.startswith(reason)
    assert f"report {sample_case.alive_report_id}" in history[1].note


def test_killed_is_allowed_once_the_survival_report_is_retracted(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        reports.retract_report(
            session, ACTOR, sample_case.alive_report_id, None, "Другая сторона опровергла"
        )
    entry_id = tell(database, sample_case, "killed", override_reason="не нужна")
    with database.read() as session:
        [entry] = family_log.case_log(session, sample_case.case_id)
        history = audit.history(session, "family_log", entry_id)
        assert not family_log.has_override(session, sample_case.case_id)
    assert entry.override_reason is None
    assert history[1].action == "disclosure"
    assert f"report {sample_case.killed_report_id}" in history[1].note


def test_an_official_notice_about_one_of_two_persons_names_him(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        brother = add_person(session, sample_case.case_id, "Шумов Игорь")
        add_report(session, brother.id, "killed", "2026-04-10", source_kind="official")
        gate = family_log.case_disclosure(session, sample_case.case_id)
        only_first = family_log.case_disclosure(session, sample_case.case_id, sample_case.person_id)
    assert gate.allowed and gate.reason.startswith("Шумов Игорь: An official notice")
    assert not only_first.allowed


def test_a_death_in_a_case_of_two_persons_is_recorded_only_for_the_one_it_concerns(
    database: Database, sample_case: SampleCase
) -> None:
    """A death credibly reported for one brother never passes as told of the other."""
    with database.write() as session:
        brother = add_person(session, sample_case.case_id, "Шумов Игорь")
        add_report(session, brother.id, "killed", "2026-04-10", source_kind="official")
    with pytest.raises(ValidationError) as unnamed:
        tell(database, sample_case, "killed")
    assert unnamed.value.field == "person_id"
    assert "several" in unnamed.value.message
    with pytest.raises(DisclosureRefused):
        tell(database, sample_case, "killed", person_id=sample_case.person_id)
    entry_id = tell(database, sample_case, "killed", person_id=brother.id)
    with database.read() as session:
        log = family_log.case_log(session, sample_case.case_id)
    assert [(row.id, row.person_id, row.overridden) for row in log] == [
        (entry_id, brother.id, False)
    ]


def test_a_death_in_a_case_of_one_person_is_recorded_for_him(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        add_report(session, sample_case.person_id, "killed", "2026-05-01", source_kind="official")
    tell(database, sample_case, "killed")
    with database.read() as session:
        (row,) = family_log.case_log(session, sample_case.case_id)
    assert row.person_id == sample_case.person_id


@pytest.mark.parametrize(
    ("values", "error", "field"),
    [
        ({"what": "buried"}, ValidationError, "what"),
        ({"what": ""}, ValidationError, "what"),
        ({"told_by": "  "}, ValidationError, "told_by"),
        ({"how": "pigeon"}, ValidationError, "how"),
        ({"told_on": "2999-01-01"}, InvalidDate, "told_on"),
        ({"told_on": "вчера"}, InvalidDate, "told_on"),
        ({"told_on": ""}, ValidationError, "told_on"),
    ],
)
def test_bad_input_is_refused_with_nothing_saved(
    database: Database,
    sample_case: SampleCase,
    values: dict[str, str],
    error: type[Exception],
    field: str,
) -> None:
    with pytest.raises(error) as raised:
        tell(database, sample_case, **{"what": "alive", **values})
    assert getattr(raised.value, "field", None) == field
    with database.read() as session:
        assert family_log.case_log(session, sample_case.case_id) == []


def test_a_relative_of_another_case_or_none_at_all(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        other = cases.create_case(session, ACTOR, family_name="Ёлкины")
        stranger = relatives.add_relative(session, ACTOR, other.id, surname="Ёлкина")
        stranger_id = stranger.id
    with database.write() as session, pytest.raises(ValidationError) as wrong:
        family_log.record_told(
            session, ACTOR, sample_case.case_id, stranger_id, what="alive", **TOLD
        )
    assert wrong.value.field == "relative_id"
    with database.write() as session, pytest.raises(NotFound):
        family_log.record_told(session, ACTOR, sample_case.case_id, 999, what="alive", **TOLD)


def test_families_not_told_within_the_interval(database: Database, sample_case: SampleCase) -> None:
    tell(database, sample_case, "no_news", told_on="2026-05-12")
    with database.read() as session:
        assert family_log.families_waiting(session, date(2026, 5, 26)) == []
        [waiting] = family_log.families_waiting(session, date(2026, 5, 27))
    assert waiting.case_reference == sample_case.reference
    assert waiting.relative_id == sample_case.relative_id
    assert waiting.relative_name == "Шумова Ольга Ёжиковна"
    assert waiting.last_told_on == date(2026, 5, 12)
    assert (waiting.days_waiting, waiting.inform_every_days) == (15, 14)


def test_a_relative_never_told_waits_from_the_day_entered_and_closed_cases_do_not(
    database: Database, sample_case: SampleCase
) -> None:
    today = datetime.now(UTC).date()  # the day of entry is counted in UTC
    with database.read() as session:
        assert family_log.families_waiting(session, today) == []
        [waiting] = family_log.families_waiting(session, date.fromordinal(today.toordinal() + 15))
    assert waiting.last_told_on is None and waiting.days_waiting == 15
    with database.write() as session:
        case = cases.get_case(session, sample_case.case_id)
        cases.update_case(session, ACTOR, case.id, case.version, status="closed")
    with database.read() as session:
        assert family_log.families_waiting(session, date.fromordinal(today.toordinal() + 99)) == []


def test_a_case_with_a_longer_interval_waits_longer(
    database: Database, sample_case: SampleCase
) -> None:
    tell(database, sample_case, "no_news", told_on="2026-05-12")
    with database.write() as session:
        family_log.set_inform_interval(session, ACTOR, sample_case.case_id, None, 30)
    with database.read() as session:
        assert family_log.families_waiting(session, date(2026, 6, 11)) == []
        [waiting] = family_log.families_waiting(
            session, date(2026, 6, 12), case_ids=[sample_case.case_id]
        )
        assert family_log.families_waiting(session, date(2026, 6, 12), case_ids=[999]) == []
    assert (waiting.days_waiting, waiting.inform_every_days) == (31, 30)


def test_the_interval_is_set_audited_and_refused_when_not_a_number_of_days(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        version = cases.get_case(session, sample_case.case_id).version
        assert family_log.set_inform_interval(session, ACTOR, sample_case.case_id, version, "30")
    with database.read() as session:
        case = cases.get_case(session, sample_case.case_id)
        changes = [h for h in audit.history(session, "cases", case.id) if h.action == "update"]
        assert case.inform_every_days == 30
    assert [(h.field, h.old_value, h.new_value) for h in changes] == [
        ("inform_every_days", "14", "30")
    ]
    for wrong in ("0", "-3", "две недели", "366", ""):
        with database.write() as session, pytest.raises(ValidationError) as refused:
            family_log.set_inform_interval(session, ACTOR, sample_case.case_id, None, wrong)
        assert refused.value.field == "inform_every_days"
    with database.write() as session, pytest.raises(StaleRecord):
        family_log.set_inform_interval(session, ACTOR, sample_case.case_id, version, 7)
    with database.read() as session:
        assert cases.get_case(session, sample_case.case_id).inform_every_days == 30
