"""A login the server refuses (no password given, a wrong one) has its own sentence naming
the login and the server, never the password, and not "check the network" (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseworker.db import open_database
from caseworker.errors import DatabaseLoginRefused
from tests.cli_runner import refused
from tests.postgres.checking_server import checking_team
from tests.postgres.team_server import CASEWORKER, PASSWORD, Team

WRONG = "not-the-password-7731"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with checking_team(tmp_path_factory.mktemp("passwords")) as team:
        yield team


def test_no_password_names_the_login_and_asks_to_check_it(team: Team) -> None:
    with pytest.raises(DatabaseLoginRefused) as raised:
        open_database(team.url(CASEWORKER))
    error = raised.value
    assert error.missing and error.login == CASEWORKER
    assert CASEWORKER in error.message and team.database in error.message
    assert "no password supplied" in error.message
    assert "network" not in error.message
    assert "Check the login and password, or ask the team's coordinator." in error.message


def test_a_wrong_password_is_said_so_and_never_shown(team: Team) -> None:
    with pytest.raises(DatabaseLoginRefused) as raised:
        open_database(team.url(CASEWORKER, WRONG))
    error = raised.value
    assert not error.missing and error.login == CASEWORKER
    assert "did not accept the password" in error.message
    assert WRONG not in error.message and WRONG not in str(error.reason)
    assert "network" not in error.message


def test_the_right_password_opens(team: Team) -> None:
    open_database(team.url(CASEWORKER, PASSWORD)).dispose()


def test_the_command_line_says_the_same(team: Team) -> None:
    message = refused(team.cli(CASEWORKER, "search", "Шумов", password=WRONG))
    assert "did not accept the password of the login ivanova" in message
    assert WRONG not in message and "network" not in message
