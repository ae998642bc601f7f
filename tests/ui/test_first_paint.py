"""Work that waits for a widget's first paint runs once, after it; at the latest a moment
after it was asked for when nothing is painted (a window started minimised)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.widgets import first_paint
from ui.widgets.first_paint import after_first_paint


def test_the_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    label = QLabel("Шумовы")
    qtbot.addWidget(label)
    done: list[bool] = []
    after_first_paint(label, lambda: done.append(label.isVisible()))
    assert done == []
    label.show()
    qtbot.waitUntil(lambda: done == [True])
    label.repaint()
    label.hide()
    label.show()
    qtbot.wait(50)
    assert done == [True]


def test_the_work_runs_without_a_paint_at_the_latest(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "LATEST_MS", 20)
    label = QLabel("Шумовы")  # never shown
    qtbot.addWidget(label)
    done: list[int] = []
    after_first_paint(label, lambda: done.append(1))
    qtbot.waitUntil(lambda: done == [1])
    qtbot.wait(50)
    assert done == [1]
