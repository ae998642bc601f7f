"""The optional keyring slot, with a fake ``keyring`` module put in ``sys.modules``."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from caseworker.security import create_keys, keys_path, unlock
from caseworker.security.keyring_slot import (
    add_keyring_slot,
    keyring_available,
    remove_keyring_slot,
    unlock_with_keyring,
)

PASSPHRASE = "ночная смена в архиве"


class FakeBackend:
    def __init__(self, priority: float) -> None:
        self.priority = priority
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, account: str, secret: str) -> None:
        self.entries[service, account] = secret

    def get_password(self, service: str, account: str) -> str | None:
        return self.entries.get((service, account))

    def delete_password(self, service: str, account: str) -> None:
        del self.entries[service, account]


def fake_keyring(monkeypatch: pytest.MonkeyPatch, priority: float) -> FakeBackend:
    backend = FakeBackend(priority)
    module = types.ModuleType("keyring")
    module.get_keyring = lambda: backend  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    return backend


def test_without_the_keyring_package_the_slot_is_skipped(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring raises ImportError
    made, _ = create_keys(db_file, PASSPHRASE)
    before = keys_path(db_file).read_bytes()
    assert not keyring_available()
    assert add_keyring_slot(db_file, made) is False
    assert unlock_with_keyring(db_file) is None
    assert keys_path(db_file).read_bytes() == before


def test_a_keyring_without_a_usable_backend_is_skipped(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = fake_keyring(monkeypatch, priority=0)
    made, _ = create_keys(db_file, PASSPHRASE)
    assert add_keyring_slot(db_file, made) is False
    assert backend.entries == {}


def test_the_keyring_unlocks_until_its_entry_or_slot_is_gone(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = fake_keyring(monkeypatch, priority=5)
    made, _ = create_keys(db_file, PASSPHRASE)
    assert add_keyring_slot(db_file, made) is True
    stored = next(iter(backend.entries.values()))
    assert stored.encode() not in made._master and made._master.hex() not in stored
    opened = unlock_with_keyring(db_file)
    assert opened is not None and opened.keys == made.keys
    assert unlock(db_file, PASSPHRASE).keys == made.keys

    backend.entries.clear()
    assert unlock_with_keyring(db_file) is None
    assert add_keyring_slot(db_file, made) is True
    remove_keyring_slot(db_file)
    assert backend.entries == {}
    assert unlock_with_keyring(db_file) is None
    assert b'"keyring"' not in keys_path(db_file).read_bytes()
