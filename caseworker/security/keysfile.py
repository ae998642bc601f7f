"""The keys file: JSON beside the database, holding the master key wrapped in slots.

``cases.sqlite`` has ``cases.sqlite.keys``::

    {"format": "caseworker-keys", "version": 1,
     "database_id": "<32 hex digits>", "key_check": "<base64 of 16 bytes>",
     "slots": [{"kind": "passphrase", "kdf": "argon2id", "memory_kib": 262144,
                "iterations": 3, "lanes": 4, "salt": "<base64>",
                "nonce": "<base64 of 12 bytes>", "wrapped": "<base64 of 48 bytes>"}, ...]}

Each slot wraps the master key with AES-256-GCM under a key of its own (a stretched
passphrase or recovery code, or a key kept in the system's keyring), with a random nonce; the
associated data binds the format, version, database id and every field of the slot but the
nonce and the ciphertext, so a slot's parameters cannot be altered or moved to another file
unnoticed. The file is written whole to a temporary file (mode 0600), synced, then renamed
over the old one: a crash leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from caseworker.durable import fsync_folder
from caseworker.security.errors import (
    KeysFileDamaged,
    KeysFileExists,
    KeysFileMissing,
    KeysFileTooNew,
    KeysFileUnavailable,
)
from caseworker.security.kdf import Argon2Parameters
from caseworker.security.keys import DATABASE_ID_LENGTH, MASTER_KEY_LENGTH

FORMAT = "caseworker-keys"
VERSION = 1
NONCE_LENGTH = 12
SUFFIX = ".keys"
#: The largest keys file read; a real one is under 2 KB.
MAX_SIZE = 64 * 1024


class Damaged(ValueError):
    """Raised inside this module for any structural fault; turned into KeysFileDamaged."""


@dataclass(frozen=True, repr=False)
class Slot:
    """One wrapping of the master key. ``fields`` are the slot's kind and parameters as stored
    (everything but the nonce and the ciphertext)."""

    fields: Mapping[str, Any]
    nonce: bytes
    wrapped: bytes

    @property
    def kind(self) -> str:
        return str(self.fields["kind"])

    def argon2(self) -> tuple[Argon2Parameters, bytes]:
        """The slot's Argon2id parameters and salt. Raises Damaged if they are not sound."""
        f = self.fields
        if f.get("kdf") != "argon2id":
            raise Damaged("not an Argon2id slot")
        values = [f.get("memory_kib"), f.get("iterations"), f.get("lanes")]
        if not all(type(v) is int for v in values):
            raise Damaged("Argon2id parameters are not numbers")
        parameters = Argon2Parameters(*values)  # type: ignore[arg-type]
        if not parameters.sane():
            raise Damaged("Argon2id parameters out of range")
        return parameters, _b64(f.get("salt"), None)

    def as_json(self) -> dict[str, Any]:
        return {**self.fields, "nonce": _text(self.nonce), "wrapped": _text(self.wrapped)}


@dataclass(frozen=True, repr=False)
class KeysFile:
    database_id: bytes
    key_check: bytes
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeysFile:
        """This file with ``slot`` in place of the slot of its kind (or added)."""
        if self.slot(slot.kind) is None:
            return replace(self, slots=(*self.slots, slot))
        return replace(self, slots=tuple(slot if s.kind == slot.kind else s for s in self.slots))

    def without(self, kind: str) -> KeysFile:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id.hex(),
            "key_check": _text(self.key_check),
            "slots": [slot.as_json() for slot in self.slots],
        }


def keys_path(database: str | os.PathLike[str]) -> Path:
    """The keys file of the database file ``database``: its name with ``.keys`` added."""
    return Path(os.fspath(database) + SUFFIX)


def associated_data(database_id: bytes, fields: Mapping[str, Any]) -> bytes:
    """What AES-GCM binds to a slot's ciphertext, as canonical JSON."""
    bound = {"format": FORMAT, "version": VERSION, "database_id": database_id.hex(), **fields}
    return json.dumps(bound, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def wrap(master: bytes, database_id: bytes, fields: Mapping[str, Any], key: bytes) -> Slot:
    """A slot holding ``master`` encrypted under ``key`` (32 bytes), with a fresh nonce."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_LENGTH)
    wrapped = AESGCM(key).encrypt(nonce, master, associated_data(database_id, fields))
    return Slot(dict(fields), nonce, wrapped)


def unwrap(slot: Slot, database_id: bytes, key: bytes) -> bytes | None:
    """The master key in ``slot`` opened with ``key``; None if the key is not the slot's (or the
    slot was altered: AES-GCM cannot tell the two apart)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(
            slot.nonce, slot.wrapped, associated_data(database_id, slot.fields)
        )
    except InvalidTag:
        return None


def read_keys_file(path: Path) -> KeysFile:
    """The keys file at ``path``.

    Raises KeysFileMissing, KeysFileUnavailable (cannot be read), KeysFileTooNew (a newer
    format version) or KeysFileDamaged (not JSON, not this format, a field amiss).
    """
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SIZE + 1)
    except FileNotFoundError as error:
        raise KeysFileMissing(path) from error
    except IsADirectoryError as error:
        raise KeysFileDamaged(path) from error
    except OSError as error:
        raise KeysFileUnavailable.unreadable(path, error.strerror or str(error)) from error
    try:
        if len(raw) > MAX_SIZE:
            raise Damaged("too large")
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise Damaged("not a keys file")
        version = document.get("version")
        if type(version) is not int or version < 1:
            raise Damaged("no version")
        if version > VERSION:
            raise KeysFileTooNew(path)
        return _parse(document)
    except (Damaged, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeysFileDamaged(path) from error


def _parse(document: dict[str, Any]) -> KeysFile:
    database_id = _hex(document.get("database_id"), DATABASE_ID_LENGTH)
    key_check = _b64(document.get("key_check"), 16)
    slots = document.get("slots")
    if not isinstance(slots, list) or not slots:
        raise Damaged("no slots")
    parsed = []
    for item in slots:
        if not isinstance(item, dict) or not isinstance(item.get("kind"), str):
            raise Damaged("a slot without a kind")
        fields = {k: v for k, v in item.items() if k not in ("nonce", "wrapped")}
        nonce = _b64(item.get("nonce"), NONCE_LENGTH)
        wrapped = _b64(item.get("wrapped"), MASTER_KEY_LENGTH + 16)
        parsed.append(Slot(fields, nonce, wrapped))
    kinds = [slot.kind for slot in parsed]
    if len(set(kinds)) != len(kinds):
        raise Damaged("two slots of one kind")
    return KeysFile(database_id, key_check, tuple(parsed))


def write_keys_file(path: Path, keys: KeysFile, *, new: bool = False) -> None:
    """Write ``keys`` to ``path`` atomically, mode 0600: a temporary file beside it, synced,
    then renamed over it (``new``: only if no file is there yet).

    Raises KeysFileExists (``new`` and a file is there) or KeysFileUnavailable; on any error
    the old file is as it was and the temporary one is removed.
    """
    data = (json.dumps(keys.as_json(), indent=2, ensure_ascii=True) + "\n").encode("ascii")
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with contextlib.suppress(OSError, AttributeError):
                os.fchmod(descriptor, 0o600)
            os.write(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if new:
            _place_new(temporary, path)
        else:
            os.replace(temporary, path)
        fsync_folder(path.parent)
    except KeysFileExists:
        raise
    except OSError as error:
        raise KeysFileUnavailable.unwritable(path, error.strerror or str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _place_new(temporary: Path, path: Path) -> None:
    """Rename ``temporary`` to ``path`` unless a file is there (a hard link does that at once;
    where links are not supported, a check then a rename)."""
    try:
        os.link(temporary, path)
    except FileExistsError as error:
        raise KeysFileExists(path) from error
    except OSError:
        if path.exists():
            raise KeysFileExists(path) from None
        os.replace(temporary, path)


def _text(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _b64(value: object, length: int | None) -> bytes:
    if not isinstance(value, str):
        raise Damaged("not text")
    try:
        decoded = base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise Damaged("not base64") from error
    if length is not None and len(decoded) != length:
        raise Damaged("wrong length")
    if length is None and not 8 <= len(decoded) <= 64:
        raise Damaged("wrong salt length")
    return decoded


def _hex(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise Damaged("not text")
    try:
        decoded = bytes.fromhex(value)
    except ValueError as error:
        raise Damaged("not hex") from error
    if len(decoded) != length:
        raise Damaged("wrong length")
    return decoded
