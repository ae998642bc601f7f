"""The evidence vault in backups: each file copied once into the backup root's ``evidence/``.

Vault files are named by their content (a SHA-256 today, a keyed hash once the vault is
encrypted) and never change under a name, so a file already in ``evidence/`` with the same
size is not copied again: each backup copies only the files added since. A backup's manifest
lists the files it holds; a file no kept backup lists is deleted when old backups are rotated
away. (Hard links between backup folders were the alternative; they fail on the FAT and exFAT
disks and the synced folders that caseworkers use for backups.) Files are copied under a
hidden temporary name, flushed to disk and only then renamed, as the vault itself does.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

INCOMING = ".incoming-"
#: Backups hold what the database holds: readable by the caseworker's account only.
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folders(folder: Path) -> None:
    """Make ``folder`` and its missing parents, each readable by its owner only.
    Raises OSError when one cannot be made."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir(mode=FOLDER_MODE, exist_ok=True)


def private_writer(path: Path) -> BinaryIO:
    """A new file open for writing, readable by its owner only; raises FileExistsError
    when ``path`` exists, OSError when it cannot be made."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, FILE_MODE)
    return os.fdopen(descriptor, "wb")


def vault_files(root: Path) -> list[tuple[str, int]]:
    """The files of the vault at ``root`` (relative paths with ``/``, sizes), hidden ones
    (unfinished copies) and links left out; none when there is no vault.

    Raises OSError when a folder cannot be read."""
    if not root.is_dir():
        return []
    found = []
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            info = path.lstat()
            if path.is_symlink() or not path.is_file():
                continue
            found.append((path.relative_to(root).as_posix(), info.st_size))
    return found


def _copy_file(source: Path, target: Path) -> None:
    private_folders(target.parent)
    temporary = target.with_name(f"{INCOMING}{uuid.uuid4().hex}")
    try:
        with source.open("rb") as reader, private_writer(temporary) as writer:
            shutil.copyfileobj(reader, writer, 4 * 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def copy_new_files(
    vault: Path, shared: Path, files: Iterable[tuple[str, int]]
) -> tuple[list[tuple[str, int]], int]:
    """Copy into ``shared`` the files it does not hold yet; return the files now held (a file
    removed from the vault meanwhile is left out) and how many were copied.

    Raises OSError when a file cannot be read or written."""
    held, copied = [], 0
    for relative, size in files:
        target = shared / relative
        if _has(target, size):
            held.append((relative, size))
            continue
        try:
            _copy_file(vault / relative, target)
        except FileNotFoundError:
            if (vault / relative).exists():
                raise
            continue  # purged from the vault since it was listed
        held.append((relative, target.stat().st_size))
        copied += 1
    return held, copied


def _has(path: Path, size: int) -> bool:
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:
        return False


def missing_files(shared: Path, files: Iterable[tuple[str, int]]) -> list[str]:
    """The listed files that ``shared`` lacks or holds at another size."""
    return [relative for relative, size in files if not _has(shared / relative, size)]


def copy_back(shared: Path, files: Iterable[tuple[str, int]], target_root: Path) -> None:
    """Copy the listed files from ``shared`` into a new vault at ``target_root``.

    Raises OSError when a file cannot be read or written."""
    private_folders(target_root)
    for relative, _size in files:
        _copy_file(shared / relative, target_root / relative)


def prune(shared: Path, keep: set[str]) -> int:
    """Delete the files of ``shared`` that no kept backup lists, and unfinished copies; return
    how many were deleted. Raises OSError when a folder cannot be read."""
    if not shared.is_dir():
        return 0
    deleted = 0
    for folder, folders, files in os.walk(shared, topdown=False):
        for name in files:
            path = Path(folder) / name
            if path.relative_to(shared).as_posix() not in keep:
                path.unlink(missing_ok=True)
                deleted += 1
        for name in folders:
            with contextlib.suppress(OSError):
                (Path(folder) / name).rmdir()  # only when empty
    return deleted
