"""Open a database: refuse one that is not ours or is too new, upgrade an older one on open.

The version check reads the file in read-only mode before anything else touches it, so a
database from a newer Caseworker is left byte-for-byte untouched. An existing database that
needs upgrading is first copied aside (``<name>.before-<revision>.bak``).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from caseworker.db.engine import Database, make_engine, resolve_url, sqlite_path
from caseworker.errors import DatabaseError, DatabaseTooNew, NotACaseworkerDatabase
from caseworker.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The newest schema revision. Kept here so that opening an up-to-date database needs no
#: Alembic import (a tenth of a second at start-up); a test checks it against the scripts.
HEAD_REVISION = "0006"
MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _too_new(location: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        translate(
            "Database",
            "The database {location} was written by a newer version of Caseworker. "
            "Install the newer version to open it; this version has left it untouched.",
        ).format(location=location)
    )


def _not_ours(location: str) -> NotACaseworkerDatabase:
    return NotACaseworkerDatabase(
        translate(
            "Database", "{location} is not a Caseworker database; it has been left untouched."
        ).format(location=location)
    )


def _check_revision(revision: str | None, has_other_tables: bool, location: str) -> None:
    if revision is None:
        if has_other_tables:
            raise _not_ours(location)
        return
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise _too_new(location)


def _inspect_sqlite_file(path: Path) -> str | None:
    """Check an existing file read-only; return its schema revision (None for an empty file)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            translate("Database", "The database {location} cannot be read: {reason}").format(
                location=path, reason=error.strerror or str(error)
            )
        ) from error
    if not header:
        return None
    if header != _SQLITE_HEADER:
        raise _not_ours(str(path))
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _not_ours(str(path)) from error
    _check_revision(revision, bool(tables - {"alembic_version"}), str(path))
    return revision


def _backup_sqlite(path: Path, revision: str) -> None:
    backup = path.with_name(f"{path.name}.before-{revision}.bak")
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction.

    On SQLite, foreign keys are switched off while the migrations run: Alembic's batch mode
    rebuilds a table by copying it and dropping the old one, and with foreign keys on that
    drop would fail, or cascade into the rows that point at it. The references are checked
    before the transaction commits instead.
    """
    with engine.connect() as connection:
        current = _current_revision(connection)
        _check_revision(
            current,
            bool(set(inspect(connection).get_table_names()) - {"alembic_version"}),
            engine.url.render_as_string(hide_password=True),
        )
        connection.rollback()
        if current == head_revision():
            return
        if current is None:
            from caseworker.db.snapshot import create_schema

            if create_schema(connection, head_revision()):
                return  # a new database, made in one step without Alembic
        _run_migrations(connection)


def _run_migrations(connection: Connection) -> None:
    from alembic import command

    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # outside any transaction, where the pragma takes effect
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    try:
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise DatabaseError(
                    translate(
                        "Database",
                        "Upgrading the database would break links between its records; "
                        "it was left as it was. Run the integrity check.",
                    )
                )
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def open_database(db: str | None = None) -> Database:
    """Open (creating if needed) and upgrade the database named by ``--db``, env or default."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise _not_ours(str(path))
        if path.exists():
            revision = _inspect_sqlite_file(path)
            if revision is not None and revision != head_revision():
                _backup_sqlite(path, revision)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)
