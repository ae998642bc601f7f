"""Encrypted databases that fight back, as plain ones do: a read-only disk, damage met after
opening; and a new encrypted database has exactly the schema of a plain one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseworker.db import cipher, open_database
from caseworker.db import migrate as migrate_module
from caseworker.errors import DatabaseDamaged, DatabaseReadOnly
from caseworker.services import cases, search
from tests.conftest import ACTOR
from tests.db.conftest import digest
from tests.db.test_encrypted import FAMILY, KEY, OTHER_KEY, files_of, flip_bit, make_encrypted
from tests.read_only import read_only_view


def test_an_encrypted_database_on_a_read_only_disk_reads_and_refuses_writes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    reference = make_encrypted(folder / "caseworker.sqlite")
    before = files_of(folder)
    with read_only_view(folder) as view:
        path = view / "caseworker.sqlite"
        with pytest.raises(cipher.WrongDatabaseKey):
            open_database(str(path), key=OTHER_KEY)
        database = open_database(str(path), key=KEY)
        try:
            assert database.encrypted
            with database.read() as session:
                labels = [hit.label for hit in search.search(session, "щегловитовы")]
                assert f"{reference} {FAMILY}" in labels
            with pytest.raises(DatabaseReadOnly) as raised, database.write() as session:
                cases.create_case(session, ACTOR, family_name="Орловы")
            assert "is read-only" in raised.value.message
        finally:
            database.dispose()
    assert files_of(folder) == before


def test_damage_met_later_in_a_large_encrypted_database_refuses_writes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too large for the check on open: the first page that fails its HMAC says it."""
    make_encrypted(db_path)
    flip_bit(db_path, "cases")
    monkeypatch.setattr(migrate_module, "VERIFY_ON_OPEN_BYTES", 0)
    before = digest(db_path)
    database = open_database(str(db_path), key=KEY)
    try:
        with pytest.raises(DatabaseDamaged) as raised, database.write() as session:
            cases.create_case(session, ACTOR, family_name="Орловы")
        assert "is damaged" in raised.value.message
        with pytest.raises(DatabaseReadOnly), database.write() as session:
            pass
    finally:
        database.dispose()
    assert digest(db_path) == before


def test_a_new_encrypted_database_has_the_schema_of_a_plain_one(tmp_path: Path) -> None:
    plain, encrypted = tmp_path / "plain.sqlite", tmp_path / "encrypted.sqlite"
    open_database(str(plain)).dispose()
    open_database(str(encrypted), key=KEY).dispose()
    listing = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    with sqlite3.connect(plain) as connection:
        expected = connection.execute(listing).fetchall()
    connection.close()
    connection = cipher.connect(encrypted, KEY)
    try:
        assert connection.execute(listing).fetchall() == expected
    finally:
        connection.close()


def test_a_flipped_bit_in_the_first_page_is_refused_as_the_wrong_key_would_be(
    db_path: Path,
) -> None:
    """SQLCipher cannot tell a damaged first page from a wrong key: the sentence names both."""
    make_encrypted(db_path)
    with db_path.open("r+b") as handle:
        handle.seek(2048)
        byte = handle.read(1)[0]
        handle.seek(2048)
        handle.write(bytes([byte ^ 0x01]))
    before = files_of(db_path.parent)
    with pytest.raises(cipher.WrongDatabaseKey) as raised:
        open_database(str(db_path), key=KEY)
    assert "damaged" in raised.value.message
    assert files_of(db_path.parent) == before
