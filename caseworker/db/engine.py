"""Engine and session factory: SQLite tuned for safety (WAL, FULL sync, foreign keys on).

Reads begin a deferred transaction; writes begin with ``BEGIN IMMEDIATE`` so that two windows
on one file queue for the write lock (within the busy timeout) instead of failing half-way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from caseworker.errors import DatabaseBusy
from caseworker.i18n import translate

ENV_VARIABLE = "CASEWORKER_DB"
BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "caseworker_write"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("Caseworker", appauthor=False)) / "caseworker.sqlite"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The database URL for ``--db`` (a path or URL), else ``$CASEWORKER_DB``, else the default."""
    chosen = str(db) if db is not None else os.environ.get(ENV_VARIABLE) or None
    if chosen is None:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Leave transaction control to the "begin" hook below (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(_WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``; SQLite connections get the pragmas and begin hooks."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


class Database:
    """An open database: the engine and the two kinds of unit of work on it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path is not None else self.url

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction and keeps loaded values."""
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action's unit of work: committed when the block ends, else rolled back."""
        try:
            with self._write_sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            if "locked" in str(error.orig) or "busy" in str(error.orig):
                raise DatabaseBusy(
                    translate(
                        "Database",
                        "The database is busy with another window or program. Nothing was "
                        "saved; try again in a moment.",
                    )
                ) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()
