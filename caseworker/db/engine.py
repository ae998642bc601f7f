"""Engine and session factory: SQLite tuned for safety (WAL, FULL sync, foreign keys on).

Reads begin a deferred transaction; writes begin with ``BEGIN IMMEDIATE`` so that two windows
on one file queue for the write lock instead of failing half-way: a write that has to wait
says so (:class:`WriteWait`) and fails as busy only after two minutes.
A file that cannot be written (a read-only disk or file) is opened read-only, and a database
opened read-only refuses every write with a sentence saying why.

On a PostgreSQL server (:mod:`caseworker.db.postgres`) a write takes an advisory lock
instead, waited for the same way; a server that cannot be reached or is lost meanwhile is
:class:`~caseworker.errors.DatabaseUnavailable`, a role that may not do something
:class:`~caseworker.errors.DatabaseForbidden`, each with a sentence.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from caseworker.db import cipher, postgres
from caseworker.db.damage import damaged_message, is_damage
from caseworker.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    DatabaseUnavailable,
)
from caseworker.i18n import translate

if TYPE_CHECKING:
    from caseworker.security.keys import DerivedKeys

ENV_VARIABLE = "CASEWORKER_DB"
BUSY_TIMEOUT_MS = 10_000
#: How long one try for the write lock waits before the writer is told it is waiting.
FIRST_TRY_MS = 300
_WRITE_OPTION = postgres.WRITE_OPTION
_READ_ONLY_OPTION = "caseworker_read_only"
_WAIT_OPTION = "caseworker_wait"
#: The execution option marking a side write's transaction (:meth:`Database.side_write`):
#: its patience in milliseconds.
_SIDE_OPTION = "caseworker_side_write"
#: How long a side write may wait for a lock, or run one statement, in milliseconds.
SIDE_WRITE_TIMEOUT_MS = 1_500


class WriteWait:
    """How a write waits for the lock another window or program holds (an import, say).

    It tries for :data:`FIRST_TRY_MS`, then calls ``notice(True)`` (the window says it is
    waiting, and keeps itself painted) after each try until ``patience`` seconds have
    passed; ``notice(False)`` once the wait is over either way. Only past its patience does
    the write fail as busy.
    """

    def __init__(self, patience: float = 120.0) -> None:
        self.patience = patience
        self.notice: Callable[[bool], None] | None = None

    def take_lock(self, connection: Connection) -> None:
        """Begin the write transaction holding the write lock: SQLite's ``BEGIN IMMEDIATE``,
        PostgreSQL's advisory lock (:func:`caseworker.db.postgres.take_write_lock`)."""
        if connection.dialect.name == "postgresql":
            postgres.take_write_lock(connection, self.patience, self.notice, FIRST_TRY_MS)
            return
        deadline = time.monotonic() + self.patience
        waiting = False
        try:
            while True:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {FIRST_TRY_MS}")
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                    return
                except OperationalError as error:
                    if not _is_busy(error) or time.monotonic() >= deadline:
                        raise
                if self.notice is not None:
                    waiting = True
                    self.notice(True)
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if waiting and self.notice is not None:
                self.notice(False)


def _is_busy(error: OperationalError) -> bool:
    return "locked" in str(error.orig) or "busy" in str(error.orig)


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


def with_password(db: str | os.PathLike[str] | None, password: str) -> str:
    """The address ``db`` names (as :func:`resolve_url`) with ``password`` set, for this
    process only: the string holds the password in clear, never log or keep it.

    Raises ArgumentError or ValueError when ``db`` is not an address.
    """
    return make_url(resolve_url(db)).set(password=password).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # not an address at all: make_engine says so
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def writable(path: Path) -> bool:
    """Whether SQLite can write ``path``: the file opens for writing, and its folder (where the
    journal and WAL files go) takes new files. A read-only mount refuses both, even to root."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(descriptor)
    return os.access(path.parent, os.W_OK)


def connect_read_only(
    path: Path, *, key: bytes | None = None, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A connection that cannot change ``path``, even on a read-only disk; encrypted with
    ``key`` when given (a wrong key raises :class:`~caseworker.db.cipher.WrongDatabaseKey`).

    ``mode=ro`` needs the WAL index beside the file (``-shm``), which a read-only folder
    may not have; such a database is then read as ``immutable``, unless its ``-wal`` file
    holds changes that only the WAL index could read (a sentence says so).
    """
    uri = path.resolve().as_uri()
    try:
        connection = cipher.connect(
            f"{uri}?mode=ro", key, uri=True, check_same_thread=check_same_thread
        )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except cipher.driver_errors():
            connection.close()
            raise
        return connection
    except cipher.driver_errors("OperationalError") as error:
        code = getattr(error, "sqlite_errorcode", 0)
        if code & 0xFF != sqlite3.SQLITE_CANTOPEN or not path.is_file():
            raise
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DatabaseError(
                translate(
                    "Database",
                    "The database {location} is on a read-only disk and its last changes are "
                    "still in “{wal}”, which cannot be read there; copy both files to a "
                    "writable folder and open the copy.",
                ).format(location=path, wal=wal.name)
            ) from error
        return cipher.connect(
            f"{uri}?immutable=1", key, uri=True, check_same_thread=check_same_thread
        )


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Leave transaction control to the "begin" hook below (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:  # both would write to the file
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if (patience := options.get(_SIDE_OPTION)) is not None:
            # SQLite's own write lock, waited for briefly (never the writers' notice).
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(patience)}")
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        elif not options.get(_WRITE_OPTION):
            connection.exec_driver_sql("BEGIN")
        elif (wait := options.get(_WAIT_OPTION)) is not None:
            wait.take_lock(connection)
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


#: The package to install for a database driver that is missing, by the module's name.
_DRIVER_PACKAGES = {
    "psycopg": "psycopg[binary]",
    "psycopg2": "psycopg2-binary",
    "pymysql": "PyMySQL",
    "MySQLdb": "mysqlclient",
}


def make_engine(url: str, *, read_only: bool | None = None, key: bytes | None = None) -> Engine:
    """Create the engine for ``url``; SQLite connections get the pragmas and begin hooks.

    ``read_only`` opens a SQLite file so that nothing can change it; None does so when the
    file exists and cannot be written. ``key`` (32 bytes) opens the file encrypted with
    SQLCipher, each connection given the key first (see :mod:`caseworker.db.cipher`); it
    raises ValueError for an address that is not a SQLite file. An address whose driver is
    not installed, or that is not an address at all, raises :class:`DatabaseError` with a
    sentence.
    """
    try:
        parsed = make_url(url)
        path = sqlite_path(url)
        if read_only is None:
            read_only = path is not None and path.exists() and not writable(path)
        if key is not None:
            if path is None:
                raise ValueError("only a SQLite file can be encrypted")
            engine = _cipher_engine(parsed, path, key, bool(read_only))
        elif read_only and path is not None:
            ro_path = path
            engine = create_engine(
                parsed, creator=lambda: connect_read_only(ro_path, check_same_thread=False)
            )
        elif parsed.get_backend_name() == "postgresql":
            engine = _postgresql_engine(parsed)
        else:
            engine = create_engine(parsed)
    except ModuleNotFoundError as error:
        module = (error.name or "").partition(".")[0]
        raise DatabaseError(
            translate(
                "Database",
                "The database address needs the Python package “{package}”, which is not "
                'installed; install it with: pip install "{package}"',
            ).format(package=_DRIVER_PACKAGES.get(module, module))
        ) from error
    except NoSuchModuleError as error:
        raise DatabaseError(
            translate("Database", "Caseworker cannot use a database of the kind “{kind}”.").format(
                kind=parsed.drivername
            )
        ) from error
    except (ArgumentError, ValueError) as error:  # a malformed address, or port
        raise DatabaseError(
            translate("Database", "“{url}” is neither a file nor a database address.").format(
                url=re.sub(r"(?<=://)[^/@]*@", "…@", url)  # never show a password
            )
        ) from error
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, bool(read_only))
    elif engine.dialect.name == "postgresql":
        _configure_postgresql(engine, parsed)
    return engine.execution_options(**{_READ_ONLY_OPTION: True}) if read_only else engine


def _postgresql_engine(parsed: URL) -> Engine:
    """A PostgreSQL engine for a desktop on a network (see :mod:`caseworker.db.postgres`):
    connections pinged before use after a moment idle, READ COMMITTED (each statement after
    the write lock sees every write before it), libpq's timeouts and keepalives unless the
    address gives its own."""
    arguments = (
        postgres.connect_arguments(parsed)
        if parsed.get_driver_name() in ("psycopg", "psycopg2")
        else {}
    )
    # Pinged before use after a moment idle (postgres.configure), not at every checkout.
    return create_engine(parsed, isolation_level="READ COMMITTED", connect_args=arguments)


def _configure_postgresql(engine: Engine, parsed: URL) -> None:
    postgres.configure(engine, parsed)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if (patience := options.get(_SIDE_OPTION)) is not None:
            # No write lock: a row lock or a slow server is waited for briefly, then given up.
            for setting in ("lock_timeout", "statement_timeout"):
                connection.exec_driver_sql(f"SET LOCAL {setting} = {int(patience)}")
            return
        if not options.get(_WRITE_OPTION):
            return
        wait = options.get(_WAIT_OPTION) or WriteWait()
        wait.take_lock(connection)


def _cipher_engine(parsed: URL, path: Path, key: bytes, read_only: bool) -> Engine:
    """The SQLite dialect on sqlcipher3's connections, each made by :func:`cipher.connect`
    (the key first); the same pool, pragmas and hooks as a plain file."""
    cipher.key_statement(key)  # a key of the wrong length fails here, not at first use

    def creator() -> Any:
        if read_only:
            return connect_read_only(path, key=key, check_same_thread=False)
        return cipher.connect(path, key, check_same_thread=False)

    return create_engine(parsed, module=cipher.cipher_module(), creator=creator)


def _note_flush(session: Session, flush: Any) -> None:
    # Imported at the first write, not at start: the services are not needed to read.
    from caseworker.services.kept_days import note_flush

    note_flush(session, flush)


def _keep_before_commit(session: Session) -> None:
    from caseworker.services.kept_days import keep_before_commit

    keep_before_commit(session)


#: The execution option carrying an unlocked database's keys to whoever needs the vault's
#: (see :func:`vault_keys_of`); set by :func:`caseworker.db.open_database` given ``keys``.
_VAULT_KEYS_OPTION = "caseworker_vault_keys"


def with_vault_keys(engine: Engine, keys: DerivedKeys) -> Engine:
    """``engine``, carrying ``keys`` for the evidence vault of its (encrypted) database."""
    return engine.execution_options(**{_VAULT_KEYS_OPTION: keys})


def vault_keys_of(bind: Engine | Connection) -> DerivedKeys | None:
    """The keys an engine or connection carries for its database's sealed evidence vault;
    None for a plain database (its vault is plain too)."""
    keys = bind.get_execution_options().get(_VAULT_KEYS_OPTION)
    return keys


class Database:
    """An open database: the engine and the two kinds of unit of work on it."""

    def __init__(self, engine: Engine, *, refuse_writes: str | None = None) -> None:
        """``refuse_writes``: the sentence refusing every write (a read-only or damaged
        database); by default, a SQLite engine opened read-only refuses them as read-only."""
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        if refuse_writes is None and _opened_read_only(engine):
            refuse_writes = read_only_refusal(self.display_name)
        self.refuse_writes = refuse_writes
        #: How writes wait for a lock held elsewhere; the window sets its ``notice``.
        self.write_wait = WriteWait()
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True, _WAIT_OPTION: self.write_wait}),
            expire_on_commit=False,
        )
        self._side_sessions = sessionmaker(
            engine.execution_options(**{_SIDE_OPTION: SIDE_WRITE_TIMEOUT_MS}),
            expire_on_commit=False,
        )
        # The work list's kept days follow every write (caseworker.services.kept_days).
        event.listen(self._write_sessions, "after_flush", _note_flush)
        event.listen(self._write_sessions, "before_commit", _keep_before_commit)

    @property
    def encrypted(self) -> bool:
        """Whether the database is an encrypted file (SQLCipher)."""
        return is_encrypted(self.engine)

    @property
    def display_name(self) -> str:
        """The file of a SQLite database; ``host:port/database`` of a PostgreSQL server's (as
        its sentences name it); else the address, its password hidden."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        if self.engine.dialect.name == "postgresql":
            return postgres.server_name(self.engine.url)
        return self.url

    @property
    def login(self) -> str:
        """The server login of a PostgreSQL server's database; "" for a file."""
        if self.engine.dialect.name == "postgresql":
            return postgres.login_name(self.engine.url)
        return ""

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction and keeps loaded values.

        Raises :class:`DatabaseUnavailable` when a database server cannot be reached (or is
        lost meanwhile), :class:`~caseworker.errors.DatabaseLoginRefused` (a kind of it) when
        the server refuses the login, :class:`DatabaseForbidden` when the login's role may
        not read what was asked, :class:`DatabaseDamaged` for a damaged SQLite file."""
        try:
            with self._read_sessions() as session:
                yield session
        except SQLAlchemyDatabaseError as error:
            self._raise_if_damaged(error)
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action's unit of work: committed when the block ends, else rolled back.

        Raises :class:`DatabaseReadOnly` for a database refusing writes, :class:`DatabaseBusy`
        when another writer held the lock past the patience, :class:`DatabaseUnavailable` when
        a database server cannot be reached (nothing saved, unless it was lost during the
        commit: its sentence says so), :class:`~caseworker.errors.DatabaseLoginRefused` when
        the server refuses the login (its password changed meanwhile, say; nothing saved) and
        :class:`DatabaseForbidden` when the login's role may not make the change (nothing
        saved)."""
        if self.refuse_writes is not None:
            raise DatabaseReadOnly(self.refuse_writes)
        try:
            with self._write_sessions() as session, session.begin():
                yield session
        except DatabaseUnavailable as error:
            said = postgres.for_write(error)
            if said is error:
                raise
            raise said from error
        except SQLAlchemyDatabaseError as error:
            self._raise_if_damaged(error)
            if not isinstance(error, OperationalError):
                raise
            if _is_busy(error):
                raise DatabaseBusy(
                    translate(
                        "Database",
                        "The database is busy with another window or program. Nothing was "
                        "saved; try again in a moment.",
                    )
                ) from error
            if _disk_full(error):
                raise DatabaseError(
                    translate(
                        "Database",
                        "The disk holding the database is full. Nothing was saved; free some "
                        "space and try again.",
                    )
                ) from error
            raise

    @contextmanager
    def side_write(self) -> Iterator[Session]:
        """A small write outside the data's consistency (who has a case open): one short
        transaction of its own, committed when the block ends, else rolled back. It takes no
        team write lock and says nothing while it waits: a lock or a statement is waited for
        :data:`SIDE_WRITE_TIMEOUT_MS` at most (SQLite's own write lock, a row's lock on a
        server), then the write fails. Nothing in it is undone, audited or kept for the work
        list; it must not change the team's data.

        Raises :class:`DatabaseReadOnly` for a database refusing writes,
        :class:`DatabaseUnavailable` for a server that cannot be reached, is lost or took
        too long, :class:`DatabaseForbidden` for a role that may not make the change, and
        SQLAlchemy's OperationalError for a SQLite file another writer held too long."""
        if self.refuse_writes is not None:
            raise DatabaseReadOnly(self.refuse_writes)
        try:
            with self._side_sessions() as session, session.begin():
                yield session
        except SQLAlchemyDatabaseError as error:
            self._raise_if_damaged(error)
            raise

    def _raise_if_damaged(self, error: SQLAlchemyDatabaseError) -> None:
        """SQLite met a damaged page: say so, and refuse every write from now on."""
        path = sqlite_path(self.url)
        if path is not None and is_damage(error.orig, path, encrypted=self.encrypted):
            self.refuse_writes = damaged_message(path, readable=True)
            raise DatabaseDamaged(self.refuse_writes) from error

    def dispose(self) -> None:
        self.engine.dispose()


def read_only_refusal(location: str) -> str:
    return translate(
        "Database",
        "The database {location} is read-only (a read-only disk or file): it can be read, "
        "but nothing can be saved in it.",
    ).format(location=location)


def is_encrypted(engine: Engine) -> bool:
    """Whether the engine's connections are sqlcipher3's (an encrypted SQLite file)."""
    return engine.dialect.name == "sqlite" and getattr(
        engine.dialect.dbapi, "__name__", ""
    ).startswith("sqlcipher3")


def _opened_read_only(engine: Engine) -> bool:
    return bool(engine.get_execution_options().get(_READ_ONLY_OPTION))


def _disk_full(error: OperationalError) -> bool:
    original = error.orig
    if isinstance(original, cipher.driver_errors()):
        return (getattr(original, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_FULL
    return isinstance(original, OSError) and original.errno == errno.ENOSPC
