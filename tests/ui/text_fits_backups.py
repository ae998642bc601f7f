"""The backups window opened for tests/ui/test_text_fits.py: a backup made with its button,
one that cannot be read beside it, then no folder chosen and a folder out of reach."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from caseworker.backup.manifest import MANIFEST
from ui import settings
from ui.backups.actions import BackupsAction
from ui.main_window import MainWindow


def open_the_backups(
    qtbot: QtBot, window: MainWindow, note: Callable[..., None], folder: Path
) -> None:
    """Open File > Backups through its action and note the window in each of its states."""

    def look(state: str) -> None:
        QApplication.processEvents()  # the wrapped sentences laid out again, as on screen
        note(dialog, state)

    chosen = folder / "Внешний диск"
    chosen.mkdir()
    store = settings.preferences_store()
    settings.BACKUP_FOLDER.write(store, str(chosen))
    action = window.findChild(BackupsAction, "backupsAction")
    assert action is not None
    dialog = action.open_dialog()
    look("no backups yet")
    dialog.backup_button.click()
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    (made,) = dialog.listed
    damaged = made.path.with_name("2026-01-05T10-00-00Z")
    damaged.mkdir()
    (damaged / MANIFEST).write_text("{", encoding="utf-8")
    dialog.refresh()
    look("a backup made, one damaged")
    dialog.table.selectRow(1)
    look("the damaged one chosen")
    settings.BACKUP_FOLDER.write(store, str(folder / "media" / "USB-DISK"))
    dialog.refresh()
    look("the folder out of reach")
    settings.BACKUP_FOLDER.write(store, "")
    dialog.refresh()
    look("no folder chosen")
    assert isinstance(dialog, QWidget)
    dialog.reject()
