"""Copy a database in one step of SQLite's online backup, and verify the copy.

The copy is made in ONE step (``backup(target, pages=-1)``) inside the same read transaction
as the row counts: the counts then describe exactly the copied snapshot, and a writer in
another process cannot make the copy restart (a step-by-step copy starts again after every
write by another connection, so under a steady writer it may never finish). In WAL mode the
writer is not held up either; it appends to the WAL while the copy reads its snapshot.

The functions take open DB-API connections (``sqlite3`` or ``sqlcipher3``): an encrypted
database is copied the same way between two connections keyed alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from caseworker.backup.errors import BackupDamaged, BackupError
from caseworker.i18n import translate

#: A DB-API connection of ``sqlite3`` or ``sqlcipher3`` (both have ``backup``).
Connection = Any
#: Opens a database file: ``connect(path, read_only)``; an encrypted one keyed before return.
Connect = Callable[[Path, bool], Connection]
BUSY_TIMEOUT_MS = 30_000
#: The verification's page cache: the integrity check reads index pages again and again, and
#: an encrypted page is decrypted at each read from the disk (100,000 cases: 33 s with
#: SQLite's 2 MiB, 12 s with 64 MiB).
VERIFY_CACHE_KIB = 64 * 1024


def connect_plain(path: Path, read_only: bool) -> sqlite3.Connection:
    """A plain SQLite connection in autocommit mode (transactions are begun explicitly).

    Raises BackupError for a file that is not plain SQLite (an encrypted one needs
    :func:`connect_keyed`), sqlite3.Error when the file cannot be opened or is damaged.

    The file is first read through SQLite itself, never with ``open()``: the window backs up
    its own database, and closing any descriptor of a file drops every POSIX lock the process
    holds on it, its connections' too (SQLite keeps its own descriptors open while a
    connection of the same library holds a lock). Only a file SQLite cannot read is looked
    at directly, to tell an encrypted one."""
    from caseworker.db import cipher

    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = cipher.connect(uri, None, uri=True)
    else:
        connection = cipher.connect(path, None)
    connection.isolation_level = None
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # reads the first page
    except sqlite3.DatabaseError as error:
        connection.close()
        code = getattr(error, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_NOTADB and not is_plain_sqlite(path):
            raise BackupError(
                translate(
                    "Backup",
                    "The database {location} is encrypted; it can be backed up only with its key.",
                ).format(location=path)
            ) from error
        raise
    return connection


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's header (an encrypted file does not); True when
    it cannot be read (sqlite3 then says what is wrong with it)."""
    from caseworker.db.damage import SQLITE_HEADER

    try:
        with path.open("rb") as reader:
            return reader.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return True


def connect_for(key: bytes | None) -> Connect:
    """:func:`connect_keyed` for an encrypted database's raw key, :func:`connect_plain`
    for None."""
    return connect_plain if key is None else connect_keyed(key)


def connect_keyed(key: bytes) -> Connect:
    """A ``Connect`` for a SQLCipher database and its copies, all keyed with the raw ``key``
    (SQLite's backup works between two connections keyed alike).

    Its connections raise WrongDatabaseKey (caseworker.db.cipher) for a wrong key, sqlcipher3's
    errors otherwise."""

    def connect(path: Path, read_only: bool) -> Connection:
        from caseworker.db import cipher

        if read_only:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            connection = cipher.connect(uri, key, uri=True)
        else:
            connection = cipher.connect(path, key, verify=path.exists())
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return connection

    return connect


def table_names(connection: Connection) -> list[str]:
    """The ordinary tables (not SQLite's own, not virtual ones; their shadow tables count)."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ).fetchall()
    return [str(row[0]) for row in rows]


def count_rows(connection: Connection) -> dict[str, int]:
    """Rows per table, as the connection's current transaction sees them."""
    counts: dict[str, int] = {}
    for name in table_names(connection):
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts


def copy_database(source: Connection, target: Connection) -> dict[str, int]:
    """Copy ``source`` into ``target`` in one step; return the rows per table of the copy.

    ``source`` must be in autocommit mode (``isolation_level = None``) with no transaction
    open; ``target`` a new, empty database. The copy is left in rollback-journal mode, one
    self-contained file. Raises the DB-API's Error when reading or writing fails.
    """
    source.execute("BEGIN")
    try:
        counts = count_rows(source)  # this read starts the snapshot the copy then reads
        source.backup(target, pages=-1)
    finally:
        source.execute("ROLLBACK")
    target.execute("PRAGMA journal_mode = DELETE")
    return counts


def verify_copy(path: Path, counts: Mapping[str, int], connect: Connect) -> None:
    """Open the copy, run SQLite's integrity check and compare the rows per table.

    Raises BackupDamaged with a sentence when any of it fails (and the ``connect``'s own
    error, such as WrongDatabaseKey, when the copy cannot be opened with its key)."""
    try:
        connection = connect(path, True)
        try:
            connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
            problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            found = count_rows(connection)
        finally:
            connection.close()
    except Exception as error:
        if is_database_error(error):
            raise _damaged(path, str(error)) from error
        raise
    if problems != ["ok"]:
        raise _damaged(path, "; ".join(problems[:3]))
    if found != dict(counts):
        different = sorted(
            name for name in set(found) | set(counts) if found.get(name) != counts.get(name)
        )
        raise _damaged(
            path,
            translate("Backup", "the rows of {tables} differ from those copied").format(
                tables=", ".join(different[:5])
            ),
        )


def is_database_error(error: BaseException) -> bool:
    """Whether ``error`` is a DB-API error of ``sqlite3`` or ``sqlcipher3`` (whose classes are
    not sqlite3's own)."""
    if isinstance(error, sqlite3.Error):
        return True
    return any(
        kind.__name__ == "Error" and kind.__module__.startswith("sqlcipher3")
        for kind in type(error).__mro__
    )


def _damaged(path: Path, reason: str) -> BackupDamaged:
    return BackupDamaged(
        translate("Backup", "The backup copy {location} fails verification: {reason}").format(
            location=path, reason=reason
        )
    )
