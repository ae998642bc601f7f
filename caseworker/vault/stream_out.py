"""A stored file's plaintext streamed into any writer, its SHA-256 checked on the way.

For exports that write somewhere other than a plain file of their own (an entry of an
encrypted archive): nothing goes to disk here, a sealed file is decrypted chunk by chunk in
memory. What was written is known good only once :func:`stream_out` returns, so the caller
writes to something it throws away on an error (an archive under a temporary name).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from io import FileIO
from pathlib import Path

from caseworker.progress import Cancelled, Progress
from caseworker.vault import messages
from caseworker.vault.errors import CopyCancelled, FileUnreadable, StoredFileDamaged
from caseworker.vault.sealed import open_stream, plaintext_size
from caseworker.vault.sealed_store import SealedVault
from caseworker.vault.store import CHUNK_SIZE, EvidenceVault

#: Told each piece of plaintext in turn (a memoryview valid only during the call).
Sink = Callable[[memoryview], None]


def stream_out(
    vault: EvidenceVault,
    sha256: str,
    sink: Sink,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Give the plaintext of the file stored under ``sha256`` to ``sink``; return its size.

    Raises :class:`StoredFileDamaged` when the file is missing, altered, or (sealed) a chunk
    does not verify; :class:`CopyCancelled` when ``cancelled()`` says so;
    :class:`FileUnreadable` when the disk fails; and whatever ``sink`` raises.
    """
    stored = vault.path_of(sha256)
    try:
        handle = stored.open("rb", buffering=0)
    except OSError as error:
        raise StoredFileDamaged(messages.stored_missing(sha256)) from error
    with handle:
        if isinstance(vault, SealedVault):
            expected = plaintext_size(os.fstat(handle.fileno()).st_size) or 0
            found, size = open_stream(
                handle,
                sink,
                vault._content_key,  # the vault's own key: this module is its reader
                progress,
                cancelled,
                name=sha256,
                size_hint=expected,
            )
        else:
            found, size = _plain(handle, stored, sink, progress, cancelled)
    if found != sha256:
        raise StoredFileDamaged(messages.stored_altered(sha256))
    return size


def _plain(
    handle: FileIO,
    stored: Path,
    sink: Sink,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[str, int]:
    """The SHA-256 and size of a plain stored file, its bytes given to ``sink``."""
    expected = os.fstat(handle.fileno()).st_size
    digest = hashlib.sha256()
    view = memoryview(bytearray(CHUNK_SIZE))
    done = 0
    while True:
        try:
            count = handle.readinto(view)
        except OSError as error:
            raise FileUnreadable(messages.unreadable(stored, error)) from error
        if not count:
            return digest.hexdigest(), done
        chunk = view[:count]
        digest.update(chunk)
        sink(chunk)
        done += count
        if progress is not None:
            progress(done, max(expected, done))
        if cancelled is not None and cancelled():
            raise CopyCancelled(messages.cancelled(stored))
