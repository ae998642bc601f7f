"""The integrity check finds missing and altered evidence files, naming them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.integrity import check_database
from caseworker.services import evidence as ev
from caseworker.vault import EvidenceVault
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.verify import FileState, verify_vault
from tests.cli_runner import run as run_cli
from tests.conftest import ACTOR, SampleCase, corrupt
from tests.vault.conftest import JPEG, PDF, MakeFile

AddFile = Callable[[str, bytes], ev.EvidenceItem]


@pytest.fixture
def vault(database: Database) -> EvidenceVault:
    """The database's own vault: sealed when the tests run on an encrypted database."""
    return vault_of_engine(database.engine)


@pytest.fixture
def add_file(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, make_file: MakeFile
) -> AddFile:
    """Add a file named ``name`` holding ``content`` to the sample case; its evidence item."""

    def add(name: str, content: bytes) -> ev.EvidenceItem:
        path = make_file(name, content)
        with database.write() as session:
            return ev.add_evidence(session, vault, ACTOR, sample_case.case_id, path).item

    return add


def _tamper(path: Path, data: bytes) -> None:
    path.chmod(0o600)
    path.write_bytes(data)


def test_a_sound_vault_passes(database: Database, add_file: AddFile, vault: EvidenceVault) -> None:
    add_file("фото.jpg", JPEG)
    with database.read() as session:
        assert verify_vault(session, vault) == []
        assert check_database(session) == []


def test_tampering_and_loss_are_found_by_the_check(
    database: Database, sample_case: SampleCase, add_file: AddFile, vault: EvidenceVault
) -> None:
    photo = add_file("фото сына.jpg", JPEG)
    letter = add_file("письмо.pdf", PDF)
    with database.write() as session:
        ev.remove_evidence(session, ACTOR, letter.id)  # hidden files are checked too
    _tamper(vault.path_of(photo.sha256), JPEG[:-1] + b"!")
    vault.path_of(letter.sha256).unlink()
    with database.read() as session:
        faults = {fault.state: fault for fault in verify_vault(session, vault)}
        problems = [p for p in check_database(session) if p.check == "evidence_vault"]
    assert faults[FileState.ALTERED].names == ("фото сына.jpg",)
    assert faults[FileState.MISSING].names == ("письмо.pdf",)
    messages = sorted(problem.message for problem in problems)
    assert len(messages) == 2
    assert "“письмо.pdf”" in messages[0] and "missing" in messages[0]
    assert "“фото сына.jpg”" in messages[1] and "altered" in messages[1]
    assert sample_case.reference in messages[1] and photo.sha256 in messages[1]


def test_the_check_command_lists_damaged_files(
    database: Database, db_path: Path, add_file: AddFile, vault: EvidenceVault
) -> None:
    photo = add_file("фото.jpg", JPEG)
    _tamper(vault.path_of(photo.sha256), b"\xff\xd8\xff edited in a photo editor")
    database.dispose()
    result = run_cli(db_path, "check")  # in-process, see tests/cli_runner.py
    assert result.returncode == 1
    assert "“фото.jpg”" in result.stdout and "altered" in result.stdout


def _age(vault: EvidenceVault, minutes: int = 60) -> None:
    """Make every file in the vault look as if it had been written ``minutes`` ago."""
    then = time.time() - minutes * 60
    for path in vault.root.rglob("*"):
        os.utime(path, (then, then))


def _vault_problems(database: Database) -> list[str]:
    with database.read() as session:
        return sorted(p.message for p in check_database(session) if p.check == "evidence_vault")


def test_malformed_and_upper_case_hashes_are_named_not_a_crash(
    database: Database, db_path: Path, add_file: AddFile, vault: EvidenceVault
) -> None:
    photo = add_file("фото.jpg", JPEG)
    letter = add_file("письмо.pdf", PDF)
    corrupt(
        db_path,
        f"UPDATE evidence SET sha256 = upper(sha256) WHERE id = {photo.id}",
        f"UPDATE evidence SET sha256 = 'not a hash ../../x' WHERE id = {letter.id}",
    )
    _age(vault)
    messages = _vault_problems(database)
    assert len(messages) == 3, messages
    bad_hash = [m for m in messages if "no valid SHA-256" in m]
    assert len(bad_hash) == 2
    assert any("“фото.jpg”" in m and photo.sha256.upper() in m for m in bad_hash)
    assert any("“письмо.pdf”" in m and "not a hash ../../x" in m for m in bad_hash)
    # The letter's file is no longer referenced; the photo's still is, by its upper-case form.
    [unreferenced] = [m for m in messages if "no evidence item refers to" in m]
    stored = vault.path_of(letter.sha256).relative_to(vault.root).as_posix()
    assert stored in unreferenced and "“письмо.pdf”" in unreferenced


def test_a_changed_size_is_named(
    database: Database, db_path: Path, sample_case: SampleCase, add_file: AddFile
) -> None:
    photo = add_file("фото.jpg", JPEG)
    corrupt(db_path, f"UPDATE evidence SET size = size + 1 WHERE id = {photo.id}")
    [message] = _vault_problems(database)
    assert "“фото.jpg”" in message and sample_case.reference in message
    assert f"{len(JPEG) + 1} bytes" in message and f"{len(JPEG)} bytes" in message


def test_a_file_whose_record_was_deleted_is_named(
    database: Database, db_path: Path, add_file: AddFile, vault: EvidenceVault
) -> None:
    photo = add_file("фото сына.jpg", JPEG)
    corrupt(db_path, f"DELETE FROM evidence WHERE id = {photo.id}")
    assert _vault_problems(database) == []  # written a moment ago: perhaps being added now
    _age(vault)
    [message] = _vault_problems(database)
    stored = vault.path_of(photo.sha256).relative_to(vault.root).as_posix()
    assert stored in message and "no evidence item refers to" in message
    assert "“фото сына.jpg”" in message  # the name it was added under, from the audit
    assert "1.0 KB" in message


@pytest.mark.usefixtures("sample_case")
def test_a_file_stored_but_not_yet_recorded_is_no_problem(
    database: Database, make_file: MakeFile, vault: EvidenceVault
) -> None:
    """The window copies first and records after: a check in between finds nothing wrong."""
    vault.store_file(make_file("фото.jpg", JPEG))
    assert _vault_problems(database) == []


def test_a_stray_file_in_the_vault_is_named(
    database: Database, add_file: AddFile, vault: EvidenceVault
) -> None:
    add_file("фото.jpg", JPEG)
    (vault.root / "заметки.txt").write_text("не здесь")
    _age(vault)
    [message] = _vault_problems(database)
    assert "заметки.txt" in message and "no evidence item refers to" in message
