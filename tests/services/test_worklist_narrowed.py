"""The work list reads only what it needs (due dates narrowed in SQL); its inquiry sections
are exactly what reading every inquiry and sorting in Python gave before (issue 12's speed).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from caseworker.db import Database
from caseworker.models import InquiryEvent
from caseworker.services import addressees, cases, inquiries
from caseworker.services.inquiries import WAITING
from caseworker.services.inquiry_lines import InquiryLine, inquiry_lines
from caseworker.services.worklist import DUE_SOON_DAYS, work_list
from caseworker.vocab import InquiryEventKind, InquiryStatus
from tests.conftest import ACTOR, add_person

KINDS = ["ministry", "prosecutor", "investigative", "ombudsman", "red_cross", "hospital"]


@pytest.fixture
def busy(database: Database) -> Database:
    """Six addressees (one with its own days), eight cases, 80 inquiries in every state."""
    rng = random.Random(12)
    start = date(2026, 3, 1)
    with database.write() as session:
        offices = [
            addressees.add_addressee(
                session, ACTOR, name=f"Ведомство {number}", kind=kind,
                deadline_days=20 if number == 3 else None,
            ).id
            for number, kind in enumerate(KINDS)
        ]  # fmt: skip
        persons = []
        for number in range(8):
            case = cases.create_case(session, ACTOR, family_name=f"Семья{number}ы")
            persons.append((case.id, add_person(session, case.id, f"Иванов{number} Пётр").id))
        for _ in range(80):
            case_id, person_id = rng.choice(persons)
            sent = start + timedelta(days=rng.randint(0, 120))
            fate = rng.random()
            office = rng.choice(offices)
            inquiry = inquiries.add_inquiry(
                session, ACTOR, case_id, office, person_id=person_id,
                sent_on=None if fate < 0.08 else sent,
            )  # fmt: skip
            if fate < 0.08:
                continue
            if rng.random() < 0.5:
                inquiries.register_inquiry(
                    session, ACTOR, inquiry.id, None, sent + timedelta(days=rng.randint(0, 5))
                )
            if fate < 0.2:
                inquiries.extend_inquiry(
                    session, ACTOR, inquiry.id, None, sent + timedelta(days=rng.randint(60, 200)),
                    "Продлено", on=sent + timedelta(days=6), beyond_law=True,
                )  # fmt: skip
            elif fate < 0.3:
                other = rng.choice([o for o in offices if o != office])
                inquiries.forward_inquiry(
                    session, ACTOR, inquiry.id, None, other, sent + timedelta(days=5)
                )
            elif fate < 0.45:
                inquiries.answer_inquiry(
                    session, ACTOR, inquiry.id, None, sent + timedelta(days=9), "Сведений нет."
                )
            elif fate < 0.55:
                inquiries.answer_inquiry(
                    session, ACTOR, inquiry.id, None, sent + timedelta(days=9), "Ранен.",
                    claim="wounded", event=sent.isoformat(), reliability="B", credibility="2",
                )  # fmt: skip
            elif fate < 0.62:
                inquiries.close_inquiry(
                    session, ACTOR, inquiry.id, None, "Не нужно", on=sent + timedelta(days=40)
                )
    return database


def by_reading_everything(database: Database, today: date) -> dict[str, list[int]]:
    """The sections as the work list made them before: every inquiry read, sorted here."""
    with database.read() as session:
        waiting = inquiry_lines(session, None, today, WAITING)
        unrecorded_ids = set(
            session.scalars(
                session.query(InquiryEvent.inquiry_id)
                .filter(
                    InquiryEvent.kind == InquiryEventKind.ANSWERED,
                    InquiryEvent.report_id.is_(None),
                )
                .statement
            )
        )
        answered = inquiry_lines(session, None, None, {InquiryStatus.ANSWERED})
        drafts = inquiry_lines(session, None, None, {InquiryStatus.DRAFT})
    soon_until = today + timedelta(days=DUE_SOON_DAYS)
    overdue = sorted(
        (line for line in waiting if line.days_overdue > 0),
        key=lambda line: (-line.days_overdue, line.case_reference, line.id),
    )
    due_soon = sorted(
        (
            line
            for line in waiting
            if line.days_overdue == 0 and line.due_on is not None and line.due_on <= soon_until
        ),
        key=lambda line: (line.due_on, line.case_reference, line.id),
    )
    unrecorded = sorted(
        (line for line in answered if line.id in unrecorded_ids),
        key=lambda line: (line.answered_on or date.min, line.case_reference, line.id),
    )
    return {
        "overdue": ids(overdue),
        "due_soon": ids(due_soon),
        "unrecorded_answers": ids(unrecorded),
        "drafts": ids(drafts),
    }


def ids(lines: list[InquiryLine]) -> list[int]:
    return [line.id for line in lines]


def test_the_narrowed_sections_are_those_of_reading_everything(busy: Database) -> None:
    reached: set[str] = set()
    for today in (date(2026, 4, 10), date(2026, 6, 15), date(2026, 8, 30)):
        expected = by_reading_everything(busy, today)
        with busy.read() as session:
            found = work_list(session, today)
            every = {line.id: line for line in inquiry_lines(session, None, today)}
        assert {name: ids(list(getattr(found, name))) for name in expected} == expected
        assert [every[line.id] for line in found.overdue] == list(found.overdue)
        reached |= {name for name, listed in expected.items() if listed}
    # The data reaches every section, so the comparison says something.
    assert reached == {"overdue", "due_soon", "unrecorded_answers", "drafts"}


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_the_inquiry_sections_cut_short_are_the_first_of_the_whole(
    busy: Database, limit: int
) -> None:
    names = ("overdue", "due_soon", "unrecorded_answers", "drafts")
    for today in (date(2026, 4, 10), date(2026, 6, 15), date(2026, 8, 30)):
        with busy.read() as session:
            whole = work_list(session, today)
            cut = work_list(session, today, limit=limit)
        for name in names:
            every = getattr(whole, name)
            assert getattr(cut, name) == every[:limit], (name, today)
            assert cut.total(name) == len(every), (name, today)
