"""Fixtures for the tests against a real PostgreSQL server (issue 15), for any test.

A pytest plugin loaded by tests/conftest.py (``pytest_plugins``), so every test may ask for:

- ``postgres_server``: one server for the whole test session, started from the system's
  binaries (tests/postgres_server.py) and removed at the end, after failures too. Without the
  binaries its tests skip with the reason on a developer's machine; where ``$CI`` is set
  (``.ci/run`` installs the server package) they fail instead (:func:`unavailable`), so CI
  never skips them.
- ``postgres_template``: the name of the session's template database, made once and migrated
  by the program itself (``open_database``, Alembic).
- ``postgres_database``: the name of a fresh copy of the template for the test module.
- ``postgres_url``: the address (SQLAlchemy, psycopg 3) of a fresh copy for the one test,
  dropped after it; ``new_postgres_database`` makes as many more as a test needs.

A fresh database per test is a ``CREATE DATABASE … TEMPLATE`` with the ``FILE_COPY`` strategy
(PostgreSQL 15 and later): measured on the test server (fsync off) 37 ms to create and 7 ms
to drop, against 15 ms for truncating a module database's 21 tables; the copy costs a little
more but leaves nothing of one test in the next (sequences, rows the migrations wrote,
settings of the database) and needs no list of tables kept up to date.
"""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from tests.postgres_server import PostgresServer, ServerUnavailable, find_binaries

#: The migrated database every test's or module's database is copied from.
TEMPLATE = "caseworker_template"
_numbers = itertools.count(1)


def unavailable(reason: str) -> None:
    """Skip, or in CI fail, for want of a PostgreSQL server."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A running PostgreSQL server for the session, stopped and removed at its end."""
    binaries = find_binaries()
    if binaries is None:
        unavailable(
            "PostgreSQL's server binaries (initdb, pg_ctl) are not installed; "
            "install them with: apt-get install postgresql"
        )
        raise AssertionError("unreachable")
    try:
        server = PostgresServer(binaries)
    except ServerUnavailable as error:
        unavailable(str(error))
        raise AssertionError("unreachable") from error
    atexit.register(server.stop)  # should the session end without its teardown
    try:
        server.start()
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """The name of the session's template database: a new database migrated to the newest
    revision by :func:`open_database`, every connection to it closed (a template must have
    none while it is copied)."""
    from caseworker.db import open_database

    postgres_server.create_database(TEMPLATE)
    database = open_database(postgres_server.url(TEMPLATE))
    database.dispose()
    return TEMPLATE


def copy_template(server: PostgresServer, template: str = TEMPLATE) -> str:
    """The name of a new database copied from ``template`` (no one may be connected to it
    meanwhile); raises psycopg's errors. Drop it with ``server.drop_database``."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    [(version,)] = server.execute("SHOW server_version_num")
    strategy = " STRATEGY FILE_COPY" if int(version) >= 150000 else ""
    server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
    return name


@contextmanager
def fresh_database(server: PostgresServer, template: str = TEMPLATE) -> Iterator[str]:
    """A new copy of ``template`` while inside (its name), dropped after (connections still
    open to it are cut); raises psycopg's errors."""
    name = copy_template(server, template)
    try:
        yield name
    finally:
        server.drop_database(name)


@pytest.fixture(scope="module")
def postgres_database(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """The name of a fresh database for the test module, copied from :data:`TEMPLATE` and
    dropped after the module."""
    with fresh_database(postgres_server, postgres_template) as name:
        yield name


@pytest.fixture
def new_postgres_database(
    postgres_server: PostgresServer, postgres_template: str
) -> Iterator[Callable[[], str]]:
    """A maker of fresh databases for one test: each call gives the address (psycopg 3) of a
    new copy of the migrated template; all are dropped after the test."""
    names: list[str] = []

    def make() -> str:
        names.append(copy_template(postgres_server, postgres_template))
        return postgres_server.url(names[-1])

    yield make
    for name in names:
        postgres_server.drop_database(name)


@pytest.fixture
def postgres_url(new_postgres_database: Callable[[], str]) -> str:
    """The address (psycopg 3) of a fresh, migrated database for this test only."""
    return new_postgres_database()
