"""Today's work list: each section takes the case that belongs and leaves out the one that
does not (real SQLite, the services as the window calls them)."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker.db import Database
from caseworker.services import addressees, cases, family_log, inquiries, relatives
from caseworker.services.timeline import load_timeline
from caseworker.services.worklist import WorkList, work_list
from caseworker.timeline import AnalysisSettings
from caseworker.vocab import ContradictionRule
from tests.conftest import ACTOR, add_person, add_report

# Cases are entered on the computer's day; the work list is asked about a later day.
TODAY = date(2027, 6, 1)


def a_case(database: Database, family: str, **person: str) -> tuple[int, str, int]:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name=family, opened_on="2026-05-10")
        found = add_person(session, case.id, f"{family[:-1]} Иван", **person)
        return case.id, case.reference, found.id


@pytest.fixture
def ministry(database: Database) -> int:
    with database.write() as session:
        return addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry").id


def inquiry(database: Database, case_id: int, to: int, sent_on: str | None) -> int:
    with database.write() as session:
        return inquiries.add_inquiry(session, ACTOR, case_id, to, sent_on=sent_on).id


def listed(database: Database, today: date = TODAY, **settings: int) -> WorkList:
    with database.read() as session:
        return work_list(session, today, AnalysisSettings(**settings))


def test_overdue_most_days_late_first_and_due_soon_apart(database: Database, ministry: int) -> None:
    case_id, reference, _ = a_case(database, "Шумовы")
    # 59-FZ without a registration day: sent + 3 + 30 days.
    late = inquiry(database, case_id, ministry, "2026-09-01")  # due 2026-10-04
    later = inquiry(database, case_id, ministry, "2026-08-01")  # due 2026-09-03
    soon = inquiry(database, case_id, ministry, "2026-09-30")  # due 2026-11-02
    far = inquiry(database, case_id, ministry, "2026-10-20")  # due 2026-11-22
    found = listed(database, date(2026, 10, 30))
    assert [(item.id, item.days_overdue) for item in found.overdue] == [(later, 57), (late, 26)]
    assert found.overdue[0].case_reference == reference
    assert found.overdue[0].due_on == date(2026, 9, 3)
    assert [item.id for item in found.due_soon] == [soon]
    assert far not in {item.id for item in (*found.overdue, *found.due_soon)}


def test_answered_and_closed_inquiries_are_never_overdue(database: Database, ministry: int) -> None:
    case_id, _, _ = a_case(database, "Шумовы")
    answered = inquiry(database, case_id, ministry, "2026-08-01")
    closed = inquiry(database, case_id, ministry, "2026-08-01")
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, answered, None, "2026-11-01", "Сведений нет.")
        inquiries.close_inquiry(session, ACTOR, closed, None, "Не нужно", on="2026-11-01")
    found = listed(database, date(2026, 11, 30))
    assert found.overdue == ()


def test_an_answer_without_a_report_waits_to_be_recorded(database: Database, ministry: int) -> None:
    case_id, reference, _ = a_case(database, "Шумовы")
    bare = inquiry(database, case_id, ministry, "2026-08-01")
    recorded = inquiry(database, case_id, ministry, "2026-08-01")
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, bare, None, "2026-09-01", "Ответ без сведений.")
        inquiries.answer_inquiry(
            session, ACTOR, recorded, None, "2026-09-02", "Ранен, в госпитале.",
            claim="wounded", event="2026-08-20", reliability="A", credibility="2",
        )  # fmt: skip
    found = listed(database)
    assert [(item.id, item.case_reference) for item in found.unrecorded_answers] == [
        (bare, reference)
    ]
    assert found.unrecorded_answers[0].answered_on == date(2026, 9, 1)


def test_drafts_not_sent(database: Database, ministry: int) -> None:
    case_id, reference, _ = a_case(database, "Шумовы")
    draft = inquiry(database, case_id, ministry, None)
    sent = inquiry(database, case_id, ministry, "2026-11-01")
    found = listed(database)
    assert [(item.id, item.case_reference) for item in found.drafts] == [(draft, reference)]
    assert sent not in {item.id for item in found.drafts}


def test_families_not_told_within_their_interval(database: Database) -> None:
    waiting_case, reference, _ = a_case(database, "Шумовы")
    patient_case, _, _ = a_case(database, "Ежовы")
    with database.write() as session:
        relatives.add_relative(
            session, ACTOR, waiting_case, surname="Шумова", given_name="Ольга", relation="wife"
        )
        relatives.add_relative(
            session, ACTOR, patient_case, surname="Ежова", given_name="Анна", relation="mother"
        )
        family_log.set_inform_interval(session, ACTOR, patient_case, None, 365)
    found = listed(database, date.today().replace(year=date.today().year + 1))
    assert [item.case_reference for item in found.families_waiting] == [reference]


def test_stale_cases_and_closed_ones_left_out(database: Database) -> None:
    open_case, reference, person_id = a_case(database, "Шумовы")
    closed_case, _, _ = a_case(database, "Ежовы")
    with database.write() as session:
        cases.update_case(session, ACTOR, closed_case, None, status="closed")
    found = listed(database, stale_after_days=0)
    assert [(item.case_reference, item.person_id) for item in found.stale] == [
        (reference, person_id)
    ]
    assert found.stale[0].case_id == open_case
    assert listed(database, stale_after_days=10_000).stale == ()


def test_official_status_behind_a_credible_report(database: Database) -> None:
    _, reference, behind = a_case(
        database, "Шумовы", official_status="missing", official_status_on="2026-04-20"
    )
    _, _, agreed = a_case(
        database, "Ежовы", official_status="killed", official_status_on="2026-04-20"
    )
    with database.write() as session:
        for person_id in (behind, agreed):
            add_report(
                session, person_id, "killed", "2026-05-02", "A1", source_kind="unit",
                source_name="командир роты", received_on="2026-05-05",
            )  # fmt: skip
    found = listed(database)
    assert [(item.case_reference, item.person_id) for item in found.official_behind] == [
        (reference, behind)
    ]
    item = found.official_behind[0]
    assert item.since == date(2026, 5, 5) and item.days == (TODAY - date(2026, 5, 5)).days
    with database.read() as session:
        timeline = load_timeline(session, behind, today=TODAY)
    said = [
        listed_.contradiction
        for listed_ in timeline.contradictions
        if listed_.contradiction.rule is ContradictionRule.OFFICIAL_BEHIND
    ]
    assert [(found.report_ids[0], found.explanation) for found in said] == [
        (item.report_id, item.sentence)
    ]


def test_an_empty_database_gives_an_empty_list(database: Database) -> None:
    found = listed(database)
    assert found.overdue == found.due_soon == found.unrecorded_answers == found.drafts == ()
    assert found.stale == found.official_behind == ()
    assert found.families_waiting == ()
