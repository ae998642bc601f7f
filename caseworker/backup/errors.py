"""The backups' errors: each carries a sentence for the caseworker."""

from __future__ import annotations

from caseworker.errors import CaseworkerError


class BackupError(CaseworkerError):
    """A backup cannot be made, listed or restored; nothing was changed."""


class BackupFolderMissing(BackupError):
    """No folder for the backups was given, set in Settings or in the environment."""


class BackupDamaged(BackupError):
    """A backup fails verification: it is never restored and never counted as made."""
