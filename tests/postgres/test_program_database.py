"""The program's own database on PostgreSQL: migrated by ``open_database``, a case added
with the services and found again by search (psycopg 3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseworker.db import Database, open_database
from caseworker.db.migrate import head_revision
from caseworker.services import cases, search
from tests.conftest import ACTOR, add_person
from tests.postgres_server import PostgresServer


@pytest.fixture(scope="module")
def server_database(postgres_server: PostgresServer, postgres_database: str) -> Iterator[Database]:
    """The module's database opened by the program (already migrated: a template copy)."""
    database = open_database(postgres_server.url(postgres_database))
    yield database
    database.dispose()


def test_new_database_is_migrated_to_newest_revision(
    postgres_server: PostgresServer, postgres_template: str
) -> None:
    revisions = postgres_server.execute(
        "SELECT version_num FROM alembic_version", postgres_template
    )
    assert revisions == [(head_revision(),)]


def test_opens_on_postgresql(server_database: Database) -> None:
    assert server_database.engine.dialect.name == "postgresql"
    assert server_database.engine.dialect.driver == "psycopg"
    assert server_database.refuse_writes is None
    assert not server_database.encrypted


def test_case_added_is_found(server_database: Database) -> None:
    with server_database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Ёлкины", region="Тверская область", opened_on="2026-05-10"
        )
        add_person(session, case.id, "Ёлкин Пётр Ильич", unit="в/ч 00000")
        case_id, reference = case.id, case.reference
    with server_database.read() as session:
        assert cases.get_case_by_reference(session, reference).id == case_id
        hits = search.search(session, "ёлкин")
        assert {(hit.kind, hit.case_id) for hit in hits} >= {("person", case_id)}
        assert search.search(session, "ЕЛКИН ПЕТР") != []
