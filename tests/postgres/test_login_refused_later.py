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


# A server set up in Russian (lc_messages 'ru_RU.UTF-8', as initdb takes it from a Russian
# system) refuses in Russian: PostgreSQL 15's own words, as psycopg gives them.
_SOCKET = 'connection failed: connection to server on socket "/run/pg/.s.PGSQL.5432" failed: '
_RUSSIAN = [
    ('ВАЖНО:  пользователь "ivanova" не прошёл проверку подлинности (по паролю)', False),
    ('ВАЖНО:  для роли "ivanova" вход запрещён', True),
    ('ВАЖНО:  роль "ivanova" не существует', True),
    (
        'ВАЖНО:  в pg_hba.conf нет записи для компьютера "10.0.0.7", пользователя "ivanova", '
        'базы "team", SSL выкл.',
        True,
    ),
]


@pytest.mark.parametrize(("words", "not_let_in"), _RUSSIAN)
def test_a_server_refusing_in_russian_is_understood(words: str, not_let_in: bool) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from caseworker.db.postgres import login_refused

    url = make_url("postgresql+psycopg://ivanova:Secret-Word-42@db.example/team")
    refused = login_refused(psycopg.OperationalError(_SOCKET + words), url, "db.example/team")
    assert refused is not None
    said = "did not let the login ivanova in" if not_let_in else "did not accept the password"
    assert said in refused.message
    assert refused.reason == words.removeprefix("ВАЖНО:").strip()


def test_a_statement_naming_a_missing_role_is_no_refused_login() -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from caseworker.db.postgres import login_refused

    url = make_url("postgresql+psycopg://ivanova@db.example/team")
    error = psycopg.errors.UndefinedObject('роль "nobody" не существует')
    assert login_refused(error, url, "db.example/team") is None
