"""Database files for the tests of opening them: made, made old, damaged, on a read-only disk."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from caseworker.db import Database, open_database
from caseworker.db.migrate import alembic_config
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.read_only import read_only_view


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    """The database at ``path``, open while inside, disposed of on leaving."""
    database = open_database(str(path))
    try:
        yield database
    finally:
        database.dispose()


def schema_revision(session: Session) -> str | None:
    """The Alembic revision the database's schema is at."""
    revision: str | None = session.scalar(text("SELECT version_num FROM alembic_version"))
    return revision


def make_database(path: Path, families: tuple[str, ...] = ("Шумовы", "Ёлкины")) -> None:
    with opened(path) as database:
        with database.write() as session:
            for family in families:
                cases.create_case(session, ACTOR, family_name=family)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def make_old_database(path: Path, revision: str = "0001") -> None:
    """A database left at an older schema revision, with one case (as an old version wrote)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.execute(
            text(
                "INSERT INTO cases (reference, family_name, region, status, assigned_to, "
                "next_action, opened_on, notes, persons_label, uuid, version, created_at, "
                "updated_at) VALUES ('2026-0001', 'Ёлкины', '', 'open', '', '', '2026-01-05', "
                "'', '', '00000000-0000-4000-8000-000000000001', 1, '2026-01-05 10:00:00', "
                "'2026-01-05 10:00:00')"
            )
        )
    engine.dispose()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with garbage; the schema stays readable."""
    with sqlite3.connect(path) as connection:
        [(page,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchall()
        [(size,)] = connection.execute("PRAGMA page_size").fetchall()
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * 64)


@contextmanager
def on_read_only_disk(folder: Path, make: Callable[[Path], None] = make_database) -> Iterator[Path]:
    """A database made by ``make`` in ``folder``, seen where nothing can be written.

    On leaving, the file must be exactly as it was made.
    """
    folder.mkdir()
    made = folder / "caseworker.sqlite"
    make(made)
    before = digest(made)
    with read_only_view(folder) as view:
        yield view / made.name
    assert digest(made) == before
