"""Opening databases that fight back: read-only disks, damaged pages, upgrades without room
for the backup, drivers that are not installed. Each says so in one sentence and changes
nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections import namedtuple
from datetime import date
from pathlib import Path

import pytest

from caseworker.db import migrate as migrate_module
from caseworker.db import open_database
from caseworker.errors import DatabaseDamaged, DatabaseError, DatabaseReadOnly
from caseworker.services import cases, search
from tests.conftest import ACTOR
from tests.db.conftest import (
    damage_table,
    digest,
    make_database,
    make_old_database,
    on_read_only_disk,
    opened,
)
from tests.read_only import read_only_view, small_disk

# Read-only disks -----------------------------------------------------------------------------


def test_a_database_on_a_read_only_disk_opens_for_reading_and_refuses_writes(
    tmp_path: Path,
) -> None:
    with on_read_only_disk(tmp_path / "disk") as path:
        with opened(path) as database:
            with database.read() as session:
                assert [hit.label for hit in search.search(session, "ёлкины")] == [
                    f"{date.today().year}-0002 Ёлкины"
                ]
            with pytest.raises(DatabaseReadOnly) as raised, database.write() as session:
                cases.create_case(session, ACTOR, family_name="Орловы")
        assert "is read-only" in raised.value.message and str(path) in raised.value.message
        assert "not a Caseworker database" not in raised.value.message
    assert sorted(p.name for p in (tmp_path / "disk").iterdir()) == ["caseworker.sqlite"]


def test_an_old_database_on_a_read_only_disk_is_refused_with_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    with (
        on_read_only_disk(folder, make_old_database) as path,
        pytest.raises(DatabaseReadOnly) as raised,
    ):
        open_database(str(path))
    assert "read-only" in raised.value.message and "copy it" in raised.value.message
    assert sorted(p.name for p in folder.iterdir()) == ["caseworker.sqlite"]


def test_a_new_database_in_a_read_only_folder_is_refused_with_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    with read_only_view(folder) as view, pytest.raises(DatabaseError) as raised:
        open_database(str(view / "new.sqlite"))
    assert "cannot be created" in raised.value.message
    assert not list(folder.iterdir())


# Damaged databases ---------------------------------------------------------------------------


def test_a_damaged_database_is_called_damaged_reads_and_refuses_new_cases(db_path: Path) -> None:
    make_database(db_path, families=tuple(f"Семья{n}" for n in range(3)))
    damage_table(db_path, "audit_entries")
    before = digest(db_path)
    with opened(db_path) as database:
        with database.read() as session:
            assert (
                cases.get_case_by_reference(session, f"{date.today().year}-0001").family_name
                == "Семья0"
            )
        with pytest.raises(DatabaseReadOnly) as raised, database.write() as session:
            cases.create_case(session, ACTOR, family_name="Орловы")
    message = raised.value.message
    assert "is damaged" in message and "nothing can be saved" in message
    assert "no backup beside it" in message and "not a Caseworker database" not in message
    assert digest(db_path) == before


def test_a_damaged_database_points_to_the_newest_backup_beside_it(db_path: Path) -> None:
    make_old_database(db_path)
    open_database(str(db_path)).dispose()  # upgraded, after a backup
    [backup] = db_path.parent.glob("*.bak")
    damage_table(db_path, "cases")
    with (
        pytest.raises(DatabaseReadOnly) as raised,
        opened(db_path) as database,
        database.write() as session,
    ):
        cases.create_case(session, ACTOR, family_name="Орловы")
    assert f"“{backup.name}”" in raised.value.message


def test_damage_met_later_in_a_large_database_refuses_that_write_and_the_next(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too large for the check on open: the first damaged page SQLite meets says it."""
    make_database(db_path)
    damage_table(db_path, "cases")
    monkeypatch.setattr(migrate_module, "VERIFY_ON_OPEN_BYTES", 0)
    before = digest(db_path)
    with opened(db_path) as database:
        with pytest.raises(DatabaseDamaged) as raised, database.write() as session:
            cases.create_case(session, ACTOR, family_name="Орловы")
        assert "is damaged" in raised.value.message
        with pytest.raises(DatabaseReadOnly), database.write() as session:
            pass
    assert digest(db_path) == before


def test_a_database_damaged_beyond_reading_is_refused_untouched(db_path: Path) -> None:
    make_database(db_path)
    with db_path.open("r+b") as handle:  # the schema's own page
        handle.seek(100)
        handle.write(b"\xff" * 64)
    before = digest(db_path)
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(str(db_path))
    assert "is damaged and cannot be opened" in raised.value.message
    assert digest(db_path) == before


# The backup before an upgrade ----------------------------------------------------------------


def test_the_backup_takes_a_free_name_when_its_own_is_taken(db_path: Path) -> None:
    make_old_database(db_path)
    taken = db_path.with_name(f"{db_path.name}.before-0001.bak")
    taken.mkdir()
    (taken / "family photo.jpg").write_bytes(b"\xff\xd8\xff")
    also_taken = db_path.with_name(f"{db_path.name}.before-0001.2.bak")
    also_taken.write_text("someone's notes", encoding="utf-8")
    open_database(str(db_path)).dispose()
    backup = db_path.with_name(f"{db_path.name}.before-0001.3.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()
    assert (taken / "family photo.jpg").read_bytes() == b"\xff\xd8\xff"
    assert also_taken.read_text(encoding="utf-8") == "someone's notes"
    assert not list(db_path.parent.glob("*.partial"))


def test_no_room_for_the_backup_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_old_database(db_path)
    before = digest(db_path)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(
        "caseworker.db.migrate.shutil.disk_usage", lambda _: usage(10**9, 10**9, 4096)
    )
    with pytest.raises(DatabaseError) as raised:
        open_database(str(db_path))
    assert "too little free space" in raised.value.message
    assert "nothing was changed" in raised.value.message
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_disk_that_fills_up_during_the_backup_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real full disk: the free-space estimate is fooled, the copy fails half-way."""
    made = tmp_path / "made.sqlite"
    make_old_database(made)
    with small_disk(tmp_path / "disk", size="1m") as disk:
        path = disk / "caseworker.sqlite"
        shutil.copyfile(made, path)
        _fill(disk / "filler")
        before = digest(path)
        usage = namedtuple("usage", "total used free")
        monkeypatch.setattr(
            "caseworker.db.migrate.shutil.disk_usage", lambda _: usage(10**12, 0, 10**12)
        )
        with pytest.raises(DatabaseError) as raised:
            open_database(str(path))
        assert "could not be written" in raised.value.message
        assert digest(path) == before
        assert sorted(p.name for p in disk.iterdir()) == ["caseworker.sqlite", "filler"]


def _fill(path: Path) -> None:
    """Write ``path`` until the disk is full."""
    handle = path.open("wb", buffering=0)
    try:
        while handle.write(b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        handle.close()


# Addresses -----------------------------------------------------------------------------------


def test_a_server_address_without_its_driver_names_the_package() -> None:
    with pytest.raises(DatabaseError) as raised:
        # psycopg (3) is installed for the team's server; psycopg2 is not
        open_database("postgresql+psycopg2://caseworker:secret@localhost/cases")
    assert "pip install" in raised.value.message and "psycopg2" in raised.value.message
    assert "secret" not in raised.value.message
    with pytest.raises(DatabaseError) as raised:
        open_database("frobdb://localhost/cases")
    assert "“frobdb”" in raised.value.message
    with pytest.raises(DatabaseError) as raised:
        open_database("postgresql://caseworker:secret@localhost:five/cases")
    assert "is neither a file nor a database address" in raised.value.message
    assert "secret" not in raised.value.message
