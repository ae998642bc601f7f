"""The unlock dialog is as tall as the page it shows: no gap above its buttons, whether a
problem is said, the recovery page was visited, or a check has just ended."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.unlock_case import Protected, cheap_keys, make_protected
from ui.security.pages import show_problem
from ui.security.unlock_dialog import UnlockDialog

__all__ = ["cheap_keys"]  # the autouse fixture, imported to apply here

#: More than the layout's spacing between two rows, less than an empty line.
MOST_GAP = 16


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> UnlockDialog:
    protected: Protected = make_protected(tmp_path / "data")
    shown = UnlockDialog(protected.path)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def gap_above_buttons(dialog: UnlockDialog, last: QWidget) -> int:
    bottom = last.mapTo(dialog, QPoint(0, last.height())).y()
    return dialog.buttons.mapTo(dialog, QPoint(0, 0)).y() - bottom


def test_no_gap_under_the_passphrase(dialog: UnlockDialog) -> None:
    assert gap_above_buttons(dialog, dialog.passphrase_page.forgot) <= MOST_GAP


def test_no_gap_after_a_check_and_a_problem(dialog: UnlockDialog) -> None:
    dialog._set_busy(True)
    dialog._set_busy(False)
    show_problem(dialog.passphrase_page.problem, "The passphrase is not right.")
    assert dialog.passphrase_page.problem.isVisible()
    assert gap_above_buttons(dialog, dialog.passphrase_page.forgot) <= MOST_GAP


def test_no_gap_back_from_the_recovery_page(dialog: UnlockDialog) -> None:
    dialog.show_recovery()
    assert gap_above_buttons(dialog, dialog.recovery_page.back) <= MOST_GAP
    dialog.show_passphrase()
    assert gap_above_buttons(dialog, dialog.passphrase_page.forgot) <= MOST_GAP
