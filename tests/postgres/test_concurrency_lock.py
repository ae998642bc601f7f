"""The write lock on PostgreSQL, the twin of SQLite's ``BEGIN IMMEDIATE``: a write waits for
another writer's transaction and says so (``WriteWait.notice``), fails as busy only past its
patience, and reading never waits for it. Also the sentences for a lost connection, chosen by
what was under way."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from caseworker.db import Database, open_database
from caseworker.db.postgres import WRITE_LOCK_KEY, sentence_for
from caseworker.errors import DatabaseBusy, DatabaseForbidden, DatabaseUnavailable
from caseworker.models import Case
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer


@pytest.fixture
def opened(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


@pytest.fixture
def other_writer(
    postgres_server: PostgresServer, postgres_url: str
) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    """Another program's connection, in a transaction holding the write lock."""
    name = str(make_url(postgres_url).database)
    connection = psycopg.connect(**postgres_server.connect_arguments(name))
    connection.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    yield connection
    connection.close()


def _count(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_a_write_waits_for_another_writer_and_says_so(
    opened: Database, other_writer: psycopg.Connection[tuple[object, ...]]
) -> None:
    notices: list[bool] = []
    opened.write_wait.notice = notices.append
    assert _count(opened) == 0  # reading does not wait for the lock
    release = threading.Timer(1.0, other_writer.rollback)
    release.start()
    try:
        with opened.write() as session:
            cases.create_case(session, ACTOR, family_name="Ёлкины")
    finally:
        release.join()
    assert notices[0] is True and notices[-1] is False
    assert notices.count(False) == 1
    assert _count(opened) == 1


def test_past_its_patience_a_write_is_busy_and_saves_nothing(
    opened: Database, other_writer: psycopg.Connection[tuple[object, ...]]
) -> None:
    opened.write_wait.patience = 0.5
    with pytest.raises(DatabaseBusy) as raised, opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
    assert "Nothing was saved" in raised.value.message
    other_writer.rollback()
    assert _count(opened) == 0
    with opened.write() as session:  # the lock free, the next write goes through
        cases.create_case(session, ACTOR, family_name="Ёлкины")
    assert _count(opened) == 1


def test_the_lock_is_the_transactions_and_ends_with_it(opened: Database) -> None:
    with opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
        held = session.connection().exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            f"AND objid = {WRITE_LOCK_KEY} AND pid = pg_backend_pid()"
        )
        assert held.scalar() == 1
    with opened.read() as session:
        left = session.connection().exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        )
        assert left.scalar() == 0


@pytest.mark.parametrize(
    ("phase", "words"),
    [
        ("connect", "cannot connect"),
        ("read", "Check the network"),
        ("write", "Nothing was saved"),
        ("commit", "cannot be told whether it was saved"),
    ],
)
def test_a_lost_connection_is_said_by_what_was_under_way(phase: str, words: str) -> None:
    lost = psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly\n"
        "\tThis probably means the server terminated abnormally"
    )
    error = sentence_for(lost, "db.example:5432/team", phase, secret="Secret-Word-42")
    assert isinstance(error, DatabaseUnavailable)
    assert words in error.message
    assert "db.example:5432/team" in error.message
    assert "server closed the connection unexpectedly" in error.message
    assert error.phase == phase


def test_a_password_in_the_drivers_words_is_hidden() -> None:
    refused = psycopg.OperationalError("connection failed: bad option Secret-Word-42")
    error = sentence_for(refused, "db.example:5432/team", "connect", secret="Secret-Word-42")
    assert error is not None and "Secret-Word-42" not in error.message


def test_other_errors_pass_as_they_are() -> None:
    assert sentence_for(psycopg.errors.UniqueViolation("dup"), "h:1/d", "write") is None
    assert sentence_for(ValueError("not the driver's"), "h:1/d", "write") is None
    refused = sentence_for(psycopg.errors.InsufficientPrivilege("no"), "h:1/d", "read")
    assert isinstance(refused, DatabaseForbidden)
    assert "may not read" in refused.message
