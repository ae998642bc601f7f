"""Starting on a protected database (issue 14): the dialog only with a keys file, the key
opens the database, Exit leaves with 0 and nothing written, the status bar says which."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from caseworker.db import Database, open_database
from tests.python_snippet import run_python
from tests.ui.unlock_case import PASSPHRASE, Protected, cheap_keys, make_protected
from ui.app import open_database_or_explain, protected_file
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.main_window import MainWindow

__all__ = ["cheap_keys"]  # the autouse fixture, imported to apply here


#: Runs ui.app.main on a protected database, answering the dialog as argv[1] says:
#: "exit" clicks Exit; "open" types the passphrase, then prints the status bar's word.
START = """
import json, sys
import ui.app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

answer, passphrase = sys.argv[1], sys.argv[2]

def widget(name):
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return found[0] if found else None

def answer_dialog():
    dialog = widget("unlockDialog")
    if dialog is None:
        QTimer.singleShot(50, answer_dialog)
    elif answer == "exit":
        dialog.exit_button.click()
    else:
        dialog.passphrase_page.field.setText(passphrase)
        dialog.open_button.click()
        QTimer.singleShot(50, read_window)

def read_window():
    window = widget("mainWindow")
    if window is None:
        QTimer.singleShot(50, read_window)
        return
    print(json.dumps(window.findChild(QLabel, "databaseProtection").text()))
    QApplication.quit()

class Application(QApplication):
    def __init__(self, arguments):
        super().__init__(arguments)
        QTimer.singleShot(0, answer_dialog)

ui.app.QApplication = Application
sys.exit(ui.app.main(["--db", sys.argv[3]]))
"""


@pytest.fixture
def protected(tmp_path: Path) -> Protected:
    return make_protected(tmp_path / "data")


def _start(tmp_path: Path, answer: str, database: Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    environment = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "CASEWORKER_USER": "tester",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    return run_python(
        START, answer, PASSPHRASE, str(database), environment=environment, timeout=300
    )


def test_only_a_database_with_a_keys_file_asks_a_passphrase(
    tmp_path: Path, protected: Protected
) -> None:
    assert protected_file(str(protected.path)) == protected.path
    plain = tmp_path / "plain.sqlite"
    open_database(str(plain)).dispose()
    assert protected_file(str(plain)) is None
    assert protected_file(str(tmp_path / "new.sqlite")) is None
    assert protected_file("postgresql://nobody@localhost/cases") is None


def test_exit_at_the_passphrase_leaves_with_0_and_writes_nothing(
    tmp_path: Path, protected: Protected
) -> None:
    before = protected.files()
    result = _start(tmp_path, "exit", protected.path)
    assert result.returncode == 0, result.stderr
    assert protected.files() == before


def test_the_right_passphrase_opens_the_window_on_the_protected_database(
    tmp_path: Path, protected: Protected
) -> None:
    result = _start(tmp_path, "open", protected.path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == "Protected with a passphrase"


@pytest.mark.usefixtures("qapp")
def test_the_key_opens_the_database_and_a_missing_keys_file_is_named(
    protected: Protected, recorded_messages: list[str]
) -> None:
    database = open_database_or_explain(str(protected.path), keys=protected.unlocked_keys)
    assert database is not None and database.encrypted
    database.dispose()
    protected.keys.rename(protected.path.parent / "elsewhere.keys")
    assert open_database_or_explain(str(protected.path)) is None
    assert len(recorded_messages) == 1
    assert str(protected.keys) in recorded_messages[0]
    assert "keys file" in recorded_messages[0]


def _label(qtbot: QtBot, database: Database) -> QLabel:
    window = MainWindow(AppContext(database, "tester", ChangeNotifier(), QUndoStack()))
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "databaseProtection")
    assert label is not None
    return label


def test_the_status_bar_says_whether_the_database_is_protected(
    qtbot: QtBot, tmp_path: Path, protected: Protected
) -> None:
    plain = open_database(str(tmp_path / "plain.sqlite"))
    try:
        label = _label(qtbot, plain)
        assert label.text() == "Not protected"
        assert "not encrypted" in label.toolTip()
    finally:
        plain.dispose()
    encrypted = open_database(str(protected.path), key=protected.key)
    try:
        label = _label(qtbot, encrypted)
        assert label.text() == "Protected with a passphrase"
        assert "encrypted" in label.toolTip()
    finally:
        encrypted.dispose()


def test_a_plain_database_starts_without_the_keys_code(tmp_path: Path) -> None:
    from tests.ui.test_startup import start

    loaded = start(tmp_path, tmp_path / "plain.sqlite")["loaded"]
    assert isinstance(loaded, list)
    keys_code = [
        name
        for name in loaded
        if name.split(".")[0] in ("cryptography", "sqlcipher3")
        or name.startswith(("caseworker.security", "ui.security.unlock"))
    ]
    assert keys_code == []
