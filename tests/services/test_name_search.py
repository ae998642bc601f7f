"""The search box finds a soldier by his name in any spelling, and despite one typo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from caseworker.db import Database
from caseworker.names import KEY_SYMBOLS, one_typo_away
from caseworker.services import case_list, persons, search
from tests.conftest import ACTOR, SampleCase, add_person

PERSON = ("person", "Шумов Алексей Петрович")


def hits(database: Database, query: str) -> set[tuple[str, str]]:
    with database.read() as session:
        return {(hit.kind, hit.label) for hit in search.search(session, query)}


def case_refs(database: Database, query: str) -> list[str]:
    with database.read() as session:
        rows = case_list.fetch_case_rows(session, case_list.CaseQuery(text=query), 0, 100)
    return [row.reference for row in rows]


@pytest.mark.parametrize(
    "query",
    [
        "Oleksii Shumov",
        "Шумов Олексій",
        "Шумов Алексей",
        "Shumov Aleksey",
        "Alexei Shumov",
        "Шумов Олексій Петрович",
    ],
)
def test_a_name_in_russian_ukrainian_or_latin_finds_the_person_and_his_case(
    database: Database, sample_case: SampleCase, query: str
) -> None:
    assert PERSON in hits(database, query)
    assert case_refs(database, query) == [sample_case.reference]


@pytest.mark.parametrize("query", ["Шумав Алексей", "Шцмов", "Shumow Oleksii", "Щумов"])
def test_one_typo_in_the_surname_still_finds_him(
    database: Database, sample_case: SampleCase, query: str
) -> None:
    assert PERSON in hits(database, query)
    assert case_refs(database, query) == [sample_case.reference]


@pytest.mark.usefixtures("sample_case")
@pytest.mark.parametrize("query", ["Шубин Алексей", "Шумилов Алексей", "Шумов Андрей", "Oleh"])
def test_a_different_name_does_not_find_him(database: Database, query: str) -> None:
    assert PERSON not in hits(database, query)
    assert case_refs(database, query) == []


def test_a_typo_finds_a_person_added_after_an_earlier_search(
    database: Database, sample_case: SampleCase
) -> None:
    assert case_refs(database, "Кравчук") == []  # the surnames known so far are read
    with database.write() as session:
        added = add_person(session, sample_case.case_id, "Кравчук Богдан")
    assert ("person", "Кравчук Богдан") in hits(database, "Кравчюк")
    with database.write() as session:
        persons.update_person(session, ACTOR, added.id, 1, surname="Ярошенко")
    assert ("person", "Ярошенко Богдан") in hits(database, "Yaroshenko Bohdan")
    assert ("person", "Ярошенко Богдан") in hits(database, "Ярошенка")
    assert ("person", "Ярошенко Богдан") not in hits(database, "Кравчюк")


def test_the_typo_is_looked_for_only_in_words_of_four_letters_or_more(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        add_person(session, sample_case.case_id, "Цой Ян")
    assert ("person", "Цой Ян") in hits(database, "Tsoi")
    assert ("person", "Цой Ян") not in hits(database, "Цоц")


def test_a_compound_surname_is_found_with_a_typo_and_a_very_long_word_is_no_error(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        add_person(session, sample_case.case_id, "Римский-Корсаков Николай")
    assert ("person", "Римский-Корсаков Николай") in hits(database, "Rimsky-Korsakow Mykola")
    assert ("person", "Римский-Корсаков Николай") in hits(database, "Римский-Карсаков")
    assert case_refs(database, "Шумов-Ковальчук-Ярошенко-Кравченко-Римский-Корсаков") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=KEY_SYMBOLS, min_size=1, max_size=10), st.data())
def test_the_keys_looked_up_for_a_typo_are_exactly_those_one_edit_away(
    key: str, data: st.DataObject
) -> None:
    near = one_typo_away(key, KEY_SYMBOLS)
    assert all(DamerauLevenshtein.distance(key, other) == 1 for other in near)
    i = data.draw(st.integers(0, len(key) - 1))
    c = data.draw(st.sampled_from(KEY_SYMBOLS))
    edits = [
        key[:i] + key[i + 1 :],
        key[:i] + c + key[i:],
        key[:i] + c + key[i + 1 :],
        key[:i] + key[i + 1 : i + 2] + key[i] + key[i + 2 :],
    ]
    for other in edits:
        assert other in near or other in (key, "")
    other = data.draw(st.text(alphabet=KEY_SYMBOLS, min_size=1, max_size=11))
    assert (other in near) == (DamerauLevenshtein.distance(key, other) == 1)
