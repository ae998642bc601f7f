"""What the window reads: the case overview, report rows and choices, as frozen plain values."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from caseworker.db import Database
from caseworker.errors import NotFound
from caseworker.services import assessments, cases, persons
from caseworker.services.assessments import current_assessment
from caseworker.services.case_overview import case_overview, person_choices
from caseworker.services.report_rows import (
    case_reports,
    person_reports,
    report_in_context,
    report_rows_of_person,
)
from caseworker.vocab import (
    AssessedStatus,
    CaseStatus,
    Claim,
    Confidence,
    OfficialStatus,
    Relation,
)
from tests.conftest import ACTOR, SampleCase, add_person, add_report


@contextmanager
def statements_run(database: Database) -> Iterator[list[str]]:
    """The SQL statements ``database`` runs while inside."""
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)


def test_the_overview_holds_the_header_and_the_people(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        overview = case_overview(session, sample_case.case_id)

    assert (overview.reference, overview.family_name) == (sample_case.reference, "Шумовы")
    assert (overview.region, overview.status) == ("Курская область", CaseStatus.OPEN)
    assert overview.opened_on == date(2026, 5, 10)
    [wife] = overview.relatives
    assert (wife.id, wife.full_name) == (sample_case.relative_id, "Шумова Ольга Ёжиковна")
    assert wife.relation is Relation.WIFE
    [person] = overview.persons
    assert (person.id, person.full_name) == (sample_case.person_id, "Шумов Алексей Петрович")
    assert (person.service_number, person.official_status) == (
        "АВ-123 456",
        OfficialStatus.MISSING,
    )
    assert (overview.person_count, overview.relative_count) == (1, 1)


def test_the_overview_is_frozen_and_outlives_its_session(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        overview = case_overview(session, sample_case.case_id)

    # Read after the session closed: no lazy load, no detached-instance error.
    assert overview.persons[0].full_name == "Шумов Алексей Петрович"
    with pytest.raises(dataclasses.FrozenInstanceError):
        overview.region = "другая"  # type: ignore[misc]


def test_people_come_in_entry_order(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        persons.add_person(
            session, ACTOR, sample_case.case_id, surname="Абрамов", given_name="Иван"
        )
    with database.read() as session:
        overview = case_overview(session, sample_case.case_id)
        choices = person_choices(session, sample_case.case_id)

    assert [p.full_name for p in overview.persons] == ["Шумов Алексей Петрович", "Абрамов Иван"]
    assert [(c.id, c.text) for c in choices] == [(p.id, p.full_name) for p in overview.persons]


def test_an_unknown_case_is_not_found(database: Database) -> None:
    with database.read() as session:
        with pytest.raises(NotFound):
            case_overview(session, 999)
        with pytest.raises(NotFound):
            person_choices(session, 999)


def test_the_overview_reads_in_three_queries_whatever_the_people(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        for number in range(5):
            add_person(session, sample_case.case_id, f"Иванов{number} И")
    with statements_run(database) as statements, database.read() as session:
        overview = case_overview(session, sample_case.case_id)

    assert len(overview.persons) == 6
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3


def test_report_rows_in_event_order(database: Database, sample_case: SampleCase) -> None:
    with database.read() as session:
        rows = report_rows_of_person(session, sample_case.person_id)

    assert [row.id for row in rows] == [sample_case.killed_report_id, sample_case.alive_report_id]
    assert rows[0].claim is Claim.KILLED and not rows[0].retracted
    with database.read() as session:
        assert report_rows_of_person(session, 999) == []


def test_a_report_in_context_names_its_person_case_and_origin(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        relayed = add_report(
            session, sample_case.person_id, "alive", "2026-05-01", source_kind="comrade",
            derived_from_id=sample_case.alive_report_id,
        )  # fmt: skip
        session.flush()
        relayed_id = relayed.id
    with database.read() as session:
        found = report_in_context(session, relayed_id)
        plain = report_in_context(session, sample_case.killed_report_id)

    assert (found.person_id, found.person_name) == (
        sample_case.person_id,
        "Шумов Алексей Петрович",
    )
    assert found.case_id == sample_case.case_id
    assert found.origin is not None and found.origin.id == sample_case.alive_report_id
    assert plain.origin is None and plain.row.id == sample_case.killed_report_id


def test_an_unknown_report_is_not_found(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound):
        report_in_context(session, 999)


def test_a_persons_reports_with_name_and_case(database: Database, sample_case: SampleCase) -> None:
    with database.read() as session:
        found = person_reports(session, sample_case.person_id)
        with pytest.raises(NotFound):
            person_reports(session, 999)

    assert (found.person_name, found.case_id) == ("Шумов Алексей Петрович", sample_case.case_id)
    assert [row.id for row in found.rows] == [
        sample_case.killed_report_id,
        sample_case.alive_report_id,
    ]


def test_a_cases_reports_by_person_in_one_query_for_the_reports(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        other = add_person(session, sample_case.case_id, "Абрамов Иван")
        session.flush()
        add_report(session, other.id, "missing", "2026-03-01", source_kind="comrade")
    with statements_run(database) as statements, database.read() as session:
        found = case_reports(session, sample_case.case_id)

    assert found.reference == sample_case.reference
    assert [(p.person_name, len(p.rows)) for p in found.persons] == [
        ("Шумов Алексей Петрович", 2),
        ("Абрамов Иван", 1),
    ]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3
    with database.read() as session, pytest.raises(NotFound):
        case_reports(session, 999)


def test_the_current_assessment_as_plain_values(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        assert current_assessment(session, sample_case.person_id) is None
    with database.write() as session:
        assessments.record_assessment(
            session, ACTOR, sample_case.person_id, "captured", "medium", "Два источника"
        )
    with database.read() as session:
        current = current_assessment(session, sample_case.person_id)

    assert current is not None
    assert (current.status, current.confidence) == (AssessedStatus.CAPTURED, Confidence.MEDIUM)
    assert (current.rationale, current.assessed_by) == ("Два источника", ACTOR)


def test_a_cases_reference(database: Database, sample_case: SampleCase) -> None:
    with database.read() as session:
        assert cases.case_reference(session, sample_case.case_id) == sample_case.reference
        with pytest.raises(NotFound):
            cases.case_reference(session, 999)
