"""An evidence vault whose files are sealed: encrypted at rest, named by a keyed HMAC.

:class:`SealedVault` has the shape of :class:`~caseworker.vault.store.EvidenceVault` (the
same ``store_file``, ``store_stream``, ``copy_out``, ``hash_of_stored``, ``delete``, the
same temporary, lock, fsync and atomic rename) but writes each file in the format of
:mod:`caseworker.vault.sealed` under ``root/ab/cd/<HMAC of its SHA-256>``. The plain vault
is unchanged. :func:`caseworker.vault.of_database.vault_of_session` gives this one for a
protected database; ``path_of`` is then the sealed file, never to be read as plaintext
(sizes: :meth:`SealedVault.stored_size`; content: ``copy_out``, ``hash_of_stored``).

No plaintext touches the disk: the media type is told from the first 64 KB kept in memory
while the file is sealed (a zip file's kind, from the original file when there is one).
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from caseworker.security.keys import DerivedKeys
from caseworker.vault import messages
from caseworker.vault.errors import (
    CopyCancelled,
    EmptyFile,
    FileUnreadable,
    StoredFileDamaged,
    VaultNotWritable,
)
from caseworker.vault.sealed import (
    MAGIC,
    EarlyWriteback,
    SealedFileDamaged,
    SealedFileError,
    iter_opened,
    open_stream,
    plaintext_sha256,
    plaintext_size,
    seal_stream,
    sealed_name,
)
from caseworker.vault.sniff import (
    HEAD_SIZE,
    OCTET_STREAM,
    _from_extension,
    _zip_type,
    looks_like_text,
    sniff_head,
)
from caseworker.vault.store import (
    TEMP_PREFIX,
    Cancelled,
    EvidenceVault,
    Progress,
    StoredFile,
    _lock_while_writing,
)


class _HeadKeeper:
    """A reader that keeps its first :data:`HEAD_SIZE` bytes in memory, for the media type."""

    def __init__(self, reader: BinaryIO) -> None:
        self._reader = reader
        self.head = bytearray()

    def readinto(self, buffer: memoryview, /) -> int | None:
        count = self._reader.readinto(buffer)  # type: ignore[attr-defined]
        if count and len(self.head) < HEAD_SIZE:
            self.head += buffer[: min(count, HEAD_SIZE - len(self.head))]
        return count  # type: ignore[no-any-return]


def media_type_of(head: bytes, name: str, original: Path | BinaryIO | None) -> str:
    """The media type from a file's first bytes, as :func:`detect_media_type` tells it;
    a zip file's kind (an Office document?) from ``original`` when there is one (the file
    added, or a seekable stream of it: a pasted document held in memory)."""
    found = sniff_head(head)
    if found == "application/zip":
        return _zip_type(original) if original is not None else found
    if found is not None:
        return found
    if looks_like_text(head):
        return "text/plain"
    return _from_extension(name) or OCTET_STREAM


def _rewound(reader: BinaryIO) -> BinaryIO | None:
    """``reader`` back at its start when it can seek (a stream in memory), else None."""
    try:
        if reader.seekable():
            reader.seek(0)
            return reader
    except (AttributeError, OSError, ValueError):
        pass
    return None


class SealedVault(EvidenceVault):
    """Sealed storage under ``root``: ``root/ab/cd/abcd…`` for the keyed name ``abcd…``."""

    def __init__(self, root: Path, keys: DerivedKeys) -> None:
        super().__init__(root)
        self._content_key = keys.vault_content
        self._names_key = keys.vault_names

    def __repr__(self) -> str:
        return f"SealedVault({str(self.root)!r}, <keys hidden>)"

    @classmethod
    def sealed_beside(cls, database_file: Path, keys: DerivedKeys) -> SealedVault:
        """The sealed vault of a database file, in the same folder as the plain one would be."""
        return cls(database_file.with_suffix(".evidence"), keys)

    def name_of(self, sha256: str) -> str:
        """The keyed name of a file with ``sha256``; ValueError when it is not a SHA-256."""
        return sealed_name(self._names_key, sha256)

    def stored_size(self, sha256: str) -> int | None:
        """The plaintext size of the stored file, from its size on disk (nothing decrypted);
        None when it is missing or has a size no sealed file has."""
        try:
            return plaintext_size(self.path_of(sha256).stat().st_size)
        except OSError:
            return None

    def content_size_of(self, size_on_disk: int) -> int:
        found = plaintext_size(size_on_disk)
        return size_on_disk if found is None else found

    def _copy_in(
        self,
        reader: BinaryIO,
        source: Path,
        size: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
        unchanged: Callable[[int], None] | None = None,
    ) -> StoredFile:
        temporary = self.root / f"{TEMP_PREFIX}{uuid.uuid4().hex}"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as error:
            raise VaultNotWritable(messages.not_writable(self.root, error)) from error
        lock = _lock_while_writing(temporary)
        keeper = _HeadKeeper(reader)
        try:
            with os.fdopen(descriptor, "wb", buffering=0) as out:
                try:
                    sha256, done = seal_stream(
                        keeper,
                        EarlyWriteback(out),
                        self._content_key,
                        progress,
                        cancelled,
                        name=source.name,
                        size_hint=size,
                    )
                    os.fsync(out.fileno())
                except CopyCancelled:
                    raise CopyCancelled(messages.cancelled(source)) from None
                except FileUnreadable as error:
                    cause = error.__cause__
                    if isinstance(cause, OSError):
                        raise FileUnreadable(messages.unreadable(source, cause)) from cause
                    raise
                except OSError as error:
                    raise self._write_failure(source, size, error) from error
                if done == 0:
                    raise EmptyFile(messages.empty(source))
                if unchanged is not None:
                    unchanged(done)
            original = source if unchanged is not None else _rewound(reader)
            media_type = media_type_of(bytes(keeper.head), source.name, original)
            return self._settle(temporary, sha256, done, media_type)
        finally:
            temporary.unlink(missing_ok=True)
            if lock is not None:
                os.close(lock)

    def pour_plaintext(
        self,
        handle: BinaryIO,
        sink: Callable[[memoryview], None],
        *,
        name: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[str, int]:
        expected = plaintext_size(os.fstat(handle.fileno()).st_size) or 0
        return open_stream(
            handle, sink, self._content_key, progress, cancelled, name=name, size_hint=expected
        )

    def plaintext_pieces(self, handle: BinaryIO, *, name: str) -> Iterator[memoryview]:
        return iter_opened(handle, self._content_key, name=name)

    def copy_out(
        self,
        sha256: str,
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Decrypt a stored file into ``target`` (a new file), checking every chunk and the
        SHA-256; ``target`` appears only when all is verified.

        Raises StoredFileDamaged (a SealedFileDamaged when a chunk fails), SealedFileError,
        CopyCancelled, OSError when ``target`` cannot be written.
        """
        stored = self.path_of(sha256)
        try:
            handle = stored.open("rb", buffering=0)
        except OSError as error:
            raise StoredFileDamaged(messages.stored_missing(sha256)) from error
        partial = target.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}")
        try:
            with handle, partial.open("xb", buffering=0) as out:
                expected = plaintext_size(os.fstat(handle.fileno()).st_size) or 0
                found, _ = open_stream(
                    handle,
                    out,
                    self._content_key,
                    progress,
                    cancelled,
                    name=target.name,
                    size_hint=expected,
                )
                os.fsync(out.fileno())
            if found != sha256:
                raise StoredFileDamaged(messages.stored_altered(sha256))
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    def hash_of_stored(self, sha256: str) -> str | None:
        """The SHA-256 of the stored file's plaintext now; an empty string when a chunk or
        its header does not verify (altered, damaged, or sealed with another key), which
        never equals a SHA-256; None when it is missing, unreadable or of a newer format."""
        return self._hash_of(self.path_of(sha256), sha256)

    def damage_of(self, sha256: str) -> SealedFileDamaged | None:
        """Why the stored file does not verify (its part found wrong, another key, not a
        sealed file); None when it verifies, is missing or cannot be read."""
        try:
            plaintext_sha256(self.path_of(sha256), self._content_key, name=sha256)
        except SealedFileDamaged as damage:
            return damage
        except (OSError, SealedFileError, FileUnreadable):
            return None
        return None

    def is_unencrypted_file(self, path: Path) -> bool:
        """Whether the vault file at ``path`` is a regular file with content that does not
        begin as a sealed file does (a plain copy left behind, or a stray file): whoever
        reads the disk can read it. False when it cannot be told (never follows a link)."""
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                return False
            with path.open("rb") as reader:
                start = reader.read(len(MAGIC))
        except OSError:
            return False
        return bool(start) and start != MAGIC

    def content_hash_of_file(self, path: Path) -> str | None:
        """The SHA-256 of the plaintext of the vault file at ``path`` (decrypted and
        verified on the way, never written anywhere); None when it does not verify or
        cannot be read, or is no regular file (a link, a pipe: never followed)."""
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                return None
        except OSError:
            return None
        return self._hash_of(path, path.name) or None

    def _hash_of(self, path: Path, name: str) -> str | None:
        try:
            return plaintext_sha256(path, self._content_key, name=name)
        except SealedFileDamaged:
            return ""
        except (OSError, SealedFileError, FileUnreadable):
            return None
