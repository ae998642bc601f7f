"""A list's file in the vault is the list's: the check does not call it unreferenced, and
purging a case's evidence item with the same content keeps it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseworker.db import Database
from caseworker.integrity import check_database
from caseworker.lists import read_list_file
from caseworker.models import PublishedList
from caseworker.services import evidence as evidence_service
from caseworker.services.evidence_purge import purge_evidence
from caseworker.services.published_lists import import_list
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.verify import FileState, unreferenced_files, verify_vault
from tests.conftest import SampleCase
from tests.lists.test_import import DETAILS


def test_the_check_does_not_call_a_list_file_unreferenced(
    database: Database, messy_csv: Path
) -> None:
    vault = vault_of_engine(database.engine)  # sealed when the tests run encrypted
    with database.write() as session:
        import_list(session, vault, "tester", read_list_file(messy_csv), None, **DETAILS)
    later = datetime.now(UTC) + timedelta(hours=1)
    with database.read() as session:
        assert list(unreferenced_files(session, vault, now=later)) == []


def test_purging_an_item_keeps_the_list_file_of_the_same_content(
    database: Database, messy_csv: Path, sample_case: SampleCase
) -> None:
    vault = vault_of_engine(database.engine)  # sealed when the tests run encrypted
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


def test_the_check_finds_a_lost_or_altered_list_file_and_importing_again_restores_it(
    database: Database, messy_csv: Path
) -> None:
    vault = vault_of_engine(database.engine)  # sealed when the tests run encrypted
    with database.write() as session:
        listed = import_list(session, vault, "tester", read_list_file(messy_csv), None, **DETAILS)
        sha256 = session.get(PublishedList, listed.list_id).sha256  # type: ignore[union-attr]
    stored = vault.path_of(sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"Surname;Name\nEdited;Later\n")
    with database.read() as session:
        faults = verify_vault(session, vault)
        problems = [p.message for p in check_database(session) if p.check == "evidence_vault"]
    assert [(f.state, f.lists, f.cases) for f in faults] == [
        (FileState.ALTERED, (DETAILS["name"],), ())
    ]
    assert len(problems) == 1
    assert f"“{DETAILS['name']}”" in problems[0] and "published list" in problems[0]

    stored.unlink()
    with database.read() as session:
        assert [f.state for f in verify_vault(session, vault)] == [FileState.MISSING]
    with database.write() as session:
        again = import_list(session, vault, "tester", read_list_file(messy_csv), None, **DETAILS)
    assert (again.list_id, again.created) == (listed.list_id, False)
    with database.read() as session:
        assert verify_vault(session, vault) == []
