"""How the program's sessions on a PostgreSQL server are opened: the time zone UTC, the
address's options passed through and winning over the defaults, a database whose text is not
UTF-8 refused with a sentence, a password never shown, a role that may not write told so."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from caseworker.db import Database, make_engine, open_database
from caseworker.db.postgres import connect_arguments, server_name
from caseworker.errors import DatabaseError, DatabaseForbidden, DatabaseUnavailable
from caseworker.services import cases
from tests.cli_runner import refused, run, run_process
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer


def _setting(database: Database, name: str) -> str:
    with database.read() as session:
        return str(session.execute(text(f"SHOW {name}")).scalar())


@pytest.fixture
def opened(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


def test_sessions_run_in_utc_with_the_defaults(opened: Database) -> None:
    assert _setting(opened, "TimeZone") == "UTC"
    assert _setting(opened, "statement_timeout") == "30min"
    assert _setting(opened, "idle_in_transaction_session_timeout") == "1h"
    assert _setting(opened, "application_name") == "Caseworker"
    assert _setting(opened, "transaction_isolation") == "read committed"
    with opened.read() as session:
        assert str(session.execute(text("SELECT now()::text")).scalar()).endswith("+00")


def test_the_address_options_pass_through_and_win(postgres_url: str) -> None:
    url = (
        f"{postgres_url}&application_name=Desk%207&connect_timeout=3"
        "&options=-c%20statement_timeout%3D4500%20-c%20TimeZone%3DEurope/Moscow"
    )
    database = open_database(url)
    try:
        assert _setting(database, "application_name") == "Desk 7"
        assert _setting(database, "statement_timeout") == "4500ms"
        assert _setting(database, "TimeZone") == "UTC"  # the program's dates need it
    finally:
        database.dispose()


def test_connect_arguments_leave_what_the_address_gives() -> None:
    url = make_url(
        "postgresql+psycopg://desk@db.example:6432/team?sslmode=verify-full"
        "&sslrootcert=/etc/team/root.crt&connect_timeout=30&keepalives_idle=5"
    )
    arguments = connect_arguments(url)
    assert "connect_timeout" not in arguments  # the address's 30 s, through the query
    assert "keepalives_idle" not in arguments
    assert "sslmode" not in arguments and "sslrootcert" not in arguments
    assert arguments["keepalives"] == "1"
    assert arguments["options"].endswith("-c TimeZone=UTC")
    assert server_name(url) == "db.example:6432/team"
    assert "connect_timeout" in connect_arguments(make_url("postgresql+psycopg://desk@h/team"))


def test_statement_timeout_stops_a_long_statement(postgres_url: str) -> None:
    database = open_database(f"{postgres_url}&options=-c%20statement_timeout%3D200")
    try:
        with pytest.raises(DatabaseUnavailable) as raised, database.read() as session:
            session.execute(text("SELECT pg_sleep(2)"))
        assert "took too long" in raised.value.message
        with database.read() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "creation",
    [
        "ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'",
        "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
    ],
)
def test_a_database_without_utf8_text_is_refused(
    postgres_server: PostgresServer, creation: str
) -> None:
    name = "not_utf8"
    postgres_server.execute(f"CREATE DATABASE {name} TEMPLATE template0 {creation}")
    try:
        with pytest.raises(DatabaseError) as raised:
            open_database(postgres_server.url(name))
        message = raised.value.message
        assert "UTF-8" in message and f"/{name}" in message and "“C”" in message
        tables = postgres_server.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", name
        )
        assert tables == [(0,)]  # nothing was made there
    finally:
        postgres_server.drop_database(name)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_a_sentence_without_the_password() -> None:
    port = _closed_port()
    url = f"postgresql+psycopg://desk:Secret-Word-42@127.0.0.1:{port}/team"
    with pytest.raises(DatabaseUnavailable) as raised:
        open_database(url)
    message = raised.value.message
    assert f"127.0.0.1:{port}/team" in message
    assert "Secret-Word-42" not in message
    assert "Traceback" not in message


def test_a_write_to_an_unreachable_server_says_nothing_was_saved() -> None:
    port = _closed_port()
    database = Database(
        make_engine(f"postgresql+psycopg://desk:Secret-Word-42@127.0.0.1:{port}/team")
    )
    with pytest.raises(DatabaseUnavailable) as raised, database.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
    assert "Nothing was saved" in raised.value.message
    assert "Secret-Word-42" not in raised.value.message
    assert "Secret-Word-42" not in database.display_name
    database.dispose()


def test_a_role_that_may_not_write_is_told_so(
    postgres_server: PostgresServer, postgres_url: str, opened: Database
) -> None:
    name = str(make_url(postgres_url).database)
    with opened.write() as session:
        reference = cases.create_case(session, ACTOR, family_name="Ёлкины").reference
    postgres_server.execute("DROP ROLE IF EXISTS reader_only")
    postgres_server.execute("CREATE ROLE reader_only LOGIN")
    for grant in (
        "GRANT USAGE ON SCHEMA public TO reader_only",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only",
    ):
        postgres_server.execute(grant, name)
    url = make_url(postgres_url).set(username="reader_only")
    reader = open_database(url.render_as_string(hide_password=False))
    try:
        with reader.read() as session:
            assert cases.get_case_by_reference(session, reference).family_name == "Ёлкины"
        with pytest.raises(DatabaseForbidden) as raised, reader.write() as session:
            cases.create_case(session, ACTOR, family_name="Соколовы")
        assert "may not make this change" in raised.value.message
        assert "nothing was saved" in raised.value.message
        with opened.read() as session:
            assert session.execute(text("SELECT count(*) FROM cases")).scalar() == 1
        postgres_server.execute("REVOKE SELECT ON cases FROM reader_only", name)
        with pytest.raises(DatabaseForbidden) as raised, reader.read() as session:
            cases.get_case_by_reference(session, reference)
        assert "may not read this" in raised.value.message
        assert "nothing was saved" not in raised.value.message
    finally:
        reader.dispose()
        postgres_server.execute("DROP OWNED BY reader_only CASCADE", name)
        postgres_server.execute("DROP ROLE reader_only")


def test_the_command_line_says_a_lost_server_in_one_sentence() -> None:
    port = _closed_port()
    url = f"postgresql+psycopg://desk:Secret-Word-42@127.0.0.1:{port}/team"
    result = run_process(None, "--db", url, "case", "add", "--family", "Ёлкины")
    message = refused(result)  # exit 1, one line, no traceback
    assert f"127.0.0.1:{port}/team" in message
    assert "Secret-Word-42" not in result.stderr + result.stdout


def test_the_command_line_during_a_restart(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    postgres_server.halt()
    try:
        message = refused(run(None, "--db", postgres_url, "case", "add", "--family", "Ёлкины"))
        assert str(postgres_server.socket_folder) in message
    finally:
        postgres_server.resume()
    assert run(None, "--db", postgres_url, "case", "add", "--family", "Ёлкины").returncode == 0


def test_the_window_names_the_server_as_its_sentences_do(opened: Database) -> None:
    url = make_url(opened.url)
    assert opened.display_name == f"{url.query['host']}:{url.query['port']}/{url.database}"
