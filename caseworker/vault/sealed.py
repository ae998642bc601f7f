"""The encrypted file format of the evidence vault, and the keyed names of its files.

A sealed file is a header followed by chunks (see ``docs/design/vault-format.md``)::

    header   "CWV1" | version (1 byte) | 3 zero bytes | chunk size (4, big-endian)
             | salt (16 random bytes) | header tag (16)                      = 44 bytes
    chunk i  AES-256-GCM(plaintext chunk i) | tag (16)

Every chunk but the last holds exactly ``chunk size`` bytes of plaintext; the last holds
fewer (none for an empty file, or for a file whose size is a multiple of the chunk size),
so a reader knows the last chunk by its length and by its flag.

Keys and nonces. Each file is encrypted under a key of its own, derived with HKDF-SHA256
from the vault content key and the file's random salt. Within a file, chunk ``i`` uses the
nonce ``i`` (11 bytes, big-endian) followed by a flag byte, 1 for the last chunk and 0 for
the others, and the header tag uses index 0 with flag 2. A nonce therefore never repeats
under one key: the index grows by one per chunk, a chunk is encrypted once, and the header
tag has a flag of its own; another file (or the same content sealed again) has another
salt, so another key, unless two 16-byte random salts collide (below 2**-60 even for
2**34 files). The header, tag included, is the associated data of every chunk, so a chunk
cannot be moved to another file or position, the file cannot be cut short at a chunk
boundary (the last flag is missing), extended or altered without the check failing.

The header tag (an empty plaintext sealed with the header's own fields as associated
data) lets a reader tell, before any plaintext is given out, that the file was sealed with
another key or that its header was altered.

The plaintext SHA-256 is computed while sealing, in the same pass; the vault names files by
:func:`sealed_name`, a keyed HMAC of that SHA-256, so that the same content is stored once
but nobody without the names key can test whether a known file is in the vault.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseworker.i18n import translate
from caseworker.progress import Cancelled, Progress
from caseworker.vault.errors import (
    CopyCancelled,
    EvidenceError,
    FileUnreadable,
    StoredFileDamaged,
)

MAGIC = b"CWV1"
FORMAT_VERSION = 1
#: Plaintext bytes in every chunk but the last.
CHUNK_SIZE = 1024 * 1024
#: The largest chunk size a reader accepts from a header (a bound on the memory it takes).
MAX_CHUNK_SIZE = 64 * 1024 * 1024
TAG_SIZE = 16
SALT_SIZE = 16
KEY_SIZE = 32
_FIELDS = struct.Struct(">4sB3xI16s")  # magic, version, reserved, chunk size, salt
HEADER_SIZE = _FIELDS.size + TAG_SIZE
_FILE_KEY_INFO = b"caseworker/v1/vault-file"
_INDEX_BYTES = 11
_MIDDLE, _LAST, _HEADER = 0, 1, 2
_HEX = frozenset("0123456789abcdef")


class Readable(Protocol):
    """What plaintext or sealed bytes are read from: a file opened for reading, say."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


#: A file opened with ``open(path, "rb")``, or anything else with ``readinto``.
Reader = BinaryIO | Readable


@runtime_checkable
class Writable(Protocol):
    """What sealed or opened bytes are written to: a file opened for writing, say."""

    def write(self, data: memoryview, /) -> int | None: ...


#: Told each verified piece of plaintext (valid only during the call).
Sink = Callable[[memoryview], object]


class SealedFileError(EvidenceError):
    """A sealed file cannot be opened."""


class SealedFileDamaged(SealedFileError, StoredFileDamaged):
    """A sealed file was altered, cut short, extended or damaged; ``part`` is the 1-based
    number of the first chunk found wrong (None for the header)."""

    def __init__(self, message: str, part: int | None = None) -> None:
        super().__init__(message)
        self.part = part


class NotASealedFile(SealedFileDamaged):
    """The file does not begin as a sealed file does (a plain copy, or a damaged start)."""


class SealedKeyMismatch(SealedFileDamaged):
    """The header's check fails: another key sealed the file, or its header was altered."""


class SealedFormatTooNew(SealedFileError):
    """The file was sealed by a newer version of Caseworker."""


# -- sentences ---------------------------------------------------------------------------


def _shown(name: str) -> str:
    return name or translate("Evidence", "(unnamed)")


def _damaged(name: str, part: int) -> SealedFileDamaged:
    return SealedFileDamaged(
        translate(
            "Evidence",
            "The stored file “{name}” has been altered or damaged: part {part} of it does "
            "not match what was stored, so it cannot be given out. Restore it from a backup "
            "or add the original file again.",
        ).format(name=_shown(name), part=part),
        part,
    )


def _cut_short(name: str, part: int) -> SealedFileDamaged:
    return SealedFileDamaged(
        translate(
            "Evidence",
            "The stored file “{name}” has been altered or damaged: it ends before its last "
            "part (part {part} is missing), so it cannot be given out. Restore it from a "
            "backup or add the original file again.",
        ).format(name=_shown(name), part=part),
        part,
    )


def _not_sealed(name: str) -> NotASealedFile:
    return NotASealedFile(
        translate(
            "Evidence",
            "The stored file “{name}” is not an encrypted evidence file: it is an unencrypted "
            "copy, or its beginning has been damaged.",
        ).format(name=_shown(name))
    )


def _key_mismatch(name: str) -> SealedKeyMismatch:
    return SealedKeyMismatch(
        translate(
            "Evidence",
            "The stored file “{name}” cannot be opened with the key of this database: it was "
            "encrypted for another database, or its beginning has been altered or damaged.",
        ).format(name=_shown(name))
    )


def _too_new(name: str, version: int) -> SealedFormatTooNew:
    return SealedFormatTooNew(
        translate(
            "Evidence",
            "The stored file “{name}” was encrypted by a newer version of Caseworker (format "
            "{version}). Update Caseworker to open it.",
        ).format(name=_shown(name), version=version)
    )


def _cancelled(name: str) -> CopyCancelled:
    return CopyCancelled(
        translate("Evidence", "Copying “{name}” was cancelled. Nothing was kept.").format(
            name=_shown(name)
        )
    )


def _unreadable(name: str, error: OSError) -> FileUnreadable:
    return FileUnreadable(
        translate("Evidence", "The file “{name}” cannot be read: {reason}.").format(
            name=_shown(name), reason=error.strerror or str(error)
        )
    )


# -- keys, nonces, names ----------------------------------------------------------------


def _check_key(key: bytes, what: str) -> None:
    if len(key) != KEY_SIZE:
        raise ValueError(f"the {what} key must be {KEY_SIZE} bytes, not {len(key)}")


def _file_cipher(content_key: bytes, salt: bytes) -> AESGCM:
    _check_key(content_key, "vault content")
    derived = HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=_FILE_KEY_INFO
    ).derive(content_key)
    return AESGCM(derived)


def _nonce(index: int, flag: int) -> bytes:
    return index.to_bytes(_INDEX_BYTES, "big") + bytes((flag,))


def sealed_name(names_key: bytes, sha256_hex: str) -> str:
    """The name a file with SHA-256 ``sha256_hex`` has in an encrypted vault: 64 lower-case
    hex digits of HMAC-SHA256 under ``names_key`` of the 32 bytes of the SHA-256.

    Raises ValueError when the key is not 32 bytes or ``sha256_hex`` is not a SHA-256 in
    lower-case hex.
    """
    _check_key(names_key, "vault names")
    if len(sha256_hex) != 64 or not set(sha256_hex) <= _HEX:
        raise ValueError(f"not a SHA-256 in lower-case hex: {sha256_hex!r}")
    return hmac.new(names_key, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()


def sealed_size(plaintext_size: int, chunk_size: int = CHUNK_SIZE) -> int:
    """The size of the sealed file of ``plaintext_size`` bytes."""
    chunks = plaintext_size // chunk_size + 1  # the last chunk is never full
    return HEADER_SIZE + plaintext_size + chunks * TAG_SIZE


def plaintext_size(sealed_file_size: int, chunk_size: int = CHUNK_SIZE) -> int | None:
    """The plaintext size a sealed file of ``sealed_file_size`` bytes holds, or None when no
    sealed file has that size (a file cut short or extended), without reading it."""
    body = sealed_file_size - HEADER_SIZE
    if body < TAG_SIZE:
        return None
    full, rest = divmod(body, chunk_size + TAG_SIZE)
    if rest < TAG_SIZE:
        return None
    return full * chunk_size + rest - TAG_SIZE


# -- sealing ------------------------------------------------------------------------------


def _fill(reader: Reader, view: memoryview, name: str) -> int:
    """Read into ``view`` until it is full or the reader ends; the count read."""
    done = 0
    size = len(view)
    while done < size:
        try:
            count = reader.readinto(view[done:])  # type: ignore[union-attr]
        except OSError as error:
            raise _unreadable(name, error) from error
        if not count:
            break
        done += count
    return done


def _write_all(writer: Writable, data: memoryview) -> None:
    """Write all of ``data``: a raw file may write part of it; a writer telling no count
    (None) is taken to have written it all, as buffered files and wrappers do."""
    while data:
        written = writer.write(data)
        if written is None:
            return
        data = data[written:]


def _header(chunk_size: int, salt: bytes, cipher: AESGCM) -> bytes:
    fields = _FIELDS.pack(MAGIC, FORMAT_VERSION, chunk_size, salt)
    return fields + cipher.encrypt(_nonce(0, _HEADER), b"", fields)


def seal_stream(
    reader: Reader,
    writer: Writable,
    content_key: bytes,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    name: str = "",
    size_hint: int = 0,
    chunk_size: int = CHUNK_SIZE,
) -> tuple[str, int]:
    """Seal what ``reader`` gives into ``writer``; return the plaintext's SHA-256 (hex) and
    size, both computed in the same pass. ``name`` is for messages only.

    The memory taken is two chunks, whatever the size. ``writer`` is neither flushed nor
    synced; a caller keeps what it wrote only once this returns.

    Raises FileUnreadable when ``reader`` fails, CopyCancelled when ``cancelled()`` says so
    (asked after each chunk), OSError when ``writer`` fails, ValueError for a key that is
    not 32 bytes or a chunk size out of range.
    """
    if not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size out of range: {chunk_size}")
    salt = os.urandom(SALT_SIZE)
    cipher = _file_cipher(content_key, salt)
    header = _header(chunk_size, salt, cipher)
    _write_all(writer, memoryview(header))
    digest = hashlib.sha256()
    plain = memoryview(bytearray(chunk_size))
    sealed = memoryview(bytearray(chunk_size + TAG_SIZE))
    index = done = 0
    while True:
        count = _fill(reader, plain, name)
        chunk = plain[:count]
        digest.update(chunk)
        last = count < chunk_size
        out = sealed[: count + TAG_SIZE]
        cipher.encrypt_into(_nonce(index, _LAST if last else _MIDDLE), chunk, header, out)
        _write_all(writer, out)
        done += count
        index += 1
        if progress is not None:
            progress(done, max(size_hint, done))
        if cancelled is not None and cancelled():
            raise _cancelled(name)
        if last:
            return digest.hexdigest(), done


class EarlyWriteback:
    """A file being written (opened unbuffered) that asks the system, every ``every`` bytes,
    to start writing what it was given to the disk, without waiting for it.

    The ``fsync`` that makes a sealed file durable then finds little left to write: on
    Linux a 1 GB file is flushed while it is still being read, hashed and encrypted (see
    ``benchmarks/bench_sealed.py``), and the sealed copy does not crowd the page cache.
    Where ``posix_fadvise`` is missing (Windows, macOS) it only writes. The caller still
    calls ``os.fsync`` on the file at the end.
    """

    def __init__(self, raw: BinaryIO, every: int = 16 * 1024 * 1024) -> None:
        self._raw = raw
        self._every = every
        self._advise = getattr(os, "posix_fadvise", None)
        self._descriptor = raw.fileno()
        self._done = os.lseek(self._descriptor, 0, os.SEEK_CUR)
        self._advised = self._done

    def write(self, data: memoryview, /) -> int | None:
        count = self._raw.write(data)
        self._done += count or 0
        if self._advise is not None and self._done - self._advised >= self._every:
            try:
                self._advise(
                    self._descriptor,
                    self._advised,
                    self._done - self._advised,
                    os.POSIX_FADV_DONTNEED,
                )
            except OSError:
                self._advise = None  # advice only: a file system that refuses it is fine
            self._advised = self._done
        return count

    def fileno(self) -> int:
        return self._descriptor


# -- opening ------------------------------------------------------------------------------


def _read_header(reader: Reader, content_key: bytes, name: str) -> tuple[bytes, int, AESGCM]:
    view = memoryview(bytearray(HEADER_SIZE))
    count = _fill(reader, view, name)
    if count < _FIELDS.size or bytes(view[:4]) != MAGIC:
        raise _not_sealed(name)
    _magic, version, chunk_size, salt = _FIELDS.unpack(view[: _FIELDS.size])
    if version != FORMAT_VERSION:
        if version > FORMAT_VERSION:
            raise _too_new(name, version)
        raise _not_sealed(name)
    if count < HEADER_SIZE or not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise _key_mismatch(name)
    cipher = _file_cipher(content_key, salt)
    fields = bytes(view[: _FIELDS.size])
    try:
        cipher.decrypt(_nonce(0, _HEADER), bytes(view[_FIELDS.size :]), fields)
    except InvalidTag:
        raise _key_mismatch(name) from None
    return bytes(view), chunk_size, cipher


def iter_opened(
    reader: Reader,
    content_key: bytes,
    cancelled: Cancelled | None = None,
    *,
    name: str = "",
) -> Iterator[memoryview]:
    """Each chunk's plaintext, verified, as a view into a buffer reused for the next chunk.

    A chunk is verified before it is given, but the file as a whole (that no chunk is
    missing at its end) only when the iteration ends without an error: keep nothing of
    what was given until then.

    Raises SealedFileDamaged (or its NotASealedFile, SealedKeyMismatch), SealedFormatTooNew,
    FileUnreadable when ``reader`` fails, CopyCancelled, and ValueError for a key that is
    not 32 bytes.
    """
    header, chunk_size, cipher = _read_header(reader, content_key, name)
    sealed = memoryview(bytearray(chunk_size + TAG_SIZE))
    plain = memoryview(bytearray(chunk_size))
    index = 0
    while True:
        count = _fill(reader, sealed, name)
        if count == 0:
            raise _cut_short(name, index + 1)
        if count < TAG_SIZE:
            raise _damaged(name, index + 1)
        last = count < len(sealed)
        out = plain[: count - TAG_SIZE]
        try:
            cipher.decrypt_into(
                _nonce(index, _LAST if last else _MIDDLE), sealed[:count], header, out
            )
        except InvalidTag:
            raise _damaged(name, index + 1) from None
        index += 1
        yield out
        if cancelled is not None and cancelled():
            raise _cancelled(name)
        if last:
            return


def open_stream(
    reader: Reader,
    writer: Writable | Sink,
    content_key: bytes,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    name: str = "",
    size_hint: int = 0,
) -> tuple[str, int]:
    """Verify and decrypt a sealed file from ``reader`` into ``writer`` (a file opened for
    writing, or a callable told each piece); return the plaintext's SHA-256 and size.

    What was written is known good only once this returns: write to a temporary and give
    it its name afterwards. ``size_hint`` is the plaintext size expected, for ``progress``.

    Raises what :func:`iter_opened` raises, and OSError when ``writer`` fails.
    """
    sink: Sink
    if isinstance(writer, Writable):
        target = writer

        def write(data: memoryview) -> None:
            _write_all(target, data)

        sink = write
    else:
        sink = writer
    digest = hashlib.sha256()
    done = 0
    for chunk in iter_opened(reader, content_key, cancelled, name=name):
        digest.update(chunk)
        sink(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, max(size_hint, done))
    return digest.hexdigest(), done


def plaintext_sha256(path: Path, content_key: bytes, *, name: str = "") -> str:
    """The SHA-256 of the plaintext of the sealed file at ``path``, every chunk verified.

    Raises OSError when the file cannot be opened, and what :func:`open_stream` raises.
    """
    with Path(path).open("rb", buffering=0) as reader:
        sha256, _ = open_stream(reader, lambda _: None, content_key, name=name or path.name)
    return sha256
