"""Keys: the master key of a database, its keys file and slots, the keys derived from it.

See docs/design/keys.md. The API, by the database file's path:
:func:`create_keys`, :func:`unlock`, :func:`unlock_with_recovery`, :func:`change_passphrase`,
:func:`new_recovery_code`, :func:`has_keys`, :func:`keys_path`; the optional keyring slot in
:mod:`caseworker.security.keyring_slot`. No Qt here.
"""

from caseworker.security.access import (
    MIN_PASSPHRASE_LENGTH,
    change_passphrase,
    check_new_passphrase,
    create_keys,
    has_keys,
    new_recovery_code,
    unlock,
    unlock_with_recovery,
)
from caseworker.security.errors import (
    KeysDoNotMatch,
    KeysError,
    KeysFileDamaged,
    KeysFileExists,
    KeysFileMissing,
    KeysFileTooNew,
    KeysFileUnavailable,
    NoSuchSlot,
    PassphraseTooShort,
    RecoveryCodeTypo,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseworker.security.keys import DerivedKeys, Unlocked, derive_keys
from caseworker.security.keysfile import keys_path

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "DerivedKeys",
    "KeysDoNotMatch",
    "KeysError",
    "KeysFileDamaged",
    "KeysFileExists",
    "KeysFileMissing",
    "KeysFileTooNew",
    "KeysFileUnavailable",
    "NoSuchSlot",
    "PassphraseTooShort",
    "RecoveryCodeTypo",
    "Unlocked",
    "WrongPassphrase",
    "WrongRecoveryCode",
    "change_passphrase",
    "check_new_passphrase",
    "create_keys",
    "derive_keys",
    "has_keys",
    "keys_path",
    "new_recovery_code",
    "unlock",
    "unlock_with_recovery",
]
