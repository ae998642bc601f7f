"""The window asks a team's server login's password at start when the server wants one it
was not given, or refused the one given; a wrong one is said and asked again, and the
password is used for this run only (issue 15). Against a real server that checks passwords."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from caseworker.db import open_database
from caseworker.errors import DatabaseLoginRefused
from tests.postgres.checking_server import checking_team
from tests.postgres.team_server import CASEWORKER, PASSWORD, Team
from ui.app import open_database_or_explain
from ui.team.server_password import ServerPasswordDialog, opener_for

WRONG = "not-the-password-7731"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with checking_team(tmp_path_factory.mktemp("passwords")) as team:
        yield team


def _refusal(team: Team) -> DatabaseLoginRefused:
    with pytest.raises(DatabaseLoginRefused) as raised:
        open_database(team.url(CASEWORKER)).dispose()
    return raised.value


def _answer(dialog: ServerPasswordDialog, password: str) -> None:
    field = dialog.findChild(QLineEdit, "serverPassword")
    button = dialog.findChild(QPushButton, "connectServer")
    assert field is not None and button is not None
    field.setText(password)
    button.click()


def test_a_wrong_password_is_said_and_asked_again(qtbot: QtBot, team: Team) -> None:
    error = _refusal(team)
    dialog = ServerPasswordDialog(error, opener_for(team.url(CASEWORKER)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert CASEWORKER in dialog.said.text() and "no password" in dialog.said.text()

    _answer(dialog, WRONG)
    assert dialog.isVisible() and dialog.database is None
    assert "did not accept the password" in dialog.said.text()
    assert WRONG not in dialog.said.text() and dialog.password.text() == ""

    _answer(dialog, PASSWORD)
    assert dialog.result() == ServerPasswordDialog.DialogCode.Accepted
    database = dialog.database
    assert database is not None
    try:
        assert PASSWORD not in database.url and PASSWORD not in database.display_name
        with database.read() as session:
            assert session.connection().exec_driver_sql("SELECT current_user").scalar() == (
                CASEWORKER
            )
    finally:
        database.dispose()


@pytest.mark.usefixtures("qtbot")  # the QApplication
def test_at_start_the_window_asks_then_opens(team: Team) -> None:
    answers = [WRONG, PASSWORD]
    seen: list[str] = []

    def answer_next() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerPasswordDialog):
            QTimer.singleShot(20, answer_next)
            return
        seen.append(dialog.said.text())
        _answer(dialog, answers.pop(0))
        if answers:
            QTimer.singleShot(0, answer_next)

    QTimer.singleShot(0, answer_next)
    database = open_database_or_explain(team.url(CASEWORKER))
    assert database is not None
    database.dispose()
    assert len(seen) == 2 and "did not accept the password" in seen[1]
    assert not answers


@pytest.mark.usefixtures("qtbot")
def test_exit_leaves_without_a_database(team: Team) -> None:
    def leave() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerPasswordDialog):
            QTimer.singleShot(20, leave)
            return
        dialog.exit_button.click()

    QTimer.singleShot(0, leave)
    assert open_database_or_explain(team.url(CASEWORKER)) is None
