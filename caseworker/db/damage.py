"""Damaged databases: the sentence that says so and points to the backups beside the file."""

from __future__ import annotations

import glob
import sqlite3
from datetime import date
from pathlib import Path

from caseworker.i18n import translate

#: SQLite's result codes for a file whose content is damaged.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_damage(error: BaseException | None) -> bool:
    """Whether ``error`` (a sqlite3 error, or None) says the file's content is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in DAMAGE_CODES
    )


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
