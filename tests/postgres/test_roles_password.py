"""Logins with passwords, on a server that checks them (SCRAM), unlike the session's: the
verifier ``server add-user`` makes lets the volunteer in, and the command line asks for a
password it was not given, at a terminal only (issue 15)."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator

import pytest

from tests.cli_runner import refused
from tests.postgres.team_server import CASEWORKER, OWNER, PASSWORD, Team, staffed_team
from tests.postgres_fixtures import unavailable
from tests.postgres_server import PostgresServer, ServerUnavailable, find_binaries

#: The superuser keeps its trust on the socket (the fixtures need it); everyone else
#: must give their password.
_HBA = "local all postgres trust\nlocal all all scram-sha-256\n"


@pytest.fixture(scope="module")
def checking_server() -> Iterator[PostgresServer]:
    """A server of this module's own whose logins need their passwords."""
    binaries = find_binaries()
    if binaries is None:
        unavailable("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
        raise AssertionError("unreachable")
    try:
        server = PostgresServer(binaries)
    except ServerUnavailable as error:
        unavailable(str(error))
        raise AssertionError("unreachable") from error
    try:
        server.start()
        (server.data / "pg_hba.conf").write_text(_HBA, encoding="utf-8")
        server.execute("SELECT pg_reload_conf()")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def team(
    checking_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    checking_server.execute(f"CREATE ROLE \"{OWNER}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
    folder = tmp_path_factory.mktemp("passwords")
    with staffed_team(checking_server, folder, owner_password=PASSWORD) as team:
        yield team


def test_the_volunteer_logs_in_with_the_password_add_user_set(team: Team) -> None:
    result = team.cli(CASEWORKER, "case", "add", "--family", "Шумовы", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert team.sql("SELECT count(*) FROM cases") == [(1,)]
    wrong = refused(team.cli(CASEWORKER, "search", "Шумов", password="wrong password"))
    assert "password authentication failed" in wrong


def test_without_a_password_a_script_gets_a_sentence(team: Team) -> None:
    message = refused(team.cli(CASEWORKER, "search", "Шумов"))
    assert "no password supplied" in message


def test_at_a_terminal_the_password_is_asked_once(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", answer)
    result = team.cli(CASEWORKER, "search", "Шумов")
    assert result.returncode == 0, result.stderr
    assert len(asked) == 1 and CASEWORKER in asked[0]
    assert PASSWORD not in result.stdout + result.stderr
