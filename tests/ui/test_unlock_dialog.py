"""The passphrase dialog at start (issue 14): right, wrong, throttled, recovery code."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from caseworker.security import (
    KeysFileDamaged,
    WrongPassphrase,
    WrongRecoveryCode,
    unlock,
    unlock_with_recovery,
)
from caseworker.security.throttle import THROTTLE, Throttle
from tests.ui.unlock_case import PASSPHRASE, Protected, cheap_keys, make_protected
from ui.security.unlock_dialog import UnlockDialog

__all__ = ["cheap_keys"]  # the autouse fixture, imported to apply here


@pytest.fixture
def protected(tmp_path: Path) -> Protected:
    return make_protected(tmp_path / "data")


def _dialog(qtbot: QtBot, protected: Protected, throttle: Throttle = THROTTLE) -> UnlockDialog:
    dialog = UnlockDialog(protected.path, throttle=throttle)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    field = dialog.passphrase_page.field
    field.setText(passphrase)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled() or dialog.isHidden(), timeout=20_000)


def test_the_dialog_names_the_database_and_hides_what_is_typed(
    qtbot: QtBot, protected: Protected
) -> None:
    dialog = _dialog(qtbot, protected)
    assert dialog.passphrase_page.field.echoMode() == QLineEdit.EchoMode.Password
    named = dialog.findChild(type(dialog.status), "unlockDatabaseName")
    assert named is not None and "cases.sqlite" in named.text()
    assert dialog.exit_button.isVisible()


def test_the_right_passphrase_unlocks_the_database(qtbot: QtBot, protected: Protected) -> None:
    dialog = _dialog(qtbot, protected)
    _try(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.unlocked is not None
    assert dialog.unlocked.keys.database == protected.key


def test_a_wrong_passphrase_is_said_by_the_field_and_changes_nothing(
    qtbot: QtBot, protected: Protected
) -> None:
    before = protected.files()
    dialog = _dialog(qtbot, protected)
    _try(qtbot, dialog, "не тот пароль")
    page = dialog.passphrase_page
    assert dialog.isVisible()
    assert dialog.unlocked is None
    assert page.problem.isVisible()
    assert page.problem.text() == WrongPassphrase().message
    assert page.field.text() == ""
    assert dialog.focusWidget() is page.field
    assert protected.files() == before
    # And the right one still opens after a wrong one.
    _try(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_empty_passphrase_is_not_checked(qtbot: QtBot, protected: Protected) -> None:
    dialog = _dialog(qtbot, protected)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_page.problem.isVisible()
    assert dialog.open_button.isEnabled()


def test_the_throttles_wait_is_counted_down_with_the_button_off(
    qtbot: QtBot, protected: Protected
) -> None:
    released = threading.Event()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        released.wait(30)

    dialog = _dialog(qtbot, protected, throttle=Throttle(sleep))
    for _free in range(3):
        _try(qtbot, dialog, "не тот пароль")
    assert waits == []
    dialog.passphrase_page.field.setText("и этот не тот")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wait 1 s" in dialog.status.text(), timeout=20_000)
    assert not dialog.open_button.isEnabled()
    assert dialog.exit_button.isEnabled()  # leaving never waits
    released.set()
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=20_000)
    assert waits == [1.0]
    assert dialog.passphrase_page.problem.text() == WrongPassphrase().message
    assert dialog.status.text() == ""


def test_exit_rejects_and_writes_nothing(qtbot: QtBot, protected: Protected) -> None:
    before = protected.files()
    dialog = _dialog(qtbot, protected)
    dialog.passphrase_page.field.setText("наполовину")
    qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.unlocked is None
    assert protected.files() == before


def _recover(qtbot: QtBot, dialog: UnlockDialog, code: str, new: str, repeated: str) -> None:
    qtbot.mouseClick(dialog.passphrase_page.forgot, Qt.MouseButton.LeftButton)
    page = dialog.recovery_page
    assert dialog.pages.currentWidget() is page
    page.code.setText(code)
    page.new_passphrase.setText(new)
    page.repeated.setText(repeated)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=20_000)


def test_the_recovery_code_sets_a_new_passphrase_and_shows_a_new_code_once(
    qtbot: QtBot, protected: Protected
) -> None:
    dialog = _dialog(qtbot, protected)
    new = "новый пароль у реки"
    _recover(qtbot, dialog, protected.code.lower(), new, new)
    assert dialog.pages.currentWidget() is dialog.code_page
    shown = dialog.code_page.code.text()
    assert shown and shown != protected.code
    assert not dialog.exit_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.unlocked is not None and dialog.unlocked.keys.database == protected.key
    assert unlock(protected.path, new).keys.database == protected.key
    assert unlock_with_recovery(protected.path, shown).keys.database == protected.key
    with pytest.raises(WrongPassphrase):
        unlock(protected.path, PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery(protected.path, protected.code)


@pytest.mark.parametrize(
    ("code", "new", "repeated", "said"),
    [
        (None, "новый пароль", "другой пароль", "The two passphrases differ"),
        (None, "короткий"[:5], "короткий"[:5], "too short"),
        ("", "новый пароль", "новый пароль", "Type the recovery code"),
        ("0000-0000-0000-0000-0000-0000", "новый пароль", "новый пароль", "typo"),
    ],
)
def test_a_recovery_that_cannot_be_done_says_why_and_changes_nothing(
    qtbot: QtBot, protected: Protected, code: str | None, new: str, repeated: str, said: str
) -> None:
    before = protected.files()
    dialog = _dialog(qtbot, protected)
    _recover(qtbot, dialog, protected.code if code is None else code, new, repeated)
    assert dialog.pages.currentWidget() is dialog.recovery_page
    assert said in dialog.recovery_page.problem.text()
    assert protected.files() == before
    qtbot.mouseClick(dialog.recovery_page.back, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.passphrase_page


def test_a_damaged_keys_file_is_said_in_the_dialog_and_left_as_it_is(
    qtbot: QtBot, protected: Protected
) -> None:
    protected.keys.write_text("{not json", encoding="utf-8")
    before = protected.files()
    dialog = _dialog(qtbot, protected)
    _try(qtbot, dialog, PASSPHRASE)
    assert dialog.unlocked is None
    assert dialog.passphrase_page.problem.text() == KeysFileDamaged(protected.keys).message
    assert protected.files() == before
