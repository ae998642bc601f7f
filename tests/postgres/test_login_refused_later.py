"""A login refused in the middle of a session (the owner changed the volunteer's password
or took the login away while the window was open) is said as a refused login, naming it,
for reads and writes alike, never as "cannot connect, try again" (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseLoginRefused
from caseworker.models import Case
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres.checking_server import checking_team
from tests.postgres.team_server import CASEWORKER, PASSWORD, Team


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with checking_team(tmp_path_factory.mktemp("passwords")) as team:
        yield team


@pytest.fixture
def opened(team: Team) -> Iterator[Database]:
    database = open_database(team.url(CASEWORKER, PASSWORD))
    with database.read() as session:  # a connection in the pool, logged in
        session.scalar(select(func.count()).select_from(Case))
    yield database
    database.dispose()
    team.sql(f"ALTER ROLE \"{CASEWORKER}\" LOGIN PASSWORD '{PASSWORD}'")


def _cut(team: Team) -> None:
    team.sql(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{CASEWORKER}'"
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("PASSWORD 'another-password-5512'", "did not accept the password of the login ivanova"),
        ("NOLOGIN", "did not let the login ivanova in"),
    ],
)
def test_a_login_refused_later_is_said_so_on_read_and_write(
    team: Team, opened: Database, change: str, words: str
) -> None:
    team.sql(f'ALTER ROLE "{CASEWORKER}" {change}')
    _cut(team)
    with pytest.raises(DatabaseLoginRefused) as read, opened.read() as session:
        session.scalar(select(func.count()).select_from(Case))
    with pytest.raises(DatabaseLoginRefused) as written, opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
    for error in (read.value, written.value):
        assert words in error.message, error.message
        assert error.login == CASEWORKER
        assert "network" not in error.message
        assert "another-password-5512" not in error.message


def test_the_login_refused_while_the_connection_is_idle_in_the_pool(
    team: Team, opened: Database
) -> None:
    team.sql(f"ALTER ROLE \"{CASEWORKER}\" PASSWORD 'another-password-5512'")
    # Not cut: the pooled connection is still logged in and goes on working.
    with opened.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    _cut(team)
    with pytest.raises(DatabaseLoginRefused), opened.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
