"""The evidence vault: files kept unchanged under their SHA-256, and checked."""

from caseworker.vault.errors import (
    CopyCancelled,
    EmptyFile,
    EvidenceError,
    ExportFolderNotEmpty,
    FileChanged,
    FileUnreadable,
    NotAFile,
    NotEnoughSpace,
    PurgedFilesKept,
    StoredFileDamaged,
    StoredFilePurged,
    VaultNotConfigured,
    VaultNotReachable,
    VaultNotWritable,
)
from caseworker.vault.sniff import detect_media_type, media_kind
from caseworker.vault.store import EvidenceVault, StoredFile

__all__ = [
    "CopyCancelled",
    "EmptyFile",
    "EvidenceError",
    "EvidenceVault",
    "ExportFolderNotEmpty",
    "FileChanged",
    "FileUnreadable",
    "NotAFile",
    "NotEnoughSpace",
    "PurgedFilesKept",
    "StoredFile",
    "StoredFileDamaged",
    "StoredFilePurged",
    "VaultNotConfigured",
    "VaultNotReachable",
    "VaultNotWritable",
    "detect_media_type",
    "media_kind",
]
