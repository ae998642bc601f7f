"""A backup made before the database was protected, restored over the protected database:
refused in so many words (the passphrase was right), and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.backup.copy import connect_keyed
from caseworker.backup.errors import BackupError
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
