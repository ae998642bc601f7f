"""Damaged databases: the sentence that says so and points to the backups beside the file."""

from __future__ import annotations

import glob
import sqlite3
from datetime import date
from pathlib import Path

from caseworker.i18n import translate

#: SQLite's result codes for a file whose content is damaged.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


SQLITE_HEADER = b"SQLite format 3\x00"


def is_damage(error: BaseException | None, path: Path, *, encrypted: bool = False) -> bool:
    """Whether ``error`` (a sqlite3 or sqlcipher3 error, or None) says that ``path``, a SQLite
    database by its header or an ``encrypted`` one already opened with its key, has damaged
    content (a file that never was one is not called damaged)."""
    code = getattr(error, "sqlite_errorcode", None)
    if not _is_database_error(error) or code is None:
        return False
    if code & 0xFF == sqlite3.SQLITE_CORRUPT:
        return True
    return code & 0xFF == sqlite3.SQLITE_NOTADB and (encrypted or has_sqlite_header(path))


def _is_database_error(error: BaseException | None) -> bool:
    """A DatabaseError of sqlite3, or of sqlcipher3 (not imported here: its class's name)."""
    return isinstance(error, sqlite3.DatabaseError) or any(
        cls.__module__.startswith("sqlcipher3") and cls.__name__ == "DatabaseError"
        for cls in type(error).__mro__
    )


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def backups_of(path: Path) -> list[Path]:
    """The backups made beside ``path`` before upgrades, the newest first."""
    found = [Path(p) for p in glob.glob(f"{glob.escape(str(path))}.before-*.bak")]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def damaged_message(path: Path, *, readable: bool) -> str:
    backups = backups_of(path)
    if not backups:
        if readable:
            text = translate(
                "Database",
                "The database {location} is damaged: what is left can be read, but nothing "
                "can be saved in it, and there is no backup beside it; restore your own copy.",
            )
        else:
            text = translate(
                "Database",
                "The database {location} is damaged and cannot be opened (it was left "
                "untouched), and there is no backup beside it; restore your own copy.",
            )
        return text.format(location=path)
    if readable:
        text = translate(
            "Database",
            "The database {location} is damaged: what is left can be read, but nothing can be "
            "saved in it; the newest backup beside it is “{backup}” of {day}, open a copy of it.",
        )
    else:
        text = translate(
            "Database",
            "The database {location} is damaged and cannot be opened (it was left untouched); "
            "the newest backup beside it is “{backup}” of {day}, open a copy of it.",
        )
    newest = backups[0]
    day = date.fromtimestamp(newest.stat().st_mtime).isoformat()
    return text.format(location=path, backup=newest.name, day=day)
