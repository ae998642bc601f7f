"""The case list's pages: every order, ties and empty dates, and changes between pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseworker.db import Database
from caseworker.services import case_list, cases
from caseworker.services.case_list import CaseQuery, CaseSort
from tests.conftest import ACTOR

FAMILIES = ["Ёлкины", "Агеевы", "Агеевы", "Бондаренко", "Яковлевы", "Агеевы", "Щукины"]


@pytest.fixture
def listed(database: Database) -> Database:
    """Cases with tied names and regions, some without a due date."""
    with database.write() as session:
        for number, family in enumerate(FAMILIES * 3):
            due = None if number % 4 == 0 else date.today() + timedelta(days=number % 5)
            cases.create_case(
                session,
                ACTOR,
                family_name=family,
                region=["Курская", "Орловская"][number % 2],
                next_action_due=due,
                status=["open", "located", "closed"][number % 3],
            )
    return database


def paged(database: Database, query: CaseQuery, size: int) -> list[str]:
    references: list[str] = []
    last = None
    while True:
        with database.read() as session:
            page = case_list.fetch_case_rows(session, query, 0, size, after=last)
        if not page:
            return references
        references += [row.reference for row in page]
        last = page[-1]


@pytest.mark.parametrize("sort", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_on_without_gaps_or_repeats(
    listed: Database, sort: CaseSort, descending: bool
) -> None:
    query = CaseQuery(sort=sort, descending=descending)
    with listed.read() as session:
        whole = [row.reference for row in case_list.fetch_case_rows(session, query, 0, 1000)]
    assert len(whole) == len(FAMILIES) * 3
    assert paged(listed, query, 4) == whole


def test_empty_due_dates_come_last_both_ways(listed: Database) -> None:
    for descending in (False, True):
        query = CaseQuery(sort=CaseSort.NEXT_DUE, descending=descending)
        with listed.read() as session:
            rows = case_list.fetch_case_rows(session, query, 0, 1000)
        dues = [row.next_action_due for row in rows]
        filled = [due for due in dues if due is not None]
        assert dues == filled + [None] * (len(dues) - len(filled))
        assert filled == sorted(filled, reverse=descending)


def test_a_case_added_between_two_pages_neither_repeats_nor_hides_one(listed: Database) -> None:
    query = CaseQuery(sort=CaseSort.FAMILY)
    with listed.read() as session:
        first = case_list.fetch_case_rows(session, query, 0, 5)
    with listed.write() as session:
        cases.create_case(session, "colleague", family_name="Аавиковы")  # sorts first
    with listed.read() as session:
        rest = case_list.fetch_case_rows(session, query, 0, 1000, after=first[-1])
    shown = [row.reference for row in first + rest]
    assert len(shown) == len(set(shown)) == len(FAMILIES) * 3
