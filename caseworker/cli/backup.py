"""The command line's ``backup``, ``backups`` and ``restore``: verified backups of the
database, its keys file and its evidence vault in a folder the caseworker chooses."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from caseworker.backup.copy import Connect, connect_for
from caseworker.backup.errors import BackupError, BackupFolderMissing
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import COMMAND, Backup, database_backups, list_backups
from caseworker.backup.policy import ENV_VARIABLE, configured_folder
from caseworker.backup.restore import restore as restore_backup
from caseworker.cli.types import Cli
from caseworker.db import Database
from caseworker.db.engine import sqlite_path
from caseworker.i18n import translate

EXIT_OK = 0


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    folder_help = translate(
        "Cli",
        "the folder of the backups (default: ${variable}, else the folder chosen in Settings)",
    ).format(variable=ENV_VARIABLE)
    backup = commands_.add_parser(
        "backup",
        help=translate("Cli", "back up the database, its keys and its evidence; prints its path"),
    )
    backup.add_argument("--to", metavar="DIR", help=folder_help)
    backup.set_defaults(handler=make)
    backups = commands_.add_parser(
        "backups", help=translate("Cli", "list the backups with their dates and counts")
    )
    backups.add_argument("--to", metavar="DIR", help=folder_help)
    backups.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    backups.set_defaults(handler=listing)
    restore = commands_.add_parser(
        "restore",
        help=translate(
            "Cli",
            "put a backup in the place of the database; the current one is kept aside",
        ),
    )
    restore.add_argument(
        "backup",
        metavar="BACKUP",
        help=translate("Cli", "the backup's folder, or its name in the folder of the backups"),
    )
    restore.add_argument("--to", metavar="DIR", help=folder_help)
    restore.set_defaults(handler=restore_command)


def _database_file(database: Database) -> Path:
    path = sqlite_path(database.engine.url.render_as_string(hide_password=False))
    if path is None:
        raise BackupError(
            translate(
                "Cli", "Only a database file can be backed up here; this database is not a file."
            )
        )
    return path


def _root(database: Database, chosen: str | None, *, required: bool = True) -> Path | None:
    """This database's own backup folder inside the one chosen (see ``database_backups``)."""
    folder = _chosen(chosen, required=required)
    return None if folder is None else database_backups(folder, _database_file(database))


def _chosen(chosen: str | None, *, required: bool) -> Path | None:
    if chosen:
        return Path(chosen).expanduser()
    folder = configured_folder()
    if folder is None and required:
        raise BackupFolderMissing(
            translate(
                "Cli",
                "Where should the backups go? Give a folder with --to, or set {variable}, "
                "or choose one in Settings.",
            ).format(variable=ENV_VARIABLE)
        )
    return folder


def _date(backup: Backup) -> str:
    return backup.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")


def _summary(backup: Backup) -> str:
    counts = backup.manifest.counts
    return ", ".join(
        [
            Cli.tr("%n case(s)", None, counts.get("cases", 0)),
            Cli.tr("%n sought person(s)", None, counts.get("persons", 0)),
            Cli.tr("%n report(s)", None, counts.get("reports", 0)),
            Cli.tr("%n evidence file(s)", None, len(backup.manifest.vault)),
        ]
    )


def _connect(args: argparse.Namespace) -> Connect:
    """Connections keyed like the open database (its unlocked keys, when it is protected)."""
    keys = getattr(args, "keys", None)
    return connect_for(keys.database if keys is not None else None)


def make(database: Database, args: argparse.Namespace) -> int:
    """Prints the backup's folder; says so on stderr when nothing changed since it."""
    root = _root(database, args.to)
    assert root is not None
    result = make_backup(_database_file(database), root, connect=_connect(args), kind=COMMAND)
    if not result.made:
        print(
            translate(
                "Cli", "Nothing has changed since the backup of {date}; no new one was made."
            ).format(date=_date(result.backup)),
            file=sys.stderr,
        )
    print(result.backup.path)
    return EXIT_OK


def _json(backup: Backup) -> dict[str, Any]:
    manifest = backup.manifest
    return {
        "path": str(backup.path),
        "taken_at": backup.taken_at.isoformat(),
        "database_size": manifest.database_size,
        "counts": manifest.counts,
        "evidence_files": len(manifest.vault),
        "keys_file": manifest.keys_file is not None,
        "encrypted": manifest.encrypted,
    }


def listing(database: Database, args: argparse.Namespace) -> int:
    """Oldest first; nothing printed (and exit 0) when the folder holds none."""
    root = _root(database, args.to)
    assert root is not None
    backups = list_backups(root) if root.is_dir() else []
    if args.json:
        print(json.dumps([_json(backup) for backup in backups], ensure_ascii=False, indent=1))
        return EXIT_OK
    for backup in backups:
        print("\t".join([_date(backup), str(backup.path), _summary(backup)]))
    return EXIT_OK


def _backup_folder(database: Database, name: str, chosen: str | None) -> Path:
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    root = _root(database, chosen, required=False)
    if root is not None and (root / name).is_dir():
        return root / name
    return path  # restore says it is not a backup


def _connect_for_backup(folder: Path, args: argparse.Namespace) -> Connect:
    """Connections for a backup restored where no protected database is open (a new
    computer after a disk died, or a plain database): a protected backup's copy is opened
    with its own keys file, unlocked with the passphrase of ``args``; else plain ones.

    Raises PassphraseMissing when the backup is protected and no passphrase is given, and
    the keys' errors (WrongPassphrase, KeysFileDamaged, ...)."""
    from caseworker.backup.restore import describe
    from caseworker.cli.unlock import unlock_database

    try:
        backup = describe(folder)
    except BackupError:
        return connect_for(None)  # the restore says what is wrong with it
    if not backup.manifest.encrypted or backup.manifest.keys_file is None:
        return connect_for(None)
    return connect_for(unlock_database(backup.database_file, args).keys.database)


def restore_command(database: Database, args: argparse.Namespace) -> int:
    """Asks nothing; prints the backup restored, then what was kept aside, one per line."""
    target = _database_file(database)
    folder = _backup_folder(database, args.backup, args.to)
    connect = _connect(args) if args.keys is not None else _connect_for_backup(folder, args)
    database.dispose()  # the files are renamed: no connection of ours may hold them
    result = restore_backup(folder, target, connect=connect)
    if result.already:
        print(
            translate(
                "Cli",
                "{location} already holds the backup of {date} ({summary}); nothing was "
                "changed or kept aside.",
            ).format(location=target, date=_date(result.backup), summary=_summary(result.backup))
        )
        return EXIT_OK
    print(
        translate("Cli", "Restored the backup of {date} ({summary}) into {location}.").format(
            date=_date(result.backup), summary=_summary(result.backup), location=target
        )
    )
    if result.kept_aside:
        print(translate("Cli", "Kept aside:"))
        for path in result.kept_aside:
            print(f"  {path}")
    return EXIT_OK
