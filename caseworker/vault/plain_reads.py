"""A stored file's plaintext read into memory, for the window's thumbnails and previews.

On a sealed vault (:class:`~caseworker.vault.sealed_store.SealedVault`) ``path_of`` is the
encrypted file: what a thumbnailer, a preview or a player needs is decrypted here, into
memory, and never written anywhere. On a plain vault the file is read as it is. Either way
a size limit keeps a huge video from being read into memory: above it the caller offers the
system's viewer instead.

Nothing here loads :mod:`cryptography` for a plain vault: a vault can only be sealed once
:mod:`caseworker.vault.sealed_store` has been imported.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from caseworker.i18n import translate
from caseworker.progress import Cancelled
from caseworker.vault import messages
from caseworker.vault.errors import EvidenceError, StoredFileDamaged
from caseworker.vault.store import EvidenceVault

if TYPE_CHECKING:
    from caseworker.vault.sealed_store import SealedVault

_SEALED_MODULE = "caseworker.vault.sealed_store"


class TooLargeToRead(EvidenceError):
    """The stored file is larger than what may be read into memory here."""


def sealed_vault(vault: EvidenceVault) -> SealedVault | None:
    """``vault`` when its files are sealed, else None (without loading cryptography)."""
    module = sys.modules.get(_SEALED_MODULE)
    if module is None or not isinstance(vault, module.SealedVault):
        return None
    return cast("SealedVault", vault)


def is_sealed(vault: EvidenceVault) -> bool:
    """Whether the vault's files are encrypted at rest (never hand ``path_of`` out then)."""
    return sealed_vault(vault) is not None


def plain_size(vault: EvidenceVault, sha256: str) -> int | None:
    """The plaintext size of a stored file, from its size on disk (nothing is read); None
    when it is missing."""
    sealed = sealed_vault(vault)
    if sealed is not None:
        return sealed.stored_size(sha256)
    try:
        return vault.path_of(sha256).stat().st_size
    except OSError:
        return None


def _too_large(size: int, limit: int) -> TooLargeToRead:
    return TooLargeToRead(
        translate(
            "Evidence",
            "This file is too large to show here ({size}; up to {limit} is shown). Open it "
            "with the system’s viewer.",
        ).format(size=messages.human_size(size), limit=messages.human_size(limit))
    )


def _open_stored(vault: EvidenceVault, sha256: str) -> io.FileIO:
    try:
        return Path(vault.path_of(sha256)).open("rb", buffering=0)
    except OSError as error:
        raise StoredFileDamaged(messages.stored_missing(sha256)) from error


def read_plain(
    vault: EvidenceVault, sha256: str, *, limit: int, cancelled: Cancelled | None = None
) -> bytes:
    """The whole plaintext of a stored file, checked against its SHA-256 (and, when sealed,
    every chunk verified) before it is returned.

    Raises TooLargeToRead when it is larger than ``limit`` bytes, StoredFileDamaged when it
    is missing or altered (a SealedFileDamaged for a sealed chunk that fails), SealedFileError
    for a file sealed by a newer version, FileUnreadable, CopyCancelled.
    """
    size = plain_size(vault, sha256)
    if size is None:
        raise StoredFileDamaged(messages.stored_missing(sha256))
    if size > limit:
        raise _too_large(size, limit)
    out = bytearray()

    def keep(piece: memoryview) -> None:
        if len(out) + len(piece) > limit:
            raise _too_large(len(out) + len(piece), limit)
        out.extend(piece)

    with _open_stored(vault, sha256) as handle:
        found, _ = vault.pour_plaintext(handle, keep, name=sha256, cancelled=cancelled)
    if found != sha256:
        raise StoredFileDamaged(messages.stored_altered(sha256))
    return bytes(out)


def open_plain(
    vault: EvidenceVault, sha256: str, *, limit: int, cancelled: Cancelled | None = None
) -> io.BytesIO:
    """:func:`read_plain` as a file-like object in memory (for readers that seek)."""
    return io.BytesIO(read_plain(vault, sha256, limit=limit, cancelled=cancelled))


def read_head(vault: EvidenceVault, sha256: str, count: int) -> bytes:
    """The first ``count`` bytes of a stored file's plaintext (the first lines of a text).

    A sealed file is decrypted only as far as needed, each chunk verified; the file as a
    whole (its SHA-256, that it was not cut short) is not checked: this is for a glance,
    :func:`read_plain` is for a whole file.

    Raises StoredFileDamaged when it is missing (a SealedFileDamaged when a chunk read
    fails), SealedFileError, FileUnreadable.
    """
    out = bytearray()
    with _open_stored(vault, sha256) as handle:
        for piece in vault.plaintext_pieces(handle, name=sha256):
            out += piece[: count - len(out)]
            if len(out) >= count:
                break
    return bytes(out)
