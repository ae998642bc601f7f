"""The same copy, verification and restore for a SQLCipher database, with connections keyed
alike (the encryption itself is made elsewhere: here a small encrypted file is enough)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.backup.copy import connect_keyed, verify_copy
from caseworker.backup.errors import BackupDamaged, BackupError
from caseworker.backup.make import make_backup
from caseworker.backup.restore import restore, verify_backup
from caseworker.db import cipher
from tests.backup.conftest import MOMENT

KEY = bytes(range(32))
NAME = "Шумов Алексей".encode()


def _encrypted(path: Path) -> None:
    connection = cipher.connect(path, KEY, verify=False)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    connection.executemany("INSERT INTO people (name) VALUES (?)", [(NAME.decode(),)] * 500)
    connection.commit()
    connection.close()


def test_an_encrypted_database_is_backed_up_encrypted_and_restored(tmp_path: Path) -> None:
    database = tmp_path / "cases.sqlite"
    _encrypted(database)
    root = tmp_path / "backups"
    keyed = connect_keyed(KEY)
    backup = make_backup(database, root, connect=keyed, now=MOMENT).backup
    assert backup.manifest.counts == {"people": 500}
    data = backup.database_file.read_bytes()
    assert not data.startswith(b"SQLite format 3") and NAME not in data
    verify_backup(backup.path, keyed)
    with pytest.raises(cipher.WrongDatabaseKey):
        restore(backup.path, database, connect=connect_keyed(os.urandom(32)))
    damaged = bytearray(data)
    damaged[5000] ^= 0x01  # one bit of the second page: SQLCipher's page check finds it
    flipped = tmp_path / "flipped.sqlite"
    flipped.write_bytes(bytes(damaged))
    with pytest.raises(BackupDamaged):
        verify_copy(flipped, backup.manifest.counts, keyed)
    assert restore(backup.path, database, connect=keyed).already  # nothing changed since
    changing = keyed(database, False)
    changing.execute("INSERT INTO people (name) VALUES ('Иванов')")
    changing.close()
    result = restore(backup.path, database, connect=keyed)
    assert result.kept_aside[0].exists()
    connection = keyed(database, True)
    assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == 500
    connection.close()


def test_an_encrypted_database_without_its_key_is_refused_unopened(tmp_path: Path) -> None:
    database = tmp_path / "cases.sqlite"
    _encrypted(database)
    with pytest.raises(BackupError, match="only with its key"):
        make_backup(database, tmp_path / "backups")
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [".lock"]


def test_encrypted_backups_are_the_same_within_a_minute(tmp_path: Path) -> None:
    database = tmp_path / "cases.sqlite"
    _encrypted(database)
    root, keyed = tmp_path / "backups", connect_keyed(KEY)
    first = make_backup(database, root, connect=keyed, now=MOMENT)
    assert first.backup.manifest.encrypted
    again = make_backup(database, root, connect=keyed, now=MOMENT + timedelta(seconds=50))
    assert not again.made and again.backup.path == first.backup.path
    later = make_backup(database, root, connect=keyed, now=MOMENT + timedelta(minutes=2))
    assert later.made
