"""The idle lock of a protected database (issue 14): hidden after the chosen time without
use, shown again with the passphrase, left with Exit; never for 0 minutes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from caseworker.db import open_database
from caseworker.security import WrongPassphrase
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.ui.unlock_case import PASSPHRASE, Protected, cheap_keys, make_protected
from ui import settings
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.security.idle_lock import IdleLock
from ui.settings_dialog import SettingsDialog

__all__ = ["cheap_keys"]  # the autouse fixture, imported to apply here


@pytest.fixture
def protected(tmp_path: Path) -> Protected:
    return make_protected(tmp_path / "data")


@pytest.fixture
def preferences() -> QSettings:
    return settings.preferences_store()


@pytest.fixture
def window(qtbot: QtBot, protected: Protected) -> Iterator[MainWindow]:
    database = open_database(str(protected.path), key=protected.key)
    window = MainWindow(AppContext(database, "tester", ChangeNotifier(), QUndoStack()))
    qtbot.addWidget(window)
    window.show()
    yield window
    database.dispose()


@pytest.fixture
def left() -> list[bool]:
    return []


@pytest.fixture
def lock(
    window: MainWindow, protected: Protected, preferences: QSettings, left: list[bool]
) -> IdleLock:
    settings.LOCK_MINUTES.write(preferences, 10)
    return IdleLock(protected.path, protected.key, preferences, lambda: left.append(True), window)


def _idle(lock: IdleLock, seconds: float) -> None:
    lock._last_input -= seconds  # as if nobody had touched anything for that long


def _type(qtbot: QtBot, lock: IdleLock, passphrase: str) -> None:
    dialog = lock.dialog
    assert dialog is not None
    dialog.passphrase_page.field.setText(passphrase)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.dialog is None or dialog.open_button.isEnabled(), timeout=20_000)


def test_the_window_is_hidden_after_the_idle_time_and_shown_again_by_the_passphrase(
    qtbot: QtBot, window: MainWindow, lock: IdleLock
) -> None:
    _idle(lock, 9 * 60)
    lock.check()
    assert lock.dialog is None and window.isVisible()
    _idle(lock, 60)
    lock.check()
    assert lock.dialog is not None and lock.dialog.isVisible()
    assert not window.isVisible()
    dialog = lock.dialog
    _type(qtbot, lock, "не тот пароль")
    assert lock.dialog is dialog
    assert dialog.passphrase_page.problem.text() == WrongPassphrase().message
    assert not window.isVisible()
    _type(qtbot, lock, PASSPHRASE)
    assert lock.dialog is None
    assert window.isVisible()
    assert lock.idle_seconds() < 60


def test_input_in_the_window_keeps_it_unlocked(
    qtbot: QtBot, window: MainWindow, lock: IdleLock
) -> None:
    _idle(lock, 11 * 60)
    qtbot.keyClick(window.case_list, Qt.Key.Key_Down)
    lock.check()
    assert lock.dialog is None and window.isVisible()


def test_exit_while_locked_leaves_the_program(
    qtbot: QtBot, window: MainWindow, lock: IdleLock, left: list[bool]
) -> None:
    lock.lock()
    assert lock.dialog is not None
    qtbot.mouseClick(lock.dialog.exit_button, Qt.MouseButton.LeftButton)
    assert left == [True]
    assert not window.isVisible()


def test_no_lock_when_the_settings_say_never(
    window: MainWindow, lock: IdleLock, preferences: QSettings
) -> None:
    settings.LOCK_MINUTES.write(preferences, 0)
    _idle(lock, 24 * 3600)
    lock.check()
    assert lock.dialog is None and window.isVisible()


def test_the_idle_time_is_chosen_in_the_settings(
    qtbot: QtBot, preferences: QSettings, prompts: ScriptedPrompts
) -> None:
    dialog = SettingsDialog(preferences, prompts)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.value() == settings.LOCK_MINUTES.default
    dialog.lock_minutes.setValue(0)
    assert dialog.lock_minutes.text() == "Never"
    dialog.accept()
    assert settings.LOCK_MINUTES.read(preferences) == 0


def test_an_open_dialog_is_hidden_with_the_window_and_comes_back(
    qtbot: QtBot, window: MainWindow, lock: IdleLock
) -> None:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    lock.lock()
    assert not dialog.isVisible() and not window.isVisible()
    _type(qtbot, lock, PASSPHRASE)
    assert dialog.isVisible() and window.isVisible()
    dialog.reject()


def test_a_window_opened_while_locked_stays_hidden_until_unlocked(
    qtbot: QtBot, window: MainWindow, lock: IdleLock
) -> None:
    """Work finishing behind the lock (an import's preview, an error) opens no window on the
    unattended screen."""
    lock.lock()
    late = window.open_settings()  # as a background result would open one
    qtbot.wait(10)
    assert not late.isVisible() and not window.isVisible()
    assert lock.dialog is not None and lock.dialog.isVisible()
    _type(qtbot, lock, PASSPHRASE)
    assert late.isVisible() and window.isVisible()
    late.reject()
