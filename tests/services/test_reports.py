"""Reports: event intervals, grades, derived-from, corrections and retraction."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from caseworker.db import Database
from caseworker.errors import CaseworkerError, InvalidDate, StaleRecord, ValidationError
from caseworker.services import audit, reports
from caseworker.vocab import Claim, ClaimGroup, Credibility, DatePrecision, Reliability
from tests.conftest import ACTOR, SampleCase, add_person


def add(database: Database, person_id: int, **values: object) -> int:
    defaults: dict[str, object] = {"claim": "missing", "event": "2026-03", "source_kind": "family"}
    with database.write() as session:
        return reports.add_report(session, ACTOR, person_id, **{**defaults, **values}).id  # type: ignore[arg-type]


def test_a_month_only_event_is_stored_as_its_interval(
    database: Database, sample_case: SampleCase
) -> None:
    report_id = add(database, sample_case.person_id, event="03.2026")
    with database.read() as session:
        report = reports.get_report(session, report_id)
        assert (report.event_from, report.event_to) == (date(2026, 3, 1), date(2026, 3, 31))
        assert report.event_precision is DatePrecision.MONTH
        assert report.claim.group is ClaimGroup.UNKNOWN
        assert report.entered_by == ACTOR
        assert report.received_on == date.today()


@pytest.mark.parametrize(
    ("values", "refusal", "message"),
    [
        # Bad dates
        ({"event": "2026-04-10..2026-04-02"}, InvalidDate, "starts after it ends"),
        ({"event": (date.today() + timedelta(days=3)).isoformat()}, InvalidDate, "in the future"),
        ({"event": "30.02.2026"}, InvalidDate, "not a day that exists"),
        ({"event": ""}, InvalidDate, "missing"),
        ({"received_on": "завтра"}, InvalidDate, "is not a date"),
        # Grades and claims outside the vocabulary
        ({"reliability": "G"}, ValidationError, "not a valid source reliability"),
        ({"credibility": "7"}, ValidationError, "not a valid information credibility"),
        ({"claim": "zombie"}, ValidationError, "not a valid claim"),
        ({"claim": None}, ValidationError, "claim must be chosen"),
        ({"source_kind": ""}, ValidationError, "source kind must be chosen"),
    ],
)
def test_bad_dates_grades_and_claims_are_refused_with_a_sentence(
    database: Database,
    sample_case: SampleCase,
    values: dict[str, object],
    refusal: type[CaseworkerError],
    message: str,
) -> None:
    with pytest.raises(refusal) as raised:
        add(database, sample_case.person_id, **values)
    assert message in raised.value.message


def test_grades_are_read_whatever_the_case(database: Database, sample_case: SampleCase) -> None:
    report_id = add(database, sample_case.person_id, reliability="b", credibility=2)
    with database.read() as session:
        report = reports.get_report(session, report_id)
        assert (report.reliability, report.credibility) == (
            Reliability.B,
            Credibility.PROBABLY_TRUE,
        )


def test_a_derived_report_points_at_its_origin(database: Database, sample_case: SampleCase) -> None:
    relay = add(
        database,
        sample_case.person_id,
        claim="killed",
        source_kind="comrade",
        derived_from_id=sample_case.killed_report_id,
    )
    with database.read() as session:
        assert reports.get_report(session, relay).derived_from_id == sample_case.killed_report_id


def test_a_report_cannot_relay_another_persons_report(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        other = add_person(session, sample_case.case_id, "Шумов Олег").id
    with pytest.raises(ValidationError) as raised:
        add(database, other, derived_from_id=sample_case.killed_report_id)
    assert "same person" in raised.value.message


def test_a_report_cannot_be_derived_from_itself_through_a_chain(
    database: Database, sample_case: SampleCase
) -> None:
    relay = add(database, sample_case.person_id, derived_from_id=sample_case.killed_report_id)
    with pytest.raises(ValidationError), database.write() as session:
        reports.update_report(
            session, ACTOR, sample_case.killed_report_id, 1, derived_from_id=relay
        )


def test_retraction_keeps_the_report_and_records_why(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        reports.retract_report(
            session, ACTOR, sample_case.alive_report_id, 1, "Перепутали с однофамильцем"
        )
    with database.read() as session:
        report = reports.get_report(session, sample_case.alive_report_id)
        assert report.retracted
        assert report.retraction_reason == "Перепутали с однофамильцем"
        assert report.claim is Claim.WOUNDED
        entries = audit.history(session, "reports", report.id)
        assert entries[-1].action == "retract"
        assert entries[-1].note == "Перепутали с однофамильцем"
        assert len(reports.reports_of_person(session, sample_case.person_id)) == 2


def test_retraction_needs_a_reason_and_happens_once(
    database: Database, sample_case: SampleCase
) -> None:
    with pytest.raises(ValidationError), database.write() as session:
        reports.retract_report(session, ACTOR, sample_case.alive_report_id, 1, "  ")
    with database.write() as session:
        reports.retract_report(session, ACTOR, sample_case.alive_report_id, 1, "Ошибка")
    with pytest.raises(ValidationError), database.write() as session:
        reports.retract_report(session, ACTOR, sample_case.alive_report_id, 2, "Ещё раз")


def test_a_claim_is_never_overwritten(database: Database, sample_case: SampleCase) -> None:
    with pytest.raises(ValidationError) as raised, database.write() as session:
        reports.update_report(session, ACTOR, sample_case.killed_report_id, 1, claim="alive")
    assert "Retract" in raised.value.message
    with database.read() as session:
        assert reports.get_report(session, sample_case.killed_report_id).claim is Claim.KILLED


def test_a_correction_is_audited_with_the_old_value(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        reports.update_report(
            session, ACTOR, sample_case.killed_report_id, 1, event="2026-04", credibility="3"
        )
    with database.read() as session:
        report = reports.get_report(session, sample_case.killed_report_id)
        assert report.event_precision is DatePrecision.MONTH
        changed = {
            e.field: (e.old_value, e.new_value)
            for e in audit.history(session, "reports", report.id)
            if e.action == "update"
        }
    assert changed["credibility"] == ("2", "3")
    assert changed["event_from"] == ("2026-04-02", "2026-04-01")
    assert changed["event_to"] == ("2026-04-02", "2026-04-30")


def test_creation_is_audited_with_its_values(database: Database, sample_case: SampleCase) -> None:
    with database.read() as session:
        entry = audit.history(session, "reports", sample_case.killed_report_id)[0]
    assert entry.action == "create"
    assert json.loads(entry.new_value or "{}")["claim"] == "killed"


def test_a_stale_version_is_refused(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        reports.update_report(session, ACTOR, sample_case.killed_report_id, 1, place="Н-ск")
    with pytest.raises(StaleRecord), database.write() as session:
        reports.retract_report(session, ACTOR, sample_case.killed_report_id, 1, "Ошибка")


def test_a_summary_longer_than_a_spreadsheet_cell_is_refused_and_nothing_saved(
    database: Database, sample_case: SampleCase
) -> None:
    """Before, 40,000 characters were accepted and cut to 32,767 on the way to Excel."""
    with pytest.raises(ValidationError) as raised, database.write() as session:
        reports.add_report(
            session, ACTOR, sample_case.person_id, claim="alive", event="2026-04",
            source_kind="family", summary="я" * 40_000,
        )  # fmt: skip
    assert raised.value.field == "summary" and "40000 characters" in raised.value.message
    with database.read() as session:
        assert len(reports.reports_of_person(session, sample_case.person_id)) == 2


def test_the_rows_shown_hold_every_value_of_the_reports(
    database: Database, sample_case: SampleCase
) -> None:
    """The window's rows, read as columns, say what the reports themselves say: a relayed
    report, a dated statement, a period and a retraction included."""
    from caseworker.services.report_rows import ReportRow, report_rows_of_person
    from tests.conftest import add_report

    with database.write() as session:
        relayed = add_report(
            session,
            sample_case.person_id,
            "captured",
            "03.2026..04.2026",
            "C3",
            derived_from_id=sample_case.alive_report_id,
            source_kind="comrade",
            place="Курск",
            stated_on=date(2026, 4, 2),
            summary="Со слов сослуживца",
        )
        reports.retract_report(session, ACTOR, relayed.id, None, "Ошибся человеком")
    with database.read() as session:
        shown = report_rows_of_person(session, sample_case.person_id)
        stored = reports.reports_of_person(session, sample_case.person_id)
        assert shown == [ReportRow.from_report(report) for report in stored]
    assert len(shown) == 3
    assert [row.retracted for row in shown].count(True) == 1
