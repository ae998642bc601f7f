"""Reading a stored file's plaintext into memory, from a plain or a sealed vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caseworker.security.keys import derive_keys
from caseworker.vault import EvidenceVault, StoredFileDamaged
from caseworker.vault.plain_reads import (
    TooLargeToRead,
    is_sealed,
    open_plain,
    plain_size,
    read_head,
    read_plain,
)
from caseworker.vault.sealed import CHUNK_SIZE, HEADER_SIZE, SealedFileDamaged
from caseworker.vault.sealed_store import SealedVault
from tests.vault.conftest import MakeFile

KEYS = derive_keys(bytes(range(32)), bytes(range(16)))
#: Two and a half chunks of a distinctive text, so that a read crosses chunk boundaries.
CONTENT = ("Письмо Ефросиньи Кузьминичны Подбельской, хутор Ясногорский.\n" * 50_000).encode()[
    : CHUNK_SIZE * 5 // 2
]


@pytest.fixture(params=["plain", "sealed"])
def any_vault(request: pytest.FixtureRequest, tmp_path: Path) -> EvidenceVault:
    database = tmp_path / "caseworker.sqlite"
    if request.param == "sealed":
        return SealedVault.sealed_beside(database, KEYS)
    return EvidenceVault.beside(database)


def test_the_whole_file_and_its_head_are_read_into_memory(
    any_vault: EvidenceVault, make_file: MakeFile
) -> None:
    sha256 = any_vault.store_file(make_file("письмо.txt", CONTENT)).sha256
    assert read_plain(any_vault, sha256, limit=len(CONTENT)) == CONTENT
    assert open_plain(any_vault, sha256, limit=len(CONTENT)).read() == CONTENT
    assert plain_size(any_vault, sha256) == len(CONTENT)
    assert read_head(any_vault, sha256, 100) == CONTENT[:100]
    assert read_head(any_vault, sha256, CHUNK_SIZE + 5) == CONTENT[: CHUNK_SIZE + 5]
    assert read_head(any_vault, sha256, 10 * CHUNK_SIZE) == CONTENT
    assert is_sealed(any_vault) == isinstance(any_vault, SealedVault)


def test_a_file_above_the_limit_is_not_read(any_vault: EvidenceVault, make_file: MakeFile) -> None:
    sha256 = any_vault.store_file(make_file("письмо.txt", CONTENT)).sha256
    with pytest.raises(TooLargeToRead) as raised:
        read_plain(any_vault, sha256, limit=CHUNK_SIZE)
    assert "system’s viewer" in raised.value.message


def test_a_missing_file_is_reported(any_vault: EvidenceVault) -> None:
    with pytest.raises(StoredFileDamaged):
        read_plain(any_vault, "ab" * 32, limit=CHUNK_SIZE)
    with pytest.raises(StoredFileDamaged):
        read_head(any_vault, "ab" * 32, 10)
    assert plain_size(any_vault, "ab" * 32) is None


def test_an_altered_file_is_never_given_out(any_vault: EvidenceVault, make_file: MakeFile) -> None:
    sha256 = any_vault.store_file(make_file("письмо.txt", CONTENT)).sha256
    stored = any_vault.path_of(sha256)
    os.chmod(stored, 0o600)
    with stored.open("r+b") as handle:
        handle.seek(HEADER_SIZE + CHUNK_SIZE + 100)  # inside the second chunk
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 1]))
    expected = SealedFileDamaged if is_sealed(any_vault) else StoredFileDamaged
    with pytest.raises(expected):
        read_plain(any_vault, sha256, limit=len(CONTENT))
    assert read_head(any_vault, sha256, 100) == CONTENT[:100]  # the first chunk is intact


def test_a_sealed_file_read_with_another_key_fails(tmp_path: Path, make_file: MakeFile) -> None:
    vault = SealedVault.sealed_beside(tmp_path / "caseworker.sqlite", KEYS)
    sha256 = vault.store_file(make_file("письмо.txt", CONTENT)).sha256
    other = derive_keys(bytes(range(1, 33)), bytes(range(16)))
    stranger = SealedVault(vault.root, other)
    os.replace(vault.path_of(sha256), _moved(stranger.path_of(sha256)))
    with pytest.raises(SealedFileDamaged):
        read_plain(stranger, sha256, limit=len(CONTENT))


def _moved(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return target
