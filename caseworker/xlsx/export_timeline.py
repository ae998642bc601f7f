"""The Contradictions sheet: each person's findings, analysed while their reports stream past."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import ContradictionExplanation, Inquiry
from caseworker.models.explanation import report_ids_text
from caseworker.timeline import AnalysisSettings, PersonFacts, ReportFact, analyse
from caseworker.vocab import CaseStatus
from caseworker.xlsx.export_rows import full_name


class ContradictionFinder:
    """Collects one person's report rows at a time; yields their findings as sheet rows.

    The rows come from :func:`caseworker.xlsx.export_rows.person_report_rows`, grouped by
    person, so only one person's facts are held at once.
    """

    def __init__(
        self, session: Session, today: date, settings: AnalysisSettings | None = None
    ) -> None:
        self.today = today
        self.settings = settings
        self._answers = self._load_answers(session)
        self._explained = {
            (row.person_id, str(row.rule), row.report_ids): row.note
            for row in session.scalars(
                select(ContradictionExplanation).where(
                    ContradictionExplanation.withdrawn_at.is_(None)
                )
            )
        }
        self._person: Any = None
        self._facts: list[ReportFact] = []

    @staticmethod
    def _load_answers(session: Session) -> dict[tuple[int, int | None], date]:
        query = (
            select(Inquiry.case_id, Inquiry.person_id, func.max(Inquiry.answered_on))
            .where(Inquiry.answered_on.is_not(None))
            .group_by(Inquiry.case_id, Inquiry.person_id)
        )
        return {(row[0], row[1]): row[2] for row in session.execute(query) if row[2] is not None}

    def add(self, row: Any) -> list[tuple[Any, ...]]:
        """Take one row; returns the findings of the previous person when a new one begins."""
        found: list[tuple[Any, ...]] = []
        if self._person is not None and row.person_id != self._person.person_id:
            found = self.finish()
        if self._person is None:
            self._person = row
        if row.id is not None:
            self._facts.append(_fact(row))
        return found

    def finish(self) -> list[tuple[Any, ...]]:
        person, facts = self._person, self._facts
        self._person, self._facts = None, []
        if person is None:
            return []
        answered = [
            self._answers.get((person.case_id, person.person_id)),
            self._answers.get((person.case_id, None)),
        ]
        facts_of_person = PersonFacts(
            official_status=person.official_status,
            official_status_on=person.official_status_on,
            opened_on=person.opened_on,
            last_answer_on=max((day for day in answered if day is not None), default=None),
            active=person.case_status is CaseStatus.OPEN,
        )
        analysis = analyse(facts, facts_of_person, today=self.today, settings=self.settings)
        name = full_name(person.surname, person.given_name, person.patronymic)
        rows = []
        for finding in analysis.contradictions:
            note = self._explained.get(
                (person.person_id, str(finding.rule), report_ids_text(finding.report_ids))
            )
            rows.append(
                (
                    person.case_reference,
                    name,
                    finding.rule,
                    finding.severity,
                    finding.explanation,
                    note,
                )
            )
        return rows


def _fact(row: Any) -> ReportFact:
    return ReportFact(
        id=row.id,
        claim=row.claim,
        event=EventDate(row.event_from, row.event_to, row.event_precision),
        received_on=row.received_on,
        source_kind=row.source_kind,
        source_name=row.source_name,
        reliability=row.reliability,
        credibility=row.credibility,
        stated_on=row.stated_on,
        derived_from_id=row.derived_from_id,
        place=row.place,
        summary=row.summary,
        retracted=row.retracted_at is not None,
    )
