"""The window closing waits for the case list's count and analysis under way, so no worker
still reads the database when it is closed (on a server, a connection held past the end)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services.case_list import CaseQuery
from tests.ui.conftest import add_many_cases
from ui.case_list_model import PAGE_SIZE
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations.background import ANALYSIS, COUNTS


def test_closing_the_window_waits_for_the_counts(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_many_cases(database, PAGE_SIZE + 20)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.case_model
    for text in ("Семья", "Семья 0", "Семья 00"):  # each count supersedes the one before
        model.set_query(CaseQuery(text=text))
    window.close()
    assert COUNTS.settle(0) and ANALYSIS.settle(0)
