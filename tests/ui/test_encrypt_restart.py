"""Protected from the window: if Caseworker cannot start itself again, this program ends
all the same (its windows are hidden and its engine barred: it must not linger)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseworker.db import open_database
from tests.security.convert_demo import make_demo
from ui.security.encrypt_dialog import EncryptDialog


def test_a_new_start_that_fails_still_ends_this_program(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once protected, the windows are hidden and the engine barred: if Caseworker cannot
    start itself again, this program must end all the same (the caseworker starts it), not
    linger without a window."""
    path = tmp_path / "demo.sqlite"
    make_demo(path, tmp_path)
    database = open_database(str(path))
    quits: list[bool] = []
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.quit", lambda: quits.append(True))
    try:
        dialog = EncryptDialog(database, None, restart=lambda: False)
        qtbot.addWidget(dialog)
        dialog.converted = object()  # type: ignore[assignment]  # as after a conversion
        dialog.accept()
        assert quits == [True]
        started = EncryptDialog(database, None, restart=lambda: True)
        qtbot.addWidget(started)
        started.converted = object()  # type: ignore[assignment]
        started.accept()
        assert quits == [True]  # the new start quits this one itself
    finally:
        database.dispose()
