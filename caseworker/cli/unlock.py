"""Opening the database from the command line, plain or protected with a passphrase.

A protected database has its keys file beside it (``cases.sqlite.keys``). Its passphrase is
the first line of a file named by ``--passphrase-file FILE``, else by
``$CASEWORKER_PASSPHRASE_FILE``: never an argument, which would show in the list of processes
and in the shell's history. The passphrase unlocks the keys file; the database is opened with
the key derived from it.

- A protected database without a passphrase, or with a wrong one, is refused with a sentence
  and nothing is changed.
- A plain database given a passphrase is opened as ever, with a note on stderr that it is not
  protected: the passphrase file is then not read at all (a script that sets the variable for
  every database keeps working on a plain test database).

The keys library (and ``cryptography``) is imported only for a protected database.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.db import Database, cipher, open_database, resolve_url
from caseworker.db.engine import sqlite_path
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate

if TYPE_CHECKING:
    from caseworker.security import Unlocked

#: The environment variable naming the passphrase file when ``--passphrase-file`` is not given.
ENV_VARIABLE = "CASEWORKER_PASSPHRASE_FILE"
#: Longer first lines are cut here: no passphrase is this long, and a wrong file is not read whole.
_LONGEST_LINE = 4096


class PassphraseMissing(CaseworkerError):
    """A protected database and no passphrase file."""


def read_secret_file(name: str, *, empty: str, unreadable: str) -> str:
    """The first line of the file ``name`` without its line end (spaces are kept).

    ``empty`` and ``unreadable`` are the sentences (with ``{path}``, and ``{reason}`` for the
    second) for a file whose first line is empty and one that cannot be read or is not text.
    Raises :class:`CaseworkerError` with one of them; never says what the file holds.
    """
    path = Path(name).expanduser()
    try:
        with path.open(encoding="utf-8-sig") as stream:
            line = stream.readline(_LONGEST_LINE)
    except OSError as error:
        raise CaseworkerError(
            unreadable.format(path=path, reason=error.strerror or type(error).__name__)
        ) from None
    except UnicodeDecodeError:
        reason = translate("Cli", "it is not text in UTF-8")
        raise CaseworkerError(unreadable.format(path=path, reason=reason)) from None
    secret = line.rstrip("\r\n")
    if not secret:
        raise CaseworkerError(empty.format(path=path))
    return secret


def read_passphrase_file(name: str) -> str:
    """The passphrase on the first line of the file ``name``; raises CaseworkerError."""
    return read_secret_file(
        name,
        empty=translate(
            "Cli", "The passphrase file “{path}” is empty: its first line is the passphrase."
        ),
        unreadable=translate("Cli", "The passphrase file “{path}” cannot be read: {reason}"),
    )


def passphrase_file_named(args: argparse.Namespace) -> str | None:
    """The passphrase file: ``--passphrase-file``, else ``$CASEWORKER_PASSPHRASE_FILE``."""
    named: str | None = getattr(args, "passphrase_file", None)
    return named or os.environ.get(ENV_VARIABLE) or None


def _shown(db: str | None) -> str:
    """A database address as it may be shown: its password, if any, hidden."""
    from sqlalchemy.engine import make_url

    return make_url(resolve_url(db)).render_as_string(hide_password=True)


def database_file(args: argparse.Namespace) -> Path | None:
    """The database file ``--db`` (or ``$CASEWORKER_DB``, or the default) names; None for an
    address that is not a SQLite file."""
    return sqlite_path(resolve_url(args.db))


def is_protected(path: Path | None) -> bool:
    """Whether the database file has a keys file beside it."""
    return path is not None and cipher.keys_file_of(path).is_file()


def unlock_database(path: Path, args: argparse.Namespace) -> Unlocked:
    """The protected database's keys, unlocked with the passphrase of ``args``.

    Raises PassphraseMissing when no passphrase file is named, CaseworkerError when it cannot
    be read, and the keys library's errors (WrongPassphrase, KeysFileDamaged, ...).
    """
    from caseworker.security import unlock

    named = passphrase_file_named(args)
    if named is None:
        raise PassphraseMissing(
            translate(
                "Cli",
                "The database {location} is protected with a passphrase; give the file that "
                "holds it with --passphrase-file FILE or ${variable} (the passphrase on the "
                "file's first line). Nothing was changed.",
            ).format(location=path, variable=ENV_VARIABLE)
        )
    return unlock(path, read_passphrase_file(named))


def open_for(args: argparse.Namespace) -> Database:
    """The database of ``args`` (``--db``), unlocked first when it is protected.

    Sets ``args.keys``: the unlocked :class:`~caseworker.security.DerivedKeys` (their repr
    hides them), or None for a plain database, for a command that opens the file itself
    (a backup: ``connect_for(args.keys.database)``) or, later, the encrypted vault.

    Raises what :func:`unlock_database` and :func:`caseworker.db.open_database` raise; a file
    that looks encrypted without a keys file beside it raises DatabaseProtected, naming the
    missing keys file.
    """
    path = database_file(args)
    args.keys = None
    if is_protected(path):
        assert path is not None
        unlocked = unlock_database(path, args)
        database = open_database(args.db, keys=unlocked.keys)
        args.keys = unlocked.keys
        return database
    if passphrase_file_named(args) is not None:
        print(
            translate(
                "Cli",
                "Note: the database {location} is not protected with a passphrase; the "
                "passphrase file was not used.",
            ).format(location=path if path is not None else _shown(args.db)),
            file=sys.stderr,
        )
    # A file that looks encrypted but has no keys file beside it raises DatabaseProtected,
    # saying it is damaged or its keys file is missing (the header cannot tell which).
    return open_database(args.db)
