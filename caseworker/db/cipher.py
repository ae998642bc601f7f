"""Opening a database file, plain or encrypted with SQLCipher, as a DB-API connection.

Everything that opens the file itself (the version check before migrating, the backup before
an upgrade, the engine's connections to an encrypted file) goes through :func:`connect`: with
no key it is the standard ``sqlite3`` module, with a key ``sqlcipher3``, whose first statement
on the connection is ``PRAGMA key = "x'<64 hex digits>'"`` (a raw 32-byte key: no key
derivation on open; SQLCipher 4's defaults otherwise). ``sqlcipher3`` is imported only when a
key is given, so a plain database never loads it.

The two drivers raise their own classes of error; :func:`driver_errors` names both (the
second only once ``sqlcipher3`` is loaded: before that, none of its errors can exist).
"""

from __future__ import annotations

import importlib
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any, cast

from caseworker.db.damage import SQLITE_HEADER
from caseworker.errors import DatabaseError
from caseworker.i18n import translate

#: The length of a raw SQLCipher key (AES-256).
KEY_BYTES = 32
_MODULE = "sqlcipher3"
#: The page sizes SQLCipher can use; an encrypted file is a whole number of pages.
_SMALLEST_PAGE = 512


class WrongDatabaseKey(DatabaseError):
    """The key does not open the file: a wrong passphrase, or not a Caseworker database."""


class DatabaseProtected(DatabaseError):
    """An encrypted database was opened without its key."""


class DatabaseNotProtected(DatabaseError):
    """A key was given for a database that is not encrypted."""


def cipher_module() -> Any:
    """``sqlcipher3`` (the DB-API module), imported on first use."""
    return importlib.import_module(_MODULE)


def driver_errors(kind: str = "Error") -> tuple[type[Exception], ...]:
    """The DB-API error class ``kind`` ("Error", "DatabaseError", "OperationalError"...) of
    ``sqlite3`` and, once loaded, of ``sqlcipher3``: for ``except driver_errors(...)``."""
    classes: list[type[Exception]] = [getattr(sqlite3, kind)]
    module = sys.modules.get(_MODULE)
    if module is not None:
        classes.append(getattr(module, kind))
    return tuple(classes)


def key_literal(key: bytes) -> str:
    """``x'<64 hex digits>'``: how SQLCipher is given ``key`` as a raw key (no derivation).

    Raises ValueError for a key that is not 32 bytes (a mistake of the caller).
    """
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} bytes")
    return f"x'{key.hex()}'"


def key_statement(key: bytes) -> str:
    """The ``PRAGMA key`` statement giving SQLCipher ``key`` as a raw key (ValueError for a
    key that is not 32 bytes)."""
    return f'PRAGMA key = "{key_literal(key)}"'


def connect(
    target: str | Path,
    key: bytes | None = None,
    *,
    uri: bool = False,
    check_same_thread: bool = True,
    verify: bool = True,
) -> sqlite3.Connection:
    """A DB-API connection to ``target`` (a path, or a ``file:`` URI with ``uri``), with
    ``key`` given to SQLCipher before anything else when there is one.

    With ``verify`` (and a key), the schema is read at once, so that a wrong key fails here,
    raising :class:`WrongDatabaseKey`; other failures raise the driver's errors (see
    :func:`driver_errors`). sqlcipher3's connection has the interface of ``sqlite3``'s, and
    is typed as one.
    """
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=check_same_thread)
    statement = key_statement(key)
    module = cipher_module()
    connection = module.connect(str(target), uri=uri, check_same_thread=check_same_thread)
    try:
        connection.execute(statement)
        # SQLCipher writes its own complaints (a wrong key...) to standard error otherwise.
        connection.execute("PRAGMA cipher_log_level = NONE")
        if verify:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as error:
        connection.close()
        if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_NOTADB:
            raise wrong_key() from None  # the statement with the key stays out of the chain
        raise
    except BaseException:
        connection.close()
        raise
    return cast(sqlite3.Connection, connection)


def wrong_key() -> WrongDatabaseKey:
    return WrongDatabaseKey(
        translate(
            "Database",
            "The database could not be opened with this key: the passphrase is not right, "
            "or the file is damaged or is not a Caseworker database. Nothing was changed.",
        )
    )


def protected(path: Path) -> DatabaseProtected:
    """The refusal of a file that does not begin as SQLite's (see :func:`looks_encrypted`),
    opened without a key. With its keys file beside it, it is protected: the passphrase opens
    it. Without one, the beginning alone cannot tell an encrypted file from a plain one
    whose first page is damaged: the sentence says both, and names the keys file."""
    keys = keys_file_of(path)
    if keys.exists():
        return DatabaseProtected(
            translate(
                "Database",
                "The database {location} is protected with a passphrase; enter the passphrase "
                "to open it. Nothing was changed.",
            ).format(location=path)
        )
    return DatabaseProtected(
        translate(
            "Database",
            "The database {location} cannot be read: either it is damaged, or it is protected "
            "with a passphrase and its keys file {keys} is missing beside it (put it back from "
            "a backup). Nothing was changed.",
        ).format(location=path, keys=keys)
    )


def not_protected(path: Path) -> DatabaseNotProtected:
    return DatabaseNotProtected(
        translate(
            "Database",
            "The database {location} is not protected with a passphrase, but a passphrase "
            "was given for it; it has been left untouched.",
        ).format(location=path)
    )


def keys_file_of(path: Path) -> Path:
    """The keys file beside the database ``path``: ``<file name>.keys``."""
    return path.with_name(path.name + ".keys")


def looks_encrypted(path: Path) -> bool:
    """Whether ``path``, a file without SQLite's header, may be an encrypted database: its
    keys file is beside it, or it is a whole number of pages (at least one). A plain database
    whose header is damaged is a whole number of pages too (see :func:`protected`)."""
    if keys_file_of(path).exists():
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except OSError:
        return False
    return header != SQLITE_HEADER and size >= _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0


def is_cipher_connection(dbapi_connection: object) -> bool:
    """Whether a DB-API connection is sqlcipher3's (an encrypted database)."""
    return type(dbapi_connection).__module__.startswith(_MODULE)


#: How many times SQLCipher's check reads the file before a failing page counts as damaged.
CHECK_PASSES = 3


def cipher_problems(dbapi_connection: Any) -> list[str]:
    """SQLCipher's own check of every page's HMAC (finds a single flipped bit): the pages
    that fail, in SQLCipher's words; [] when all are sound.

    SQLCipher reads the main file only, not the WAL, while other connections may be
    checkpointing into it:

    - a checkpoint first makes the file as long as the newest database, then copies in the
      pages every reader's snapshot allows: while a reader (this check's own transaction, or
      another window's) holds an older snapshot, the pages not yet copied are holes of zeros,
      their content still in the WAL. Such a page is not damage and is left out; SQLite's own
      check, which reads through the WAL, still reads every page in use;
    - a page read while a checkpoint writes it fails once. So a failing page counts only if
      it fails in each of :data:`CHECK_PASSES` readings; damage on the disk fails every time.

    Raises the driver's errors.
    """
    rows = _failing_rows(dbapi_connection)
    for _ in range(CHECK_PASSES - 1):
        if not rows:
            break
        again = set(_failing_rows(dbapi_connection))
        rows = [row for row in rows if row in again]
    return rows


def _failing_rows(dbapi_connection: Any) -> list[str]:
    """One reading of SQLCipher's check, the holes left out (see :func:`cipher_problems`)."""
    rows = [str(row[0]) for row in dbapi_connection.execute("PRAGMA cipher_integrity_check")]
    if not rows:
        return rows
    holes = _unwritten_pages(dbapi_connection, rows)
    return [row for row in rows if _page_named(row) not in holes]


_PAGE_NAMED = re.compile(r"\bpage (\d+)\s*$")


def _page_named(row: str) -> int | None:
    """The page a row of SQLCipher's check is about ("... for page 12"), else None."""
    found = _PAGE_NAMED.search(row)
    return int(found.group(1)) if found else None


def _unwritten_pages(dbapi_connection: Any, rows: list[str]) -> set[int]:
    """Of the pages ``rows`` name, those that are all zeros in the main file (holes a
    checkpoint left, see :func:`cipher_problems`); an empty set for a database in memory or
    a file that cannot be read again."""
    pages = {page for page in map(_page_named, rows) if page is not None}
    listed = dbapi_connection.execute("PRAGMA database_list").fetchall()
    location = next((str(row[2]) for row in listed if row[1] == "main"), "")
    [(size,)] = dbapi_connection.execute("PRAGMA cipher_page_size").fetchall()
    if not pages or not location or int(size) <= 0:
        return set()
    size = int(size)
    holes: set[int] = set()
    try:
        with open(location, "rb") as handle:
            for page in sorted(pages):
                handle.seek((page - 1) * size)
                content = handle.read(size)
                if len(content) == size and not content.strip(b"\0"):
                    holes.add(page)
    except OSError:
        return set()
    return holes
