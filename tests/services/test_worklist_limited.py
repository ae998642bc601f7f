"""The work list cut to the window's length: each section's first items are exactly the
whole list's first ones, and the totals are the whole sections' lengths (or say that more
were not counted, and only when there are more)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from caseworker.db import Database
from caseworker.models import Case, Relative
from caseworker.services import addressees, cases, family_log, inquiries, relatives, worklist
from caseworker.services.worklist import WorkList, work_list
from tests.conftest import ACTOR, add_person, add_report

SECTIONS = (
    "overdue",
    "due_soon",
    "unrecorded_answers",
    "drafts",
    "families_waiting",
    "stale",
    "official_behind",
)
CLAIMS = ["killed", "alive", "captured", "wounded", "missing", "remains_identified"]
GRADES = ["A1", "B2", "C3", "D4", "B1"]
OFFICIAL = ["not_reported", "missing", "killed", "alive", "captured"]


@pytest.fixture
def crowded(database: Database) -> Database:
    """Forty cases entered on days of 2024 (at 23:30 UTC, a day later east of Greenwich),
    most of them quiet for long, with persons of every official status, reports graded
    high and low, inquiries answered and not, relatives told and not."""
    rng = random.Random(2012)
    start = date(2024, 1, 1)

    def day(low: int, high: int) -> str:
        return (start + timedelta(days=rng.randint(low, high))).isoformat()

    def entered(on: str) -> datetime:
        return datetime.combine(date.fromisoformat(on), datetime.min.time(), UTC).replace(
            hour=23, minute=30
        )

    with database.write() as session:
        office = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry").id
        for number in range(40):
            opened = day(0, 300)
            case = cases.create_case(
                session, ACTOR, family_name=f"Семья{number % 7}ы", opened_on=opened
            )
            session.get_one(Case, case.id).created_at = entered(day(0, 300))
            for relative in range(rng.randint(0, 2)):
                relative_id = relatives.add_relative(
                    session, ACTOR, case.id, surname=f"Родная{relative}",
                    given_name="Ольга", relation="wife",
                ).id  # fmt: skip
                session.get_one(Relative, relative_id).created_at = entered(opened)
                if rng.random() < 0.6:
                    family_log.record_told(
                        session, ACTOR, case.id, relative_id, told_on=day(0, 600),
                        told_by="Волонтёр", what="no_news",
                    )  # fmt: skip
            for person in range(rng.randint(1, 2)):
                status = rng.choice(OFFICIAL)
                values = {"official_status": status}
                if status != "not_reported" and rng.random() < 0.7:
                    values["official_status_on"] = day(0, 200)
                person_id = add_person(
                    session, case.id, f"Иванов{number} Пётр{person}", **values
                ).id
                for _ in range(rng.randint(0, 3)):
                    received = day(100, 700)
                    add_report(
                        session, person_id, rng.choice(CLAIMS), day(50, 600),
                        rng.choice(GRADES), source_kind="unit", source_name="командир",
                        received_on=received,
                    )  # fmt: skip
            if rng.random() < 0.5:
                sent = day(200, 500)
                inquiry = inquiries.add_inquiry(session, ACTOR, case.id, office, sent_on=sent)
                if rng.random() < 0.5:
                    answered = (date.fromisoformat(sent) + timedelta(days=20)).isoformat()
                    inquiries.answer_inquiry(
                        session, ACTOR, inquiry.id, None, answered, "Сведений нет."
                    )
    return database


def both(database: Database, today: date, limit: int) -> tuple[WorkList, WorkList]:
    with database.read() as session:
        return work_list(session, today, limit=limit), work_list(session, today)


@pytest.mark.parametrize("batch", [1, 3, 500])
def test_the_first_items_and_the_totals_are_the_whole_lists(
    crowded: Database, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(worklist, "BATCH", batch)
    longest: dict[str, int] = {}
    uncounted = 0
    for today in (date(2025, 6, 1), date(2026, 3, 1), date(2027, 1, 1)):
        for limit in (1, 4, 10):
            limited, whole = both(crowded, today, limit)
            for name in SECTIONS:
                every = getattr(whole, name)
                assert getattr(limited, name) == every[:limit], (name, today, limit)
                total = limited.total(name)
                assert total == len(every) or (total is None and len(every) > limit), name
                uncounted += total is None
                assert whole.total(name) == len(every)
                longest[name] = max(longest.get(name, 0), len(every))
    # The data crowds the persons' and families' sections past the limits, so cutting
    # them says something.
    assert min(longest[name] for name in ("families_waiting", "stale", "official_behind")) > 10
    # Checking a person at a time, the search stops early (and says it did not count).
    assert uncounted > 0 if batch == 1 else True


def test_a_limited_list_of_an_empty_database_counts_nothing(database: Database) -> None:
    with database.read() as session:
        found = work_list(session, date(2027, 1, 1), limit=5)
    assert [found.total(name) for name in SECTIONS] == [0] * len(SECTIONS)


def test_cases_entered_near_the_cutoff_are_counted_as_the_whole_list_finds_them(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entry times are kept in UTC, the reminder counts local days: the database counts
    them on the same local days (the test passes under zones either side of Greenwich)."""
    monkeypatch.setattr(worklist, "BATCH", 1)
    today = date(2027, 1, 1)
    with database.write() as session:
        for days_ago in (400, 380, 360, 91, 90, 89, 30):
            case = cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2024-01-10")
            add_person(session, case.id, "Шумов Иван")
            entered = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            session.get_one(Case, case.id).created_at = entered.replace(
                hour=23, minute=30, tzinfo=UTC
            )
    with database.read() as session:
        whole = work_list(session, today)
        for limit in (1, 2, 5):
            cut = work_list(session, today, limit=limit)
            assert cut.stale == whole.stale[:limit]
            assert cut.total("stale") == len(whole.stale)
    assert 3 <= len(whole.stale) <= 5  # the three long quiet, and one near the edge by zone


@pytest.mark.parametrize("batch", [1, 2])
def test_a_section_exactly_as_long_as_the_limit_is_counted_not_said_to_have_more(
    crowded: Database, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """The window says "more not counted" only when there are more: a section holding
    exactly the rows shown gives its count (the summary would say "at least N+1")."""
    monkeypatch.setattr(worklist, "BATCH", batch)
    for today in (date(2025, 6, 1), date(2026, 3, 1), date(2027, 1, 1)):
        with crowded.read() as session:
            whole = work_list(session, today)
        for name in SECTIONS:
            length = len(getattr(whole, name))
            if length:
                with crowded.read() as session:
                    limited = work_list(session, today, limit=length)
                assert limited.total(name) == length, (name, today)
