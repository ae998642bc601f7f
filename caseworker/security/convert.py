"""Protecting a plain database with a passphrase: its file and its evidence vault encrypted.

:func:`encrypt_plain_database` makes new keys, an encrypted copy of the database
(:func:`caseworker.db.encrypt.encrypt_database`, verified: integrity and row counts) and a
sealed copy of every vault file (each decrypted again and its SHA-256 compared), all in a
staging folder beside the database; only then swaps them in by renames, the keys file last,
and removes the plain files (:mod:`caseworker.security.convert_swap` says why a crash at any
moment leaves the plain database as it was, or the protected one whole). A conversion
interrupted before its keys file was placed is undone by :func:`finish_interrupted` (called
by :func:`caseworker.db.open_database` and by the next conversion).

The database must not be open in this process (dispose of its engine first: one file is
never opened through both ``sqlite3`` and ``sqlcipher3`` in one process), nor in another:
that is refused. No Qt here; the window runs this in the background.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from caseworker.cache_folder import forget_thumbnails
from caseworker.db.encrypt import encrypt_database
from caseworker.db.engine import BUSY_TIMEOUT_MS, writable
from caseworker.errors import CaseworkerError, DatabaseError
from caseworker.i18n import translate
from caseworker.progress import Cancelled, Progress
from caseworker.security.access import check_new_passphrase, create_keys
from caseworker.security.convert_swap import (
    ConversionUnderWay,
    Step,
    finish_interrupted,
    keys_beside,
    lock_staging,
    recover,
    remove_tree,
    side_files,
    staging_of,
    swap,
    vault_of,
)
from caseworker.security.keys import DerivedKeys
from caseworker.vault.errors import CopyCancelled
from caseworker.vault.store import SPACE_RESERVE, is_sha256

_SQLITE_HEADER = b"SQLite format 3\x00"

__all__ = [
    "ConversionCancelled",
    "ConversionRefused",
    "ConversionUnderWay",
    "Converted",
    "close_for_conversion",
    "encrypt_plain_database",
    "finish_interrupted",
    "reopen_after_conversion",
]


class ConversionRefused(CaseworkerError):
    """The database cannot be converted; the sentence says why. Nothing was changed."""


class ConversionCancelled(CaseworkerError):
    """The caseworker cancelled; the plain database is as it was."""


@dataclass(frozen=True, repr=False)
class Converted:
    """A database now protected: its keys, the recovery code to show once, what was copied."""

    database: Path
    keys: DerivedKeys
    recovery_code: str
    files: int
    rows: int
    #: Plain copies of the database left beside it, readable (see :func:`plain_copies_beside`).
    plain_copies: tuple[Path, ...] = ()

    def __repr__(self) -> str:
        return f"Converted({str(self.database)!r}, files={self.files}, rows={self.rows})"


def _no_step(_name: str) -> None:
    return None


def _barred(*_args: Any) -> Any:
    raise DatabaseError(
        translate(
            "Encrypt",
            "The database is being protected with a passphrase; it opens again when that "
            "has finished.",
        )
    )


def close_for_conversion(engine: Engine) -> None:
    """Close the plain database's connections and refuse new ones (each attempt raises
    DatabaseError with a sentence) until :func:`reopen_after_conversion`: the window's
    engine must not open the file while it is converted, nor after it is swapped."""
    engine.dispose()
    if not event.contains(engine, "do_connect", _barred):
        event.listen(engine, "do_connect", _barred)


def reopen_after_conversion(engine: Engine) -> None:
    """Let the engine connect again (a conversion that failed or was cancelled)."""
    if event.contains(engine, "do_connect", _barred):
        event.remove(engine, "do_connect", _barred)


def encrypt_plain_database(
    database: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    step: Step = _no_step,
) -> Converted:
    """Protect the plain ``database`` file and its vault with ``passphrase``.

    ``progress(done, total)`` is told bytes copied and verified; ``cancelled()`` is asked
    between files and chunks (until the swap begins, which is quick). Raises
    PassphraseTooShort, ConversionRefused (already protected, not a plain database, read-only,
    open elsewhere, not enough space, a file or folder behind a symbolic link, a damaged vault
    file, a copy failing verification, a file that cannot be written or moved),
    ConversionCancelled, ConversionUnderWay; in every case the plain database is as it was.
    """
    check_new_passphrase(passphrase)
    database = Path(os.path.abspath(database))
    finish_interrupted(database)
    _refuse_if_unfit(database)
    files = _vault_files(vault_of(database))
    vault_bytes = sum(size for _path, size in files)
    total = database.stat().st_size + 2 * vault_bytes
    _refuse_without_space(database, database.stat().st_size + vault_bytes + vault_bytes // 100)
    staging = staging_of(database)
    try:
        staging.mkdir(mode=0o700)
    except FileExistsError:
        raise ConversionUnderWay(database) from None
    except OSError as error:
        raise _refused(database, error.strerror or str(error)) from error
    try:
        lock = lock_staging(staging, database)
    except OSError as error:
        with contextlib.suppress(OSError):
            remove_tree(staging)
        raise _refused(database, error.strerror or str(error)) from error
    result: Converted | None = None
    try:
        _refuse_if_open_elsewhere(database)
        before = _state_of(database)
        step("staging")
        result = _build(database, staging, passphrase, files, total, progress, cancelled, step)
        if cancelled is not None and cancelled():
            raise ConversionCancelled(_cancelled_sentence())
        if _state_of(database) != before:
            raise _refused(database, _changed_sentence())
        swap(database, staging, step)
    except BaseException as error:
        committed = recovered = False
        with contextlib.suppress(OSError):
            committed = recover(database, staging)
            recovered = True
        if isinstance(error, OSError) and recovered and not committed:
            # A file that could not be written or moved: the plain files are back.
            raise _refused(database, error.strerror or str(error)) from error
        if not committed or result is None:
            raise
        # Interrupted (Ctrl+C) just after the keys file was placed: the database is
        # protected, and its recovery code must still be shown.
    finally:
        if lock is not None:
            os.close(lock)
    with contextlib.suppress(OSError):  # the next open finishes it otherwise
        remove_tree(staging)
        step("plain files removed")
    forget_thumbnails()  # pictures of the files, cached in plain while they were plain
    assert result is not None
    return replace(result, plain_copies=plain_copies_beside(database))


def plain_copies_beside(database: Path) -> tuple[Path, ...]:
    """The plain (unencrypted) copies of ``database`` that earlier work left beside it, which
    its protection does not touch (they may hold what the database no longer does): the copy
    made before a schema upgrade (``cases.sqlite.before-0015.bak``, see
    :mod:`caseworker.db.migrate`) and the database a restore kept aside
    (``cases.before-restore-<time>.sqlite``, see :mod:`caseworker.backup.restore`) with its
    evidence folder. Raises nothing (what cannot be read is left out)."""
    suffix = database.suffix or ".sqlite"
    upgrades = database.parent.glob(f"{glob.escape(database.name)}.before-*.bak")
    kept = database.parent.glob(f"{glob.escape(database.stem)}.before-restore-*{suffix}")
    found: list[Path] = []
    try:
        for path in sorted(upgrades):
            if _is_plain_database(path):
                found.append(path)
        for path in sorted(kept):
            if _is_plain_database(path):
                found.append(path)
                vault = vault_of(path)
                if vault.is_dir() and not vault.is_symlink():
                    found.append(vault)
    except OSError:
        pass
    return tuple(found)


def _is_plain_database(path: Path) -> bool:
    """A regular file beginning as a plain SQLite database. Raises nothing."""
    try:
        if path.is_symlink() or not path.is_file():
            return False
        with path.open("rb") as stream:
            return stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _build(
    database: Path,
    staging: Path,
    passphrase: str,
    files: list[tuple[Path, int]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    step: Step,
) -> Converted:
    """The keys, the encrypted copy and the sealed vault in ``staging``, all verified."""
    from caseworker.vault.sealed_store import SealedVault

    unlocked, code = create_keys(staging / database.name, passphrase)
    step("keys")
    done = 0

    def report(bytes_done: int, _expected: int) -> None:
        if progress is not None:
            progress(min(done + bytes_done, total), total)

    copy = encrypt_database(database, staging / database.name, unlocked.keys.database)
    done += database.stat().st_size
    report(0, 0)
    step("database")
    sealed = SealedVault(staging / vault_of(database).name, unlocked.keys)
    try:
        for path, size in files:
            stored = sealed.store_file(path, progress=report, cancelled=cancelled)
            if stored.sha256 != path.name:
                raise _refused(database, _damaged_sentence(path))
            done += size
            step("file")
        for path, size in files:
            if sealed.hash_of_stored(path.name) != path.name:
                raise _refused(database, _unverified_sentence(path))
            done += size
            report(0, 0)
            if cancelled is not None and cancelled():
                raise ConversionCancelled(_cancelled_sentence())
        step("verified")
    except CopyCancelled:
        raise ConversionCancelled(_cancelled_sentence()) from None
    return Converted(database, unlocked.keys, code, len(files), sum(copy.rows.values()))


def _vault_files(vault: Path) -> list[tuple[Path, int]]:
    """The stored files of a plain vault (``ab/cd/<sha256>``) and their sizes; temporaries of
    unfinished copies and anything else are left out (and go with the plain vault)."""
    if not vault.is_dir():
        return []
    found: list[tuple[Path, int]] = []
    for path in sorted(vault.glob("??/??/*")):
        name = path.name
        in_place = path.parent.name == name[2:4] and path.parent.parent.name == name[:2]
        if is_sha256(name) and in_place and path.is_file() and not path.is_symlink():
            found.append((path, path.stat().st_size))
    return found


def _refuse_if_unfit(database: Path) -> None:
    if keys_beside(database).exists():
        raise ConversionRefused(
            translate(
                "Encrypt",
                "The database {location} is already protected with a passphrase. Nothing was "
                "changed.",
            ).format(location=database)
        )
    linked = _link_among(database)
    if linked is not None:
        raise _refused(
            database,
            translate(
                "Encrypt",
                "{path} is a link to another place, where the plain files would stay readable; "
                "put the files themselves in its place first",
            ).format(path=linked),
        )
    try:
        with database.open("rb") as stream:
            header = stream.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        raise _refused(database, translate("Encrypt", "there is no such file")) from None
    except OSError as error:
        raise _refused(database, error.strerror or str(error)) from error
    if header != _SQLITE_HEADER:
        raise _refused(
            database, translate("Encrypt", "it is not a plain database (encrypted already?)")
        )
    if not writable(database) or any(
        os.path.lexists(path) and not os.access(path, os.W_OK) for path in side_files(database)
    ):
        raise _refused(database, translate("Encrypt", "the file or its folder cannot be written"))


def _link_among(database: Path) -> Path | None:
    """The first symbolic link among the database's files and its vault (the vault itself,
    or anything in it), else None: the swap moves a link aside and removes it, never what it
    points to, which would stay plain. Raises nothing."""
    vault = vault_of(database)
    for path in (database, *side_files(database), vault):
        if path.is_symlink():
            return path
    for folder, folders, files in os.walk(vault, followlinks=False):
        for name in (*folders, *files):
            if os.path.islink(os.path.join(folder, name)):
                return Path(folder, name)
    return None


def _refuse_without_space(database: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(database.parent).free
    except OSError:
        return
    needed += SPACE_RESERVE
    if needed > free:
        raise _refused(
            database,
            translate(
                "Encrypt", "the disk has {free} MB free and the copy needs about {needed} MB"
            ).format(free=free // 1_000_000, needed=needed // 1_000_000 + 1),
        )


def _refuse_if_open_elsewhere(database: Path) -> None:
    """Refuse when another window or program has the database open: it would go on writing
    to the plain file after the swap. Takes the database's exclusive lock a moment (which
    also folds its write-ahead log into it)."""
    from caseworker.db import cipher

    connection = cipher.cipher_module().connect(str(database), isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {min(BUSY_TIMEOUT_MS, 2000)}")
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("ROLLBACK")
    except cipher.driver_errors() as error:
        raise _refused(
            database,
            translate(
                "Encrypt", "another window or program has it open ({reason}); close it first"
            ).format(reason=error),
        ) from error
    finally:
        connection.close()


def _state_of(database: Path) -> tuple[tuple[int, int, int], int]:
    """The database file's identity, size and time of change, and its write-ahead log's size:
    another program writing meanwhile changes one of them (and its writes would be lost by
    the swap). A reader (the copy) may leave an empty log behind: size 0, as none."""
    info = database.stat()
    try:
        log = database.with_name(database.name + "-wal").stat().st_size
    except FileNotFoundError:
        log = 0
    return (info.st_ino, info.st_size, info.st_mtime_ns), log


def _changed_sentence() -> str:
    return translate(
        "Encrypt",
        "another window or program changed it meanwhile; close it and try again",
    )


def _refused(database: Path, reason: str) -> ConversionRefused:
    return ConversionRefused(
        translate(
            "Encrypt",
            "The database {location} cannot be protected with a passphrase: {reason}. "
            "Nothing was changed.",
        ).format(location=database, reason=reason)
    )


def _damaged_sentence(path: Path) -> str:
    return translate(
        "Encrypt",
        "the evidence file {name} no longer matches its fingerprint (damaged?); run “check”",
    ).format(name=path.name)


def _unverified_sentence(path: Path) -> str:
    return translate(
        "Encrypt", "the encrypted copy of the evidence file {name} did not read back the same"
    ).format(name=path.name)


def _cancelled_sentence() -> str:
    return translate(
        "Encrypt", "Protection with a passphrase was cancelled; the database is as it was."
    )
