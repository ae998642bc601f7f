"""The staging folder of a conversion to an encrypted database, the swap, and what a crash
left of either.

``cases.sqlite`` is converted in ``cases.sqlite.encrypting/`` beside it::

    .lock                  held (flock) by the converting process while it lives
    cases.sqlite           the encrypted, verified copy
    cases.sqlite.keys      its keys file
    cases.evidence/        the sealed vault
    plain/                 the plain files, moved aside during the swap

Nothing beside the database changes until the copy and the sealed vault are verified. The
swap then renames, in this order: the plain database (and its ``-wal``, ``-shm``) and the
plain vault into ``plain/``, the sealed vault and the encrypted database into their places,
and last the keys file beside the database: that rename is the commit. A keys file beside
the database therefore always means an encrypted database and a sealed vault; before it
appears, whatever a crash left is put back (:func:`recover`): the plain files return to
their names and the staging folder goes, so the plain database is as it was. After it,
only ``plain/`` is left to remove.

A staging folder whose lock is held is a conversion under way in another process: it is
never touched (:class:`ConversionUnderWay`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from caseworker.durable import fsync_folder
from caseworker.errors import DatabaseError
from caseworker.i18n import translate

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a crashed conversion is found by its folder
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".encrypting"
PLAIN = "plain"
LOCK = ".lock"
KEYS_SUFFIX = ".keys"
#: The files SQLite keeps beside a database.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

#: Told the name of each step done (a test kills the process at one of them).
Step = Callable[[str], None]


class ConversionUnderWay(DatabaseError):
    """Another process is converting this database now."""

    def __init__(self, database: Path) -> None:
        super().__init__(
            translate(
                "Encrypt",
                "The database {location} is being protected with a passphrase by another "
                "window or program. Wait until it has finished. Nothing was changed.",
            ).format(location=database)
        )


def staging_of(database: Path) -> Path:
    """The staging folder of ``database``'s conversion: ``cases.sqlite.encrypting``."""
    return database.with_name(database.name + SUFFIX)


def vault_of(database: Path) -> Path:
    """The evidence folder of a database file (``cases.sqlite`` → ``cases.evidence``)."""
    return database.with_suffix(".evidence")


def keys_beside(database: Path) -> Path:
    return database.with_name(database.name + KEYS_SUFFIX)


def side_files(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in SIDE_SUFFIXES]


def lock_staging(staging: Path, database: Path) -> int | None:
    """Hold the staging folder's lock until the descriptor returned is closed (or the process
    ends); None where locks are not supported. Raises ConversionUnderWay when another process
    holds it, OSError when the lock file cannot be made."""
    descriptor = os.open(staging / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is None:
        return descriptor
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise ConversionUnderWay(database) from None
    return descriptor


def swap(database: Path, staging: Path, step: Step) -> None:
    """Put the verified encrypted copy, its sealed vault and keys file in place of the plain
    ones (see the module's note), the keys file last. Raises OSError; :func:`recover` then
    puts the plain files back."""
    aside = staging / PLAIN
    aside.mkdir(mode=0o700, exist_ok=True)
    vault = vault_of(database)
    for path in (database, *side_files(database)):
        if os.path.lexists(path):
            os.replace(path, aside / path.name)
    fsync_folder(database.parent)
    step("plain database aside")
    if os.path.lexists(vault):
        os.replace(vault, aside / vault.name)
        fsync_folder(database.parent)
        step("plain vault aside")
    sealed = staging / vault.name
    if sealed.is_dir():
        os.replace(sealed, vault)
        fsync_folder(database.parent)
        step("sealed vault placed")
    os.replace(staging / database.name, database)
    fsync_folder(database.parent)
    step("encrypted database placed")
    os.replace(staging / keys_beside(database).name, keys_beside(database))
    fsync_folder(database.parent)
    step("keys placed")


def recover(database: Path, staging: Path) -> bool:
    """Finish what a conversion left: after its commit (a keys file beside the database) the
    plain files aside are removed; before it, the plain files are put back and the rest is
    removed. True when the database is now protected.

    The caller holds the staging folder's lock. Raises OSError (run it again: every step can
    be repeated).
    """
    committed = keys_beside(database).is_file()
    aside = staging / PLAIN
    if not committed and aside.is_dir():
        vault = vault_of(database)
        if os.path.lexists(aside / database.name):
            for path in (database, *side_files(database)):
                if os.path.lexists(path):  # the encrypted copy, or a file made since
                    path.unlink()
            for path in (database, *side_files(database)):
                if os.path.lexists(aside / path.name):
                    os.replace(aside / path.name, path)
        if os.path.lexists(aside / vault.name):
            if os.path.lexists(vault):  # the sealed vault
                os.replace(vault, staging / f"sealed-{os.getpid()}")
            os.replace(aside / vault.name, vault)
        fsync_folder(database.parent)
    remove_tree(staging)
    return committed


def finish_interrupted(database: Path) -> bool | None:
    """Undo (or, after its commit, finish) a conversion of ``database`` that a crash cut short;
    None when there was none, else whether the database is protected now.

    Raises ConversionUnderWay when another process is converting it, DatabaseError with a
    sentence when the files cannot be moved back (nothing is lost: running it again goes on
    where it stopped).
    """
    staging = staging_of(database)
    if not staging.is_dir():
        return None
    try:
        lock = lock_staging(staging, database)
        try:
            committed = recover(database, staging)
        finally:
            if lock is not None:
                os.close(lock)
    except OSError as error:
        raise DatabaseError(
            translate(
                "Encrypt",
                "An interrupted protection of the database {location} with a passphrase "
                "cannot be undone ({reason}); its files are in {folder}. Nothing was lost.",
            ).format(location=database, reason=error.strerror or error, folder=staging)
        ) from error
    if committed:
        from caseworker.cache_folder import forget_thumbnails

        forget_thumbnails()  # pictures of the files, cached while they were plain
    return committed


def remove_tree(folder: Path) -> None:
    """Remove ``folder`` and everything in it, read-only vault files too; a folder already
    gone is no error. Raises OSError."""

    def writable_again(function: Callable[..., object], path: str, _error: object) -> None:
        parent = os.path.dirname(path)
        with contextlib.suppress(OSError):
            os.chmod(parent, stat.S_IRWXU)
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        function(path)

    if os.path.lexists(folder):
        shutil.rmtree(folder, onerror=writable_again)  # onexc from Python 3.12
