"""A save held up by another window's long import waits, and the status bar says so."""

from __future__ import annotations

import threading

import pytest

from caseworker.services import cases
from tests.conftest import ACTOR, connect_file
from ui.context import AppContext
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only(reason="holds SQLite's write lock from outside")


def test_a_save_waits_for_an_import_in_another_window_and_says_so(
    main_window: MainWindow, context: AppContext
) -> None:
    messages: list[str] = []
    main_window.statusBar().messageChanged.connect(messages.append)
    blocker = connect_file(context.database.display_name, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")  # the other window's import, holding the lock
    release = threading.Timer(1.0, blocker.rollback)
    release.start()
    try:
        with context.database.write() as session:
            cases.create_case(session, ACTOR, family_name="Ивановы")
    finally:
        release.join()
        blocker.close()
    assert any("Waiting for the database" in message for message in messages)
    assert main_window.statusBar().currentMessage() == ""
    with context.database.read() as session:
        assert cases.get_case_by_reference(session, "2026-0001").family_name == "Ивановы"
