"""The Contradictions sheet: each person's findings, analysed while their reports stream past."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.services.analysis_inputs import (
    answer_days,
    explanation_key,
    explanations,
    fact_values,
    person_facts_of,
    report_fact,
)
from caseworker.timeline import AnalysisSettings, ReportFact
from caseworker.timeline.contradictions import find_contradictions
from caseworker.timeline.facts import in_time_order, roots_of
from caseworker.xlsx.export import rows as r
from caseworker.xlsx.export.rows import PersonPart

_FACT_VALUES = fact_values(r.REPORT_COLUMNS)


class ContradictionFinder:
    """Collects one person's reports at a time; returns their findings as sheet rows.

    The reports come from :func:`caseworker.xlsx.export.rows.person_reports`, grouped by
    person, so only one person's facts are held at once. The facts, the explanations and
    their keys are made by :mod:`caseworker.services.analysis_inputs`, as for the timeline.
    """

    def __init__(
        self, session: Session, today: date, settings: AnalysisSettings | None = None
    ) -> None:
        self.today = today
        self.settings = settings
        self._answers = answer_days(session, None)
        self._explained = explanations(session, None)
        self._person: PersonPart | None = None
        self._facts: list[ReportFact] = []

    def person(self, person: PersonPart) -> list[tuple[Any, ...]]:
        """Begin a person; returns the findings of the previous one."""
        found = self.finish()
        self._person = person
        return found

    def add(self, report: tuple[Any, ...], event: EventDate) -> None:
        """One report of the current person (a tuple of ``REPORT_COLUMNS``) and its event."""
        self._facts.append(report_fact(_FACT_VALUES(report), event))

    def finish(self) -> list[tuple[Any, ...]]:
        """The findings of the current person, as Contradictions sheet rows."""
        person, facts = self._person, self._facts
        self._person, self._facts = None, []
        if person is None:
            return []
        facts_of_person = person_facts_of(person, self._answers)
        # Only the contradictions, as ``analyse`` finds them; the export needs no suggestion.
        reports = in_time_order(facts)
        contradictions = find_contradictions(
            reports, facts_of_person, today=self.today, settings=self.settings,
            roots=roots_of(reports),
        )  # fmt: skip
        name = person.name
        rows = []
        for finding in contradictions:
            explained = self._explained.get(explanation_key(person.person_id, finding))
            note = None if explained is None else explained.note
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
