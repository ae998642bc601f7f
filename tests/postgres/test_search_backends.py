"""Search gives the same hits in the same order on PostgreSQL as on SQLite (issue 15).

The same synthetic cases (``caseworker.synth``, one seed) and a few written by hand (ё and е,
phone numbers, service numbers, names differing only in punctuation and letter case) go into a
SQLite file and a PostgreSQL database; every query then runs on both. On PostgreSQL a term of
three letters or more can be answered from the GIN trigram index of migration 0017.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select, text

from caseworker.db import Database, open_database
from caseworker.models import Case, SearchEntry
from caseworker.services import case_list, cases, persons, relatives, search
from caseworker.synth import synthesize
from tests.postgres_server import PostgresServer

ACTOR = "tester"
SEED = 15
SYNTHETIC_CASES = 150

#: Families written by hand: (family, region, [(surname, given, patronymic, service number)],
#: [(surname, given, phone)]). "ёлкина" comes after "Яковлева" by code point, before it by
#: Russian rules.
FAMILIES = [
    ("Семёновы", "Тверская", [("Семёнов", "Пётр", "Алексеевич", "АВ-123456")],
     [("Семёнова", "Алёна", "+7 (916) 555-12-34")]),
    ("Семеновы", "Тверская", [("Семенов", "Петр", "Ильич", "ав123457")],
     [("Семенова", "Анна", "8 916 555 12 35")]),
    ("Ёлкины", "Псковская", [("Ёлкин", "Фёдор", "", "")],
     [("ёлкина", "Зоя", "903 555-01-02"), ("Яковлева", "Зоя", "")]),
    ("Елкины-Петровы", "Псковская", [("Елкин-Петров", "Федор", "", "12-345")],
     [("ЕЛКИНА", "Зоя", "")]),
    ("Шумовы", "Курская", [("Шумов", "Алексей", "Ёжикович", "в/ч 00000")],
     [("Шумова", "Ольга", "+7 916 000 12 34")]),
    ("Шумов_ы", "Курская", [("Шумов", "Алексей", "", "50%")], []),
]  # fmt: skip

QUERIES = [
    # letters, ё and е, letter case, one and two letters, several words
    "семёнов", "семенов", "СЕМЕНОВ", "пётр", "петр", "ёлкин", "елкин", "елкин-петров",
    "е", "ё", "а", "ш", "щ", "ел", "Ёж", "ов", "шумов алексей", "ольга алексей",
    "семенова анна", "тверская", "псковская елкин", "зоя",
    # a surname one typo away, a name's key
    "шумав", "семинов",
    # digits: references, service numbers, units, phones written any way
    "2026", "0001", "1", "12", "123", "ав-123", "AB123456", "12-345", "в/ч", "00000",
    "+7 916 555-12-34", "8 (916) 555-12-35", "9165551234", "555-12", "555", "916",
    "903 555 01 02", "+7 903", "000 12 34",
    # characters LIKE and FTS5 treat specially are plain text
    "%", "_", "50%", "шумов_", "\\", '"', "шум*", "a OR b",
    # nothing
    "", "   ", "жжжжж",
]  # fmt: skip


def _fill(database: Database) -> None:
    synthesize(database, SYNTHETIC_CASES, SEED)
    with database.write() as session:
        for family, region, sought, kin in FAMILIES:
            case = cases.create_case(session, ACTOR, family_name=family, region=region)
            for surname, given, patronymic, number in sought:
                persons.add_person(
                    session,
                    ACTOR,
                    case.id,
                    surname=surname,
                    given_name=given,
                    patronymic=patronymic,
                    service_number=number if "/" not in number and "%" not in number else "",
                    unit=number if "/" in number else "",
                    call_sign=number if "%" in number else "",
                )
            for surname, given, phone in kin:
                relatives.add_relative(
                    session, ACTOR, case.id, surname=surname, given_name=given, phone=phone
                )


@pytest.fixture(scope="module")
def russian_database(postgres_server: PostgresServer) -> Iterator[str]:
    """A database ordering text by Russian rules (ICU's ru-RU, as a team's server made with
    a Russian locale does), not by code point as the tests' template does; migrated by the
    program."""
    [(version,)] = postgres_server.execute("SHOW server_version_num")
    if int(version) < 150000:
        pytest.skip("an ICU collation for a whole database needs PostgreSQL 15")
    name = "search_russian_order"
    postgres_server.execute(
        f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'ru-RU' "
        "LOCALE 'C.UTF-8'"
    )
    try:
        yield name
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def backends(
    postgres_server: PostgresServer,
    russian_database: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, Database]]:
    """The SQLite database and the PostgreSQL one, holding the same cases."""
    lite = open_database(str(Path(tmp_path_factory.mktemp("search")) / "cases.sqlite"))
    server = open_database(postgres_server.url(russian_database))
    try:
        for database in (lite, server):
            _fill(database)
        with server.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()
        yield lite, server
    finally:
        lite.dispose()
        server.dispose()


def _hits(database: Database, query: str) -> list[search.SearchHit]:
    with database.read() as session:
        return search.search(session, query)


def _listed(database: Database, query: str) -> tuple[list[str], int]:
    with database.read() as session:
        wanted = case_list.CaseQuery(text=query)
        rows = case_list.fetch_case_rows(session, wanted, 0, 500)
        return [row.reference for row in rows], case_list.count_cases(session, wanted)


def test_the_same_data_on_both(backends: tuple[Database, Database]) -> None:
    lite, server = backends
    assert _hits(lite, "тверская") == _hits(server, "тверская") != []


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_in_the_same_order(
    backends: tuple[Database, Database], query: str
) -> None:
    lite, server = backends
    assert _hits(server, query) == _hits(lite, query)


@pytest.mark.parametrize("query", QUERIES)
def test_the_case_list_finds_the_same_cases(
    backends: tuple[Database, Database], query: str
) -> None:
    lite, server = backends
    assert _listed(server, query) == _listed(lite, query)


def test_hand_written_families_are_found_with_yo_as_ye(
    backends: tuple[Database, Database],
) -> None:
    for database in backends:
        found = {hit.label for hit in _hits(database, "семенов") if hit.kind == "person"}
        assert {"Семёнов Пётр Алексеевич", "Семенов Петр Ильич"} <= found
        phones = {hit.label for hit in _hits(database, "8 916 555-12-34")}
        assert "Семёнова Алёна" in phones


def _plan(database: Database, statement: Select[Any]) -> str:
    """PostgreSQL's plan of ``statement``, plain scans turned off: on a database this small
    a scan is cheaper, the question here is whether the trigram index can serve the query."""
    with database.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))
        compiled = statement.compile(
            session.get_bind(), compile_kwargs={"render_postcompile": True}
        )
        rows = session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        return "\n".join(row[0] for row in rows)


def _search_statement(database: Database, query: str) -> Select[Any]:
    with database.read() as session:
        [(_, spellings)] = search._query_words(query)
        return select(SearchEntry.id).where(search._matches_any(session, spellings, None))


@pytest.mark.parametrize("query", ["семенов", "ав123", "555-12"])
def test_a_term_of_three_letters_uses_the_trigram_index(
    backends: tuple[Database, Database], query: str
) -> None:
    plan = _plan(backends[1], _search_statement(backends[1], query))
    assert "Bitmap Index Scan on ix_search_entries_text_trigram" in plan, plan


def test_the_case_list_search_can_use_the_trigram_index(
    backends: tuple[Database, Database],
) -> None:
    server = backends[1]
    with server.read() as session:
        condition = search.case_filter(session, "семенов")
    assert condition is not None
    plan = _plan(server, select(Case.id).where(condition))
    assert "Bitmap Index Scan on ix_search_entries_text_trigram" in plan, plan


@pytest.mark.parametrize("query", ["ова", "семенов", "2026", "555", "зоя ёлкин", "ав-123"])
def test_broad_terms_checked_case_by_case_find_the_same(
    backends: tuple[Database, Database], query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every term counted as broad (found in more than 3 entries), both backends check
    the cases one by one instead of reading the index: still the same cases."""
    lite, server = backends
    expected = _listed(lite, query)
    monkeypatch.setattr(search, "SELECTIVE_ENTRIES", 3)
    monkeypatch.setattr(search, "SELECTIVE_NUMBER_ENTRIES", 3)
    assert _listed(server, query) == _listed(lite, query) == expected
