"""Errors of the evidence vault, each with a sentence a caseworker understands."""

from __future__ import annotations

from caseworker.errors import CaseworkerError


class EvidenceError(CaseworkerError):
    """A file could not be taken into, or given out of, the evidence vault."""


class FileUnreadable(EvidenceError):
    """The file to add is missing, vanished while being read, or may not be read."""


class FileChanged(EvidenceError):
    """The file grew, shrank, was rewritten or replaced while it was being copied."""


class NotAFile(EvidenceError):
    """A folder (or a device, a pipe) was given where a file was expected."""


class EmptyFile(EvidenceError):
    """A zero-byte file: almost always an interrupted download or copy."""


class NotEnoughSpace(EvidenceError):
    """The disk holding the vault (or an export folder) has too little free space."""


class VaultNotWritable(EvidenceError):
    """The evidence folder cannot be created or written to."""


class PurgedFilesKept(VaultNotWritable):
    """A purge was saved (its items are deleted), but files it left unreferenced stay in the
    evidence folder: they could not be deleted, or the server could not be asked whether a
    colleague refers to them again."""


class VaultNotConfigured(EvidenceError):
    """The database is not a file, and no evidence folder was configured for it."""


class VaultNotReachable(VaultNotConfigured):
    """The team's evidence folder is configured but cannot be used here: missing (a shared
    folder not mounted), not a folder, or not readable and writable. Like a folder not
    configured, it stops evidence only; everything else works."""


class CopyCancelled(EvidenceError):
    """The caseworker cancelled a copy; nothing was stored."""


class StoredFileDamaged(EvidenceError):
    """A file in the vault is missing or no longer has the SHA-256 it was stored under."""


class ExportFolderNotEmpty(EvidenceError):
    """An export goes into a new or empty folder, so that its manifest lists all it holds."""


class StoredFilePurged(EvidenceError):
    """The file stored for an addition left the vault before the addition was recorded (a
    colleague purged the same content meanwhile); nothing was recorded."""
