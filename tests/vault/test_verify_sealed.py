"""The integrity check on a sealed vault (a protected database): a single flipped bit in a
chunk, a file cut short, two chunks swapped and a file sealed with another key are each
found and named in the caseworker's words, on the command line too, in Russian as well."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseworker.db import Database, cipher, open_database
from caseworker.integrity import check_database
from caseworker.security import create_keys
from caseworker.security.keys import DerivedKeys
from caseworker.services import cases
from caseworker.services import evidence as ev
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed import CHUNK_SIZE, HEADER_SIZE, TAG_SIZE
from caseworker.vault.sealed_store import SealedVault
from caseworker.vault.verify import FileState, unreferenced_files, verify_vault
from tests.cli_runner import run as run_cli
from tests.conftest import ACTOR

PASSPHRASE = "Сова летит над рекой 77"
#: Two full chunks and a part of a third: chunks to flip, cut and swap.
CONTENT = random.Random(14).randbytes(2 * CHUNK_SIZE + 12_345)
SEALED_CHUNK = CHUNK_SIZE + TAG_SIZE


@dataclass
class Protected:
    database: Database
    path: Path
    passphrase_file: Path
    keys: DerivedKeys
    vault: SealedVault
    case_id: int
    reference: str
    sha256: str


@pytest.fixture
def protected(tmp_path: Path) -> Iterator[Protected]:
    """A protected database (its own keys file) with a case holding one three-chunk file."""
    path = tmp_path / "защищённая.sqlite"
    unlocked, _code = create_keys(path, PASSPHRASE)
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    database = open_database(str(path), keys=unlocked.keys)
    vault = vault_of_engine(database.engine)
    assert isinstance(vault, SealedVault)
    source = tmp_path / "фото сына.jpg"
    source.write_bytes(CONTENT)
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Шумовы", region="Курская область")
        item = ev.add_evidence(session, vault, ACTOR, case.id, source).item
        case_id, reference = case.id, case.reference
    source.unlink()
    yield Protected(
        database, path, passphrase_file, unlocked.keys, vault, case_id, reference, item.sha256
    )
    database.dispose()


def _rewrite(path: Path, data: bytes) -> None:
    path.chmod(0o600)
    path.write_bytes(data)


def _vault_messages(protected: Protected) -> list[str]:
    with protected.database.read() as session:
        return [p.message for p in check_database(session) if p.check == "evidence_vault"]


def _faults(protected: Protected) -> list[tuple[FileState, int | None]]:
    with protected.database.read() as session:
        return [(f.state, f.part) for f in verify_vault(session, protected.vault)]


def _check_command(protected: Protected, language: str = "C.UTF-8") -> str:
    protected.database.dispose()
    result = run_cli(
        protected.path,
        "--passphrase-file",
        str(protected.passphrase_file),
        "check",
        env={"LANG": language},
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    return result.stdout


def test_a_sound_sealed_vault_passes_and_nothing_is_unreferenced(protected: Protected) -> None:
    stored = protected.vault.path_of(protected.sha256)
    assert stored.name != protected.sha256  # a keyed name, not the SHA-256
    assert stored.stat().st_size > len(CONTENT)  # the sealed file, not its plaintext size
    assert _vault_messages(protected) == []
    with protected.database.read() as session:
        later = _later()
        assert list(unreferenced_files(session, protected.vault, now=later)) == []


def test_a_single_flipped_bit_in_a_chunk_is_found_and_named(protected: Protected) -> None:
    stored = protected.vault.path_of(protected.sha256)
    data = bytearray(stored.read_bytes())
    data[HEADER_SIZE + SEALED_CHUNK + 1000] ^= 0x04  # one bit of the second chunk
    _rewrite(stored, bytes(data))
    assert _faults(protected) == [(FileState.ALTERED, 2)]
    [message] = _vault_messages(protected)
    assert "“фото сына.jpg”" in message and protected.reference in message
    assert "part 2" in message and "altered or damaged" in message
    assert protected.sha256 in message
    output = _check_command(protected)
    assert "“фото сына.jpg”" in output and "part 2" in output


def test_the_check_names_a_damaged_file_in_russian(protected: Protected) -> None:
    stored = protected.vault.path_of(protected.sha256)
    data = bytearray(stored.read_bytes())
    data[-5] ^= 0x80  # one bit of the last chunk's tag
    _rewrite(stored, bytes(data))
    output = _check_command(protected, "ru_RU.UTF-8")
    assert "Материал «фото сына.jpg»" in output, output
    assert "часть 3" in output and "изменён или повреждён" in output


@pytest.mark.parametrize(
    ("cut", "part"),
    [
        (HEADER_SIZE + 2 * SEALED_CHUNK, 3),  # at a chunk boundary: the last chunk is missing
        (HEADER_SIZE + SEALED_CHUNK + 500, 2),  # within the second chunk
        (HEADER_SIZE + 10, 1),  # within the first chunk
    ],
)
def test_a_file_cut_short_is_found(protected: Protected, cut: int, part: int) -> None:
    stored = protected.vault.path_of(protected.sha256)
    _rewrite(stored, stored.read_bytes()[:cut])
    assert _faults(protected) == [(FileState.ALTERED, part)]
    [message] = _vault_messages(protected)
    assert "“фото сына.jpg”" in message and f"part {part}" in message


def test_two_swapped_chunks_are_found(protected: Protected) -> None:
    stored = protected.vault.path_of(protected.sha256)
    data = stored.read_bytes()
    first = data[HEADER_SIZE : HEADER_SIZE + SEALED_CHUNK]
    second = data[HEADER_SIZE + SEALED_CHUNK : HEADER_SIZE + 2 * SEALED_CHUNK]
    swapped = data[:HEADER_SIZE] + second + first + data[HEADER_SIZE + 2 * SEALED_CHUNK :]
    assert len(swapped) == len(data)
    _rewrite(stored, swapped)
    assert _faults(protected) == [(FileState.ALTERED, 1)]


def test_a_file_sealed_with_another_key_is_named_as_such(
    protected: Protected, tmp_path: Path
) -> None:
    other = SealedVault(
        tmp_path / "other.evidence", DerivedKeys(bytes(32), bytes(range(32)), bytes(32))
    )
    source = tmp_path / "same.jpg"
    source.write_bytes(CONTENT)
    other.store_file(source)
    stored = protected.vault.path_of(protected.sha256)
    _rewrite(stored, other.path_of(protected.sha256).read_bytes())  # the same content
    assert _faults(protected) == [(FileState.OTHER_KEY, None)]
    [message] = _vault_messages(protected)
    assert "“фото сына.jpg”" in message and "encrypted for another database" in message
    output = _check_command(protected)
    assert "“фото сына.jpg”" in output and "another database" in output


def test_a_plain_copy_in_a_sealed_vault_is_altered(protected: Protected) -> None:
    stored = protected.vault.path_of(protected.sha256)
    _rewrite(stored, CONTENT)  # the plaintext put where the sealed file was
    assert _faults(protected) == [(FileState.ALTERED, None)]
    [message] = _vault_messages(protected)
    assert "“фото сына.jpg”" in message and "has been altered" in message


def test_sizes_are_the_plaintext_sizes(protected: Protected) -> None:
    protected.database.dispose()
    _corrupt_protected(protected, "UPDATE evidence SET size = size + 1")
    [message] = _vault_messages(protected)
    assert f"{len(CONTENT) + 1} bytes" in message and f"{len(CONTENT)} bytes" in message


def _corrupt_protected(protected: Protected, statement: str) -> None:
    """Change the protected database behind the program's back (with its key)."""
    connection = cipher.connect(protected.path, protected.keys.database)
    try:
        connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(hours=1)


def _age(root: Path, minutes: int = 60) -> None:
    then = time.time() - minutes * 60
    for path in root.rglob("*"):
        os.utime(path, (then, then))


def test_unreferenced_and_stray_files_are_named_not_a_crash(
    protected: Protected, tmp_path: Path
) -> None:
    letter = tmp_path / "письмо.pdf"
    letter.write_bytes(b"%PDF-1.7\n" + b"x" * 2000)
    with protected.database.write() as session:
        item = ev.add_evidence(session, protected.vault, ACTOR, protected.case_id, letter).item
    protected.database.dispose()
    _corrupt_protected(protected, f"DELETE FROM evidence WHERE id = {item.id}")
    root = protected.vault.root
    (root / "заметки.txt").write_text("не здесь", encoding="utf-8")
    (root / "ab").mkdir(exist_ok=True)
    (root / "ab" / "not-a-name").write_bytes(b"\x00" * 10)
    pipe = hasattr(os, "mkfifo")
    if pipe:
        os.mkfifo(root / "ab" / "a-pipe")  # never opened: reading it would wait for ever
    _age(root)
    messages = sorted(_vault_messages(protected))
    assert len(messages) == 3 + pipe, messages
    assert not pipe or any("ab/a-pipe" in m for m in messages)
    stored = protected.vault.path_of(item.sha256).relative_to(root).as_posix()
    [deleted] = [m for m in messages if stored in m]
    assert "“письмо.pdf”" in deleted and "2.0 KB" in deleted  # its plaintext size
    assert any("заметки.txt" in m for m in messages)
    assert any("ab/not-a-name" in m for m in messages)
    assert not any(protected.vault.path_of(protected.sha256).name in m for m in messages)


def test_a_plain_file_left_in_a_sealed_vault_is_named_unencrypted(
    protected: Protected, tmp_path: Path
) -> None:
    """A plain copy left behind (a plain vault's file under its SHA-256) is readable by whoever
    reads the disk: the check says so, with the name it was added under."""
    letter = tmp_path / "письмо.pdf"
    letter.write_bytes(b"%PDF-1.7\n" + b"y" * 3000)
    with protected.database.write() as session:
        item = ev.add_evidence(session, protected.vault, ACTOR, protected.case_id, letter).item
    protected.database.dispose()
    _corrupt_protected(protected, f"DELETE FROM evidence WHERE id = {item.id}")
    plain = protected.vault.root / item.sha256[:2] / item.sha256[2:4] / item.sha256
    plain.parent.mkdir(parents=True, exist_ok=True)
    plain.write_bytes(letter.read_bytes())
    protected.vault.delete(item.sha256)  # only the plain copy is left
    _age(protected.vault.root)
    [message] = _vault_messages(protected)
    assert "unencrypted file" in message and "“письмо.pdf”" in message
    assert f"{item.sha256[:2]}/{item.sha256[2:4]}/{item.sha256}" in message
    assert "2.9 KB" in message  # its size on disk: it is its content
