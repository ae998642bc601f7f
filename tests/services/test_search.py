"""Search a Russian-speaking caseworker can trust: any letter case, ё as е, phone digits."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql_text

from caseworker.db import Database
from caseworker.services import case_list, relatives, search
from caseworker.text import fold
from tests.conftest import ACTOR, SampleCase, add_person


def hits(database: Database, query: str) -> set[tuple[str, str]]:
    with database.read() as session:
        return {(hit.kind, hit.label) for hit in search.search(session, query)}


def case_refs(database: Database, query: str) -> list[str]:
    with database.read() as session:
        rows = case_list.fetch_case_rows(session, case_list.CaseQuery(text=query), 0, 100)
    return [row.reference for row in rows]


@pytest.mark.usefixtures("sample_case")
@pytest.mark.parametrize("query", ["шумова", "ШУМОВА", "ШуМоВа", "  шумова  "])
def test_cyrillic_case_does_not_matter(database: Database, query: str) -> None:
    assert ("relative", "Шумова Ольга Ёжиковна") in hits(database, query)


@pytest.mark.usefixtures("sample_case")
@pytest.mark.parametrize("query", ["ежиковна", "ЁЖИКОВНА", "Ёжик", "ежик"])
def test_yo_and_ye_are_the_same_letter(database: Database, query: str) -> None:
    assert ("relative", "Шумова Ольга Ёжиковна") in hits(database, query)


def test_a_yo_in_the_query_finds_a_name_written_with_ye(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        add_person(session, sample_case.case_id, "Семенов Петр")
    assert ("person", "Семенов Петр") in hits(database, "Семёнов Пётр")


@pytest.mark.parametrize(
    "query", ["8 (916) 000-12-34", "+7 916 000 12 34", "9160001234", "000-12-34", "916"]
)
def test_phone_numbers_are_found_however_they_are_written(
    database: Database, sample_case: SampleCase, query: str
) -> None:
    assert case_refs(database, query) == [sample_case.reference]


@pytest.mark.parametrize(
    "query", ["2026-0001", "0001", "ав123456", "АВ-123", "в/ч 00000", "шумов алексей"]
)
def test_reference_service_number_and_unit_are_searched(
    database: Database, sample_case: SampleCase, query: str
) -> None:
    assert case_refs(database, query) == [sample_case.reference]


def test_terms_may_match_different_records_of_one_case(
    database: Database, sample_case: SampleCase
) -> None:
    assert case_refs(database, "ольга алексей") == [sample_case.reference]
    assert case_refs(database, "ольга наталья") == []


def test_one_and_two_letter_queries_work(database: Database, sample_case: SampleCase) -> None:
    assert case_refs(database, "ш") == [sample_case.reference]
    assert case_refs(database, "Ёж") == [sample_case.reference]
    assert case_refs(database, "щ") == []


@pytest.mark.usefixtures("sample_case")
def test_special_characters_in_the_query_are_plain_text(database: Database) -> None:
    for query in ['"', "%", "_", "%_", '""', "\\%", "шум*", "NEAR(", "a OR b", "\\"]:
        assert case_refs(database, query) == [], query


def test_an_edit_is_found_under_its_new_name_only(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        relatives.update_relative(session, ACTOR, sample_case.relative_id, 1, surname="Кравец")
    assert case_refs(database, "кравец") == [sample_case.reference]
    assert ("relative", "Шумова Ольга Ёжиковна") not in hits(database, "шумова")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖЗИЙКЛМ -", min_size=1, max_size=12))
def test_fold_is_stable_and_ignores_case_and_yo(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(text.upper()) == fold(text.lower())
    assert "ё" not in fold(text)


def test_a_phone_stored_without_country_code_is_found_with_it(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        relatives.add_relative(
            session, ACTOR, sample_case.case_id, surname="Кравец", phone="903 555-01-02"
        )
    for query in ["8 903 555-01-02", "+7 903 555 01 02", "89035550102", "903 555 01 02"]:
        assert ("relative", "Кравец") in hits(database, query), query


def test_latin_look_alike_letters_find_cyrillic_ones(
    database: Database, sample_case: SampleCase
) -> None:
    # The sample person's service number is АВ123456 in Cyrillic; typed here in Latin.
    assert case_refs(database, "AB123456") == [sample_case.reference]
    assert case_refs(database, "ab-123") == [sample_case.reference]


def test_two_letters_are_found_wherever_they_stand(
    database: Database, sample_case: SampleCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read from the index (the trigrams beginning with the pair and the texts ending with
    it), a pair is found at a text's start, inside it, at its very end and as the whole
    text, as checking every text finds it; and no more after an edit took it away."""
    names = {"Юэлова": "start", "Каюэр": "inside", "Аюэ": "end", "Юэ": "whole"}
    with database.write() as session:
        added = {
            relatives.add_relative(session, ACTOR, sample_case.case_id, surname=name).id: name
            for name in names
        }
    found = hits(database, "ЮЭ")
    assert {label for kind, label in found if kind == "relative"} == set(names)
    assert case_refs(database, "юэ") == [sample_case.reference]
    monkeypatch.setattr(search, "_uses_pair_index", lambda _session, _term: False)
    assert hits(database, "ЮЭ") == found
    monkeypatch.undo()
    ending = next(id_ for id_, name in added.items() if name == "Аюэ")
    with database.write() as session:
        relatives.update_relative(session, ACTOR, ending, 1, surname="Аю")
    assert ("relative", "Аюэ") not in hits(database, "юэ")
    assert ("relative", "Аю") not in hits(database, "юэ")


@pytest.mark.sqlite_only(reason="SQLite's search index: its trigrams' vocabulary")
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(st.text(alphabet="аб в|ё1", max_size=6), min_size=1, max_size=8),
    pair=st.text(alphabet="аб в|ё1", min_size=2, max_size=2),
)
def test_a_pair_from_the_index_is_every_text_holding_it(
    database: Database, sample_case: SampleCase, texts: list[str], pair: str
) -> None:
    """Whatever the texts (empty, one letter, the pair alone, at either end, twice), the
    index's trigrams and the texts' ends find exactly the entries that hold the pair."""
    with database.write() as session:
        session.execute(sql_text("DELETE FROM search_entries WHERE kind = 'probe'"))
        for number, stored in enumerate(texts):
            session.execute(
                sql_text(
                    "INSERT INTO search_entries (kind, entity_id, case_id, label, text) "
                    "VALUES ('probe', :number, :case_id, '', :text)"
                ),
                {"number": number, "case_id": sample_case.case_id, "text": stored},
            )
    with database.read() as session:
        found = set(session.scalars(search._index_hits(pair, cases=False)))
        probes = session.execute(
            sql_text("SELECT id, text FROM search_entries WHERE kind = 'probe'")
        ).all()
    holding = {entry for entry, stored in probes if pair in stored}
    assert found & {entry for entry, _ in probes} == holding
