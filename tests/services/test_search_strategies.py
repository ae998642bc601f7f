"""A search finds the same cases in the same order whichever way each term is read.

A page of the list reads a term from the index or checks the cases one by one, by how
many entries hold it (issue 16 made the cheaper way the usual one, and reads a spelling
that holds another only once), and reads a common name's cases from the index either
sorted or walking the list in its order among them; a count or an export reads every term
from the index (two letters: when they are few). Here
every way is forced in turn on synthetic cases, and the list, read a first page and then
page after page as the window does, must be the same.
"""

from __future__ import annotations

import pytest

from caseworker.db import Database
from caseworker.services import search
from caseworker.services.case_list import (
    CaseQuery,
    CaseSort,
    count_cases,
    fetch_case_rows,
    matching_case_ids,
)
from caseworker.synth import synthesize

FIRST_PAGE, PAGE = 60, 200
QUERIES = (
    "а",
    "ов",
    "ова",
    "иль",
    "серге",
    "2",
    "20",
    "202",
    "2025",
    "2025-",
    "2025-00",
    "ул",
    "в/ч",
    "ав-1",
    "7",
    "олег 202",
    "ова ал",
)


@pytest.fixture
def synthetic(database: Database) -> Database:
    synthesize(database, 300, seed=11, reports=False)
    return database


def _listed(database: Database, query: CaseQuery) -> list[str]:
    """The references the window shows scrolled to the end: a first page, then pages."""
    with database.read() as session:
        rows = fetch_case_rows(session, query, 0, FIRST_PAGE)
        page = rows
        while len(page) == (FIRST_PAGE if page is rows else PAGE):
            page = fetch_case_rows(session, query, 0, PAGE, after=rows[-1])
            rows = rows + page
        return [row.reference for row in rows]


def _every_way(
    database: Database, query: CaseQuery, monkeypatch: pytest.MonkeyPatch
) -> dict[str, tuple[list[str], int, int]]:
    found = {}
    ways = (
        ("as chosen", None),
        ("one by one", 0),
        ("from the index", 10**9),
        ("walked among those found", 10**9),
        ("each", None),
    )
    for way, most in ways:
        if most is not None:
            monkeypatch.setattr(search, "SELECTIVE_ENTRIES", most)
            monkeypatch.setattr(search, "SELECTIVE_NUMBER_ENTRIES", most)
        # Walked: the list read in its order among the cases found from the index.
        monkeypatch.setattr(search, "WALK_ENTRIES", 0 if way.startswith("walked") else 10**9)
        if way == "each":  # every spelling read, even one that holds another ("2025-", "2025")
            monkeypatch.setattr(search, "_broadest", lambda spellings: spellings)
        with database.read() as session:
            counted = count_cases(session, query)
            exported = len(matching_case_ids(session, query))
        found[way] = (_listed(database, query), counted, exported)
    monkeypatch.undo()
    return found


def test_every_way_of_reading_a_term_lists_the_same_cases(
    synthetic: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in QUERIES:
        found = _every_way(synthetic, CaseQuery(text=text), monkeypatch)
        listed, counted, exported = found["as chosen"]
        assert all(value == found["as chosen"] for value in found.values()), text
        assert counted == exported == len(listed) == len(set(listed)), text
    assert len(_listed(synthetic, CaseQuery(text="ов"))) > FIRST_PAGE  # paged, not one page


def test_the_same_in_any_order(synthetic: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for sort in (CaseSort.FAMILY, CaseSort.LAST_REPORT, CaseSort.REFERENCE):
        for descending in (False, True):
            for text in ("ов", "202", "иль"):
                query = CaseQuery(text=text, sort=sort, descending=descending)
                found = _every_way(synthetic, query, monkeypatch)
                assert all(value == found["as chosen"] for value in found.values()), query
