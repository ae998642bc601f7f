"""Logins with passwords, on a server that checks them (SCRAM), unlike the session's: the
verifier ``server add-user`` makes lets the volunteer in, and the command line asks for a
password it was not given, at a terminal only (issue 15)."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator

import pytest

from tests.cli_runner import refused
from tests.postgres.checking_server import checking_team
from tests.postgres.team_server import CASEWORKER, PASSWORD, Team


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """A server of this module's own whose logins need their passwords, a team on it."""
    with checking_team(tmp_path_factory.mktemp("passwords")) as team:
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
