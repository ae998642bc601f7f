"""What the backups folder of a database holds, as the window lists it: each complete backup,
and each folder named like one that cannot be read, with a sentence saying why (shown, never
hidden, and never restored).

Only what is quick to check is checked here: the manifest, and that the database copy is
there with its size. The restore verifies the rest (hashes, integrity, rows, vault files).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseworker.backup.errors import BackupDamaged
from caseworker.backup.manifest import Backup, is_backup_name, read_backup
from caseworker.i18n import translate


@dataclass(frozen=True)
class Unreadable:
    """A folder named like a backup that cannot be restored, and why (a sentence)."""

    path: Path
    reason: str

    @property
    def taken_at(self) -> datetime | None:
        """The time its folder's name gives (None when the name cannot be read as one)."""
        try:
            return datetime.strptime(self.path.name[:20], "%Y-%m-%dT%H-%M-%SZ").replace(tzinfo=UTC)
        except ValueError:
            return None


Listed = Backup | Unreadable


def _check(folder: Path) -> Listed:
    try:
        backup = read_backup(folder)
    except BackupDamaged:  # its sentence names the folder: the list shows it already
        return Unreadable(
            folder,
            translate(
                "Backup",
                "The description of this backup (manifest.json) cannot be read: it is damaged, "
                "or the folder is not a Caseworker backup.",
            ),
        )
    try:
        size = backup.database_file.stat().st_size
    except OSError:
        size = -1
    if size != backup.manifest.database_size:
        return Unreadable(
            folder,
            translate("Backup", "The database copy of this backup is missing or incomplete."),
        )
    return backup


def survey(root: Path) -> list[Listed]:
    """The backups and unreadable backup folders under ``root``, newest first (by their
    folders' names, which are their UTC times); none when ``root`` does not exist.

    Raises OSError when ``root`` exists but cannot be read."""
    if not root.is_dir():
        return []
    with os.scandir(root) as entries:
        names = [
            entry.name
            for entry in entries
            if entry.is_dir(follow_symlinks=False) and is_backup_name(entry.name)
        ]
    return [_check(root / name) for name in sorted(names, reverse=True)]
