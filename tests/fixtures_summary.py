"""The demo case with contradictions, made complete for a printed summary: evidence kept in
the vault and linked to a report, the caseworker's own assessment (all fictional)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.models import Report
from caseworker.services import assessments, evidence
from caseworker.vault import EvidenceVault
from caseworker.vocab import Claim
from tests.conftest import ACTOR

TODAY = date(2026, 11, 27)
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
LETTER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


@dataclass(frozen=True)
class DemoCase:
    case_id: int
    reference: str
    person_id: int
    killed_report_id: int
    wounded_report_id: int
    photo_sha256: str
    letter_sha256: str


def demo_case_with_evidence(database: Database, folder: Path) -> DemoCase:
    """The Sokolov demo case (reported killed by his unit, then alive in hospital by a soldier
    of the other side), with a photo linked to the hospital report, a letter, an assessment."""
    incoming = folder / "incoming"
    incoming.mkdir(exist_ok=True)
    photo, letter = incoming / "снимок из госпиталя.jpg", incoming / "ответ военкомата.pdf"
    photo.write_bytes(PHOTO)
    letter.write_bytes(LETTER)
    vault = EvidenceVault.beside(folder / "caseworker.sqlite")
    with database.write() as session:
        case = load_demo(session, ACTOR, today=TODAY)[0]
        person = case.persons[0]
        reports = list(session.scalars(select(Report).where(Report.person_id == person.id)))
        killed = next(r for r in reports if r.claim is Claim.KILLED and r.retracted_at is None)
        wounded = next(r for r in reports if r.claim is Claim.WOUNDED)
        evidence.add_evidence(
            session,
            vault,
            ACTOR,
            case.id,
            photo,
            report_ids=[wounded.id],
            description="Снимок, присланный с номера Дмитрия",
        )
        evidence.add_evidence(session, vault, ACTOR, case.id, letter)
        assessments.record_assessment(
            session,
            ACTOR,
            person.id,
            "unknown",
            "low",
            "Два источника противоречат друг другу; ждём ответа из госпиталей.",
        )
        return DemoCase(
            case.id,
            case.reference,
            person.id,
            killed.id,
            wounded.id,
            hashlib.sha256(PHOTO).hexdigest(),
            hashlib.sha256(LETTER).hexdigest(),
        )
