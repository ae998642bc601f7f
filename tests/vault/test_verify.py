"""The integrity check finds missing and altered evidence files, naming them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from caseworker.db import Database
from caseworker.integrity import check_database
from caseworker.services import evidence as ev
from caseworker.vault import EvidenceVault
from caseworker.vault.verify import FileState, verify_vault
from tests.conftest import ACTOR, SampleCase
from tests.vault.conftest import JPEG, PDF, MakeFile

ROOT = Path(__file__).resolve().parents[2]


def _add(database: Database, vault: EvidenceVault, case_id: int, path: Path) -> ev.EvidenceItem:
    with database.write() as session:
        return ev.add_evidence(session, vault, ACTOR, case_id, path).item


def _tamper(path: Path, data: bytes) -> None:
    path.chmod(0o600)
    path.write_bytes(data)


def test_a_sound_vault_passes(
    database: Database, db_path: Path, sample_case: SampleCase, make_file: MakeFile
) -> None:
    vault = EvidenceVault.beside(db_path)
    _add(database, vault, sample_case.case_id, make_file("фото.jpg", JPEG))
    with database.read() as session:
        assert verify_vault(session, vault) == []
        assert check_database(session) == []


def test_tampering_and_loss_are_found_by_the_check(
    database: Database, db_path: Path, sample_case: SampleCase, make_file: MakeFile
) -> None:
    vault = EvidenceVault.beside(db_path)
    photo = _add(database, vault, sample_case.case_id, make_file("фото сына.jpg", JPEG))
    letter = _add(database, vault, sample_case.case_id, make_file("письмо.pdf", PDF))
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
    database: Database, db_path: Path, sample_case: SampleCase, make_file: MakeFile
) -> None:
    vault = EvidenceVault.beside(db_path)
    photo = _add(database, vault, sample_case.case_id, make_file("фото.jpg", JPEG))
    _tamper(vault.path_of(photo.sha256), b"\xff\xd8\xff edited in a photo editor")
    database.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "caseworker", "--db", str(db_path), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "“фото.jpg”" in result.stdout and "altered" in result.stdout
