"""Helpers for driving the record dialogs and the case view as a user would, never blocking."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.dialogs.record_dialog import RecordDialog, set_combo_value

Step = Callable[[RecordDialog], None]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest's keyClicks only knows ASCII, so Cyrillic letters are
    sent as the key events a keyboard layout would produce."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def fill(qtbot: QtBot, dialog: RecordDialog, values: Mapping[str, Any]) -> None:
    """Type ``values`` into the dialog's fields (combo boxes are chosen by stored value)."""
    for name, value in values.items():
        widget = dialog.field(name)
        if isinstance(widget, QComboBox):
            set_combo_value(widget, value)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setFocus()
            widget.clear()
            type_text(qtbot, widget, str(value))
        else:
            raise TypeError(name)


def click_ok(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


class ScriptedDialogs:
    """The dialogs of a test's scripted prompts: each dialog opened runs the next step.

    A step fills the dialog and clicks its buttons; the dialog counts as accepted when it
    closed itself with OK, as ``exec()`` would report.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self._steps: list[Step] = []
        self.opened: list[str] = []

    def then(self, step: Step) -> ScriptedDialogs:
        self._steps.append(step)
        return self

    def fill_and_ok(self, values: Mapping[str, Any]) -> ScriptedDialogs:
        def step(dialog: RecordDialog) -> None:
            fill(self._qtbot, dialog, values)
            click_ok(self._qtbot, dialog)

        return self.then(step)

    def run(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, RecordDialog)
        assert self._steps, f"unexpected dialog {dialog.windowTitle()!r}"
        self.opened.append(dialog.windowTitle())
        dialog.show()
        self._qtbot.waitExposed(dialog)
        self._steps.pop(0)(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.close()
        return accepted

    def assert_done(self) -> None:
        assert not self._steps, "a scripted dialog was never opened"
