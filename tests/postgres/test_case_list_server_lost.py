"""The case list's count and analysis failing because the server went away are said in the
status bar, as the rest of the window says a lost server: no box, nothing logged as an
unexpected exception; and the window closing with the server gone waits a few seconds at
most for them (issue 15). The server is stopped just after the list's page was read, so
the count and the analysis that follow it in their workers meet it gone."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseForbidden
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer
from tests.ui.conftest import (
    add_many_cases,
    heard_everything,
    settings_dir,  # noqa: F401 (autouse: QSettings in tmp_path)
)
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_list_model import FIRST_PAGE, PAGE_SIZE, CaseListModel
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations.background import ANALYSIS, settle_lanes

#: The errors the window would have shown in a box.
reported: list[BaseException] = []


@pytest.fixture
def database(postgres_url: str) -> Iterator[Database]:
    opened = open_database(postgres_url)
    add_many_cases(opened, PAGE_SIZE + 20)  # more than a page: the count has to be made
    yield opened
    opened.dispose()


@pytest.fixture
def context(qapp: QApplication, database: Database, qtbot: QtBot) -> Iterator[AppContext]:  # noqa: ARG001
    prompts = ScriptedPrompts(qtbot)
    prompts.answer_error = reported.append
    yield AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=prompts,
    )
    reported.clear()
    assert settle_lanes(60)


@pytest.fixture
def stop_after_the_page(
    database: Database, postgres_server: PostgresServer
) -> Iterator[list[bool]]:
    """Arm it (append True): the server stops as the next read in the window's thread
    gives its connection back; started again after the test."""
    armed: list[bool] = []

    def stop(_dbapi_connection: object, _record: object) -> None:
        # Only the window's thread: a worker's connection given back at the same moment
        # (the presence, a late analysis) would stop the server before the page is read.
        if armed and threading.current_thread() is threading.main_thread():
            armed.clear()
            postgres_server.halt()

    event.listen(database.engine, "checkin", stop)
    try:
        yield armed
    finally:
        event.remove(database.engine, "checkin", stop)
        if not postgres_server.running:
            postgres_server.resume()


def test_a_count_and_analysis_failing_for_a_lost_server_open_no_box(
    qtbot: QtBot,
    context: AppContext,
    stop_after_the_page: list[bool],
    caplog: pytest.LogCaptureFixture,
) -> None:
    model = CaseListModel(context)
    model.wait_for_contradictions()
    qtbot.waitUntil(lambda: model.known_total is not None)
    assert model.known_total == PAGE_SIZE + 20
    said: list[str] = []
    model.count_failed.connect(said.append)
    stop_after_the_page.append(True)
    with caplog.at_level(logging.INFO):
        model.refresh()  # the page is read, then the server stops: count and analysis fail
        qtbot.waitUntil(lambda: bool(said))
        model.wait_for_contradictions()
    assert said == ["Cases: not counted (no answer from the database server)"]
    assert model.known_total is None
    assert reported == []  # no box, and pytest-qt fails a test whose slot raised
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    # Both were met, and said in the log as what they are.
    assert "contradictions were not counted" in caplog.text
    assert "was not counted" in caplog.text


def test_the_window_says_the_count_was_not_made(
    qtbot: QtBot, context: AppContext, stop_after_the_page: list[bool]
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.statusBar().findChild(QLabel, "caseCount")
    assert label is not None
    qtbot.waitUntil(lambda: label.text() == f"Cases: {PAGE_SIZE + 20}")
    window.case_model.wait_for_contradictions()  # the first page's, after its paint
    heard_everything(qtbot, window)  # its first refresh of everything not met by the stop
    stop_after_the_page.append(True)
    window.case_model.refresh()
    qtbot.waitUntil(lambda: "not counted" in label.text())
    assert reported == []
    window.close()


def test_closing_the_window_does_not_wait_on_a_stuck_analysis(
    qtbot: QtBot, context: AppContext, database: Database, postgres_server: PostgresServer
) -> None:
    """An analysis stuck on the server (here behind a lock; on a network gone quiet, its
    connection) is waited for a few seconds at most: the window closes with it still under
    way, and it ends harmlessly once it can."""
    import psycopg

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.case_model.wait_for_contradictions()
    name = str(database.engine.url.database)
    locker = psycopg.connect(**postgres_server.connect_arguments(name))
    taken: list[bool] = []

    def lock(_dbapi_connection: object, _record: object) -> None:
        if not taken:  # as the page's read gives its connection back: before the analysis
            taken.append(True)
            locker.execute("LOCK TABLE persons IN ACCESS EXCLUSIVE MODE")

    event.listen(database.engine, "checkin", lock)
    try:
        window.case_model.refresh()  # every loaded case analysed again: behind the lock
        event.remove(database.engine, "checkin", lock)
        assert taken
        window.close()
        assert not ANALYSIS.settle(0)  # closed while the analysis still waits
    finally:
        locker.rollback()
        locker.close()
    assert ANALYSIS.settle(60)


def test_another_error_of_the_analysis_is_shown_as_usual(
    context: AppContext, database: Database, postgres_server: PostgresServer
) -> None:
    """A role that may read the cases but not their persons: the list is there, and the
    analysis's refusal is shown as the window shows any typed error."""
    name = str(database.engine.url.database)
    postgres_server.execute("DROP ROLE IF EXISTS list_reader")
    postgres_server.execute("CREATE ROLE list_reader LOGIN")
    for grant in (
        "GRANT USAGE ON SCHEMA public TO list_reader",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO list_reader",
        "REVOKE SELECT ON persons FROM list_reader",
    ):
        postgres_server.execute(grant, name)
    url = database.engine.url.set(username="list_reader")
    reader = open_database(url.render_as_string(hide_password=False))
    try:
        model = CaseListModel(replace(context, database=reader))
        model.wait_for_contradictions()
        assert model.rowCount() == FIRST_PAGE  # the list is there
        assert [type(error) for error in reported] == [DatabaseForbidden]
        assert "may not read this" in str(reported[0])
        model.settle()
    finally:
        reader.dispose()
        postgres_server.execute("DROP OWNED BY list_reader CASCADE", name)
        postgres_server.execute("DROP ROLE list_reader")
