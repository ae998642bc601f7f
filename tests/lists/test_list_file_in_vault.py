"""A list's file in the vault is the list's: the check does not call it unreferenced, and
purging a case's evidence item with the same content keeps it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseworker.db import Database
from caseworker.lists import read_list_file
from caseworker.services import evidence as evidence_service
from caseworker.services.evidence_purge import purge_evidence
from caseworker.services.published_lists import import_list
from caseworker.vault.store import EvidenceVault
from caseworker.vault.verify import unreferenced_files
from tests.conftest import SampleCase
from tests.lists.test_import import DETAILS


def test_the_check_does_not_call_a_list_file_unreferenced(
    database: Database, db_path: Path, messy_csv: Path
) -> None:
    vault = EvidenceVault.beside(db_path)
    with database.write() as session:
        import_list(session, vault, "tester", read_list_file(messy_csv), None, **DETAILS)
    later = datetime.now(UTC) + timedelta(hours=1)
    with database.read() as session:
        assert list(unreferenced_files(session, vault, now=later)) == []


def test_purging_an_item_keeps_the_list_file_of_the_same_content(
    database: Database, db_path: Path, messy_csv: Path, sample_case: SampleCase
) -> None:
    vault = EvidenceVault.beside(db_path)
    with database.write() as session:
        listed = import_list(session, vault, "tester", read_list_file(messy_csv), None, **DETAILS)
        added = evidence_service.add_evidence(
            session, vault, "tester", sample_case.case_id, messy_csv
        )
    with database.write() as session:
        purge_evidence(
            session, vault, "tester", [added.item.id], sample_case.reference, reason="тест"
        )
    assert listed.created
    assert vault.contains(added.item.sha256)
