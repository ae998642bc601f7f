"""The status bar says the server is lost for as long as it is, not for a moment.

It was a message of the status bar for fifteen seconds, which a status tip (the pointer
over a toolbar button) put away at once: after a "Retry" box the bar said "Cases: 5" again
while the server was still down.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from caseworker.db import Database, open_database
from tests.postgres_server import PostgresServer
from tests.ui.conftest import (
    heard_everything,
    settings_dir,  # noqa: F401 (autouse: QSettings in tmp_path)
    shown_main_window,
    window_context,
)
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.main_window import MainWindow

#: Generous for a loaded machine: the listener notices within a few seconds.
WAIT_MS = 30_000
LOST = "The connection to the server was lost"


@pytest.fixture
def server(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,  # noqa: ARG001
    server: Database,
    postgres_server: PostgresServer,
) -> Iterator[MainWindow]:
    context = window_context(server, "Петрова А.", ScriptedPrompts(qtbot))
    shown = shown_main_window(qtbot, context)
    assert shown.team.changes.listening
    # Its first refresh of everything done: on a slow machine it would otherwise come while
    # the server is stopped, and ask whether to retry.
    heard_everything(qtbot, shown)
    try:
        yield shown
    finally:
        if not postgres_server.running:
            postgres_server.resume()
        shown.close()


def note(window: MainWindow) -> QLabel:
    label = window.statusBar().findChild(QLabel, "connectionLost")
    assert label is not None
    return label


def test_the_lost_server_is_said_until_it_is_back(
    qtbot: QtBot, window: MainWindow, postgres_server: PostgresServer
) -> None:
    bar = window.statusBar()
    assert not note(window).isVisible()

    postgres_server.halt()
    qtbot.waitUntil(lambda: note(window).isVisible(), timeout=WAIT_MS)
    assert note(window).text().startswith(LOST)
    bar.showMessage("")  # a status tip going (the pointer leaves a toolbar button)
    assert note(window).isVisible()
    assert note(window).text().startswith(LOST)

    postgres_server.resume()
    qtbot.waitUntil(lambda: not note(window).isVisible(), timeout=WAIT_MS)
    assert bar.currentMessage().startswith("Connected to the server again")
