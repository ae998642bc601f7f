"""The optional keyring slot: the master key wrapped by a random key kept in the system's
keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker).

Only where the ``keyring`` package imports and finds a real backend (its priority above 0:
not the "fail" or "null" backends): otherwise :func:`keyring_available` is False, adding the
slot returns False and unlocking with it returns None, and the caller asks for the
passphrase. A keyring that refuses or has lost the entry is treated the same way. The entry
is named by service ``Caseworker`` and the database id; it holds 32 random bytes (base64),
never the passphrase or the master key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from typing import Any

from caseworker.security.access import PathLike, matching_keys_file
from caseworker.security.keys import Unlocked
from caseworker.security.keysfile import keys_path, read_keys_file, unwrap, wrap, write_keys_file

KEYRING = "keyring"
SERVICE = "Caseworker"


def _backend() -> Any | None:
    """The keyring backend to use, or None (no package, no usable backend, any failure)."""
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]

        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a keyring package broken in any way is no keyring
        return None
    return backend if priority > 0 else None


def keyring_available() -> bool:
    return _backend() is not None


def add_keyring_slot(database: PathLike, unlocked: Unlocked) -> bool:
    """Keep a key for ``database`` in the keyring and a slot wrapping the master key under it;
    False (and nothing changed) where there is no usable keyring.

    Raises KeysDoNotMatch and the keys file's errors.
    """
    backend = _backend()
    if backend is None:
        return False
    path, keys = matching_keys_file(database, unlocked)
    account = keys.database_id.hex()
    secret = os.urandom(32)
    try:
        backend.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))
    except Exception:
        return False
    fields = {"kind": KEYRING, "service": SERVICE, "account": account}
    write_keys_file(path, keys.with_slot(wrap(unlocked._master, keys.database_id, fields, secret)))
    return True


def unlock_with_keyring(database: PathLike) -> Unlocked | None:
    """The database's keys opened with the keyring's key; None when there is no keyring slot,
    no usable keyring, no entry, or the entry does not open the slot.

    Raises the keys file's errors (missing, damaged, too new, unreadable).
    """
    keys = read_keys_file(keys_path(database))
    slot = keys.slot(KEYRING)
    backend = _backend() if slot is not None else None
    if slot is None or backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, str(slot.fields.get("account")))
        secret = base64.b64decode(stored or "", validate=True)
    except (Exception, binascii.Error):
        return None
    if len(secret) != 32:
        return None
    master = unwrap(slot, keys.database_id, secret)
    if master is None:
        return None
    unlocked = Unlocked.from_master(master, keys.database_id)
    return unlocked if unlocked.matches(keys.key_check) else None


def remove_keyring_slot(database: PathLike) -> None:
    """Remove the keyring slot and its keyring entry (the entry at best effort).

    Raises the keys file's errors.
    """
    path = keys_path(database)
    keys = read_keys_file(path)
    slot = keys.slot(KEYRING)
    if slot is None:
        return
    write_keys_file(path, keys.without(KEYRING))
    backend = _backend()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, str(slot.fields.get("account")))
