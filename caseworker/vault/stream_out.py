"""A stored file's plaintext streamed into any writer, its SHA-256 checked on the way.

For exports that write somewhere other than a plain file of their own (an entry of an
encrypted archive): nothing goes to disk here, a sealed file is decrypted chunk by chunk in
memory. What was written is known good only once :func:`stream_out` returns, so the caller
writes to something it throws away on an error (an archive under a temporary name).
"""

from __future__ import annotations

from collections.abc import Callable

from caseworker.progress import Cancelled, Progress
from caseworker.vault import messages
from caseworker.vault.errors import StoredFileDamaged
from caseworker.vault.store import EvidenceVault

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
        found, size = vault.pour_plaintext(
            handle, sink, name=sha256, progress=progress, cancelled=cancelled
        )
    if found != sha256:
        raise StoredFileDamaged(messages.stored_altered(sha256))
    return size
