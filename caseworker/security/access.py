"""Making, unlocking and rewrapping a database's keys.

Every function takes the database file's path; its keys file is ``<database>.keys``
(:func:`~caseworker.security.keysfile.keys_path`).

- :func:`create_keys` makes the master key, a passphrase slot and a recovery code (returned to
  be shown once);
- :func:`unlock` and :func:`unlock_with_recovery` open the master key and give the derived keys
  (after a recovery code the caller asks for a new passphrase: :func:`change_passphrase`);
- :func:`change_passphrase` and :func:`new_recovery_code` rewrap the master key: no encrypted
  byte changes, the other slots stay.

A wrong passphrase or code writes nothing; a failure to write leaves the old file.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

from caseworker.security import kdf, recovery
from caseworker.security.errors import (
    KeysDoNotMatch,
    KeysFileDamaged,
    KeysFileExists,
    NoSuchSlot,
    PassphraseTooShort,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseworker.security.keys import (
    Unlocked,
    key_check,
    new_database_id,
    new_master_key,
)
from caseworker.security.keysfile import (
    Damaged,
    KeysFile,
    Slot,
    keys_path,
    read_keys_file,
    unwrap,
    wrap,
    write_keys_file,
)
from caseworker.security.throttle import THROTTLE, Throttle

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
MIN_PASSPHRASE_LENGTH = 8

PathLike = str | os.PathLike[str]


def has_keys(database: PathLike) -> bool:
    """Whether the database has a keys file beside it (so is, or is to be, encrypted)."""
    return keys_path(database).is_file()


def check_new_passphrase(passphrase: str) -> None:
    """Raises PassphraseTooShort for an empty passphrase or one under 8 characters."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if not passphrase.strip():
        raise PassphraseTooShort(MIN_PASSPHRASE_LENGTH, empty=True)
    if length < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(MIN_PASSPHRASE_LENGTH, empty=False)


def create_keys(database: PathLike, passphrase: str) -> tuple[Unlocked, str]:
    """A new master key for ``database``, wrapped by ``passphrase`` and by a new recovery code;
    the unlocked keys and the code (grouped, to show once: it is stored nowhere).

    Raises PassphraseTooShort, KeysFileExists (never replaces a keys file: that would lose the
    data encrypted under it) or KeysFileUnavailable.
    """
    check_new_passphrase(passphrase)
    path = keys_path(database)
    if path.exists():
        raise KeysFileExists(path)
    master, database_id = new_master_key(), new_database_id()
    code = recovery.new_code()
    keys = KeysFile(
        database_id,
        key_check(master, database_id),
        (
            _argon2_slot(master, database_id, PASSPHRASE, passphrase, kdf.passphrase_parameters()),
            _argon2_slot(
                master, database_id, RECOVERY, recovery.read_code(code), kdf.recovery_parameters()
            ),
        ),
    )
    write_keys_file(path, keys, new=True)
    return Unlocked.from_master(master, database_id), code


def unlock(database: PathLike, passphrase: str, *, throttle: Throttle = THROTTLE) -> Unlocked:
    """The database's keys, opened with its passphrase.

    Raises WrongPassphrase (after the throttle's delay, if any), KeysFileMissing,
    KeysFileDamaged, KeysFileTooNew, KeysFileUnavailable or NoSuchSlot. Writes nothing.
    """
    return _open(database, PASSPHRASE, passphrase, WrongPassphrase, throttle)


def unlock_with_recovery(
    database: PathLike, code: str, *, throttle: Throttle = THROTTLE
) -> Unlocked:
    """The database's keys, opened with its recovery code (typed with or without dashes, in
    either case). The caller should then have a new passphrase set.

    Raises RecoveryCodeTypo (before any work), WrongRecoveryCode (after the throttle's delay),
    and the keys file's errors as :func:`unlock`. Writes nothing.
    """
    return _open(database, RECOVERY, recovery.read_code(code), WrongRecoveryCode, throttle)


def change_passphrase(database: PathLike, unlocked: Unlocked, new_passphrase: str) -> None:
    """Rewrap the master key under ``new_passphrase`` (newly calibrated); the recovery code
    and every derived key stay as they were.

    Raises PassphraseTooShort, KeysDoNotMatch (``unlocked`` is another database's), and the
    keys file's errors.
    """
    check_new_passphrase(new_passphrase)
    path, keys = matching_keys_file(database, unlocked)
    slot = _argon2_slot(
        unlocked._master,
        keys.database_id,
        PASSPHRASE,
        new_passphrase,
        kdf.passphrase_parameters(),
    )
    write_keys_file(path, keys.with_slot(slot))


def new_recovery_code(database: PathLike, unlocked: Unlocked) -> str:
    """A new recovery code, replacing the old one (which no longer opens anything); shown once.

    Raises KeysDoNotMatch and the keys file's errors.
    """
    path, keys = matching_keys_file(database, unlocked)
    code = recovery.new_code()
    slot = _argon2_slot(
        unlocked._master,
        keys.database_id,
        RECOVERY,
        recovery.read_code(code),
        kdf.recovery_parameters(),
    )
    write_keys_file(path, keys.with_slot(slot))
    return code


def passphrase_parameters_of(database: PathLike) -> kdf.Argon2Parameters:
    """The Argon2id parameters of the database's passphrase slot (for benchmarks, Settings).

    Raises the keys file's errors and NoSuchSlot.
    """
    path = keys_path(database)
    keys = read_keys_file(path)
    slot = keys.slot(PASSPHRASE)
    if slot is None:
        raise NoSuchSlot()
    return _sound(path, slot)[0]


def _open(
    database: PathLike,
    kind: str,
    secret: str,
    wrong: type[WrongPassphrase] | type[WrongRecoveryCode],
    throttle: Throttle,
) -> Unlocked:
    path = keys_path(database)
    keys = read_keys_file(path)
    slot = keys.slot(kind)
    if slot is None:
        raise NoSuchSlot()
    parameters, salt = _sound(path, slot)
    master = unwrap(slot, keys.database_id, kdf.stretch(secret, salt, parameters))
    counter = str(path.resolve())
    if master is None:
        throttle.failed(counter)
        raise wrong()
    unlocked = Unlocked.from_master(master, keys.database_id)
    if not unlocked.matches(keys.key_check):
        raise KeysFileDamaged(path)
    throttle.succeeded(counter)
    return unlocked


def _sound(path: Path, slot: Slot) -> tuple[kdf.Argon2Parameters, bytes]:
    try:
        return slot.argon2()
    except Damaged as error:
        raise KeysFileDamaged(path) from error


def matching_keys_file(database: PathLike, unlocked: Unlocked) -> tuple[Path, KeysFile]:
    path = keys_path(database)
    keys = read_keys_file(path)
    if keys.database_id != unlocked.database_id or not unlocked.matches(keys.key_check):
        raise KeysDoNotMatch(path)
    return path, keys


def _argon2_slot(
    master: bytes,
    database_id: bytes,
    kind: str,
    secret: str,
    parameters: kdf.Argon2Parameters,
) -> Slot:
    import base64

    salt = kdf.new_salt()
    fields: dict[str, Any] = {
        "kind": kind,
        "kdf": "argon2id",
        **parameters.as_json(),
        "salt": base64.b64encode(salt).decode("ascii"),
    }
    return wrap(master, database_id, fields, kdf.stretch(secret, salt, parameters))
