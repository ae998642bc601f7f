"""Opening databases: new, existing, from a newer version, foreign files, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from caseworker.db import open_database, resolve_url
from caseworker.db.migrate import head_revision
from caseworker.errors import DatabaseDamaged, DatabaseTooNew, NotACaseworkerDatabase
from caseworker.services import cases
from tests.db.conftest import digest, make_old_database, opened, schema_revision


def test_new_database_is_created_at_the_newest_schema(db_path: Path) -> None:
    with opened(db_path) as database, database.read() as session:
        assert schema_revision(session) == head_revision()
        assert session.scalar(text("PRAGMA journal_mode")) == "wal"
        assert session.scalar(text("PRAGMA foreign_keys")) == 1
        assert session.scalar(text("PRAGMA synchronous")) == 2  # FULL
        assert session.scalar(text("PRAGMA busy_timeout")) > 0


def test_reopening_keeps_the_data(db_path: Path) -> None:
    first = open_database(str(db_path))
    with first.write() as session:
        reference = cases.create_case(session, "tester", family_name="Ёлкины").reference
    first.dispose()
    with opened(db_path) as second, second.read() as session:
        assert cases.get_case_by_reference(session, reference).family_name == "Ёлкины"


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    database = open_database(str(db_path))
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(str(db_path))
    assert "newer version" in raised.value.message
    assert str(db_path) in raised.value.message
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*.bak"))


def test_a_file_that_is_not_ours_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    content = b"family notes, not a database"
    path.write_bytes(content)
    with pytest.raises(NotACaseworkerDatabase):
        open_database(str(path))
    assert path.read_bytes() == content


def test_a_sqlite_file_with_a_damaged_header_is_called_damaged_and_left_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.sqlite"
    content = b"SQLite format 3\x00" + b"\x00" * 200
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(str(path))
    assert "is damaged and cannot be opened" in raised.value.message
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = digest(path)
    with pytest.raises(NotACaseworkerDatabase):
        open_database(str(path))
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotACaseworkerDatabase):
        open_database(str(tmp_path))


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with opened(path) as database, database.read() as session:
        assert schema_revision(session) == head_revision()


def test_the_database_is_chosen_by_argument_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEWORKER_DB", str(tmp_path / "from_env.sqlite"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'from_env.sqlite'}"
    assert resolve_url(str(tmp_path / "arg.sqlite")) == f"sqlite:///{tmp_path / 'arg.sqlite'}"
    assert resolve_url("sqlite:///elsewhere.sqlite") == "sqlite:///elsewhere.sqlite"


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEWORKER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = resolve_url(None)
    assert url.startswith(f"sqlite:///{tmp_path / 'data'}")
    assert url.endswith("caseworker.sqlite")


def test_an_older_database_is_upgraded_on_open_after_a_backup(db_path: Path) -> None:
    make_old_database(db_path)
    with opened(db_path) as database, database.read() as session:
        assert schema_revision(session) == head_revision()
        assert cases.get_case_by_reference(session, "2026-0001").family_name == "Ёлкины"
        assert session.scalar(text("PRAGMA foreign_keys")) == 1
    backup = db_path.with_name(f"{db_path.name}.before-0001.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT family_name FROM cases").fetchone() == ("Ёлкины",)
    old.close()
