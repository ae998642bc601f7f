"""Builders for the unlock tests: a protected database with its keys, cheap Argon2id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseworker.db import open_database
from caseworker.security import create_keys, kdf, keys_path
from caseworker.security.throttle import THROTTLE

PASSPHRASE = "тихий лес у реки"


@dataclass(frozen=True)
class Protected:
    """A protected database file, its keys file, its recovery code and its SQLCipher key."""

    path: Path
    code: str
    key: bytes

    @property
    def keys(self) -> Path:
        return keys_path(self.path)

    def files(self) -> dict[str, bytes]:
        """Every file of the database's folder, by name, as bytes (to see nothing changed)."""
        return {item.name: item.read_bytes() for item in self.path.parent.iterdir()}


@pytest.fixture(autouse=True)
def cheap_keys() -> Iterator[list[float]]:
    """Cheap Argon2id and a throttle that records its waits (as tests/conftest.py does)."""
    waited: list[float] = []
    previous = THROTTLE.sleep
    THROTTLE.reset()
    THROTTLE.sleep = waited.append
    try:
        with kdf.use_parameters(kdf.TEST_PARAMETERS):
            yield waited
    finally:
        THROTTLE.sleep = previous
        THROTTLE.reset()


def make_protected(folder: Path) -> Protected:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cases.sqlite"
    unlocked, code = create_keys(path, PASSPHRASE)
    open_database(str(path), key=unlocked.keys.database).dispose()
    return Protected(path, code, unlocked.keys.database)
