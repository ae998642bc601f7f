"""A connection lost in the middle of a write leaves nothing of it: the write is one
transaction, its sentence says so, and the next write works on a new connection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, event, func, select, text

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseUnavailable
from caseworker.models import Case
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer


@pytest.fixture
def opened(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


def _count(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_a_connection_cut_in_the_middle_of_a_write_leaves_nothing(
    opened: Database, postgres_server: PostgresServer
) -> None:
    with pytest.raises(DatabaseUnavailable) as raised, opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
        session.flush()  # the first case is on the server, not yet committed
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        postgres_server.execute(f"SELECT pg_terminate_backend({pid})")
        cases.create_case(session, ACTOR, family_name="Соколовы")
        session.flush()
    assert "Nothing was saved" in raised.value.message
    assert raised.value.phase == "write"
    assert _count(opened) == 0
    with opened.write() as session:  # a new connection; the same reference is free again
        reference = cases.create_case(session, ACTOR, family_name="Ёлкины").reference
    assert reference.endswith("-0001")
    assert _count(opened) == 1


def test_a_connection_cut_at_the_end_of_a_write_saves_nothing_and_says_so(
    opened: Database, postgres_server: PostgresServer
) -> None:
    with pytest.raises(DatabaseUnavailable) as raised, opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
        session.flush()
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        postgres_server.execute(f"SELECT pg_terminate_backend({pid})")
    assert "Nothing was saved" in raised.value.message  # the server never got its COMMIT
    assert _count(opened) == 0


def test_a_connection_cut_during_the_commit_says_it_cannot_be_told(
    opened: Database, postgres_server: PostgresServer
) -> None:
    backends: list[int] = []

    def cut(_connection: Connection) -> None:  # just before the COMMIT is sent
        if backends:
            postgres_server.execute(f"SELECT pg_terminate_backend({backends.pop()})")

    event.listen(opened.engine, "commit", cut)
    try:
        with pytest.raises(DatabaseUnavailable) as raised, opened.write() as session:
            cases.create_case(session, ACTOR, family_name="Ёлкины")
            session.flush()
            backends.append(int(session.execute(text("SELECT pg_backend_pid()")).scalar() or 0))
    finally:
        event.remove(opened.engine, "commit", cut)
    assert raised.value.phase == "commit"
    assert "cannot be told whether it was saved" in raised.value.message
    assert "Nothing was saved" not in raised.value.message
    assert _count(opened) == 0  # here it was not; the sentence could not know
