"""The backups' errors: each carries a sentence for the caseworker."""

from __future__ import annotations

from caseworker.errors import CaseworkerError


class BackupError(CaseworkerError):
    """A backup cannot be made, listed or restored; nothing was changed."""


class BackupFolderMissing(BackupError):
    """No folder for the backups was given, set in Settings or in the environment."""


class BackupDamaged(BackupError):
    """A backup fails verification: it is never restored and never counted as made."""


class BackupFolderUnreachable(BackupError):
    """The folder chosen for the backups is not there (a disk not connected, a share not
    mounted): nothing is made in its place, on whatever disk holds its parent now."""


class DatabaseInUse(BackupError):
    """Another program has the database open: a restore would pull it from under it."""
