"""Protecting the open plain database from the window: Settings' button, the first start's
offer (once, never forced), the dialog (passphrase twice, background conversion, the code
shown once, a new start), and a refusal that brings the window back on the plain database."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseError
from caseworker.security import keys_path, unlock
from caseworker.vault.store import EvidenceVault
from tests.conftest import ACTOR
from tests.security.convert_demo import make_demo
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import settings
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.first_start import PROTECTION_OFFERED, offer_protection_at_first_start
from ui.main_window import MainWindow
from ui.security import restart
from ui.security.encrypt_dialog import EncryptDialog
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.sqlite_only(reason="encryption of SQLite files")

PASSPHRASE = "Ёжик в тумане 2026"


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[tuple[Database, dict[str, bytes]]]:
    """The demo database with three evidence files, open, plain."""
    path = tmp_path / "demo.sqlite"
    stored = make_demo(path, tmp_path)
    database = open_database(str(path))
    yield database, stored
    database.dispose()


def path_of(database: Database) -> Path:
    return Path(database.display_name)


def type_passphrases(qtbot: QtBot, dialog: EncryptDialog, first: str, second: str) -> None:
    page = dialog.choose_page
    page.passphrase.setText(first)  # Cyrillic: typed through the input method, not keys
    page.repeated.setText(second)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)


def test_protects_the_database_and_starts_again(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    database, stored = plain
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    restarted: list[bool] = []
    dialog = EncryptDialog(database, window, restart=lambda: restarted.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    type_passphrases(qtbot, dialog, "short", "short")
    assert dialog.choose_page.problem.isVisible()
    assert "8" in dialog.choose_page.problem.text()
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
    assert "differ" in dialog.choose_page.problem.text()
    assert not keys_path(path_of(database)).exists()

    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert not window.isVisible()  # the window is hidden while its database is converted
    qtbot.waitUntil(lambda: dialog.converted is not None, timeout=30_000)
    assert dialog.pages.currentWidget() is dialog.code_page
    code = dialog.code_page.code.text()
    assert code == dialog.converted.recovery_code if dialog.converted else False
    assert not dialog.cancel_button.isVisible()
    note = dialog.code_page.findChild(QLabel, "plainBackupsNote")
    assert note is not None and note.isVisible() and "not encrypted" in note.text()
    assert keys_path(path_of(database)).is_file()
    with pytest.raises(DatabaseError, match="being protected"), database.read() as session:
        session.connection()  # the window's engine never opens the converted file
    dialog.reject()  # Esc on the code page: the program must start again all the same
    assert restarted == [True]
    keys = unlock(path_of(database), PASSPHRASE).keys
    database.dispose()
    protected = open_database(str(path_of(database)), keys=keys)
    try:
        assert protected.encrypted
        sealed = EvidenceVault.beside(path_of(database)).root
        for sha256 in stored:
            assert not EvidenceVault(sealed).path_of(sha256).exists()  # keyed names only
    finally:
        protected.dispose()


def test_a_refusal_brings_the_window_back_on_the_plain_database(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    database, stored = plain
    victim = EvidenceVault.beside(path_of(database)).path_of(next(iter(stored)))
    os.chmod(victim, 0o600)
    victim.write_bytes(b"altered")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = EncryptDialog(database, window, restart=lambda: pytest.fail("no restart"))
    qtbot.addWidget(dialog)
    dialog.show()
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.choose_page.problem.isVisible(), timeout=30_000)
    assert "fingerprint" in dialog.choose_page.problem.text()
    assert window.isVisible()
    assert dialog.protect_button.isEnabled()
    assert not keys_path(path_of(database)).exists()
    with database.read() as session:  # the plain database works again
        assert session.connection().exec_driver_sql("SELECT count(*) FROM cases").scalar()


def settings_for(qtbot: QtBot, database: Database) -> SettingsDialog:
    dialog = SettingsDialog(
        settings.preferences_store(), ScriptedPrompts(qtbot), None, database=database
    )
    qtbot.addWidget(dialog)
    return dialog


def test_settings_offer_protection_for_a_plain_database(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    database, _stored = plain
    dialog = settings_for(qtbot, database)
    state = dialog.findChild(QLabel, "protectionState")
    assert state is not None and state.text() == "Not protected"
    button = dialog.findChild(QPushButton, "protectWithPassphrase")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.encrypt_dialog, EncryptDialog)
    assert dialog.encrypt_dialog.isVisible()
    dialog.encrypt_dialog.reject()
    assert not keys_path(path_of(database)).exists()


def test_settings_say_a_protected_database_is_protected(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    from caseworker.security.convert import encrypt_plain_database

    database, _stored = plain
    database.dispose()
    encrypt_plain_database(path_of(database), PASSPHRASE)
    keys = unlock(path_of(database), PASSPHRASE).keys
    protected = open_database(str(path_of(database)), keys=keys)
    try:
        dialog = settings_for(qtbot, protected)
        state = dialog.findChild(QLabel, "protectionState")
        assert state is not None and state.text() == "Protected with a passphrase"
        assert dialog.findChild(QPushButton, "protectWithPassphrase") is None
    finally:
        protected.dispose()


def test_first_start_offers_once(qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]) -> None:
    database, _stored = plain
    context = AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=ScriptedPrompts(qtbot),
    )
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    preferences = settings.preferences_store()
    box = offer_protection_at_first_start(window, preferences, context)
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    later = box.findChild(QPushButton, "protectLater")
    assert later is not None and box.defaultButton() is later  # never forced
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    assert PROTECTION_OFFERED.read(preferences) is True
    assert offer_protection_at_first_start(window, preferences, context) is None
    assert not keys_path(path_of(database)).exists()


def test_the_offer_opens_the_dialog_and_keeps_it_open(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    database, _stored = plain
    context = AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=ScriptedPrompts(qtbot),
    )
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = offer_protection_at_first_start(window, settings.preferences_store(), context)
    assert box is not None
    qtbot.waitExposed(box)
    protect = box.findChild(QPushButton, "protectNow")
    assert protect is not None
    qtbot.mouseClick(protect, Qt.MouseButton.LeftButton)
    gc.collect()  # the dialog has no parent: something must keep it
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, EncryptDialog) and widget.isVisible()
    ]
    assert len(shown) == 1
    shown[0].reject()
    assert not keys_path(path_of(database)).exists()


def test_cancel_brings_the_window_back_and_closes(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]]
) -> None:
    database, stored = plain
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = EncryptDialog(database, window, restart=lambda: pytest.fail("no restart"))
    qtbot.addWidget(dialog)
    dialog.show()
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    # Cancel asked at once: the conversion checks it at the latest before the swap.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()  # waits for the work
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.result() == 0 and dialog.converted is None
    assert window.isVisible()
    assert not keys_path(path_of(database)).exists()
    vault = EvidenceVault.beside(path_of(database))
    for sha256, content in stored.items():
        assert vault.path_of(sha256).read_bytes() == content
    with database.read() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM cases").scalar()


def test_from_the_window_settings_to_a_new_start(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    if context.database.encrypted:
        pytest.skip("the suite's database is protected already")
    restarted: list[bool] = []
    monkeypatch.setattr(restart, "restart_program", lambda: restarted.append(True))
    settings_dialog = main_window.open_settings()
    qtbot.waitExposed(settings_dialog)
    button = settings_dialog.findChild(QPushButton, "protectWithPassphrase")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = settings_dialog.encrypt_dialog
    assert dialog is not None
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert not main_window.isVisible() and not settings_dialog.isVisible()
    assert main_window.auto_backup._stopped  # no backup of a file being swapped
    qtbot.waitUntil(lambda: dialog.converted is not None, timeout=30_000)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert restarted == [True]
    assert keys_path(path_of(context.database)).is_file()


def test_the_offer_waits_for_the_name(
    qtbot: QtBot, plain: tuple[Database, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseworker.actor import ENV_VARIABLE
    from ui.first_start import ask_name_at_first_start

    database, _stored = plain
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    context = AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=ScriptedPrompts(qtbot),
    )
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    preferences = settings.preferences_store()
    named = ask_name_at_first_start(window, preferences, context)
    assert named is not None
    qtbot.waitExposed(named)
    box = offer_protection_at_first_start(window, preferences, context, after=named)
    assert box is not None and not box.isVisible()
    named.later_button.click()
    qtbot.waitUntil(box.isVisible)


def test_the_new_start_has_this_command_line() -> None:
    import sys

    from ui.security.restart import restart_command

    program, arguments = restart_command()
    assert program == sys.executable
    assert arguments == sys.orig_argv[1:]
