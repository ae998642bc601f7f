"""An encrypted copy of a plain database, verified before it is named (not yet the swap).

SQLCipher's ``sqlcipher_export`` copies the plain file's schema and rows into a new file
attached with the key, inside one read transaction of the plain file (a snapshot, whoever
writes meanwhile); the schema's ``user_version`` follows. The copy is written under a
temporary name beside its destination and verified: it opens with the key, SQLCipher's
and SQLite's integrity checks pass, and every table holds as many rows as in the plain
file (counted in the same snapshot). Only then is it renamed into place; the plain file is
never changed.

The plain database must not be open in this process meanwhile (dispose of its engine
first): ``sqlcipher3`` bundles its own SQLite, and two SQLite libraries in one process do not
see each other's locks on a file (closing one's connection drops the other's locks, and may
checkpoint the WAL under it). Other processes may keep it open; their locks hold.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseworker.db import cipher
from caseworker.db.engine import BUSY_TIMEOUT_MS
from caseworker.errors import DatabaseError
from caseworker.i18n import translate

#: The tables whose rows are counted before and after: the ordinary ones, the search index's
#: own (shadow) tables among them; not the virtual tables over them, whose rows are those of
#: other tables (counting the index's vocabulary reads the whole index: 21 million rows).
_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
    "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'"
)


@dataclass(frozen=True, slots=True)
class EncryptedCopy:
    """A verified encrypted copy: where it is, and the rows of each table it holds."""

    path: Path
    rows: dict[str, int]


def encrypt_database(plain_path: Path, encrypted_path: Path, key: bytes) -> EncryptedCopy:
    """Write an encrypted, verified copy of the plain database ``plain_path`` to
    ``encrypted_path`` (which must not exist), encrypted with the raw ``key``.

    The plain database must not be open in this process (see the module's note).
    Raises :class:`DatabaseError` with a sentence when the copy cannot be written or fails
    verification (nothing is left behind), or when ``encrypted_path`` exists; ValueError for
    a key that is not 32 bytes. The plain database is left as it was.
    """
    literal = cipher.key_literal(key)  # ValueError before anything is written
    if encrypted_path.exists() or encrypted_path.is_symlink():
        raise _failed(encrypted_path, translate("Database", "a file of that name exists already"))
    failures: tuple[type[Exception], ...] = (OSError, *cipher.driver_errors())
    partial: Path | None = None
    try:
        # An empty file is a new database to SQLCipher; the name is ours until renamed.
        handle, name = tempfile.mkstemp(
            prefix=f"{encrypted_path.name}.", suffix=".partial", dir=encrypted_path.parent
        )
        os.close(handle)
        partial = Path(name)
        expected = _export(plain_path, partial, literal)
        failure = _verify(partial, key, expected)
        if failure is not None:
            raise _failed(encrypted_path, failure)
        os.replace(partial, encrypted_path)
    except failures as error:
        raise _failed(encrypted_path, getattr(error, "strerror", None) or str(error)) from error
    finally:
        if partial is not None:
            for leftover in (partial, *_beside(partial)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    return EncryptedCopy(encrypted_path, expected)


def _export(plain_path: Path, target: Path, literal: str) -> dict[str, int]:
    """Copy ``plain_path`` into the new encrypted ``target`` (given the raw key ``literal``);
    the plain file's row counts, in the snapshot copied."""
    source = cipher.cipher_module().connect(
        f"{plain_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    try:
        source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        destination = f"{target.resolve().as_uri()}?mode=rwc"
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (destination, literal))
        try:
            source.execute("BEGIN")
            try:
                rows = _row_counts(source, "main")
                source.execute("SELECT sqlcipher_export('encrypted')")
                version = source.execute("PRAGMA main.user_version").fetchone()[0]
                source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
                source.execute("COMMIT")
            except BaseException:
                source.execute("ROLLBACK")
                raise
        finally:
            source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    return rows


def _row_counts(connection: Any, schema: str) -> dict[str, int]:
    """Every table's rows in the attached database ``schema`` ("main" for the file itself)."""
    listing = _TABLES.replace("sqlite_master", f"{schema}.sqlite_master")
    names = sorted(row[0] for row in connection.execute(listing))
    return {
        name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def _verify(path: Path, key: bytes, expected: dict[str, int]) -> str | None:
    """Why the copy at ``path`` is not sound, or None: it must open with ``key``, pass
    SQLCipher's and SQLite's integrity checks, and hold ``expected``'s rows.

    Raises the driver's errors (a copy that cannot be read).
    """
    connection = cipher.connect(path, key)
    try:
        pages = cipher.cipher_problems(connection)
        checked = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        found = _row_counts(connection, "main")
    finally:
        connection.close()
    if pages or checked != ["ok"]:
        return "; ".join([*pages, *checked])
    if found != expected:
        differ = {name for name, _count in set(found.items()) ^ set(expected.items())}
        return translate("Database", "the rows of {tables} differ from the database's").format(
            tables=", ".join(sorted(differ))
        )
    return None


def _beside(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _failed(path: Path, reason: str) -> DatabaseError:
    return DatabaseError(
        translate(
            "Database",
            "The encrypted copy {location} could not be made ({reason}); the database was "
            "left as it was.",
        ).format(location=path, reason=reason)
    )
