"""Restore a backup: verify it, keep the current database, keys file and vault aside, and
put the backup's in their place. Nothing is ever overwritten.

The current files are renamed with the time of the restore, as a database of their own that
still opens with its vault and keys: ``cases.sqlite`` becomes
``cases.before-restore-20261202T141144Z.sqlite`` (its ``-wal`` file renamed alike, its vault
``cases.before-restore-20261202T141144Z.evidence``, its keys file ``….sqlite.keys``). The
backup's files are first copied beside them under hidden names and renamed into place last.
Run it with the database closed (the command line closes its own connections first).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseworker.backup.copy import Connect, connect_plain, is_database_error, verify_copy
from caseworker.backup.errors import BackupDamaged, BackupError
from caseworker.backup.make import sha256_of, vault_of
from caseworker.backup.manifest import Backup, read_backup
from caseworker.backup.vault_copy import copy_back, missing_files, private_writer
from caseworker.db.cipher import keys_file_of
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate

KEPT_MARK = ".before-restore-"


@dataclass(frozen=True)
class RestoreResult:
    """The restored backup and the files and folders kept aside, in the order renamed."""

    backup: Backup
    kept_aside: tuple[Path, ...]


def describe(folder: Path) -> Backup:
    """The backup in ``folder`` (its date and rows per table) for the caller to show before
    restoring. Raises BackupDamaged when the folder holds no readable backup."""
    return read_backup(folder)


def _damaged(backup: Backup, reason: str) -> BackupDamaged:
    return BackupDamaged(
        translate(
            "Backup", "The backup {location} fails verification ({reason}); it is not restored."
        ).format(location=backup.path, reason=reason)
    )


def verify_backup(folder: Path, connect: Connect = connect_plain) -> Backup:
    """Check a backup: the database copy's hash and size, its integrity check and rows, the
    keys file's hash, the presence and sizes of its vault files.

    Raises BackupDamaged with a sentence when any of it fails."""
    backup = read_backup(folder)
    manifest = backup.manifest
    try:
        if sha256_of(backup.database_file) != manifest.database_sha256:
            raise _damaged(backup, translate("Backup", "the database copy has changed"))
        if manifest.keys_file and sha256_of(backup.path / manifest.keys_file) != (
            manifest.keys_sha256
        ):
            raise _damaged(backup, translate("Backup", "the keys file has changed"))
    except OSError as error:
        raise _damaged(backup, error.strerror or str(error)) from error
    verify_copy(backup.database_file, manifest.counts, connect)
    missing = missing_files(backup.vault_root, manifest.vault)
    if missing:
        raise _damaged(
            backup,
            translate("Backup", "{count} evidence files are missing, e.g. {name}").format(
                count=len(missing), name=missing[0]
            ),
        )
    return backup


def kept_name(database_file: Path, stamp: str) -> Path:
    """Where the current database goes aside: ``cases.before-restore-<stamp>.sqlite``."""
    suffix = database_file.suffix or ".sqlite"
    return database_file.with_name(f"{database_file.stem}{KEPT_MARK}{stamp}{suffix}")


def _free_stamp(database_file: Path, now: datetime) -> str:
    base = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    stamp, number = base, 1
    while (
        kept_name(database_file, stamp).exists()
        or vault_of(kept_name(database_file, stamp)).exists()
    ):
        number += 1
        stamp = f"{base}-{number}"
    return stamp


def _copy_file(source: Path, target: Path) -> None:
    with source.open("rb") as reader, private_writer(target) as writer:
        shutil.copyfileobj(reader, writer, 4 * 1024 * 1024)
        writer.flush()
        os.fsync(writer.fileno())


def _checkpoint(database_file: Path, connect: Connect) -> None:
    """Move the WAL's changes into the file, where it can be done; the -wal file is renamed
    along in any case, so nothing is lost when it cannot."""
    try:
        connection = connect(database_file, False)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except Exception as error:
        if not isinstance(error, CaseworkerError | OSError) and not is_database_error(error):
            raise


def _same_master_key(current: Path, incoming: Path) -> bool:
    """Whether two keys files wrap the same master key (the same database id and key check):
    then the current one, with the passphrase and recovery code the caseworker knows now,
    opens the restored database as well as the backup's would. False when either cannot be
    read. Raises nothing."""
    from caseworker.errors import CaseworkerError
    from caseworker.security.keysfile import read_keys_file

    try:
        now, then = read_keys_file(current), read_keys_file(incoming)
    except (CaseworkerError, OSError, ValueError):
        return False
    return (now.database_id, now.key_check) == (then.database_id, then.key_check)


def restore(
    folder: Path,
    database_file: Path,
    *,
    connect: Connect = connect_plain,
    now: datetime | None = None,
) -> RestoreResult:
    """Put the backup in ``folder`` in the place of ``database_file`` (and its keys file and
    vault), the current ones kept aside under new names (see the module's text).

    Raises BackupDamaged for a backup that fails verification and BackupError when the files
    cannot be copied or renamed (the current database is then where it was).
    """
    backup = verify_backup(folder, connect)
    manifest = backup.manifest
    token = uuid.uuid4().hex[:8]
    parent = database_file.parent
    vault = vault_of(database_file)
    keys = keys_file_of(database_file)
    incoming_db = parent / f".{database_file.name}.restoring-{token}"
    incoming_keys = parent / f".{keys.name}.restoring-{token}"
    incoming_vault = parent / f".{vault.name}.restoring-{token}"
    try:
        _copy_file(backup.database_file, incoming_db)
        if manifest.keys_file:
            _copy_file(backup.path / manifest.keys_file, incoming_keys)
            if _same_master_key(keys, incoming_keys):
                incoming_keys.unlink()
                _copy_file(keys, incoming_keys)  # the passphrase set since the backup stays
        if manifest.vault:
            copy_back(backup.vault_root, manifest.vault, incoming_vault)
        if database_file.exists():
            _checkpoint(database_file, connect)
        stamp = _free_stamp(database_file, now or datetime.now(UTC))
        kept = _keep_aside(database_file, stamp)
        placed: list[Path] = []
        try:
            os.replace(incoming_db, database_file)
            placed.append(database_file)
            if manifest.keys_file:
                os.replace(incoming_keys, keys)
                placed.append(keys)
            if manifest.vault:
                os.rename(incoming_vault, vault)
                placed.append(vault)
        except OSError:
            for path in placed:  # copies of the backup: removed to put the current ones back
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            _put_back(kept)
            raise
    except OSError as error:
        raise BackupError(
            translate(
                "Backup",
                "The backup could not be restored ({reason}); the current database is unchanged.",
            ).format(reason=error.strerror or error)
        ) from error
    finally:
        for leftover in (incoming_db, incoming_keys):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(incoming_vault, ignore_errors=True)
    return RestoreResult(backup, tuple(new for _old, new in kept))


def _keep_aside(database_file: Path, stamp: str) -> list[tuple[Path, Path]]:
    """Rename the database, its -wal and -shm files, keys file and vault; return the renames.
    Raises OSError (having put back those already renamed)."""
    aside = kept_name(database_file, stamp)
    pairs = [
        (database_file, aside),
        *(
            (database_file.with_name(database_file.name + tail), aside.with_name(aside.name + tail))
            for tail in ("-wal", "-shm")
        ),
        (keys_file_of(database_file), keys_file_of(aside)),
        (vault_of(database_file), vault_of(aside)),
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in pairs:
            if old.exists() or old.is_symlink():
                if new.exists():
                    raise FileExistsError(17, os.strerror(17), str(new))
                os.rename(old, new)
                done.append((old, new))
    except OSError:
        _put_back(done)
        raise
    return done


def _put_back(done: list[tuple[Path, Path]]) -> None:
    for old, new in reversed(done):
        with contextlib.suppress(OSError):
            if not old.exists():  # never overwrite what is in the place now
                os.rename(new, old)
