"""The server password dialog shown for tests/ui/test_text_fits.py: the login refused for
want of a password, then a wrong password said (no server needed: the refusals are libpq's
words, the opener refuses)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from caseworker.db import Database
from caseworker.db.postgres import login_refused
from caseworker.errors import DatabaseLoginRefused

_URL = make_url("postgresql+psycopg://ivanova@сервер-команды.example.org:5432/поиск_2026")
_SERVER = "сервер-команды.example.org:5432/поиск_2026"


def _refusal(words: str) -> DatabaseLoginRefused:
    error = login_refused(
        psycopg.OperationalError(
            f'connection failed: connection to server at "10.0.0.5", port 5432 failed: {words}'
        ),
        _URL,
        _SERVER,
    )
    assert error is not None
    return error


def open_the_server_password(qtbot: QtBot, note: Callable[[QWidget, str], None]) -> None:
    """Note the dialog asking a missing password, then after a wrong one."""
    from ui.team.server_password import ServerPasswordDialog

    wrong = _refusal('FATAL:  password authentication failed for user "ivanova"')

    def refuse(_password: str) -> Database:
        raise wrong

    dialog = ServerPasswordDialog(_refusal("fe_sendauth: no password supplied"), refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note(dialog, "no password")
    dialog.password.setText("пароль")
    dialog.connect_button.click()
    assert dialog.isVisible()
    note(dialog, "a wrong password")
    dialog.close()
