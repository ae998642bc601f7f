"""Evidence services on a sealed vault (a protected database), whatever the suite's mode:
a purge deletes the sealed file and, when it cannot, names where it lies."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.services import evidence as ev
from caseworker.services.evidence_purge import purge_evidence
from caseworker.vault import VaultNotWritable
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed_store import SealedVault
from tests.conftest import ACTOR, SampleCase
from tests.vault.contents import stored_bytes

pytestmark = pytest.mark.sqlite_only(reason="encryption of SQLite files")

CONTENT = b"%PDF-1.7\n" + "Извещение о судьбе сына\n".encode() * 40


@pytest.fixture
def database_key() -> bytes:
    """A raw key of this file's own: the ``database`` fixture is encrypted, its vault sealed."""
    return bytes(range(100, 132))


@pytest.fixture
def vault(database: Database) -> SealedVault:
    found = vault_of_engine(database.engine)
    assert isinstance(found, SealedVault)
    return found


def _add(database: Database, vault: SealedVault, case_id: int, tmp_path: Path) -> ev.EvidenceItem:
    source = tmp_path / "извещение.pdf"
    source.write_bytes(CONTENT)
    with database.write() as session:
        return ev.add_evidence(session, vault, ACTOR, case_id, source).item


def test_a_purge_deletes_the_sealed_file(
    database: Database, vault: SealedVault, sample_case: SampleCase, tmp_path: Path
) -> None:
    item = _add(database, vault, sample_case.case_id, tmp_path)
    stored = vault.path_of(item.sha256)
    assert stored_bytes(vault, item.sha256) == CONTENT and stored.read_bytes() != CONTENT
    assert (item.size, item.media_type) == (len(CONTENT), "application/pdf")
    with database.write() as session:
        result = purge_evidence(session, vault, ACTOR, [item.id], sample_case.reference)
    assert result.unreferenced == (item.sha256,)
    assert not stored.exists() and not vault.contains(item.sha256)


def test_a_sealed_file_that_cannot_be_deleted_is_named_by_its_path(
    database: Database,
    vault: SealedVault,
    sample_case: SampleCase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = _add(database, vault, sample_case.case_id, tmp_path)

    def refuse(sha256: str) -> None:
        raise PermissionError(13, "Permission denied", str(vault.path_of(sha256)))

    monkeypatch.setattr(vault, "delete", refuse)
    with pytest.raises(VaultNotWritable) as raised, database.write() as session:
        purge_evidence(session, vault, ACTOR, [item.id], sample_case.reference)
    assert str(vault.path_of(item.sha256)) in raised.value.message
    assert "Permission denied" in raised.value.message
