"""Evidence in a case: added once, linked to reports, hidden, purged, listed and exported."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import StaleRecord, ValidationError
from caseworker.models import AuditEntry, Evidence
from caseworker.services import cases
from caseworker.services import evidence as ev
from caseworker.services.audit import history
from caseworker.services.evidence_export import ExportResult, export_case_evidence
from caseworker.services.evidence_purge import purge_case_evidence, purge_evidence
from caseworker.vault import EmptyFile, EvidenceVault, ExportFolderNotEmpty, StoredFileDamaged
from caseworker.vault.of_database import vault_of_engine
from caseworker.vocab import HowObtained, MediaKind
from tests.conftest import ACTOR, SampleCase
from tests.vault.contents import stored_bytes

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"photo of the letter" * 50
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
OGG = b"OggS\x00\x02" + bytes(22) + b"OpusHead" + b"voice" * 40


@pytest.fixture
def vault(database: Database) -> EvidenceVault:
    """The database's own vault: sealed when the tests run on an encrypted database."""
    return vault_of_engine(database.engine)


def put(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


AddFile = Callable[..., ev.AddedEvidence]
ExportTo = Callable[[Path], ExportResult]


@pytest.fixture
def add_file(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> AddFile:
    """Add a file named ``name`` holding ``content`` to the sample case (or to ``case_id``)."""

    def add(
        name: str, content: bytes, case_id: int | None = None, **options: Any
    ) -> ev.AddedEvidence:
        path = put(tmp_path, name, content)
        with database.write() as session:
            case = sample_case.case_id if case_id is None else case_id
            return ev.add_evidence(session, vault, ACTOR, case, path, **options)

    return add


@pytest.fixture
def export_to(database: Database, vault: EvidenceVault, sample_case: SampleCase) -> ExportTo:
    """Export the sample case's evidence to a folder."""

    def export(folder: Path) -> ExportResult:
        with database.read() as session:
            return export_case_evidence(session, vault, sample_case.case_id, folder)

    return export


def second_case(database: Database) -> int:
    with database.write() as session:
        return cases.create_case(session, ACTOR, family_name="Ромашкины").id


def vault_files(vault: EvidenceVault) -> list[Path]:
    return sorted(path for path in vault.root.rglob("*") if path.is_file())


def test_adding_a_file_records_everything_about_it(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    added = add_file(
        "Письмо из части.pdf",
        PDF,
        report_ids=[sample_case.killed_report_id],
        how_obtained="letter",
        source_url="",
        captured_at="2026-04-06 10:30",
        description="Извещение командира",
    )
    item = added.item
    assert not added.already_stored and not added.already_in_case
    assert item.name == "Письмо из части.pdf" and item.media_type == "application/pdf"
    assert item.kind is MediaKind.DOCUMENT and item.size == len(PDF)
    assert item.how_obtained is HowObtained.LETTER and item.added_by == ACTOR
    assert item.captured_at is not None and item.captured_at.tzinfo is not None
    assert item.report_ids == (sample_case.killed_report_id,)
    assert stored_bytes(vault, item.sha256) == PDF
    with database.read() as session:
        actions = [entry.action for entry in history(session, "evidence", item.id)]
    assert actions == ["create", "link"]


def test_the_same_file_twice_is_linked_not_stored_twice(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    first = add_file("a.jpg", JPEG)
    again = add_file("копия.jpg", JPEG, report_ids=[sample_case.alive_report_id])
    assert again.already_stored and again.already_in_case
    assert again.item.id == first.item.id and again.item.name == "a.jpg"
    assert again.item.report_ids == (sample_case.alive_report_id,)
    assert len(vault_files(vault)) == 1
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Evidence)) == 1


def test_the_same_file_in_another_case_shares_the_stored_copy(
    database: Database, vault: EvidenceVault, add_file: AddFile
) -> None:
    add_file("a.jpg", JPEG)
    other = add_file("b.jpg", JPEG, case_id=second_case(database))
    assert other.already_stored and not other.already_in_case
    assert len(vault_files(vault)) == 1


def test_reports_of_another_case_cannot_be_linked(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    other = second_case(database)
    with pytest.raises(ValidationError) as raised:
        add_file("a.jpg", JPEG, case_id=other, report_ids=[sample_case.alive_report_id])
    assert "belongs to another case" in raised.value.message
    assert vault_files(vault) == []  # refused before the copy


def test_link_and_unlink(database: Database, sample_case: SampleCase, add_file: AddFile) -> None:
    item = add_file("a.jpg", JPEG).item
    with database.write() as session:
        assert ev.link_report(session, ACTOR, item.id, sample_case.alive_report_id)
        assert not ev.link_report(session, ACTOR, item.id, sample_case.alive_report_id)
    with database.read() as session:
        assert [i.id for i in ev.evidence_of_report(session, sample_case.alive_report_id)] == [
            item.id
        ]
    with database.write() as session:
        assert ev.unlink_report(session, ACTOR, item.id, sample_case.alive_report_id)
        assert not ev.unlink_report(session, ACTOR, item.id, sample_case.alive_report_id)
    with database.read() as session:
        assert ev.evidence_of_report(session, sample_case.alive_report_id) == []
        actions = [entry.action for entry in history(session, "evidence", item.id)]
    assert actions == ["create", "link", "unlink"]


def test_removing_hides_and_keeps_the_file_and_adding_again_shows_it(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    item = add_file("a.jpg", JPEG).item
    with database.write() as session:
        ev.remove_evidence(session, ACTOR, item.id, item.version)
    with database.read() as session:
        assert ev.list_evidence(session, sample_case.case_id) == []
        [hidden] = ev.list_evidence(session, sample_case.case_id, include_removed=True)
        assert hidden.removed
    assert vault.contains(item.sha256)
    with database.write() as session, pytest.raises(StaleRecord):
        ev.restore_evidence(session, ACTOR, item.id, item.version)
    again = add_file("a.jpg", JPEG)
    assert again.restored and not again.item.removed


def test_update_metadata_is_audited(database: Database, add_file: AddFile) -> None:
    item = add_file("a.jpg", JPEG).item
    with database.write() as session:
        ev.update_evidence(
            session, ACTOR, item.id, item.version, graphic=True, how_obtained="screenshot"
        )
    with database.read() as session:
        updated = ev.get_evidence_item(session, item.id)
        fields = {e.field for e in history(session, "evidence", item.id) if e.action == "update"}
    assert updated.graphic and updated.how_obtained is HowObtained.SCREENSHOT
    assert fields == {"graphic", "how_obtained"}


def test_bad_metadata_is_refused_before_copying(vault: EvidenceVault, add_file: AddFile) -> None:
    with pytest.raises(ValidationError) as raised:
        add_file("a.jpg", JPEG, how_obtained="pigeon")
    assert raised.value.field == "how_obtained"
    with pytest.raises(ValidationError):
        add_file("a.jpg", JPEG, captured_at="2999-01-01")
    assert vault_files(vault) == []


def test_a_zero_byte_file_is_refused_and_nothing_recorded(
    database: Database, sample_case: SampleCase, add_file: AddFile
) -> None:
    with pytest.raises(EmptyFile):
        add_file("пусто.jpg", b"")
    with database.read() as session:
        assert ev.list_evidence(session, sample_case.case_id, include_removed=True) == []


def test_filter_and_sort(database: Database, sample_case: SampleCase, add_file: AddFile) -> None:
    photo = add_file("b.jpg", JPEG, captured_at="2026-04-07").item
    letter = add_file(
        "a.pdf", PDF, report_ids=[sample_case.killed_report_id], captured_at="2026-04-03"
    ).item
    voice = add_file("c.ogg", OGG).item
    with database.read() as session:

        def ids(**options: object) -> list[int]:
            return [i.id for i in ev.list_evidence(session, sample_case.case_id, **options)]  # type: ignore[arg-type]

        assert ids() == [photo.id, letter.id, voice.id]
        assert ids(sort=ev.EvidenceSort.CAPTURED) == [letter.id, photo.id, voice.id]
        assert ids(sort=ev.EvidenceSort.CAPTURED, descending=True) == [
            photo.id,
            letter.id,
            voice.id,
        ]
        assert ids(report_id=sample_case.killed_report_id) == [letter.id]
        assert ids(kind=MediaKind.IMAGE) == [photo.id]
        assert ids(kind=MediaKind.AUDIO) == [voice.id]
        assert ids(kind=MediaKind.DOCUMENT) == [letter.id]
        assert ids(kind=MediaKind.OTHER) == []


def test_purge_needs_the_case_reference(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    item = add_file("a.jpg", JPEG).item
    with database.write() as session, pytest.raises(ValidationError) as raised:
        purge_evidence(session, vault, ACTOR, [item.id], confirm="yes")
    assert sample_case.reference in raised.value.message
    assert vault.contains(item.sha256)


def test_purge_deletes_the_record_and_the_file_on_commit(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    item = add_file("a.jpg", JPEG, report_ids=[sample_case.killed_report_id]).item
    with database.write() as session:
        result = purge_evidence(
            session, vault, ACTOR, [item.id], confirm=sample_case.reference, reason="просьба семьи"
        )
        assert vault.contains(item.sha256)  # not before the commit
    assert result.items == 1 and result.unreferenced == (item.sha256,)
    assert not vault.contains(item.sha256)
    with database.read() as session:
        assert session.get(Evidence, item.id) is None
        purge = session.scalar(select(AuditEntry).where(AuditEntry.action == "purge"))
        assert (
            purge is not None and purge.old_value == item.sha256 and purge.note == "просьба семьи"
        )


def test_purge_keeps_a_file_another_case_uses(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    add_file("a.jpg", JPEG)
    add_file("b.jpg", JPEG, case_id=second_case(database))
    with database.write() as session:
        result = purge_case_evidence(
            session, vault, ACTOR, sample_case.case_id, sample_case.reference
        )
    assert result.items == 1 and result.unreferenced == ()
    assert len(vault_files(vault)) == 1


def test_a_purge_rolled_back_deletes_nothing(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    item = add_file("a.jpg", JPEG).item
    with pytest.raises(RuntimeError), database.write() as session:
        purge_evidence(session, vault, ACTOR, [item.id], confirm=sample_case.reference)
        raise RuntimeError("the caseworker's computer crashed")
    assert vault.contains(item.sha256)
    with database.read() as session:
        assert session.get(Evidence, item.id) is not None


def test_export_with_manifest_and_checksums(
    database: Database,
    vault: EvidenceVault,
    sample_case: SampleCase,
    tmp_path: Path,
    add_file: AddFile,
    export_to: ExportTo,
) -> None:
    first = add_file(
        "photo.jpg",
        JPEG,
        report_ids=[sample_case.killed_report_id, sample_case.alive_report_id],
        how_obtained="messenger",
    ).item
    (tmp_path / "other").mkdir()
    other_photo = tmp_path / "other" / "PHOTO.jpg"
    other_photo.write_bytes(JPEG + b"another")
    with database.write() as session:
        ev.add_evidence(session, vault, ACTOR, sample_case.case_id, other_photo)
    with database.write() as session:
        stored = vault.store_file(put(tmp_path, "x.pdf", PDF))
        ev.record_evidence(
            session, ACTOR, sample_case.case_id, stored, "../../Письмо 12/05\\2026 😢.pdf"
        )
        stored = vault.store_file(put(tmp_path, "y.ogg", OGG))
        ev.record_evidence(session, ACTOR, sample_case.case_id, stored, "CON.ogg")
    out = tmp_path / "для юриста"
    result = export_to(out)
    names = [entry.file_name for entry in result.files]
    assert names == ["photo.jpg", "PHOTO (2).jpg", "_.._Письмо 12_05_2026 😢.pdf", "_CON.ogg"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, "manifest.csv", "SHA256SUMS"])
    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["file"] == "photo.jpg" and rows[0]["sha256"] == first.sha256
    assert rows[0]["how_obtained"] == "messenger" and rows[0]["size"] == str(len(JPEG))
    assert rows[0]["media_type"] == "image/jpeg"
    assert rows[0]["report_ids"] == f"{sample_case.killed_report_id} {sample_case.alive_report_id}"
    assert rows[2]["original_name"] == "../../Письмо 12/05\\2026 😢.pdf"
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=out, check=True)


def test_export_refuses_a_folder_in_use_and_a_damaged_file(
    vault: EvidenceVault, tmp_path: Path, add_file: AddFile, export_to: ExportTo
) -> None:
    item = add_file("a.jpg", JPEG).item
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(ExportFolderNotEmpty):
        export_to(busy)
    stored = vault.path_of(item.sha256)
    stored.chmod(0o600)
    stored.write_bytes(JPEG + b"tampered")
    with pytest.raises(StoredFileDamaged):
        export_to(tmp_path / "fresh")
    assert list((tmp_path / "fresh").iterdir()) == []


def test_items_serialise_for_the_command_line(add_file: AddFile) -> None:
    item = add_file("a.jpg", JPEG).item
    assert isinstance(item.added_at, datetime) and item.added_at.tzinfo == UTC
    json.dumps({"id": item.id, "report_ids": list(item.report_ids)})


def test_an_interrupted_add_leaves_nothing_behind(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, add_file: AddFile
) -> None:
    """Interrupted half-way through the copy (Ctrl+C here): no record, no file, no temporary."""
    chunks: list[int] = []

    def interrupt(done: int, _total: int) -> None:
        chunks.append(done)
        if len(chunks) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        add_file("video.mp4", bytes(12 * 1024 * 1024), progress=interrupt)
    assert vault_files(vault) == [] and vault.leftover_temporaries() == []
    with database.read() as session:
        assert ev.list_evidence(session, sample_case.case_id, include_removed=True) == []
