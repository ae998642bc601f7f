"""A family for the work list's tests: the Шумовы case, its sought person, the mother as
applicant, and the Ministry of Defence (59-FZ: due 33 days after sending when the
registration day is not known, very overdue after 63)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from caseworker.services import addressees, cases, inquiries, relatives
from tests.conftest import ACTOR, add_person


@dataclass(frozen=True)
class Family:
    case_id: int
    reference: str
    person_id: int
    relative_id: int
    ministry_id: int

    def inquiry(
        self, session: Session, sent_on: date | str | None, *, applicant: bool = False
    ) -> int:
        """An inquiry for the person to the ministry (a draft without ``sent_on``)."""
        return inquiries.add_inquiry(
            session, ACTOR, self.case_id, self.ministry_id, person_id=self.person_id,
            applicant_id=self.relative_id if applicant else None, sent_on=sent_on,
        ).id  # fmt: skip


def shumov_family(session: Session) -> Family:
    case = cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-05-10")
    person = add_person(session, case.id, "Шумов Алексей")
    mother = relatives.add_relative(
        session, ACTOR, case.id, surname="Шумова", given_name="Мария", relation="mother"
    )
    ministry = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry")
    return Family(case.id, case.reference, person.id, mother.id, ministry.id)
