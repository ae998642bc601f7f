"""When to back up automatically: after changes and at exit, at most one backup an hour.

:func:`backup_due` is the rule; :func:`backup_if_due` applies it to a backup root (the time of
its newest backup) and makes the backup when due. The window calls it after its writes and at
exit, with whether anything was written since the last backup.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseworker.backup.copy import Connect, connect_plain
from caseworker.backup.make import BackupResult, make_backup
from caseworker.backup.manifest import AUTOMATIC, list_backups

ENV_VARIABLE = "CASEWORKER_BACKUP_DIR"
SETTINGS_SECTION = "backup"
SETTINGS_KEY = "folder"
MOST_OFTEN = timedelta(hours=1)


def backup_due(last_backup_at: datetime | None, now: datetime, changed_since: bool) -> bool:
    """Whether to back up now: something changed since the last backup, and that backup is
    an hour old or more (or there is none, or the clock has gone back past it)."""
    if not changed_since:
        return False
    if last_backup_at is None:
        return True
    age = now - last_backup_at
    return age >= MOST_OFTEN or age < timedelta(0)


def last_backup_at(root: Path) -> datetime | None:
    """The time of the newest complete backup under ``root``; None when there is none (or
    the folder cannot be read)."""
    try:
        backups = list_backups(root)
    except OSError:
        return None
    return backups[-1].taken_at if backups else None


def backup_if_due(
    database_file: Path,
    root: Path,
    changed_since: bool,
    *,
    now: datetime | None = None,
    connect: Connect = connect_plain,
) -> BackupResult | None:
    """Back up when :func:`backup_due` says so; None when it is not due.

    Raises BackupError as :func:`~caseworker.backup.make.make_backup` does."""
    moment = now or datetime.now(UTC)
    if not backup_due(last_backup_at(root), moment, changed_since):
        return None
    return make_backup(database_file, root, connect=connect, now=moment, kind=AUTOMATIC)


def configured_folder(environ: Mapping[str, str] | None = None) -> Path | None:
    """The backup folder from ``$CASEWORKER_BACKUP_DIR``, else Settings (``backup/folder``);
    None when neither is set."""
    from caseworker.preferences import preference

    environment = os.environ if environ is None else environ
    chosen = environment.get(ENV_VARIABLE) or preference(
        environment, SETTINGS_SECTION, SETTINGS_KEY
    )
    return Path(chosen).expanduser() if chosen else None
