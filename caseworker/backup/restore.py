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

from caseworker.backup.copy import (
    Connect,
    connect_plain,
    count_rows,
    is_database_error,
    is_plain_sqlite,
    table_names,
    verify_copy,
)
from caseworker.backup.errors import BackupDamaged, BackupError, DatabaseInUse
from caseworker.backup.make import sha256_of, vault_of
from caseworker.backup.manifest import Backup, read_backup
from caseworker.backup.vault_copy import copy_back, missing_files, private_writer, vault_files
from caseworker.db.cipher import keys_file_of
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate

KEPT_MARK = ".before-restore-"


@dataclass(frozen=True)
class RestoreResult:
    """The restored backup and the files and folders kept aside, in the order renamed;
    none, and ``already`` True, when the database held the backup already."""

    backup: Backup
    kept_aside: tuple[Path, ...]
    already: bool = False


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


#: SQLite's result codes for a database another connection holds.
_BUSY_CODES = {5, 6}


def _is_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _BUSY_CODES
    return "locked" in str(error) or "busy" in str(error)


def _in_use(database_file: Path) -> DatabaseInUse:
    return DatabaseInUse(
        translate(
            "Backup",
            "The database {location} is open in another program (a Caseworker window or "
            "command): close it, then restore. Nothing was changed.",
        ).format(location=database_file)
    )


def _take_over(database_file: Path, connect: Connect) -> None:
    """Make sure no other program has the database open, and move the WAL's changes into
    the file where that can be done (the -wal file is renamed along in any case, so nothing
    is lost when it cannot: a damaged database is restored over all the same).

    Another program's connection, even an idle one, holds a shared lock on a WAL database
    as long as it is open; an exclusive lock asked for without waiting is then refused.
    Raises DatabaseInUse when it is."""
    try:
        connection = connect(database_file, False)
        try:
            connection.execute("PRAGMA busy_timeout = 0")
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            connection.execute("COMMIT")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except Exception as error:
        if is_database_error(error) and _is_busy(error):
            raise _in_use(database_file) from error
        if not isinstance(error, CaseworkerError | OSError) and not is_database_error(error):
            raise


def _same_rows(first: Path, second: Path, connect: Connect) -> bool:
    """Whether two databases hold the same schema and the same rows, table by table in the
    order of their rowids. Raises the DB-API's errors."""
    one, other = connect(first, True), connect(second, True)
    try:
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        if one.execute(schema).fetchall() != other.execute(schema).fetchall():
            return False
        for name in table_names(one):
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                query = f"SELECT * FROM {quoted} ORDER BY rowid"
                mine, theirs = one.execute(query), other.execute(query)
            except Exception as error:  # a table WITHOUT ROWID: ordered by all its columns
                if not is_database_error(error):
                    raise
                columns = len(one.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
                query = f"SELECT * FROM {quoted} ORDER BY " + ", ".join(
                    str(number) for number in range(1, columns + 1)
                )
                mine, theirs = one.execute(query), other.execute(query)
            while True:
                rows = mine.fetchmany(1000)
                if rows != theirs.fetchmany(1000):
                    return False
                if not rows:
                    break
        return True
    finally:
        one.close()
        other.close()


def holds_already(backup: Backup, database_file: Path, connect: Connect = connect_plain) -> bool:
    """Whether the database (with its keys file and vault) holds what ``backup`` holds: a
    second restore of the same backup then changes nothing and keeps nothing aside.

    Compares the rows per table first, then the vault files and the keys file, and only
    then every row. False when anything cannot be read. Raises nothing."""
    manifest = backup.manifest
    keys = keys_file_of(database_file)
    try:
        if not database_file.is_file() or (manifest.keys_file is None and keys.exists()):
            return False
        if manifest.keys_file is not None and not (
            keys.is_file() and _same_master_key(keys, backup.path / manifest.keys_file)
        ):
            return False
        if sorted(vault_files(vault_of(database_file))) != sorted(manifest.vault):
            return False
        connection = connect(database_file, True)
        try:
            if count_rows(connection) != manifest.counts:
                return False
        finally:
            connection.close()
        return _same_rows(database_file, backup.database_file, connect)
    except Exception as error:
        if isinstance(error, CaseworkerError | OSError) or is_database_error(error):
            return False
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

    When the database already holds what the backup holds (restored from it, nothing
    changed since), nothing is done and nothing kept aside (``already``).

    Raises BackupDamaged for a backup that fails verification, DatabaseInUse while another
    program has the database open, and BackupError for a plain backup over a protected
    database or when the files cannot be copied or renamed (the current database is then
    where it was).
    """
    _refuse_mismatched(folder, database_file, connect)
    backup = verify_backup(folder, connect)
    if database_file.exists():
        plain = is_plain_sqlite(database_file) and not keys_file_of(database_file).exists()
        # A protected backup restored over a plain database (on a new computer): the
        # backup's key cannot open the plain one, which is taken over as what it is.
        _take_over(database_file, connect_plain if plain else connect)
        if holds_already(backup, database_file, connect):
            return RestoreResult(backup, (), already=True)
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


def _refuse_mismatched(folder: Path, database_file: Path, connect: Connect) -> None:
    """Refuse a protected backup given only plain connections (the window of a plain
    database: nothing there asks the backup's passphrase), saying how to restore it; and a
    plain backup (made before the database was protected with a passphrase) in the place of
    the protected database: it would bring back a plain database and vault that
    the caseworker takes for protected (and its copy cannot be read with the database's key,
    which would be said as a wrong passphrase). Raises BackupError with a sentence, and
    BackupDamaged when the folder holds no readable backup."""
    backup = read_backup(folder)
    if backup.manifest.encrypted and connect is connect_plain:
        raise BackupError(
            translate(
                "Backup",
                "The backup {location} is protected with a passphrase, and the database open "
                "now is not. Restore it with the command line, its passphrase in a file: "
                'caseworker --db "{database}" --passphrase-file FILE restore "{location}". '
                "Nothing was changed.",
            ).format(location=backup.path, database=database_file)
        )
    if backup.manifest.encrypted or not keys_file_of(database_file).is_file():
        return  # a plain database, even one whose first page is damaged, takes it
    if not is_plain_sqlite(database_file) and is_plain_sqlite(backup.database_file):
        raise BackupError(
            translate(
                "Backup",
                "The backup {location} was made before the database was protected with a "
                "passphrase: it is not encrypted, and restoring it would put a plain database "
                "in the place of the protected one. It is not restored. Nothing was changed.",
            ).format(location=backup.path)
        )


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
