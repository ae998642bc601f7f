"""Automatic backups in the window: after changes and at exit, at most one an hour, into
the folder chosen in Settings; nothing without a folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseworker.backup.copy import connect_for
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import database_backups, list_backups
from caseworker.services import cases
from tests.conftest import ACTOR
from ui import settings
from ui.auto_backup import AutoBackup
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only(reason="backups of SQLite files")


def _add_case(context: AppContext, family: str) -> None:
    with context.database.write() as session:
        case = cases.create_case(session, ACTOR, family_name=family)
    context.notifier.notify(Change(ChangeKind.CASE, case.id))


def test_a_change_is_backed_up_once_then_not_again_within_the_hour(
    qtbot: QtBot, context: AppContext, db_path: Path, tmp_path: Path, database_key: bytes | None
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    backup = AutoBackup(
        db_path, lambda: folder, context.notifier, settle_ms=10, connect=connect_for(database_key)
    )
    told: list[str] = []
    backup.told.connect(told.append)
    assert not backup.try_now()  # nothing changed yet
    _add_case(context, "Шумовы")
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[0].startswith("Backed up to ")
    (made,) = list_backups(database_backups(folder, db_path))
    assert made.manifest.counts["cases"] == 1
    _add_case(context, "Ивановы")
    assert not backup.try_now()  # the last one is not an hour old
    assert backup.at_exit() is None
    assert len(list_backups(database_backups(folder, db_path))) == 1


def test_at_exit_a_due_backup_is_made(
    context: AppContext, db_path: Path, tmp_path: Path, database_key: bytes | None
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    connect = connect_for(database_key)
    make_backup(
        db_path,
        database_backups(folder, db_path),
        connect=connect,
        now=datetime.now(UTC) - timedelta(days=2),
    )
    backup = AutoBackup(
        db_path, lambda: folder, context.notifier, settle_ms=3_600_000, connect=connect
    )
    _add_case(context, "Шумовы")
    result = backup.at_exit()
    assert result is not None and result.made
    assert result.backup.manifest.counts["cases"] == 1
    assert len(list_backups(database_backups(folder, db_path))) == 2


def test_without_a_folder_nothing_is_backed_up(context: AppContext, db_path: Path) -> None:
    backup = AutoBackup(db_path, lambda: None, context.notifier, settle_ms=3_600_000)
    _add_case(context, "Шумовы")
    assert not backup.try_now()
    assert backup.at_exit() is None


def test_the_folder_is_chosen_in_settings_and_used_at_exit(
    main_window: MainWindow, context: AppContext, tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "chosen").mkdir()
    dialog = main_window.open_settings()
    dialog.backup_folder.setText(f"  {tmp_path / 'chosen'}  ")
    dialog.accept()
    assert settings.BACKUP_FOLDER.read(settings.preferences_store()) == str(tmp_path / "chosen")
    _add_case(context, "Шумовы")
    main_window.close()
    (made,) = list_backups(database_backups(tmp_path / "chosen", db_path))
    assert made.manifest.counts["cases"] == 1


def test_a_protected_database_is_backed_up_once_its_key_is_handed_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QUndoStack

    from caseworker.db import open_database
    from tests.ui.unlock_case import make_protected
    from ui.changes import ChangeNotifier

    protected = make_protected(tmp_path / "data")
    database = open_database(str(protected.path), key=protected.key)
    context = AppContext(database, "tester", ChangeNotifier(), QUndoStack())
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        folder = tmp_path / "chosen"
        folder.mkdir()
        settings.BACKUP_FOLDER.write(settings.preferences_store(), str(folder))
        window.auto_backup.use_key(protected.key)
        _add_case(context, "Шумовы")
        made = window.auto_backup.at_exit()
        assert made is not None and made.made
        copied = made.backup.database_file.read_bytes()
        assert "Шумовы".encode() not in copied and not copied.startswith(b"SQLite format 3")
    finally:
        settings.BACKUP_FOLDER.write(settings.preferences_store(), "")
        database.dispose()


def test_a_folder_that_cannot_be_reached_is_said_once_and_tried_again(
    qtbot: QtBot, context: AppContext, db_path: Path, tmp_path: Path, database_key: bytes | None
) -> None:
    """The external disk is not connected: said once in the status bar, nothing made at its
    mount point; once the disk is back, the backup is made at the next try."""
    chosen = tmp_path / "media" / "USB-DISK"
    backup = AutoBackup(
        db_path,
        lambda: chosen,
        context.notifier,
        settle_ms=10,
        retry_ms=50,
        connect=connect_for(database_key),
    )
    told: list[str] = []
    backup.told.connect(told.append)
    _add_case(context, "Шумовы")
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    _add_case(context, "Ивановы")
    qtbot.wait(300)  # several retries and a change
    assert len(told) == 1 and "cannot be reached" in told[0] and str(chosen) in told[0]
    assert backup.at_exit() is None
    assert not (tmp_path / "media").exists()
    chosen.mkdir(parents=True)
    _add_case(context, "Петровы")
    qtbot.waitUntil(lambda: len(told) == 2, timeout=30_000)
    assert told[1].startswith("Backed up to ")
    (made,) = list_backups(database_backups(chosen, db_path))
    assert made.manifest.counts["cases"] == 3
