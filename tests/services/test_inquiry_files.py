"""The files of an inquiry: the copy of the letter sent and the scanned answer, kept in the
vault once, linked to the inquiry (and the answer to its report), every link audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import NotFound, ValidationError
from caseworker.models import AuditEntry, Evidence, InquiryEvidence
from caseworker.services import addressees, cases, evidence, inquiries
from caseworker.services.inquiry_files import (
    enclosure_list,
    files_of_case_inquiries,
    inquiry_files,
    link_file,
    store_and_keep,
)
from caseworker.vault import EmptyFile, EvidenceVault
from caseworker.vault.of_database import vault_of_engine
from caseworker.vocab import HowObtained, InquiryFileRole
from tests.conftest import ACTOR, SampleCase
from tests.services.test_plain_results import statements_run
from tests.vault.contents import stored_bytes

LETTER = InquiryFileRole.LETTER_SENT
SCAN = InquiryFileRole.ANSWER_SCAN


@pytest.fixture
def vault(database: Database) -> EvidenceVault:
    """The database's own vault: sealed when the tests run on an encrypted database."""
    return vault_of_engine(database.engine)


@pytest.fixture
def inquiry_id(database: Database, sample_case: SampleCase) -> int:
    with database.write() as session:
        ministry = addressees.add_addressee(
            session, ACTOR, name="Министерство обороны (тест)", kind="ministry"
        )
        return inquiries.add_inquiry(
            session, ACTOR, sample_case.case_id, ministry.id,
            person_id=sample_case.person_id, sent_on="2026-09-03",
        ).id  # fmt: skip


def a_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def keep(
    database: Database, vault: EvidenceVault, inquiry_id: int, path: Path, role: InquiryFileRole
) -> tuple[bool, bool, int | None]:
    with database.write() as session:
        kept = store_and_keep(session, vault, ACTOR, inquiry_id, path, role)
        return kept.new_item, kept.new_link, kept.report_id


def counts(database: Database) -> tuple[int, int, int]:
    """Evidence items, inquiry links, and audit entries of links to inquiries."""
    with database.read() as session:
        items = session.scalar(select(func.count()).select_from(Evidence)) or 0
        links = session.scalar(select(func.count()).select_from(InquiryEvidence)) or 0
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "link",
                                                               AuditEntry.field == "inquiry")
        ) or 0  # fmt: skip
    return items, links, audited


def test_the_letter_sent_is_kept_once_linked_and_audited(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    letter = a_file(tmp_path, "письмо в Минобороны.docx", b"PK letter of 3 September")

    assert keep(database, vault, inquiry_id, letter, LETTER) == (True, True, None)
    assert keep(database, vault, inquiry_id, letter, LETTER) == (False, False, None)

    assert counts(database) == (1, 1, 1)
    with database.read() as session:
        [kept] = inquiry_files(session, inquiry_id)
        history = [
            (e.entity, e.field, e.new_value, e.note, e.actor)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "link"))
        ]
    assert (kept.role, kept.name, kept.linked_by) == (LETTER, "письмо в Минобороны.docx", ACTOR)
    assert stored_bytes(vault, kept.sha256) == letter.read_bytes()
    assert history == [
        ("evidence", "inquiry", str(inquiry_id), "letter_sent", ACTOR),
        ("inquiries", "evidence", str(kept.evidence_id), "letter_sent", ACTOR),
    ]


def test_a_file_already_in_the_case_is_linked_not_kept_twice(
    database: Database, vault: EvidenceVault, inquiry_id: int, sample_case: SampleCase,
    tmp_path: Path,
) -> None:  # fmt: skip
    scan = a_file(tmp_path, "ответ.pdf", b"%PDF- answer")
    with database.write() as session:
        evidence.add_evidence(session, vault, ACTOR, sample_case.case_id, scan)

    assert keep(database, vault, inquiry_id, scan, SCAN) == (False, True, None)
    assert counts(database) == (1, 1, 1)


def test_a_scanned_answer_is_linked_to_the_report_the_answer_became(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    with database.write() as session:
        answered = inquiries.answer_inquiry(
            session, ACTOR, inquiry_id, None, "2026-10-01", "Находится на излечении в госпитале.",
            claim="wounded", reliability="A", credibility="2",
        )  # fmt: skip
    scan = a_file(tmp_path, "ответ.jpg", b"\xff\xd8\xff scanned answer")

    assert keep(database, vault, inquiry_id, scan, SCAN) == (True, True, answered.report_id)
    assert keep(database, vault, inquiry_id, scan, SCAN) == (False, False, answered.report_id)

    with database.read() as session:
        [kept] = inquiry_files(session, inquiry_id)
        item = evidence.get_evidence_item(session, kept.evidence_id)
        of_report = evidence.evidence_of_report(session, answered.report_id or 0)
    assert kept.report_ids == (answered.report_id,)
    assert item.how_obtained is HowObtained.LETTER
    assert [i.id for i in of_report] == [kept.evidence_id]


def test_letter_and_answer_are_listed_with_the_inquiry_in_the_order_kept(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    keep(database, vault, inquiry_id, a_file(tmp_path, "письмо.docx", b"PK letter"), LETTER)
    keep(database, vault, inquiry_id, a_file(tmp_path, "ответ.pdf", b"%PDF- answer"), SCAN)
    with database.read() as session:
        files = inquiry_files(session, inquiry_id)
    assert [(f.name, f.role) for f in files] == [("письмо.docx", LETTER), ("ответ.pdf", SCAN)]


def test_an_item_of_another_case_is_refused_and_nothing_linked(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    with database.write() as session:
        other = cases.create_case(session, ACTOR, family_name="Другие", opened_on="2026-05-01")
        item = evidence.add_evidence(
            session, vault, ACTOR, other.id, a_file(tmp_path, "чужое.pdf", b"%PDF- other")
        ).item
    with database.write() as session, pytest.raises(ValidationError, match="another case"):
        link_file(session, ACTOR, inquiry_id, item.id, SCAN)
    assert counts(database)[1:] == (0, 0)


def test_an_unknown_inquiry_is_refused_before_anything_is_copied(
    database: Database, vault: EvidenceVault, tmp_path: Path
) -> None:
    with database.write() as session, pytest.raises(NotFound):
        store_and_keep(session, vault, ACTOR, 999, a_file(tmp_path, "a.pdf", b"%PDF-"), LETTER)
    assert not any(vault.root.rglob("*"))  # not made, or a team folder left empty


def test_an_empty_file_is_refused_and_nothing_recorded(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    with database.write() as session, pytest.raises(EmptyFile):
        store_and_keep(session, vault, ACTOR, inquiry_id, a_file(tmp_path, "a.pdf", b""), SCAN)
    assert counts(database) == (0, 0, 0)


def test_the_enclosure_list_of_a_case_and_of_an_inquiry(
    database: Database, vault: EvidenceVault, inquiry_id: int, sample_case: SampleCase,
    tmp_path: Path,
) -> None:  # fmt: skip
    photo = a_file(tmp_path, "фото.jpg", b"\xff\xd8\xff photo")
    with database.write() as session:
        evidence.add_evidence(session, vault, ACTOR, sample_case.case_id, photo)
    keep(database, vault, inquiry_id, a_file(tmp_path, "письмо.docx", b"PK letter"), LETTER)

    with database.read() as session:
        whole = enclosure_list(session, sample_case.case_id)
        of_inquiry = enclosure_list(session, sample_case.case_id, inquiry_id)
    assert [(e.number, e.name) for e in whole.items] == [(1, "фото.jpg"), (2, "письмо.docx")]
    assert [e.name for e in of_inquiry.items] == ["письмо.docx"]
    assert of_inquiry.addressee == "Министерство обороны (тест)"
    assert all(len(e.sha256) == 64 for e in whole.items)


def test_the_enclosure_list_of_an_inquiry_of_another_case_is_refused(
    database: Database, inquiry_id: int
) -> None:
    with database.write() as session:
        other = cases.create_case(session, ACTOR, family_name="Другие", opened_on="2026-05-01")
    with database.read() as session, pytest.raises(ValidationError, match="is not in case"):
        enclosure_list(session, other.id, inquiry_id)


def test_an_answer_recorded_after_its_scan_links_the_scan_to_its_report(
    database: Database, vault: EvidenceVault, inquiry_id: int, tmp_path: Path
) -> None:
    keep(database, vault, inquiry_id, a_file(tmp_path, "ответ.pdf", b"%PDF- answer"), SCAN)
    keep(database, vault, inquiry_id, a_file(tmp_path, "письмо.docx", b"PK letter"), LETTER)
    with database.write() as session:
        answered = inquiries.answer_inquiry(
            session, ACTOR, inquiry_id, None, "2026-10-01", "Находится в плену.",
            claim="captured", reliability="A", credibility="2",
        )  # fmt: skip
    with database.read() as session:
        files = {f.name: f.report_ids for f in inquiry_files(session, inquiry_id)}
    assert files == {"ответ.pdf": (answered.report_id,), "письмо.docx": ()}


def test_the_files_of_a_cases_inquiries_in_one_statement_without_removed_ones(
    database: Database, vault: EvidenceVault, inquiry_id: int, sample_case: SampleCase,
    tmp_path: Path,
) -> None:  # fmt: skip
    keep(database, vault, inquiry_id, a_file(tmp_path, "письмо.docx", b"PK letter"), LETTER)
    keep(database, vault, inquiry_id, a_file(tmp_path, "ответ.pdf", b"%PDF- answer"), SCAN)
    with database.write() as session:
        [letter, _scan] = inquiry_files(session, inquiry_id)
        evidence.remove_evidence(session, ACTOR, letter.evidence_id)
    with database.read() as session, statements_run(database) as statements:
        found = files_of_case_inquiries(session, sample_case.case_id)
    assert {key: [(f.name, f.role) for f in files] for key, files in found.items()} == {
        inquiry_id: [("ответ.pdf", SCAN)]
    }
    assert len([s for s in statements if s.startswith("SELECT")]) == 1
