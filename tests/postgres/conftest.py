"""Fixtures for the tests against a real PostgreSQL server (issue 15).

``postgres_server`` starts one server for the whole test session from the system's
binaries (tests/postgres_server.py) and removes it at the end, after failures too. Without
the binaries its tests skip with the reason on a developer's machine; where ``$CI`` is set
(``.ci/run`` installs the server package) they fail instead, so CI never skips them.
The template is made once per session and migrated by the program itself
(``open_database``, Alembic); ``postgres_database`` gives each test module a fresh copy of it.
"""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Iterator

import pytest

from caseworker.db import open_database
from tests.postgres_server import PostgresServer, ServerUnavailable, find_binaries

#: The migrated database every module's database is copied from.
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
    postgres_server.create_database(TEMPLATE)
    database = open_database(postgres_server.url(TEMPLATE))
    database.dispose()
    return TEMPLATE


@pytest.fixture(scope="module")
def postgres_database(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """The name of a fresh database for the test module, copied from :data:`TEMPLATE` and
    dropped after the module."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    postgres_server.create_database(name, template=postgres_template)
    try:
        yield name
    finally:
        postgres_server.drop_database(name)
