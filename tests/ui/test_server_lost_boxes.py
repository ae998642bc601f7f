"""One "no connection" box at a time: what fails while it is open does not stack another.

A lost-server box runs its own event loop: timers, the background work's polling and the
colleagues' changes go on while the person reads it. Each of those that failed for the same
lost server opened a box of its own from inside the one before, stacking them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.errors import DatabaseUnavailable
from tests.conftest import ACTOR
from ui import messages
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.operations import BackgroundJob, ReadOp
from ui.prompts import Prompts

if TYPE_CHECKING:
    from ui.operations import Session

SENTENCE = "Caseworker cannot connect to the database server db.example:5432/cases."


def server_lost(_session: Session) -> int:
    raise DatabaseUnavailable(SENTENCE, server="db.example:5432/cases", phase="read")


@pytest.fixture
def context(qapp: QApplication, database: Database) -> AppContext:  # noqa: ARG001
    """A window's context that asks the person with Qt's own boxes."""
    return AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=Prompts(),
    )


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def boxes_open() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


class Meanwhile:
    """While the first box is open: ``fail`` runs, then, once ``done()`` (or once a second
    box is open), every open box is counted and cancelled (the innermost first)."""

    def __init__(self, fail: Callable[[], object], done: Callable[[], bool]) -> None:
        self.counted: list[int] = []
        self._fail = fail
        self._done = done
        self._watch = QTimer()
        self._watch.setInterval(10)
        self._watch.timeout.connect(self._close_when_done)
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        self._watch.start()
        self._fail()

    def _close_when_done(self) -> None:
        if not self._done() and len(boxes_open()) < 2:
            return
        self._watch.stop()
        shown = boxes_open()
        self.counted.append(len(shown))
        for box in reversed(shown):
            box.reject()


def test_a_read_failing_while_the_box_is_open_stacks_no_second_box(
    context: AppContext, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=messages.__name__)
    inner: list[object] = []
    meanwhile = Meanwhile(
        lambda: inner.append(ReadOp(context, window, server_lost).run()), lambda: True
    )

    assert ReadOp(context, window, server_lost).run() is None  # cancelled

    assert meanwhile.counted == [1]
    assert inner == [None]  # failed, as cancelled: the box open says it
    said = [record for record in caplog.records if SENTENCE in record.getMessage()]
    assert len(said) == 1
    assert not messages.unavailable_shown()
    assert boxes_open() == []


def test_background_work_failing_while_the_box_is_open_stacks_no_second_box(
    context: AppContext, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=messages.__name__)
    jobs: list[BackgroundJob] = []
    failed: list[BaseException] = []

    def start() -> None:
        job = ReadOp(context, window, server_lost).run_in_background()
        job.failed.connect(failed.append)
        jobs.append(job)

    meanwhile = Meanwhile(start, lambda: bool(failed))

    assert ReadOp(context, window, server_lost).run() is None

    assert meanwhile.counted == [1]
    said = [record for record in caplog.records if SENTENCE in record.getMessage()]
    assert len(said) == 1
    assert [job.running for job in jobs] == [False]
    assert not messages.unavailable_shown()


def test_an_error_shown_while_the_box_is_open_is_not_shown_again(
    context: AppContext, window: QWidget
) -> None:
    shown: list[DatabaseUnavailable] = []

    def report() -> None:
        error = DatabaseUnavailable(SENTENCE, phase="commit")  # never retried: shown
        messages.show_error(window, error)
        shown.append(error)

    meanwhile = Meanwhile(report, lambda: bool(shown))

    assert ReadOp(context, window, server_lost).run() is None

    assert meanwhile.counted == [1]
    assert shown[0].answered  # the box open said it


def test_once_the_box_is_closed_the_next_failure_asks_again(
    context: AppContext, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.objectName())
        assert messages.unavailable_shown()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert ReadOp(context, window, server_lost).run() is None
    assert ReadOp(context, window, server_lost).run() is None
    assert asked == ["serverUnavailable", "serverUnavailable"]
    assert not messages.unavailable_shown()
