"""A new database is made in one step from the migrations' own schema, never a different one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.db import open_database, schema_snapshot, snapshot
from caseworker.db.migrate import HEAD_REVISION
from tests.db.test_migrations import migrated_engine

REFRESH = "the migrations changed: write the snapshot again with python -m caseworker.db.snapshot"


def schema(path: Path) -> list[tuple[str, str, str, object]]:
    """Every object of the database, comparable across runs of the migrations."""
    return [
        (kind, name, table, snapshot.comparable(sql))
        for kind, name, table, sql in snapshot.schema_of(path)
    ]


def test_the_snapshot_belongs_to_the_current_migrations() -> None:
    head, statements = snapshot.record()

    recorded = (schema_snapshot.REVISION, schema_snapshot.DIGEST)
    assert recorded == (head, snapshot.migrations_digest()), REFRESH
    assert [snapshot.comparable(s) for s in schema_snapshot.STATEMENTS] == [
        snapshot.comparable(s) for s in statements
    ], REFRESH
    assert head == HEAD_REVISION


def test_a_new_database_has_exactly_the_schema_the_migrations_make(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite"
    migrated_engine(migrated).dispose()

    new = tmp_path / "new.sqlite"
    open_database(str(new)).dispose()

    assert schema(new) == schema(migrated)
    opened = open_database(str(new))
    with opened.engine.connect() as connection:
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        assert [tuple(row) for row in versions] == [(HEAD_REVISION,)]
        tables = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                "AND name NOT IN ('alembic_version', 'sqlite_schema', 'sqlite_sequence')"
            )
        ]
        counts = {
            name: connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one()
            for name in tables
        }
    opened.dispose()
    assert "cases" in counts
    assert set(counts.values()) == {0}


def test_a_new_database_is_made_without_loading_alembic(tmp_path: Path) -> None:
    code = (
        "import sys; from caseworker.db import open_database; "
        f"open_database({str(tmp_path / 'new.sqlite')!r}).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )

    assert result.stdout.strip() == "False"


def test_a_snapshot_from_other_migrations_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrated = tmp_path / "migrated.sqlite"
    migrated_engine(migrated).dispose()
    # As if a migration had been changed since the snapshot was written: an old schema.
    monkeypatch.setattr(schema_snapshot, "DIGEST", "0" * 64)
    monkeypatch.setattr(schema_snapshot, "STATEMENTS", schema_snapshot.STATEMENTS[:1])

    new = tmp_path / "new.sqlite"
    open_database(str(new)).dispose()

    assert schema(new) == schema(migrated)
