"""A server out of disk space or memory (SQLSTATE class 53) is said as such, with no "try
again" (the window offers no Retry): only too many connections (53300) is a server that
cannot be reached for now (issue 15). The errors are the server's own, raised by a function
run through the program's engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseError, DatabaseUnavailable
from caseworker.models import Case
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer

_FUNCTION = """
CREATE FUNCTION fail_with(code text) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the server says %', code USING ERRCODE = code;
END $$
"""


@pytest.fixture
def opened(postgres_server: PostgresServer, postgres_url: str) -> Iterator[Database]:
    postgres_server.execute(_FUNCTION, str(make_url(postgres_url).database))
    database = open_database(postgres_url)
    yield database
    database.dispose()


def _count(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


@pytest.mark.parametrize(
    ("code", "words"),
    [("53100", "out of disk space"), ("53200", "out of memory"), ("53400", "one of its limits")],
)
def test_a_server_out_of_resources_says_so_without_try_again(
    opened: Database, code: str, words: str
) -> None:
    with pytest.raises(DatabaseError) as written, opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
        session.flush()
        session.execute(text("SELECT fail_with(:code)"), {"code": code})
    with pytest.raises(DatabaseError) as read, opened.read() as session:
        session.execute(text("SELECT fail_with(:code)"), {"code": code})
    for error in (written.value, read.value):
        assert not isinstance(error, DatabaseUnavailable)
        assert words in error.message, error.message
        assert "Please tell whoever looks after the server." in error.message
        assert "try again" not in error.message and "network" not in error.message
    assert "Nothing was saved" in written.value.message
    assert "Nothing was saved" not in read.value.message
    assert _count(opened) == 0


def test_too_many_connections_is_a_server_to_try_again(opened: Database) -> None:
    with pytest.raises(DatabaseUnavailable) as raised, opened.write() as session:
        session.execute(text("SELECT fail_with('53300')"))
    assert "Nothing was saved; try again" in raised.value.message
