"""The review window opened on a matched list, and keys pressed in it, for the review
queue's tests (the list and persons: ``tests/services/review_lists.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.services.review_lists import Listed, add_list, listed
from ui.context import AppContext
from ui.matching.review_window import ReviewWindow

__all__ = ["Listed", "add_list", "key", "listed", "match", "review_window"]


def review_window(qtbot: QtBot, context: AppContext, list_id: int) -> ReviewWindow:
    """The review window, shown and active, with ``list_id`` matched."""
    window = ReviewWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    match(window, list_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def match(window: ReviewWindow, list_id: int) -> None:
    """Choose ``list_id`` and match it, waiting for the outcome."""
    window.run.reload_lists()
    window.run.choose(list_id)
    window.run.match_button.click()
    job = window.run.job
    assert job is not None
    job.wait()


def key(qtbot: QtBot, window: ReviewWindow, which: Qt.Key, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window, which, modifier)
