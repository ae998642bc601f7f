"""An encrypted copy of a plain database: complete, unreadable without the key, verified; the
plain database left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseworker.db import Database, cipher, open_database
from caseworker.db.damage import SQLITE_HEADER
from caseworker.db.encrypt import encrypt_database
from caseworker.errors import DatabaseError
from caseworker.integrity import check_database
from caseworker.services import cases, search
from tests.conftest import ACTOR, add_person
from tests.db.conftest import digest
from tests.db.test_encrypted import KEY, OTHER_KEY, readable

FAMILY = "Щегловитовы-Ёжиковы"


@pytest.fixture
def database_key() -> None:
    """Plain in every run: these tests encrypt a copy of a plain database."""
    return None


def test_a_plain_database_is_copied_encrypted_and_verified(
    db_path: Path, database: Database
) -> None:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name=FAMILY)
        add_person(session, case.id, "Щегловитов Всеволод")
        for number in range(30):
            cases.create_case(session, ACTOR, family_name=f"Семья{number}")
        reference = case.reference
    database.dispose()  # never open with both SQLite libraries at once (see encrypt.py)
    target = db_path.with_name("encrypted.sqlite")
    before = digest(db_path)
    copy = encrypt_database(db_path, target, KEY)
    assert digest(db_path) == before
    assert copy.path == target and copy.rows["cases"] == 31 and copy.rows["persons"] == 1

    data = target.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert readable(data, FAMILY, "Щегловитов", "Всеволод") == []
    assert sorted(p.name for p in db_path.parent.iterdir() if "encrypted" in p.name) == [
        "encrypted.sqlite"
    ]
    encrypted = open_database(str(target), key=KEY)
    try:
        assert encrypted.encrypted
        with encrypted.read() as session:
            assert cases.get_case_by_reference(session, reference).family_name == FAMILY
            labels = [hit.label for hit in search.search(session, "щегловитовы")]
            assert f"{reference} {FAMILY}" in labels
            assert check_database(session) == []
    finally:
        encrypted.dispose()
    with pytest.raises(cipher.WrongDatabaseKey):
        open_database(str(target), key=OTHER_KEY)


def test_the_schema_version_number_follows_the_copy(db_path: Path, database: Database) -> None:
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA user_version = 7")
    connection.close()
    target = db_path.with_name("encrypted.sqlite")
    encrypt_database(db_path, target, KEY)
    copied = cipher.connect(target, KEY)
    try:
        assert copied.execute("PRAGMA user_version").fetchone() == (7,)
    finally:
        copied.close()


def test_an_existing_file_is_never_overwritten(db_path: Path, database: Database) -> None:
    database.dispose()
    target = db_path.with_name("encrypted.sqlite")
    target.write_bytes(b"someone else's")
    with pytest.raises(DatabaseError) as raised:
        encrypt_database(db_path, target, KEY)
    assert "could not be made" in raised.value.message and str(target) in raised.value.message
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        "caseworker.sqlite",
        "encrypted.sqlite",
    ]


def test_a_key_of_the_wrong_length_writes_nothing(db_path: Path, database: Database) -> None:
    database.dispose()
    with pytest.raises(ValueError):
        encrypt_database(db_path, db_path.with_name("encrypted.sqlite"), KEY[:16])
    assert [p.name for p in db_path.parent.iterdir()] == ["caseworker.sqlite"]
