"""The timeline analysis: contradictions between a person's reports and a suggested status.

Pure functions over plain facts (:class:`ReportFact`, :class:`PersonFacts`), no database and
no Qt: :mod:`caseworker.services.timeline` loads the facts and records explanations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseworker.collector import collector_paused
from caseworker.timeline.contradictions import (
    AnalysisSettings,
    Contradiction,
    Reminder,
    find_contradictions,
    find_reminder,
)
from caseworker.timeline.facts import PersonFacts, ReportFact, in_time_order, roots_of
from caseworker.timeline.suggestion import Suggestion, report_weight, suggest_status
from caseworker.vocab import ContradictionRule, Severity


@dataclass(frozen=True, slots=True)
class Analysis:
    """The reports in time order (retracted ones included), the findings, the suggestion,
    and the "no news" reminder apart from the contradictions."""

    reports: tuple[ReportFact, ...]
    contradictions: tuple[Contradiction, ...]
    suggestion: Suggestion
    reminder: Reminder | None = None


def analyse(
    facts: Iterable[ReportFact],
    person: PersonFacts | None = None,
    *,
    today: date,
    settings: AnalysisSettings | None = None,
) -> Analysis:
    with collector_paused():  # see caseworker.collector
        reports = in_time_order(facts)
        roots = roots_of(reports)
        return Analysis(
            tuple(reports),
            tuple(
                find_contradictions(reports, person, today=today, settings=settings, roots=roots)
            ),
            suggest_status(reports, roots),
            find_reminder(reports, person, today=today, settings=settings),
        )


__all__ = [
    "Analysis",
    "AnalysisSettings",
    "Contradiction",
    "ContradictionRule",
    "PersonFacts",
    "Reminder",
    "ReportFact",
    "Severity",
    "Suggestion",
    "analyse",
    "find_contradictions",
    "find_reminder",
    "in_time_order",
    "report_weight",
    "roots_of",
    "suggest_status",
]
