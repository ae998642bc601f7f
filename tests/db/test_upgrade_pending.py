"""``upgrade_pending`` tells an older database file from every other (the start shows its
upgrade notice by it) and changes nothing it reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseworker.db import open_database
from caseworker.db.migrate import upgrade_pending
from tests.older_database import older_database

KEY = bytes(range(7, 39))


def test_an_older_file_is_pending_and_reading_it_changes_nothing(tmp_path: Path) -> None:
    path = older_database(tmp_path / "older.sqlite")
    before = path.read_bytes()

    assert upgrade_pending(str(path))
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.bak")) == []  # no backup: the upgrade makes it


def test_an_encrypted_older_file_is_pending_with_its_key_only(tmp_path: Path) -> None:
    path = older_database(tmp_path / "sealed.sqlite", KEY)

    assert upgrade_pending(str(path), key=KEY)
    assert not upgrade_pending(str(path))  # open_database says it is protected
    assert not upgrade_pending(str(path), key=bytes(32))  # a wrong key: said there too


@pytest.mark.parametrize("kind", ["new", "current", "newer", "not a database", "no revision"])
def test_anything_else_is_not_pending(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "file.sqlite"
    if kind == "current":
        open_database(str(path)).dispose()
    elif kind == "not a database":
        path.write_bytes(b"PK\x03\x04 a workbook, not a database" * 100)
    elif kind in ("newer", "no revision"):
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
        if kind == "newer":
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            connection.execute("INSERT INTO alembic_version VALUES ('9999')")
        connection.commit()
        connection.close()

    assert not upgrade_pending(str(path))
    assert not upgrade_pending("postgresql+psycopg://nobody@localhost/none")
