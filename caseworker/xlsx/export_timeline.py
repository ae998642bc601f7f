"""The Contradictions sheet: each person's findings, analysed while their reports stream past."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import ContradictionExplanation, Inquiry
from caseworker.models.explanation import report_ids_text
from caseworker.timeline import AnalysisSettings, PersonFacts, ReportFact
from caseworker.timeline.contradictions import find_contradictions
from caseworker.timeline.facts import in_time_order, roots_of
from caseworker.vocab import CaseStatus
from caseworker.xlsx import export_rows as r
from caseworker.xlsx.export_rows import PersonPart


class ContradictionFinder:
    """Collects one person's reports at a time; returns their findings as sheet rows.

    The reports come from :func:`caseworker.xlsx.export_rows.person_reports`, grouped by
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
        self._person: PersonPart | None = None
        self._facts: list[ReportFact] = []

    @staticmethod
    def _load_answers(session: Session) -> dict[tuple[int, int | None], date]:
        query = (
            select(Inquiry.case_id, Inquiry.person_id, func.max(Inquiry.answered_on))
            .where(Inquiry.answered_on.is_not(None))
            .group_by(Inquiry.case_id, Inquiry.person_id)
        )
        return {(row[0], row[1]): row[2] for row in session.execute(query) if row[2] is not None}

    def person(self, person: PersonPart) -> list[tuple[Any, ...]]:
        """Begin a person; returns the findings of the previous one."""
        found = self.finish()
        self._person = person
        return found

    def add(self, report: tuple[Any, ...], event: EventDate) -> None:
        """One report of the current person (a tuple of ``REPORT_COLUMNS``) and its event."""
        self._facts.append(
            ReportFact(
                id=report[r.ID],
                claim=report[r.CLAIM],
                event=event,
                received_on=report[r.RECEIVED_ON],
                source_kind=report[r.SOURCE_KIND],
                source_name=report[r.SOURCE_NAME],
                reliability=report[r.RELIABILITY],
                credibility=report[r.CREDIBILITY],
                stated_on=report[r.STATED_ON],
                derived_from_id=report[r.DERIVED_FROM_ID],
                place=report[r.PLACE],
                summary=report[r.SUMMARY],
                retracted=report[r.RETRACTED_AT] is not None,
            )
        )

    def finish(self) -> list[tuple[Any, ...]]:
        """The findings of the current person, as Contradictions sheet rows."""
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
        # Only the contradictions, as ``analyse`` finds them; the export needs no suggestion.
        reports = in_time_order(facts)
        contradictions = find_contradictions(
            reports, facts_of_person, today=self.today, settings=self.settings,
            roots=roots_of(reports),
        )  # fmt: skip
        name = person.name
        rows = []
        for finding in contradictions:
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
