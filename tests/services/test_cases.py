"""Cases: creation with references, edits with audit, validation, denormalised columns."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseworker.db import Database
from caseworker.errors import InvalidDate, NotFound, ValidationError
from caseworker.services import audit, case_list, cases, persons, reports
from caseworker.vocab import CaseStatus
from tests.conftest import ACTOR, SampleCase


def test_references_count_up_within_the_year(database: Database) -> None:
    with database.write() as session:
        first = cases.create_case(session, ACTOR, family_name="Ивановы", opened_on="2026-01-05")
        second = cases.create_case(session, ACTOR, family_name="Петровы", opened_on="2026-02-01")
        older = cases.create_case(session, ACTOR, family_name="Сидоровы", opened_on="2025-12-30")
    assert (first.reference, second.reference, older.reference) == (
        "2026-0001",
        "2026-0002",
        "2025-0001",
    )


def test_a_new_case_is_open_with_a_version_and_uuid(database: Database) -> None:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="  Ёлкины  ", region=" Тверская ")
    assert case.family_name == "Ёлкины"
    assert case.region == "Тверская"
    assert case.status is CaseStatus.OPEN
    assert case.version == 1
    assert len(case.uuid) == 36
    assert case.opened_on == date.today()


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_case_needs_a_family_name(database: Database, name: str | None) -> None:
    with pytest.raises(ValidationError) as raised, database.write() as session:
        cases.create_case(session, ACTOR, family_name=name)
    assert raised.value.field == "family_name"
    assert "must not be empty" in raised.value.message
    with database.read() as session:
        assert case_list.count_cases(session, case_list.CaseQuery()) == 0


def test_next_action_may_lie_ahead_but_opening_may_not(database: Database) -> None:
    tomorrow = date.today() + timedelta(days=1)
    with database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Ивановы", next_action_due=tomorrow.isoformat()
        )
    assert case.next_action_due == tomorrow
    with pytest.raises(InvalidDate), database.write() as session:
        cases.create_case(session, ACTOR, family_name="Ивановы", opened_on=tomorrow)


def test_impossible_dates_are_refused(database: Database) -> None:
    with pytest.raises(InvalidDate) as raised, database.write() as session:
        cases.create_case(session, ACTOR, family_name="Ивановы", next_action_due="31.02.2026")
    assert "not a day that exists" in raised.value.message


def test_an_edit_is_audited_field_by_field(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        case = cases.update_case(
            session, ACTOR, sample_case.case_id, 1,
            region="Белгородская область", status="located", notes="",
        )  # fmt: skip
        assert case.version == 2
    with database.read() as session:
        entries = audit.history(session, "cases", sample_case.case_id)
    updates = [
        (e.field, e.old_value, e.new_value, e.actor) for e in entries if e.action == "update"
    ]
    assert updates == [
        ("region", "Курская область", "Белгородская область", ACTOR),
        ("status", "open", "located", ACTOR),
    ]


def test_an_edit_that_changes_nothing_keeps_the_version(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        case = cases.update_case(session, ACTOR, sample_case.case_id, 1, family_name="Шумовы")
        assert case.version == 1


def test_an_unknown_case_is_a_clear_error(database: Database) -> None:
    with pytest.raises(NotFound) as raised, database.read() as session:
        cases.get_case_by_reference(session, "2026-9999")
    assert "2026-9999" in raised.value.message


def test_the_case_list_columns_follow_persons_and_reports(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        case = cases.get_case(session, sample_case.case_id)
        assert case.persons_label == "Шумов А. П."
        assert case.last_report_on == date(2026, 4, 8)
    with database.write() as session:
        persons.add_person(session, ACTOR, sample_case.case_id, surname="Шумов", given_name="Олег")
        reports.retract_report(
            session, ACTOR, sample_case.alive_report_id, 1, "Источник отозвал сообщение"
        )
    with database.read() as session:
        case = cases.get_case(session, sample_case.case_id)
        assert case.persons_label == "Шумов А. П.; Шумов О."
        assert case.last_report_on == date(2026, 4, 5)
        # Bookkeeping columns never bump the version someone editing the case holds.
        assert case.version == 1


def test_clearing_the_opening_date_keeps_the_old_one(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        case = cases.update_case(session, ACTOR, sample_case.case_id, 1, opened_on="")
    assert case.opened_on == date(2026, 5, 10)
