"""Copies of stored files opened in the system's viewer, and their removal.

A viewer needs a file, so "Open" copies the stored file out (decrypted, from a sealed vault)
into a private folder of the program's own (mode 0700, under the user's cache folder):
``opened/<session>/<first 16 digits of the SHA-256>/<the file's name>``. Each running
program has a session folder of its own, held by a lock; it is removed when the program
closes, and a session left by a program that crashed is removed at the next start (a
session still held by another running Caseworker is left alone).

Light on purpose: the window's start-up calls :func:`remove_leftovers`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caseworker.cache_folder import ENV_CACHE as ENV_CACHE  # importable from here as before
from caseworker.cache_folder import cache_base as cache_base

try:
    import fcntl
except ImportError:  # Windows: a held file cannot be deleted, which tells the same
    fcntl = None  # type: ignore[assignment]

HELD = ".held"
#: A session folder without its lock yet is left alone this long (it may be being made).
YOUNG_SECONDS = 60.0


def opened_root() -> Path:
    """Where the session folders of opened copies lie."""
    return cache_base() / "opened"


def open_hint() -> str:
    """A sentence for buttons and tooltips that open a copy."""
    return QCoreApplication.translate(
        "EvidenceActions",
        "Opens a read-only copy with the system’s viewer; the copy is removed when Caseworker "
        "closes.",
    )


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) and keep it to the user alone."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def _writable(function: Callable[[str], object], path: str, _error: object) -> None:
    """rmtree's retry for a read-only copy (Windows refuses to delete one)."""
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
        function(path)


def _remove_tree(folder: Path) -> None:
    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=_writable)
    else:
        shutil.rmtree(folder, onerror=_writable)


class OpenedCopies:
    """This program's session folder of opened copies, made when first needed."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._session: Path | None = None
        self._held: int | None = None

    def path_for(self, sha256: str, name: str) -> Path:
        """Where the copy of the stored file ``sha256``, called ``name``, is put; its folder
        is made (private). Raises OSError when it cannot be."""
        folder = self._ensure_session() / sha256[:16]
        _private_folder(folder)
        return folder / name

    def session(self) -> Path | None:
        return self._session

    def remove(self) -> None:
        """Remove this session's copies (the program closes); a copy still open in a viewer
        goes where the system allows (at once on Linux and macOS)."""
        session, self._session = self._session, None
        if self._held is not None:
            os.close(self._held)
            self._held = None
        if session is not None:
            with contextlib.suppress(OSError):
                _remove_tree(session)

    def _ensure_session(self) -> Path:
        root = self._root if self._root is not None else opened_root()
        if self._session is not None and self._session.parent != root:
            self.remove()  # the cache folder was changed (tests)
        if self._session is None:
            _private_folder(root)
            session = root / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
            _private_folder(session)
            self._held = _hold(session / HELD)
            self._session = session
        return self._session


def _hold(path: Path) -> int:
    """Open (and on POSIX lock) the session's held file for the program's lifetime."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is not None:
        # Without locks (some network shares) the clean-up cannot lock it either: kept.
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return descriptor


def _held_elsewhere(session: Path) -> bool:
    """Whether a running program still holds the session ``session``."""
    held = session / HELD
    if fcntl is None:
        try:
            held.unlink()
        except FileNotFoundError:
            return False
        except OSError:
            return True  # open in the program that made it
        return False
    try:
        descriptor = os.open(held, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def remove_leftovers(root: Path | None = None, now: float | None = None) -> int:
    """Remove the opened copies left by programs that ended without removing them (a crash,
    a power cut), and those of older versions; return how many folders went. Sessions held
    by a running Caseworker, and folders made moments ago, are kept."""
    root = root if root is not None else opened_root()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    now = time.time() if now is None else now
    removed = 0
    for entry in entries:
        path = Path(entry.path)
        try:
            if not entry.is_dir(follow_symlinks=False):
                path.unlink()
                removed += 1
                continue
            young = now - entry.stat(follow_symlinks=False).st_mtime < YOUNG_SECONDS
            if (young and not (path / HELD).exists()) or _held_elsewhere(path):
                continue
            _remove_tree(path)
            removed += 1
        except OSError:
            continue  # tried again at the next start
    return removed


#: The copies of this program.
copies = OpenedCopies()


_installed: list[QCoreApplication] = []


def install(app: QCoreApplication) -> int:
    """At the window's start: remove what a crash left (return how many folders went), and
    have this session's copies removed when ``app`` quits or, failing that, at exit."""
    removed = remove_leftovers()
    if app not in _installed:
        _installed.append(app)
        app.aboutToQuit.connect(copies.remove)
        if len(_installed) == 1:
            atexit.register(copies.remove)
    return removed
