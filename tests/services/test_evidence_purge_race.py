"""A purge racing an addition of the same content by a colleague.

The addition copies its file into the vault before its write (outside the write lock): the
vault may already hold the content, so nothing new is written. A purge committed meanwhile
must not leave the addition's record pointing at a deleted file. The interleavings are made
one after the other, in this thread, with the session's own ``after_commit`` hook as the
moment between the purge's commit and its deletion of the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from caseworker.db import Database
from caseworker.models import Evidence
from caseworker.services import cases
from caseworker.services import evidence as ev
from caseworker.services.evidence_purge import purge_case_evidence
from caseworker.vault import EvidenceVault, StoredFile, StoredFilePurged
from caseworker.vault.of_database import vault_of_engine
from tests.conftest import ACTOR, SampleCase

PDF = b"%PDF-1.7\n" + "Ответ архива о судьбе рядового\n".encode() * 30


@pytest.fixture
def vault(database: Database) -> EvidenceVault:
    """The database's own vault: sealed when the database is encrypted."""
    return vault_of_engine(database.engine)


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "ответ архива.pdf"
    path.write_bytes(PDF)
    return path


def _purge(
    database: Database, vault: EvidenceVault, case: SampleCase, meanwhile: Any = None
) -> None:
    """Purge the case's evidence; ``meanwhile()`` runs after its commit, before the files
    are deleted (the purge's own hook is registered after this one, so runs after it)."""
    with database.write() as session:
        if meanwhile is not None:
            event.listen(session, "after_commit", lambda _session: meanwhile())
        purge_case_evidence(session, vault, ACTOR, case.case_id, case.reference)


def _other_case(database: Database) -> int:
    with database.write() as session:
        return cases.create_case(session, ACTOR, family_name="Ромашкины").id


def _record(database: Database, vault: EvidenceVault, case_id: int, stored: StoredFile) -> int:
    with database.write() as session:
        added = ev.record_evidence(session, ACTOR, case_id, stored, "ответ.pdf", vault=vault)
        return added.item.id


def _check_added_before_the_purge_deletes(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> None:
    with database.write() as session:
        ev.add_evidence(session, vault, ACTOR, sample_case.case_id, _source(tmp_path))
    other = _other_case(database)
    stored = vault.store_file(_source(tmp_path))  # the colleague's copy: already there
    assert stored.already_stored
    recorded: list[int] = []
    _purge(
        database,
        vault,
        sample_case,
        meanwhile=lambda: recorded.append(_record(database, vault, other, stored)),
    )
    assert recorded  # recorded between the purge's commit and its deletion
    assert vault.contains(stored.sha256)  # so the file stays: an item refers to it
    with database.read() as session:
        item = session.get(Evidence, recorded[0])
        assert item is not None and item.sha256 == stored.sha256


def _check_added_after_the_purge_deleted(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> None:
    with database.write() as session:
        ev.add_evidence(session, vault, ACTOR, sample_case.case_id, _source(tmp_path))
    other = _other_case(database)
    stored = vault.store_file(_source(tmp_path))
    assert stored.already_stored
    _purge(database, vault, sample_case)
    assert not vault.contains(stored.sha256)
    with pytest.raises(StoredFilePurged, match=r"ответ\.pdf"):
        _record(database, vault, other, stored)
    with database.read() as session:  # nothing points at the missing file
        assert session.scalar(select(Evidence).where(Evidence.sha256 == stored.sha256)) is None
    # Added again, it is stored again.
    with database.write() as session:
        added = ev.add_evidence(session, vault, ACTOR, other, _source(tmp_path))
    assert not added.already_stored and vault.contains(stored.sha256)


def test_an_addition_recorded_before_the_purge_deletes_keeps_the_file(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> None:
    _check_added_before_the_purge_deletes(database, vault, sample_case, tmp_path)


def test_an_addition_recorded_after_the_purge_deleted_says_so(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> None:
    _check_added_after_the_purge_deleted(database, vault, sample_case, tmp_path)


@pytest.mark.sqlite_only(reason="a sealed vault is an encrypted SQLite file's")
class TestSealedVault:
    """The same with an encrypted database, whose vault is sealed."""

    @pytest.fixture
    def database_key(self) -> bytes:
        return bytes(range(40, 72))

    def test_an_addition_recorded_before_the_purge_deletes_keeps_the_file(
        self, database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
    ) -> None:
        assert type(vault).__name__ == "SealedVault"
        _check_added_before_the_purge_deletes(database, vault, sample_case, tmp_path)

    def test_an_addition_recorded_after_the_purge_deleted_says_so(
        self, database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
    ) -> None:
        _check_added_after_the_purge_deleted(database, vault, sample_case, tmp_path)
