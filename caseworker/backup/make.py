"""Make a backup: copy, verify, and only then rename it into place; then rotate old ones.

Steps, under a lock file in the backup root (two programs never back up into one root at
once): the database is copied in one step of SQLite's online backup with its rows counted in
the same read transaction (:mod:`caseworker.backup.copy`), into a hidden ``.partial-…``
folder; the copy is verified (it opens, ``PRAGMA integrity_check`` says ok, the rows per
table are those counted); the keys file beside the database (``<name>.keys``) is copied; the
vault's new files are copied into the root's ``evidence/``; ``manifest.json`` is written and
flushed; and only then is the folder renamed to its UTC time. A failure anywhere removes the
hidden folder and leaves the earlier backups as they were.

Idempotent by content: when the newest backup holds the same database (the copy's SHA-256),
keys file and vault files, no second backup is kept and the newest one is returned, however
soon or late it is asked for again. An encrypted copy's bytes differ at every copy, so there
it is by time: the same rows per table within a minute (see ``Manifest.same_content``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseworker.backup import rotation
from caseworker.backup.copy import (
    Connect,
    connect_plain,
    copy_database,
    is_database_error,
    is_plain_sqlite,
    verify_copy,
)
from caseworker.backup.errors import BackupError, BackupFolderUnreachable
from caseworker.backup.manifest import (
    MANIFEST,
    OWN_FOLDER,
    PARTIAL_PREFIX,
    SHARED_VAULT,
    Backup,
    Manifest,
    folder_name,
    free_name,
    is_backup_name,
    list_backups,
)
from caseworker.backup.vault_copy import (
    FOLDER_MODE,
    copy_new_files,
    private_writer,
    prune,
    vault_files,
)
from caseworker.db.cipher import keys_file_of
from caseworker.durable import fsync_folder
from caseworker.i18n import translate

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"
#: Left free on the backup disk beyond the backup itself.
SPARE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class BackupResult:
    """The backup that holds the database now; ``made`` is False when the newest backup
    already held the same content. ``copied_files``: vault files copied this time;
    ``removed``: older backups rotated away."""

    backup: Backup
    made: bool
    copied_files: int = 0
    removed: tuple[Path, ...] = ()


def vault_of(database_file: Path) -> Path:
    """The evidence vault's folder beside a database file (as the vault itself finds it)."""
    from caseworker.vault.store import EvidenceVault

    return EvidenceVault.beside(database_file).root


def sha256_of(path: Path) -> str:
    """Raises OSError when the file cannot be read."""
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(4 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def root_lock(root: Path) -> Iterator[None]:
    """Hold the backup root's lock file while inside (waits for another holder)."""
    if fcntl is None:
        yield
        return
    with (root / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def chosen_folder(root: Path) -> Path:
    """The folder the caseworker chose, of a backup root: ``<chosen>`` of
    ``<chosen>/Caseworker backups/<name>-<tag>`` (see ``database_backups``); a root given
    otherwise is its own chosen folder's child, so its parent. Raises nothing."""
    return root.parent.parent if root.parent.name == OWN_FOLDER else root.parent


def make_root(root: Path) -> None:
    """Make the backup root, but never the folder the caseworker chose (:func:`chosen_folder`)
    nor its parents: a chosen folder on a disk that is not connected now is missing, and
    making it would put the backups on whatever disk holds its mount point (``/media/…``),
    where nobody looks for them. Only ``Caseworker backups`` and the database's own folder in
    it are made, readable by their owner only.

    Raises BackupFolderUnreachable when the chosen folder is missing, BackupError when a
    folder cannot be made."""
    chosen = chosen_folder(root)
    if not chosen.is_dir():
        raise unreachable(chosen)
    try:
        for folder in (root.parent, root) if root.parent != chosen else (root,):
            if not folder.is_dir():
                folder.mkdir(mode=FOLDER_MODE)
    except OSError as error:
        raise _failed(error.strerror or error) from error


def unreachable(chosen: Path) -> BackupFolderUnreachable:
    """The sentence for a chosen folder that is not there."""
    return BackupFolderUnreachable(
        translate(
            "Backup",
            "The backups folder {folder} cannot be reached: is its disk connected? Make the "
            "folder or choose another one. Nothing was backed up.",
        ).format(folder=chosen)
    )


def _failed(reason: object) -> BackupError:
    return BackupError(
        translate(
            "Backup", "The backup could not be made ({reason}); the earlier backups are unchanged."
        ).format(reason=reason)
    )


def make_backup(
    database_file: Path,
    root: Path,
    *,
    connect: Connect = connect_plain,
    now: datetime | None = None,
    kind: str = "",
) -> BackupResult:
    """Back up ``database_file``, its keys file and its vault into ``root`` (made if need be,
    inside the folder the caseworker chose: see :func:`make_root`).

    ``connect`` opens the database and the copy (an encrypted database's connections keyed
    alike); ``kind`` says who asked (``manifest.AUTOMATIC``…). Raises BackupError
    (BackupDamaged when the copy fails verification,
    BackupFolderUnreachable when the chosen folder is missing) with a sentence; nothing is
    left that looks like a backup then.
    """
    if not database_file.is_file():
        raise _failed(
            translate("Backup", "the database {location} is not a file").format(
                location=database_file
            )
        )
    make_root(root)
    try:
        with root_lock(root):
            return _make(database_file, root, connect, now or datetime.now(UTC), kind)
    except BackupError:
        raise
    except OSError as error:
        raise _failed(error.strerror or error) from error
    except Exception as error:
        if is_database_error(error):
            raise _failed(error) from error
        raise


def _make(
    database_file: Path, root: Path, connect: Connect, now: datetime, kind: str
) -> BackupResult:
    for leftover in root.glob(PARTIAL_PREFIX + "*"):  # of a backup interrupted earlier
        shutil.rmtree(leftover, ignore_errors=True)
    _check_room(database_file, root)
    partial = root / f"{PARTIAL_PREFIX}{folder_name(now)}-{uuid.uuid4().hex[:8]}"
    partial.mkdir(mode=FOLDER_MODE)
    try:
        return _fill(database_file, root, partial, connect, now, kind)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _room_needed(database_file: Path, root: Path) -> int:
    """The database with its WAL, and the vault files the root does not hold yet."""
    needed = SPARE_BYTES
    for path in (database_file, database_file.with_name(database_file.name + "-wal")):
        if path.is_file():
            needed += path.stat().st_size
    shared = root / SHARED_VAULT
    for relative, size in vault_files(vault_of(database_file)):
        if not (shared / relative).is_file():
            needed += size
    return needed


def _check_room(database_file: Path, root: Path) -> None:
    """Raises BackupError when the backup would not fit on the disk of ``root``."""
    needed, free = _room_needed(database_file, root), shutil.disk_usage(root).free
    if free < needed:
        raise _failed(
            translate(
                "Backup", "the disk of {folder} has {free} MB free and the backup needs {needed} MB"
            ).format(folder=root, free=free // 1_000_000, needed=-(-needed // 1_000_000))
        )


def _fill(
    database_file: Path, root: Path, partial: Path, connect: Connect, now: datetime, kind: str
) -> BackupResult:
    copy = partial / database_file.name
    private_writer(copy).close()  # SQLite keeps an existing file's mode (and its journal's)
    source = connect(database_file, True)
    try:
        target = connect(copy, False)
        try:
            counts = copy_database(source, target)
        finally:
            target.close()
    finally:
        source.close()
    verify_copy(copy, counts, connect)
    keys = keys_file_of(database_file)
    keys_sha256 = None
    if keys.is_file():
        with keys.open("rb") as reader, private_writer(partial / keys.name) as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())
        keys_sha256 = sha256_of(partial / keys.name)
    vault = vault_of(database_file)
    manifest = Manifest(
        taken_at=now,
        database=copy.name,
        database_sha256=sha256_of(copy),
        database_size=copy.stat().st_size,
        counts=counts,
        keys_file=keys.name if keys_sha256 else None,
        keys_sha256=keys_sha256,
        vault=vault_files(vault),
        source=str(database_file),
        encrypted=not is_plain_sqlite(copy),
        kind=kind,
    )
    earlier = list_backups(root)
    if earlier and earlier[-1].manifest.same_content(manifest):
        return BackupResult(earlier[-1], made=False)
    held, copied = copy_new_files(vault, root / SHARED_VAULT, manifest.vault)
    manifest = Manifest(**{**manifest.__dict__, "vault": held})
    with private_writer(partial / MANIFEST) as writer:
        writer.write(manifest.to_json().encode())
        writer.flush()
        os.fsync(writer.fileno())
    fsync_folder(partial)
    final = free_name(root, now)
    os.replace(partial, final)
    fsync_folder(root)
    backup = Backup(final, manifest)
    removed = rotate(root, new=final)
    return BackupResult(backup, made=True, copied_files=copied, removed=removed)


def rotate(root: Path, new: Path | None = None) -> tuple[Path, ...]:
    """Delete the backups :func:`rotation.choose_kept` does not keep, then the vault files
    that no kept backup lists; return the deleted backups' folders. Call it only after a new
    backup has been verified; that one (``new``) is kept even when the clock has gone back
    and it looks older than others. Raises OSError when the root cannot be read."""
    backups = list_backups(root)
    kept_times = rotation.choose_kept(backup.taken_at for backup in backups)
    # Two backups in one second share a time: only the last of them is kept.
    newest_at: dict[datetime, Backup] = {backup.taken_at: backup for backup in backups}
    kept = [backup for at, backup in newest_at.items() if at in kept_times]
    kept += [backup for backup in backups if backup.path == new and backup not in kept]
    removed = tuple(backup.path for backup in backups if backup not in kept)
    for folder in removed:
        shutil.rmtree(folder)
    if _all_readable(root, len(backups) - len(removed)):
        listed = {path for backup in kept for path, _size in backup.manifest.vault}
        prune(root / SHARED_VAULT, listed)
    return removed


def _all_readable(root: Path, read: int) -> bool:
    """Whether the backup folders under ``root`` are the ``read`` ones: a folder whose
    manifest cannot be read (damaged, or written by a newer version) may hold any vault file,
    so none is pruned."""
    with os.scandir(root) as entries:
        folders = sum(
            1
            for entry in entries
            if entry.is_dir(follow_symlinks=False) and is_backup_name(entry.name)
        )
    return folders == read
