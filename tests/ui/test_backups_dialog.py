"""File → Backups…: the list of this database's backups, a backup made now, and a restore
that keeps the current database aside and starts Caseworker again (real files, real widgets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseworker.backup.copy import connect_for
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import MANIFEST, database_backups
from caseworker.db import Database, open_database
from caseworker.services import cases
from tests.conftest import ACTOR, suite_keys
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import settings
from ui.backups.actions import BackupsAction
from ui.backups.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only(reason="backups of SQLite files")

EARLIER = datetime.now(UTC) - timedelta(days=3)


def _add_case(database: Database, family: str) -> None:
    with database.write() as session:
        cases.create_case(session, ACTOR, family_name=family)


def _families(database: Database) -> list[str]:
    from sqlalchemy import select

    from caseworker.models import Case

    with database.read() as session:
        return list(session.scalars(select(Case.family_name).order_by(Case.id)))


def _open(window: MainWindow, qtbot: QtBot) -> BackupsDialog:
    action = window.findChild(BackupsAction, "backupsAction")
    assert action is not None and action.text() == "&Backups…"
    dialog = action.open_dialog()
    qtbot.waitExposed(dialog)
    return dialog


def _cell(dialog: BackupsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder chosen in Settings (an existing one: a disk that is connected)."""
    chosen = tmp_path / "Backups disk"
    chosen.mkdir()
    settings.BACKUP_FOLDER.write(settings.preferences_store(), str(chosen))
    return chosen


def test_the_backups_are_listed_and_one_that_cannot_be_read_is_said(
    qtbot: QtBot,
    main_window: MainWindow,
    context: AppContext,
    db_path: Path,
    folder: Path,
    database_key: bytes | None,
) -> None:
    connect = connect_for(database_key)
    root = database_backups(folder, db_path)
    _add_case(context.database, "Шумовы")
    first = make_backup(db_path, root, connect=connect, now=EARLIER).backup
    _add_case(context.database, "Ивановы")
    second = make_backup(db_path, root, connect=connect, now=EARLIER + timedelta(days=1)).backup
    damaged = root / "2026-01-05T10-00-00Z"
    damaged.mkdir()
    (damaged / MANIFEST).write_text("{not json", encoding="utf-8")

    dialog = _open(main_window, qtbot)

    assert str(folder) in dialog.folder_label.text()
    assert [entry.path for entry in dialog.listed] == [second.path, first.path, damaged]
    assert _cell(dialog, 0, 2) == "2 cases, 0 sought persons, 0 reports"
    assert _cell(dialog, 1, 2) == "1 case, 0 sought persons, 0 reports"
    assert "cannot be read" in _cell(dialog, 2, 2)  # its sentence, shown
    assert _cell(dialog, 0, 4) == ("protected" if database_key else "not protected")
    assert _cell(dialog, 0, 3)  # its size
    assert dialog.restore_button.isEnabled()  # the newest is chosen
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled()  # one that cannot be read is not restored
    dialog.reject()


def test_back_up_now_makes_one_in_the_background_and_says_so(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, db_path: Path, folder: Path
) -> None:
    _add_case(context.database, "Шумовы")
    dialog = _open(main_window, qtbot)
    assert dialog.listed == [] and "No backups" in dialog.status.text()
    dialog.backup_button.click()
    assert dialog.job is not None
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)  # type: ignore[union-attr]
    assert dialog.status.text().startswith("Backed up: today at ")
    assert "1 case" in dialog.status.text()
    (made,) = dialog.listed
    assert made.path.parent == database_backups(folder, db_path)
    assert _cell(dialog, 0, 1) == "made by hand"
    dialog.backup_button.click()  # nothing changed since
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)  # type: ignore[union-attr]
    assert "Nothing has changed since" in dialog.status.text()
    assert len(dialog.listed) == 1
    dialog.reject()


def test_a_folder_is_chosen_here_for_settings_too(
    qtbot: QtBot, main_window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    settings.BACKUP_FOLDER.write(settings.preferences_store(), "")
    dialog = _open(main_window, qtbot)
    assert "No folder is chosen" in dialog.folder_label.text()
    assert not dialog.backup_button.isEnabled()
    chosen = tmp_path / "Синхронизируемая папка"
    chosen.mkdir()
    prompts.answer_folder = lambda _title, _shown: str(chosen)
    dialog.choose_button.click()
    assert settings.BACKUP_FOLDER.read(settings.preferences_store()) == str(chosen)
    assert str(chosen) in dialog.folder_label.text() and dialog.backup_button.isEnabled()
    missing = tmp_path / "media" / "USB-DISK"
    prompts.answer_folder = lambda _title, _shown: str(missing)
    dialog.choose_button.click()
    assert "cannot be reached" in dialog.folder_label.text()
    assert not dialog.backup_button.isEnabled()
    dialog.reject()


def test_a_restore_brings_the_backup_back_and_keeps_the_current_database_aside(
    qtbot: QtBot,
    main_window: MainWindow,
    context: AppContext,
    prompts: ScriptedPrompts,
    db_path: Path,
    folder: Path,
    database_key: bytes | None,
) -> None:
    _add_case(context.database, "Шумовы")
    backup = make_backup(
        db_path, database_backups(folder, db_path), connect=connect_for(database_key), now=EARLIER
    ).backup
    _add_case(context.database, "Ивановы")
    asked: list[str] = []

    def agree(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    prompts.answer_confirm = agree
    restarted: list[bool] = []
    dialog = _open(main_window, qtbot)
    dialog.restorer._restart = lambda: restarted.append(True)

    dialog.restore_button.click()

    (question,) = asked
    day = EARLIER.astimezone()
    assert f"{day.hour:02d}:{day.minute:02d}" in question  # its date and time
    assert "1 case, 0 sought persons, 0 reports" in question  # its counts
    assert f"kept aside in {db_path.parent}" in question and ".before-restore-" in question
    job = dialog.restorer.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    result = dialog.restorer.result
    assert result is not None and result.backup.path == backup.path
    (aside, *_rest) = result.kept_aside
    assert aside.name in question  # where it said
    assert restarted == [True]
    assert prompts.told and str(aside) in prompts.told[-1][1]
    assert _families(context.database) == ["Шумовы"]  # the backup's rows are back
    opened = open_database(
        str(aside), keys=suite_keys(database_key) if database_key is not None else None
    )
    try:
        assert _families(opened) == ["Шумовы", "Ивановы"]
    finally:
        opened.dispose()


def test_a_damaged_backup_is_refused_with_its_sentence_and_nothing_changes(
    qtbot: QtBot,
    main_window: MainWindow,
    context: AppContext,
    prompts: ScriptedPrompts,
    db_path: Path,
    folder: Path,
    database_key: bytes | None,
) -> None:
    _add_case(context.database, "Шумовы")
    backup = make_backup(
        db_path, database_backups(folder, db_path), connect=connect_for(database_key), now=EARLIER
    ).backup
    data = bytearray(backup.database_file.read_bytes())
    data[-100] ^= 0x01
    backup.database_file.write_bytes(bytes(data))
    _add_case(context.database, "Ивановы")
    prompts.answer_confirm = lambda _title, _text: True
    errors: list[BaseException] = []
    prompts.answer_error = errors.append
    dialog = _open(main_window, qtbot)
    dialog.restorer._restart = lambda: pytest.fail("no restart after a refusal")
    dialog.restore_button.click()
    job = dialog.restorer.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert errors and "fails verification" in str(errors[0])
    assert "not restored" in dialog.status.text()
    assert _families(context.database) == ["Шумовы", "Ивановы"]
    assert not list(db_path.parent.glob("*.before-restore-*"))
    dialog.reject()


@pytest.mark.usefixtures("folder")
def test_a_protected_database_lists_and_restores_its_backups(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    """Backed up and restored through connections keyed with the unlocked key; the copy is
    encrypted, and the restored database opens with the keys of today."""
    from PySide6.QtGui import QUndoStack

    from tests.ui.unlock_case import make_protected
    from ui.changes import ChangeNotifier

    protected = make_protected(tmp_path / "data")
    database = open_database(str(protected.path), keys=protected.unlocked_keys)
    context = AppContext(database, ACTOR, ChangeNotifier(), QUndoStack(), prompts=prompts)
    restarted: list[bool] = []
    try:
        dialog = BackupsDialog(
            context, settings.preferences_store(), None, lambda: restarted.append(True)
        )
        qtbot.addWidget(dialog)
        _add_case(database, "Шумовы")
        dialog.backup_button.click()
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)  # type: ignore[union-attr]
        (made,) = dialog.listed
        assert _cell(dialog, 0, 4) == "protected" and _cell(dialog, 0, 2).startswith("1 case")
        copied = made.path / protected.path.name
        assert "Шумовы".encode() not in copied.read_bytes()
        _add_case(database, "Ивановы")
        prompts.answer_confirm = lambda _title, _text: True
        dialog.restore_button.click()
        job = dialog.restorer.job
        assert job is not None
        qtbot.waitUntil(lambda: not job.running, timeout=30_000)
        assert restarted == [True]
        result = dialog.restorer.result
        assert result is not None
        assert _families(database) == ["Шумовы"]  # through the same keys
        kept_keys = [path for path in result.kept_aside if path.name.endswith(".keys")]
        assert kept_keys and protected.keys.is_file()
        aside = open_database(str(result.kept_aside[0]), keys=protected.unlocked_keys)
        try:
            assert _families(aside) == ["Шумовы", "Ивановы"]
        finally:
            aside.dispose()
    finally:
        database.dispose()


def test_a_restore_is_refused_while_another_program_has_the_database_open(
    qtbot: QtBot,
    main_window: MainWindow,
    context: AppContext,
    prompts: ScriptedPrompts,
    db_path: Path,
    folder: Path,
    database_key: bytes | None,
) -> None:
    import subprocess
    import sys

    from tests.backup.test_restore import _HOLDER

    _add_case(context.database, "Шумовы")
    make_backup(
        db_path, database_backups(folder, db_path), connect=connect_for(database_key), now=EARLIER
    )
    _add_case(context.database, "Ивановы")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path), database_key.hex() if database_key else ""],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        prompts.answer_confirm = lambda _title, _text: True
        errors: list[BaseException] = []
        prompts.answer_error = errors.append
        dialog = _open(main_window, qtbot)
        dialog.restorer._restart = lambda: pytest.fail("no restart after a refusal")
        dialog.restore_button.click()
        job = dialog.restorer.job
        assert job is not None
        qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    finally:
        holder.communicate("")
    assert errors and "open in another program" in str(errors[0])
    assert "open in another program" in dialog.status.text()
    assert _families(context.database) == ["Шумовы", "Ивановы"]
    assert dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()
    dialog.reject()
