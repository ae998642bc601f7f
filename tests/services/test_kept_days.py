"""The days kept for the work list follow every change, and equal what the rules say.

Each check works the days out again in plain Python from the rows (the deadline rules, the
"no news" and "official status behind" inputs, the family log) and compares them with the
kept columns, after every kind of write a caseworker makes; and the migration that fills
them for an existing database gives the same days.
"""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.inquiries.deadlines import due_date, rule_for
from caseworker.models import (
    Case,
    FamilyLogEntry,
    Inquiry,
    Relative,
    Report,
    SoughtPerson,
)
from caseworker.services import addressees, cases, family_log, inquiries, persons, relatives
from caseworker.services import reports as report_service
from caseworker.services.inquiries import WAITING
from caseworker.services.kept_days import TELLING_CLAIMS
from caseworker.timeline.facts import (
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    OFFICIAL_HYPOTHESIS,
)
from caseworker.vocab import CaseStatus, InquiryEventKind
from tests.conftest import ACTOR, add_person, add_report

MIGRATION = (
    Path(__file__).resolve().parents[2]
    / "caseworker/db/migrations/versions/0011_work_list_kept_days.py"
)


def _due(inquiry: Inquiry) -> date | None:
    if inquiry.status not in WAITING:
        return None
    extensions = [e.due_on for e in inquiry.events if e.kind is InquiryEventKind.EXTENDED]
    rule = rule_for(inquiry.addressee.kind, inquiry.addressee.deadline_days)
    return due_date(rule, inquiry.sent_on, inquiry.registered_on, (extensions or [None])[-1])


def _quiet_since(person: SoughtPerson, answers: list[Inquiry]) -> date | None:
    case = person.case
    if case.status is not CaseStatus.OPEN:
        return None
    days = [case.opened_on, case.created_at.date()]
    days += [r.received_on for r in person.reports if r.retracted_at is None]
    days += [
        i.answered_on
        for i in answers
        if i.answered_on is not None and i.person_id in (None, person.id)
    ]
    return max(days)


def _behind_from(person: SoughtPerson) -> date | None:
    if person.case.status is not CaseStatus.OPEN:
        return None
    if person.official_status not in OFFICIAL_HYPOTHESIS:
        return None
    set_on = person.official_status_on
    named = [
        r.received_on
        for r in person.reports
        if r.retracted_at is None
        and r.reliability in CREDIBLE_RELIABILITY
        and r.credibility in CREDIBLE_CREDIBILITY
        and r.claim in TELLING_CLAIMS
        and (
            set_on is None
            or r.received_on > set_on
            or (r.event_from is not None and r.event_from > set_on)
        )
    ]
    return min(named, default=None)


def _told(relative: Relative, session: Session) -> tuple[date, date | None]:
    told = session.scalars(
        select(FamilyLogEntry.told_on).where(FamilyLogEntry.relative_id == relative.id)
    ).all()
    last = max(told, default=relative.created_at.date())
    case = relative.case
    every = case.inform_every_days or 14
    return last, last + timedelta(days=every) if case.status is CaseStatus.OPEN else None


def mismatches(database: Database) -> list[tuple[Any, ...]]:
    """Every kept day that differs from the rules' day, as (table, id, kept, expected)."""
    found: list[tuple[Any, ...]] = []
    with database.read() as session:
        for inquiry in session.scalars(select(Inquiry)):
            if inquiry.waiting_due_on != _due(inquiry):
                found.append(("inquiry", inquiry.id, inquiry.waiting_due_on, _due(inquiry)))
        for person in session.scalars(select(SoughtPerson)):
            answers = list(person.case.inquiries)
            kept = (person.quiet_since, person.behind_from)
            expected = (_quiet_since(person, answers), _behind_from(person))
            if kept != expected:
                found.append(("person", person.id, kept, expected))
        for relative in session.scalars(select(Relative)):
            kept = (relative.last_told_on, relative.tell_by)
            if kept != _told(relative, session):
                found.append(("relative", relative.id, kept, _told(relative, session)))
    return found


def test_every_kind_of_change_keeps_the_days(database: Database) -> None:
    today = date.today()
    with database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Шумовы", opened_on=today - timedelta(days=200)
        )
        person = add_person(session, case.id, "Шумов Алексей Викторович")
        brother = add_person(session, case.id, "Шумов Павел Викторович")
        mother = relatives.add_relative(session, ACTOR, case.id, surname="Шумова")
        office = addressees.add_addressee(session, ACTOR, name="Военкомат", kind="commissariat")
        case_id, person_id, brother_id = case.id, person.id, brother.id
        mother_id, office_id = mother.id, office.id
    assert mismatches(database) == []
    with database.write() as session:  # as if typed in long ago
        entered = session.get(Case, case_id)
        assert entered is not None
        entered.created_at = entered.created_at - timedelta(days=199)
    assert mismatches(database) == []

    day = today - timedelta(days=150)
    with database.write() as session:  # reports: news, and a credible one the rule can name
        add_report(
            session, person_id, "captured", day.isoformat(), "B2", received_on=day,
            source_kind="unit",
        )  # fmt: skip
        later = add_report(
            session, brother_id, "killed", (day + timedelta(5)).isoformat(), "A1",
            received_on=day + timedelta(days=10), source_kind="unit",
        )  # fmt: skip
        later_id = later.id
    assert mismatches(database) == []
    with database.read() as session:
        kept = session.get(SoughtPerson, person_id)
        assert kept is not None and kept.quiet_since == day and kept.behind_from is None

    with database.write() as session:  # the status moves; a report is retracted
        persons.update_person(
            session, ACTOR, person_id, None, official_status="missing",
            official_status_on=(day - timedelta(days=20)).isoformat(),
        )  # fmt: skip
        report_service.retract_report(session, ACTOR, later_id, None, "Ошибка ввода")
    assert mismatches(database) == []
    with database.read() as session:  # "captured", credible, received after "missing"
        kept = session.get(SoughtPerson, person_id)
        assert kept is not None and kept.behind_from == day

    with database.write() as session:  # an inquiry's course, and the rule's days changed
        inquiry = inquiries.add_inquiry(
            session, ACTOR, case_id, office_id, sent_on=today - timedelta(days=40)
        )
        inquiry_id = inquiry.id
    assert mismatches(database) == []
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, inquiry_id, None, today - timedelta(days=38))
        addressees.update_addressee(session, ACTOR, office_id, None, deadline_days=90)
    assert mismatches(database) == []
    with database.write() as session:
        inquiries.extend_inquiry(
            session, ACTOR, inquiry_id, None, today + timedelta(days=70), "Проверка",
            on=today - timedelta(days=5),
        )  # fmt: skip
    assert mismatches(database) == []
    with database.write() as session:  # the answer is news of every person of the case
        inquiries.answer_inquiry(session, ACTOR, inquiry_id, None, today, "Сведений нет.")
    assert mismatches(database) == []
    with database.read() as session:
        for kept in session.scalars(select(SoughtPerson)):
            assert kept.quiet_since == today

    with database.write() as session:  # the family told; the interval changed; case closed
        family_log.record_told(
            session, ACTOR, case_id, mother_id, told_on=today - timedelta(days=3),
            told_by="Иванова М.", what="no_news",
        )  # fmt: skip
        family_log.set_inform_interval(session, ACTOR, case_id, None, 30)
    assert mismatches(database) == []
    with database.write() as session:
        cases.update_case(session, ACTOR, case_id, None, status="closed")
    assert mismatches(database) == []
    with database.read() as session:
        assert session.scalars(select(SoughtPerson.quiet_since)).all() == [None, None]
        assert session.scalars(select(Relative.tell_by)).all() == [None]


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kept_days_migration", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_fills_the_same_days_as_the_program(database: Database) -> None:
    """The migration's own copy of the rules gives every row the days the program keeps."""
    test_every_kind_of_change_keeps_the_days(database)
    with database.write() as session:  # a second, open case with a waiting inquiry
        case = cases.create_case(session, ACTOR, family_name="Ёлкины")
        person = add_person(session, case.id, "Ёлкин Иван")
        add_report(
            session, person.id, "wounded", "2026-01-05", "C3", received_on="2026-01-10",
            source_kind="unit",
        )  # fmt: skip
        office = addressees.add_addressee(session, ACTOR, name="Прокуратура", kind="prosecutor")
        inquiries.add_inquiry(session, ACTOR, case.id, office.id, sent_on=date.today())
    with database.read() as session:
        kept = _kept(session)
    with database.engine.begin() as connection:
        for model, names in KEPT.items():
            connection.execute(update(model).values(dict.fromkeys(names)))
        for statement in _migration()._sql(sqlite=connection.dialect.name == "sqlite"):
            connection.exec_driver_sql(statement)
    with database.read() as session:
        assert _kept(session) == kept
    assert mismatches(database) == []


KEPT: dict[Any, tuple[str, ...]] = {
    Inquiry: ("waiting_due_on",),
    SoughtPerson: ("quiet_since", "behind_from"),
    Relative: ("last_told_on", "tell_by"),
}


def _kept(session: Session) -> list[Any]:
    return [
        session.execute(
            select(model.id, *(getattr(model, n) for n in names)).order_by(model.id)
        ).all()
        for model, names in KEPT.items()
    ]


def test_a_deleted_report_is_no_longer_news(database: Database) -> None:
    """Reports are retracted, not deleted, by the program; the hook still follows a session
    that deletes one (an undo removing what it added)."""
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Орловы")
        person = add_person(session, case.id, "Орлов Пётр")
        report = add_report(session, person.id, "alive", "2026-03-01", "A1", source_kind="unit")
        report_id = report.id
    with database.write() as session:
        session.delete(session.get(Report, report_id))
    assert mismatches(database) == []


def test_synthetic_cases_written_with_plain_sql_have_their_days(database: Database) -> None:
    from caseworker.synth import synthesize

    synthesize(database, 30, seed=5)
    assert mismatches(database) == []


def test_keeping_the_days_changes_no_row_s_time_of_change(database: Database) -> None:
    """A report added is a change to the report, not to its person or the relatives."""
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Зайцевы")
        person = add_person(session, case.id, "Зайцев Илья")
        relative = relatives.add_relative(session, ACTOR, case.id, surname="Зайцева")
        person_id, relative_id = person.id, relative.id

    def times() -> list[Any]:
        with database.read() as session:
            return [
                session.scalar(select(SoughtPerson.updated_at).where(SoughtPerson.id == person_id)),
                session.scalar(select(Relative.updated_at).where(Relative.id == relative_id)),
            ]

    before = times()
    with database.write() as session:
        add_report(session, person_id, "alive", "2026-05-01", "C3", source_kind="unit")
        cases.update_case(session, ACTOR, case.id, None, notes="Звонили в часть")
    assert times() == before


def test_an_answer_moved_to_another_case_is_no_longer_news_of_the_first(
    database: Database,
) -> None:
    """No service moves an inquiry today; should one ever, both cases follow."""
    today = date.today()
    with database.write() as session:
        first = cases.create_case(
            session, ACTOR, family_name="Лебедевы", opened_on=today - timedelta(days=100)
        )
        first.created_at -= timedelta(days=100)  # entered long ago: the answer is its news
        add_person(session, first.id, "Лебедев Олег")
        second = cases.create_case(session, ACTOR, family_name="Гусевы")
        add_person(session, second.id, "Гусев Семён")
        office = addressees.add_addressee(session, ACTOR, name="Госпиталь", kind="hospital")
        inquiry = inquiries.add_inquiry(
            session, ACTOR, first.id, office.id, sent_on=today - timedelta(days=3)
        )
        inquiries.answer_inquiry(session, ACTOR, inquiry.id, None, today, "Не поступал.")
        inquiry_id, second_id = inquiry.id, second.id
    with database.write() as session:
        moved = session.get(Inquiry, inquiry_id)
        assert moved is not None
        moved.case_id = second_id
    assert mismatches(database) == []
