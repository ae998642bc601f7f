"""A backup made before the database was protected, restored over the protected database:
refused in so many words (the passphrase was right), and nothing changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.backup.copy import connect_keyed, connect_plain
from caseworker.backup.errors import BackupError, DatabaseInUse
from caseworker.backup.make import make_backup
from caseworker.backup.restore import restore
from caseworker.db import open_database
from caseworker.db.cipher import keys_file_of
from caseworker.security.convert import encrypt_plain_database
from tests.security.convert_demo import PASSPHRASE, make_demo


def test_plain_backup_over_a_protected_database_is_refused_clearly(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    open_database(str(database)).dispose()
    plain = make_backup(database, tmp_path / "backups").backup
    converted = encrypt_plain_database(database, PASSPHRASE)
    before = sorted(path.name for path in tmp_path.iterdir())
    keys = keys_file_of(database).read_bytes()

    with pytest.raises(BackupError) as refused:
        restore(plain.path, database, connect=connect_keyed(converted.keys.database))

    message = refused.value.message
    assert "passphrase is not right" not in message
    assert "before the database was protected" in message
    assert "Nothing was changed" in message
    assert sorted(path.name for path in tmp_path.iterdir()) == before
    assert keys_file_of(database).read_bytes() == keys


def test_a_protected_backup_over_a_plain_database_open_elsewhere_is_refused(
    tmp_path: Path,
) -> None:
    """The plain database is taken over with a plain connection (the backup's key cannot
    open it): another program holding it is found, as for any restore."""
    old = tmp_path / "old" / "demo.sqlite"
    old.parent.mkdir()
    make_demo(old, tmp_path)
    converted = encrypt_plain_database(old, PASSPHRASE)
    connect = connect_keyed(converted.keys.database)
    backup = make_backup(old, tmp_path / "backups", connect=connect).backup
    new = tmp_path / "new" / "demo.sqlite"
    new.parent.mkdir()
    open_database(str(new)).dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(new)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = sorted(path.name for path in new.parent.iterdir())
        with pytest.raises(DatabaseInUse):
            restore(backup.path, new, connect=connect)
        assert sorted(path.name for path in new.parent.iterdir()) == before
    finally:
        holder.communicate("")
    assert restore(backup.path, new, connect=connect).kept_aside


#: Another program: opens the plain database, reads, waits idle.
_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM cases").fetchall()
print("open", flush=True)
sys.stdin.read()
connection.close()
"""


def test_a_protected_backup_without_its_passphrase_says_how_to_restore_it(
    tmp_path: Path,
) -> None:
    """The window of a new, plain database lists the protected backups (the same path on a
    new computer); restoring one there cannot ask its passphrase: it says how instead."""
    old = tmp_path / "old" / "demo.sqlite"
    old.parent.mkdir()
    make_demo(old, tmp_path)
    converted = encrypt_plain_database(old, PASSPHRASE)
    backup = make_backup(
        old, tmp_path / "backups", connect=connect_keyed(converted.keys.database)
    ).backup
    new = tmp_path / "new" / "demo.sqlite"
    new.parent.mkdir()
    open_database(str(new)).dispose()
    before = sorted(path.name for path in new.parent.iterdir())

    with pytest.raises(BackupError) as refused:
        restore(backup.path, new, connect=connect_plain)

    message = refused.value.message
    assert "protected with a passphrase" in message and "--passphrase-file" in message
    assert "can be backed up only" not in message
    assert sorted(path.name for path in new.parent.iterdir()) == before
