"""Restore: a verified backup only; the current database, keys and vault kept aside."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.backup.copy import Connect, connect_plain
from caseworker.backup.errors import BackupDamaged, BackupFolderUnreachable, DatabaseInUse
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import OWN_FOLDER, SHARED_VAULT, database_backups
from caseworker.backup.policy import backup_if_due
from caseworker.backup.restore import describe, restore
from caseworker.backup.vault_copy import vault_files
from caseworker.db import Database, open_database
from caseworker.db.cipher import keys_file_of
from caseworker.services import cases
from caseworker.vault.store import EvidenceVault
from tests.backup.conftest import MOMENT


def _families(path: Path, connect: Connect) -> list[str]:
    connection = connect(path, True)
    try:
        return [row[0] for row in connection.execute("SELECT family_name FROM cases ORDER BY id")]
    finally:
        connection.close()


def test_restore_keeps_the_current_files_aside(
    filled: Path,
    root: Path,
    database: Database,
    tmp_path: Path,
    connect: Connect,
    database_key: bytes | None,
) -> None:
    keys_file_of(filled).write_text("backed up", encoding="utf-8")
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    shown = describe(backup.path)
    assert shown.taken_at == MOMENT and shown.manifest.counts["cases"] == 1
    with database.write() as session:
        cases.create_case(session, "tester", family_name="Ивановы")
    keys_file_of(filled).write_text("current", encoding="utf-8")
    extra = tmp_path / "new.txt"
    extra.write_bytes(b"added after the backup")
    EvidenceVault.beside(filled).store_file(extra)
    current_vault = vault_files(EvidenceVault.beside(filled).root)
    database.dispose()

    result = restore(backup.path, filled, connect=connect, now=MOMENT + timedelta(hours=2))

    aside = filled.with_name("caseworker.before-restore-20261202T161144Z.sqlite")
    assert result.kept_aside[0] == aside
    assert aside.with_name(aside.name + ".keys") in result.kept_aside
    assert _families(filled, connect) == ["Шумовы"]
    assert _families(aside, connect) == ["Шумовы", "Ивановы"]
    assert keys_file_of(filled).read_text() == "backed up"
    assert keys_file_of(aside).read_text() == "current"
    assert vault_files(EvidenceVault.beside(filled).root) == backup.manifest.vault
    assert vault_files(EvidenceVault.beside(aside).root) == current_vault
    reopened = open_database(str(filled), key=database_key)  # it opens as ever
    reopened.dispose()


def test_restoring_the_same_backup_twice_keeps_one_copy_aside(
    filled: Path, root: Path, database: Database, connect: Connect, database_key: bytes | None
) -> None:
    """The second restore finds the database holding the backup (even once the window has
    opened it again, which turns its copy back to WAL) and keeps nothing aside; after a
    change the next restore keeps the changed database aside again."""
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    with database.write() as session:
        cases.create_case(session, "tester", family_name="Ивановы")
    database.dispose()
    first = restore(backup.path, filled, connect=connect, now=MOMENT)
    assert not first.already and _families(first.kept_aside[0], connect) == ["Шумовы", "Ивановы"]
    reopened = open_database(str(filled), key=database_key)
    reopened.dispose()
    second = restore(backup.path, filled, connect=connect, now=MOMENT)
    assert second.already and second.kept_aside == ()
    assert len(list(filled.parent.glob("*.before-restore-*.sqlite"))) == 1
    changed = open_database(str(filled), key=database_key)
    with changed.write() as session:
        cases.create_case(session, "tester", family_name="Петровы")
    changed.dispose()
    third = restore(backup.path, filled, connect=connect, now=MOMENT)
    assert not third.already and _families(third.kept_aside[0], connect) == ["Шумовы", "Петровы"]
    assert _families(filled, connect) == ["Шумовы"]


def test_restore_is_refused_while_another_program_has_the_database_open(
    filled: Path, root: Path, database: Database, connect: Connect, database_key: bytes | None
) -> None:
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    database.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(filled), database_key.hex() if database_key else ""],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = sorted(path.name for path in filled.parent.iterdir())
        with pytest.raises(DatabaseInUse, match="open in another program"):
            restore(backup.path, filled, connect=connect)
        assert sorted(path.name for path in filled.parent.iterdir()) == before
    finally:
        holder.communicate("")
    assert restore(backup.path, filled, connect=connect).already


#: Another program: opens the database (keyed when a key is given), reads, waits idle.
_HOLDER = """
import sys
from pathlib import Path
from caseworker.backup.copy import connect_for
key = bytes.fromhex(sys.argv[2]) if sys.argv[2] else None
connection = connect_for(key)(Path(sys.argv[1]), False)
connection.execute("SELECT count(*) FROM cases").fetchall()
print("open", flush=True)
sys.stdin.read()
connection.close()
"""


def test_a_missing_chosen_folder_is_never_made(
    filled: Path, tmp_path: Path, connect: Connect
) -> None:
    """A disk that is not connected: nothing is made at its mount point; once it is there,
    only the program's own folders are made in it."""
    chosen = tmp_path / "media" / "USB-DISK"
    with pytest.raises(BackupFolderUnreachable, match="cannot be reached"):
        make_backup(filled, database_backups(chosen, filled), connect=connect, now=MOMENT)
    assert not (tmp_path / "media").exists()
    chosen.mkdir(parents=True)
    made = make_backup(filled, database_backups(chosen, filled), connect=connect, now=MOMENT)
    assert made.backup.path.parent.parent == chosen / OWN_FOLDER
    assert [path.name for path in chosen.iterdir()] == [OWN_FOLDER]


def test_a_damaged_backup_is_refused_and_nothing_changes(
    filled: Path, root: Path, database: Database, connect: Connect
) -> None:
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    database.dispose()
    before = sorted(p.name for p in filled.parent.iterdir())
    data = bytearray(backup.database_file.read_bytes())
    data[-100] ^= 0x01
    backup.database_file.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged, match="not restored"):
        restore(backup.path, filled, connect=connect)
    assert sorted(p.name for p in filled.parent.iterdir()) == before


def test_a_backup_missing_a_vault_file_is_refused(
    filled: Path, root: Path, database: Database, connect: Connect
) -> None:
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    database.dispose()
    relative = backup.manifest.vault[0][0]
    (root / SHARED_VAULT / relative).unlink()
    with pytest.raises(BackupDamaged, match="1 evidence files are missing"):
        restore(backup.path, filled, connect=connect)


def test_a_folder_that_is_no_backup_is_refused(
    tmp_path: Path, filled: Path, connect: Connect
) -> None:
    with pytest.raises(BackupDamaged, match="not a Caseworker backup"):
        restore(tmp_path, filled, connect=connect)


def test_automatic_backup_at_most_one_an_hour(filled: Path, root: Path, connect: Connect) -> None:
    assert backup_if_due(filled, root, changed_since=False, connect=connect, now=MOMENT) is None
    first = backup_if_due(filled, root, changed_since=True, connect=connect, now=MOMENT)
    assert first is not None and first.made
    soon = MOMENT + timedelta(minutes=59)
    assert backup_if_due(filled, root, changed_since=True, connect=connect, now=soon) is None
    later = backup_if_due(
        filled, root, changed_since=True, connect=connect, now=MOMENT + timedelta(hours=1)
    )
    assert later is not None  # due; a plain file with nothing new: the newest one returned
    if connect is connect_plain:
        assert later.backup.path == first.backup.path
