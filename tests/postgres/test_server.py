"""The test PostgreSQL server itself: it runs, speaks UTF-8, and each module has its own
database copied from the template."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable

import pytest

from caseworker.db.migrate import head_revision
from tests.postgres_fixtures import TEMPLATE, unavailable
from tests.postgres_server import PostgresServer


def test_server_answers(postgres_server: PostgresServer) -> None:
    [(version,)] = postgres_server.execute("SHOW server_version_num")
    assert int(version) >= 120000


def test_listens_only_on_its_socket(postgres_server: PostgresServer) -> None:
    [(addresses,)] = postgres_server.execute("SHOW listen_addresses")
    assert addresses == ""
    [(folders,)] = postgres_server.execute("SHOW unix_socket_directories")
    assert folders == str(postgres_server.socket_folder)
    socket = postgres_server.socket_folder / ".s.PGSQL.5432"
    assert stat.S_ISSOCK(socket.stat().st_mode)


def test_runs_as_postgres_when_tests_run_as_root(postgres_server: PostgresServer) -> None:
    owner = postgres_server.data.stat().st_uid
    if os.geteuid() == 0:
        assert postgres_server.user is not None
        assert owner == postgres_server.user.pw_uid != 0
    else:
        assert owner == os.geteuid()


def test_encoding_is_utf8(postgres_server: PostgresServer, postgres_database: str) -> None:
    [(server,)] = postgres_server.execute("SHOW server_encoding", postgres_database)
    assert server == "UTF8"
    [(encoding, ctype)] = postgres_server.execute(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
        "WHERE datname = current_database()",
        postgres_database,
    )
    assert encoding == "UTF8"
    assert ctype.lower().replace("-", "") == "c.utf8"


def test_cyrillic_text_round_trips(postgres_server: PostgresServer, postgres_database: str) -> None:
    [(upper,)] = postgres_server.execute("SELECT upper('ёжик в тумане')", postgres_database)
    assert upper == "ЁЖИК В ТУМАНЕ"


def test_module_database_is_fresh_copy_of_template(
    postgres_server: PostgresServer, postgres_database: str
) -> None:
    assert postgres_database != TEMPLATE
    names = {name for (name,) in postgres_server.execute("SELECT datname FROM pg_database")}
    assert {TEMPLATE, postgres_database} <= names
    postgres_server.execute("CREATE TABLE scratch (id integer)", postgres_database)
    tables = postgres_server.execute(
        "SELECT count(*) FROM pg_tables WHERE tablename = 'scratch'", TEMPLATE
    )
    assert tables == [(0,)]


def test_missing_server_skips_on_a_desk_but_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        unavailable("PostgreSQL is not installed")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the PostgreSQL tests"):
        unavailable("PostgreSQL is not installed")


def test_each_test_gets_its_own_fresh_database(
    postgres_server: PostgresServer, postgres_url: str, new_postgres_database: Callable[[], str]
) -> None:
    other = new_postgres_database()
    assert other != postgres_url
    names = [url.split("?")[0].rsplit("/", 1)[1] for url in (postgres_url, other)]
    postgres_server.execute("CREATE TABLE scratch (id integer)", names[0])
    tables = postgres_server.execute(
        "SELECT count(*) FROM pg_tables WHERE tablename = 'scratch'", names[1]
    )
    assert tables == [(0,)]
    [(revision,)] = postgres_server.execute("SELECT version_num FROM alembic_version", names[1])
    assert revision == head_revision()
