"""The evidence vault: files kept unchanged under their SHA-256, in a folder beside the database.

A file is copied as a stream in large chunks, hashed while it is copied, written under a
temporary name in the vault, flushed to disk and only then renamed to ``ab/cd/<sha256>``.
A crash or an error therefore never leaves a half-written file under a hash, and a file
already stored under a hash is never written again (the same content is stored once).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import stat
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from caseworker.db.engine import sqlite_path
from caseworker.durable import fsync_folder
from caseworker.i18n import translate
from caseworker.progress import Cancelled as Cancelled  # importable from here as before
from caseworker.progress import Progress as Progress
from caseworker.vault import messages, team_folder
from caseworker.vault.errors import (
    CopyCancelled,
    EmptyFile,
    FileChanged,
    FileUnreadable,
    NotAFile,
    NotEnoughSpace,
    StoredFileDamaged,
    VaultNotConfigured,
    VaultNotWritable,
)
from caseworker.vault.sniff import detect_media_type

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, and an open file cannot be deleted there
    fcntl = None  # type: ignore[assignment]

ENV_VARIABLE = "CASEWORKER_EVIDENCE_DIR"
CHUNK_SIZE = 4 * 1024 * 1024
#: Left free on the disk after a copy, so that the database itself can still grow.
SPACE_RESERVE = 32 * 1024 * 1024
TEMP_PREFIX = ".incoming-"
_HEX = frozenset("0123456789abcdef")

# Progress: called with (bytes done, bytes expected) after each chunk. Cancelled: asked after
# each chunk; True stops the copy (:class:`CopyCancelled`). Both live in caseworker.progress.


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file now in the vault; ``already_stored`` when the vault had it before, intact;
    ``repaired`` when the vault held other bytes under its hash and now holds this file."""

    sha256: str
    size: int
    media_type: str
    already_stored: bool
    repaired: bool = False


def _unreadable(source: Path, error: OSError) -> FileUnreadable:
    if isinstance(error, FileNotFoundError):
        return FileUnreadable(messages.vanished(source))
    return FileUnreadable(messages.unreadable(source, error))


def is_sha256(value: str) -> bool:
    """Whether ``value`` is a SHA-256 as the vault writes it: 64 lower-case hex digits."""
    return len(value) == 64 and set(value) <= _HEX


def _check_hash(sha256: str) -> str:
    if not is_sha256(sha256):
        raise ValueError(f"not a SHA-256 in lower-case hex: {sha256!r}")
    return sha256


class EvidenceVault:
    """Content-addressed storage under ``root``: ``root/ab/cd/abcd…`` for SHA-256 ``abcd…``."""

    def __init__(self, root: Path, *, shared: bool = False) -> None:
        self.root = Path(root)
        #: The team's folder (:mod:`caseworker.vault.team_folder`): never created here, its
        #: subfolders and files shared with the folder's group.
        self.shared = shared

    @classmethod
    def beside(cls, database_file: Path) -> EvidenceVault:
        """The vault of a database file: ``cases.sqlite`` keeps its files in ``cases.evidence``."""
        return cls(database_file.with_suffix(".evidence"))

    @classmethod
    def for_url(cls, url: str, configured: str | os.PathLike[str] | None = None) -> EvidenceVault:
        """A SQLite file's vault lies beside it; another database needs a configured folder.

        A SQLite database never uses the configured folder: two database files sharing one
        vault could each purge a file that the other still needs.
        """
        path = sqlite_path(url)
        if path is not None:
            return cls.beside(path)
        chosen = configured if configured is not None else os.environ.get(ENV_VARIABLE)
        if not chosen:
            raise VaultNotConfigured(
                translate(
                    "Evidence",
                    "This database is not a file, so its evidence folder must be chosen: "
                    "set {variable} to a folder on a disk the whole team can reach.",
                ).format(variable=ENV_VARIABLE)
                + " "
                + team_folder.everything_else_works()
            )
        return cls(team_folder.check_team_folder(Path(chosen).expanduser()), shared=True)

    def name_of(self, sha256: str) -> str:
        """The name the file with ``sha256`` has in the vault: the SHA-256 itself here (a
        keyed hash of it in a sealed vault). Raises ValueError when it is not a SHA-256."""
        return _check_hash(sha256)

    def path_of_name(self, name: str) -> Path:
        """Where the file named ``name`` (see :meth:`name_of`) lies: ``root/ab/cd/abcd…``."""
        return self.root / name[:2] / name[2:4] / name

    def path_of(self, sha256: str) -> Path:
        return self.path_of_name(self.name_of(sha256))

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def stored_size(self, sha256: str) -> int | None:
        """The size of the stored file's content (here its size on disk); None when it is
        missing. Raises ValueError when ``sha256`` is not a SHA-256."""
        try:
            return self.path_of(sha256).stat().st_size
        except OSError:
            return None

    def content_size_of(self, size_on_disk: int) -> int:
        """The size of the content of a vault file of ``size_on_disk`` bytes (the same here;
        a sealed file's plaintext size when it has a size a sealed file can have)."""
        return size_on_disk

    def is_unencrypted_file(self, path: Path) -> bool:
        """Whether the vault file at ``path`` lies unencrypted where it should not: never
        here (a plain vault's files are all plain); see the sealed vault's."""
        del path
        return False

    def content_hash_of_file(self, path: Path) -> str | None:
        """The SHA-256 of the content of the vault file at ``path`` as far as it can be told
        without reading a plain file (its name, when that is a SHA-256); None when not."""
        return path.name if is_sha256(path.name) else None

    # -- taking files in -------------------------------------------------------------------

    def store_file(
        self,
        source: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> StoredFile:
        """Copy ``source`` into the vault (or find it there); raise an EvidenceError if not.

        A file that changes while it is read (a download still running, a program saving
        it, another file renamed over it) is refused with :class:`FileChanged`: its size,
        modification time and identity (device and inode) are compared before and after.
        """
        before = self._check_source(source)
        try:
            handle = source.open("rb", buffering=0)
        except OSError as error:
            raise _unreadable(source, error) from error
        with handle:
            unchanged = _unchanged_check(source, handle, before)
            unchanged(before.st_size)  # the same file as the one checked a moment ago
            self.ensure_root()
            free = self._free_space()
            if free is not None and before.st_size + SPACE_RESERVE > free:
                raise NotEnoughSpace(
                    messages.not_enough_space(source, before.st_size, free, self.root)
                )
            return self._copy_in(handle, source, before.st_size, progress, cancelled, unchanged)

    def store_stream(
        self,
        reader: BinaryIO,
        name: str,
        *,
        size_hint: int = 0,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> StoredFile:
        """Store what ``reader`` gives (a pasted screenshot, say); ``name`` is for messages."""
        source = Path(name)
        self.ensure_root()
        free = self._free_space()
        if free is not None and size_hint + SPACE_RESERVE > free:
            raise NotEnoughSpace(messages.not_enough_space(source, size_hint, free, self.root))
        return self._copy_in(reader, source, size_hint, progress, cancelled)

    def _check_source(self, source: Path) -> os.stat_result:
        try:
            info = source.stat()
        except OSError as error:
            raise _unreadable(source, error) from error
        if stat.S_ISDIR(info.st_mode):
            raise NotAFile(messages.is_folder(source))
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(messages.not_regular(source))
        if info.st_size == 0:
            raise EmptyFile(messages.empty(source))
        return info

    def ensure_root(self) -> None:
        """Create the evidence folder if it is missing; refuse clearly if it cannot be.

        The team's folder is never created: it must be there (raises VaultNotReachable)."""
        if self.shared:
            team_folder.check_team_folder(self.root)
            return
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise VaultNotWritable(messages.not_writable(self.root, error)) from error
        if not self.root.is_dir():
            raise VaultNotWritable(messages.not_writable(self.root, None))

    def _free_space(self) -> int | None:
        try:
            return shutil.disk_usage(self.root).free
        except OSError:
            return None

    def pour_plaintext(
        self,
        handle: BinaryIO,
        sink: Callable[[memoryview], None],
        *,
        name: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[str, int]:
        """Give the plaintext of an opened stored file to ``sink`` piece by piece; return
        its SHA-256 and size (compare the SHA-256 with the one asked for: an altered file
        is not refused here). ``name`` is for messages. A sealed vault decrypts and
        verifies each chunk (raising SealedFileDamaged). Raises FileUnreadable,
        CopyCancelled and whatever ``sink`` raises."""
        size = os.fstat(handle.fileno()).st_size
        return self._read_chunks(handle, Path(name), size, sink, progress, cancelled)

    def plaintext_pieces(
        self,
        handle: BinaryIO,
        *,
        name: str,  # noqa: ARG002 (a sealed vault's messages name the file)
    ) -> Iterator[memoryview]:
        """The plaintext of an opened stored file, piece by piece, for a glance at its start:
        a sealed vault verifies each chunk given, but not the file as a whole."""
        buffer = memoryview(bytearray(CHUNK_SIZE))
        while count := handle.readinto(buffer):  # type: ignore[attr-defined]
            yield buffer[:count]

    def _read_chunks(
        self,
        reader: BinaryIO,
        source: Path,
        expected: int,
        sink: Callable[[memoryview], None],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> tuple[str, int]:
        """Feed ``reader`` to ``sink`` chunk by chunk; return its SHA-256 and length."""
        digest = hashlib.sha256()
        buffer = bytearray(CHUNK_SIZE)
        view = memoryview(buffer)
        done = 0
        while True:
            try:
                count = reader.readinto(view)  # type: ignore[attr-defined]
            except OSError as error:
                raise _unreadable(source, error) from error
            if not count:
                break
            chunk = view[:count]
            digest.update(chunk)
            sink(chunk)
            done += count
            if progress is not None:
                progress(done, max(expected, done))
            if cancelled is not None and cancelled():
                raise CopyCancelled(messages.cancelled(source))
        return digest.hexdigest(), done

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
        try:
            with os.fdopen(descriptor, "wb", buffering=0) as out:

                def write(chunk: memoryview) -> None:
                    try:
                        while chunk:
                            chunk = chunk[out.write(chunk) or 0 :]
                    except OSError as error:
                        raise self._write_failure(source, size, error) from error

                sha256, done = self._read_chunks(reader, source, size, write, progress, cancelled)
                if done == 0:
                    raise EmptyFile(messages.empty(source))
                if unchanged is not None:
                    unchanged(done)
                try:
                    os.fsync(out.fileno())
                except OSError as error:
                    raise self._write_failure(source, size, error) from error
            media_type = detect_media_type(temporary, source.name)
            return self._settle(temporary, sha256, done, media_type)
        finally:
            temporary.unlink(missing_ok=True)
            if lock is not None:
                os.close(lock)

    def _write_failure(self, source: Path, size: int, error: OSError) -> Exception:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return NotEnoughSpace(
                messages.not_enough_space(source, size, self._free_space() or 0, self.root)
            )
        return VaultNotWritable(messages.not_writable(self.root, error))

    def _settle(self, temporary: Path, sha256: str, size: int, media_type: str) -> StoredFile:
        """Give the flushed temporary file its final name, unless the vault has it intact.

        A file already under that name is hashed first: a damaged copy, or other bytes
        planted under the hash, must not be taken for the file just copied. It is replaced
        in one atomic rename, so a reader sees either the old bytes or the genuine ones.
        """
        final = self.path_of(sha256)
        repaired = os.path.lexists(final)
        if repaired and self._holds(final, sha256):
            return StoredFile(sha256, size, media_type, already_stored=True)
        try:
            self._make_folders(final.parent)
            # Kept unchanged: the vault's files are read-only.
            os.chmod(temporary, team_folder.FILE_MODE if self.shared else 0o400)
            os.replace(temporary, final)
            fsync_folder(final.parent)
        except OSError as error:
            # A colleague's identical copy may have taken the name meanwhile, and a share
            # (SMB) may refuse to replace that read-only file: the content is stored all
            # the same.
            if os.path.lexists(final) and self._holds(final, sha256):
                return StoredFile(sha256, size, media_type, already_stored=True)
            raise VaultNotWritable(messages.not_writable(self.root, error)) from error
        return StoredFile(sha256, size, media_type, already_stored=False, repaired=repaired)

    def _make_folders(self, folder: Path) -> None:
        """Make ``root/ab/cd``; raises OSError. In the team's folder the two levels are
        shared with the folder's group, whatever the umask."""
        if not self.shared:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            return
        for level in (folder.parent, folder):
            if not level.is_dir():
                level.mkdir(mode=team_folder.FOLDER_MODE, exist_ok=True)
                team_folder.share_with_group(level, team_folder.FOLDER_MODE)

    def _holds(self, path: Path, sha256: str) -> bool:
        """Whether ``path`` is a regular file (not a link) whose content has ``sha256``."""
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                return False
        except OSError:
            return False
        return self.hash_of_stored(sha256) == sha256

    # -- giving files out, checking, deleting ----------------------------------------------

    def copy_out(
        self,
        sha256: str,
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Copy a stored file to ``target`` (a new file), checking its hash on the way."""
        stored = self.path_of(sha256)
        try:
            handle = stored.open("rb", buffering=0)
        except OSError as error:
            raise StoredFileDamaged(messages.stored_missing(sha256)) from error
        partial = target.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}")
        try:
            with handle, partial.open("xb", buffering=0) as out:

                def write(chunk: memoryview) -> None:
                    while chunk:
                        chunk = chunk[out.write(chunk) or 0 :]

                size = stored.stat().st_size
                found, _ = self._read_chunks(handle, stored, size, write, progress, cancelled)
                os.fsync(out.fileno())
            if found != sha256:
                raise StoredFileDamaged(messages.stored_altered(sha256))
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    def hash_of_stored(self, sha256: str) -> str | None:
        """The SHA-256 the stored file has now; None when it is missing or unreadable."""
        try:
            with self.path_of(sha256).open("rb", buffering=0) as handle:
                found, _ = self._read_chunks(
                    handle, self.path_of(sha256), 0, lambda _: None, None, None
                )
        except (OSError, FileUnreadable):
            return None
        return found

    def delete(self, sha256: str) -> None:
        """Remove a stored file for good (a purge); a file already gone is no error."""
        path = self.path_of(sha256)
        try:
            # Windows refuses to delete a read-only file; a colleague's file in the team's
            # folder may not be chmod-ed here, but is removable all the same.
            with contextlib.suppress(PermissionError):
                os.chmod(path, 0o600)
            path.unlink()
        except FileNotFoundError:
            return
        for folder in (path.parent, path.parent.parent):
            try:
                folder.rmdir()
            except OSError:
                break  # not empty: other files share the folder

    def leftover_temporaries(self) -> list[Path]:
        """Temporary files of copies cut short by a crash (never referenced by the database)."""
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(f"{TEMP_PREFIX}*"))


def _lock_while_writing(temporary: Path) -> int | None:
    """Mark a temporary as a copy under way, until the returned descriptor is closed or the
    process ends, however it ends (see :mod:`caseworker.vault.leftovers`).

    The lock has a descriptor of its own, so that it lasts from the first byte written to
    the rename (hashing the stored copy may take a while). Where locks are not supported
    (Windows, some network shares) the clean-up's age rule alone protects the copy.
    """
    if fcntl is None:
        return None
    try:
        descriptor = os.open(temporary, os.O_WRONLY)  # a write lock on NFS needs write mode
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _unchanged_check(
    source: Path, handle: BinaryIO, before: os.stat_result
) -> Callable[[int], None]:
    """A check that ``source`` is still the file ``before`` describes, ``read`` bytes long."""

    def check(read: int) -> None:
        try:
            opened = os.fstat(handle.fileno())
            named = source.stat()
        except OSError as error:
            raise _unreadable(source, error) from error
        expected = _identity(before)
        if read != before.st_size or _identity(opened) != expected or _identity(named) != expected:
            raise FileChanged(messages.changed(source))

    return check
