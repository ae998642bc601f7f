"""The master key and the keys derived from it (HKDF-SHA256).

Each database has a random 32-byte master key; the database's SQLCipher key and the vault's
keys are derived from it with HKDF-SHA256, the salt being the keys file's 16-byte
``database_id`` and the info naming the use (``caseworker/v1/database`` and so on). Changing
the passphrase rewraps the master key and leaves every derived key, and so every encrypted
byte, as it was.

Key bytes never appear in a repr (the classes here override it), a message or a log. Python
cannot wipe ``bytes`` from memory; the keys live as long as the objects holding them.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass, field

MASTER_KEY_LENGTH = 32
DATABASE_ID_LENGTH = 16

INFO_DATABASE = b"caseworker/v1/database"
INFO_VAULT_CONTENT = b"caseworker/v1/vault-content"
INFO_VAULT_NAMES = b"caseworker/v1/vault-names"
INFO_BACKUP = b"caseworker/v1/backup"
#: A value stored in the keys file to tell whether an unlocked key is this file's.
INFO_KEY_CHECK = b"caseworker/v1/key-check"


@dataclass(frozen=True, repr=False)
class DerivedKeys:
    """The keys of one database, each 32 bytes: SQLCipher's raw key, the vault files' AES-256-GCM
    key and the HMAC-SHA256 key that names vault files."""

    database: bytes
    vault_content: bytes
    vault_names: bytes

    def __repr__(self) -> str:
        return "DerivedKeys(<hidden>)"

    def sqlcipher_key_pragma(self) -> str:
        """``PRAGMA key = "x'…'"``: the raw database key, as the first statement of a connection."""
        return f"PRAGMA key = \"x'{self.database.hex()}'\""


def new_master_key() -> bytes:
    return os.urandom(MASTER_KEY_LENGTH)


def new_database_id() -> bytes:
    return os.urandom(DATABASE_ID_LENGTH)


def hkdf(master: bytes, database_id: bytes, info: bytes) -> bytes:
    """32 bytes of HKDF-SHA256 of ``master``, salted with ``database_id``, for ``info``.

    Raises ValueError for a master key or database id of the wrong length.
    """
    if len(master) != MASTER_KEY_LENGTH or len(database_id) != DATABASE_ID_LENGTH:
        raise ValueError("a master key is 32 bytes and a database id 16")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=database_id, info=info).derive(master)


def derive_keys(master: bytes, database_id: bytes) -> DerivedKeys:
    """The database's and the vault's keys. Raises ValueError for wrong lengths."""
    return DerivedKeys(
        database=hkdf(master, database_id, INFO_DATABASE),
        vault_content=hkdf(master, database_id, INFO_VAULT_CONTENT),
        vault_names=hkdf(master, database_id, INFO_VAULT_NAMES),
    )


def key_check(master: bytes, database_id: bytes) -> bytes:
    """16 bytes telling whether ``master`` is a keys file's, revealing nothing of it."""
    return hkdf(master, database_id, INFO_KEY_CHECK)[:16]


@dataclass(frozen=True, repr=False)
class Unlocked:
    """An unlocked database: its id and derived keys (and, privately, its master key, to
    rewrap it under a new passphrase or recovery code)."""

    database_id: bytes
    keys: DerivedKeys
    _master: bytes = field(compare=False)

    @classmethod
    def from_master(cls, master: bytes, database_id: bytes) -> Unlocked:
        return cls(database_id, derive_keys(master, database_id), master)

    @property
    def backup_key(self) -> bytes:
        """A key of the backups' own (``caseworker/v1/backup``), if they need one."""
        return hkdf(self._master, self.database_id, INFO_BACKUP)

    def matches(self, check: bytes) -> bool:
        return hmac.compare_digest(key_check(self._master, self.database_id), check)

    def __repr__(self) -> str:
        return f"Unlocked(database_id={self.database_id.hex()}, keys=<hidden>)"
