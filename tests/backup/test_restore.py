"""Restore: a verified backup only; the current database, keys and vault kept aside."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.backup.copy import Connect, connect_plain
from caseworker.backup.errors import BackupDamaged
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import SHARED_VAULT
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


def test_restoring_twice_keeps_both_aside(
    filled: Path, root: Path, database: Database, connect: Connect
) -> None:
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    database.dispose()
    first = restore(backup.path, filled, connect=connect, now=MOMENT)
    second = restore(backup.path, filled, connect=connect, now=MOMENT)
    assert first.kept_aside[0] != second.kept_aside[0]
    assert first.kept_aside[0].exists() and second.kept_aside[0].exists()


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
