"""The timeline analysis: contradictions between a person's reports and a suggested status.

Pure functions over plain facts (:class:`ReportFact`, :class:`PersonFacts`), no database and
no Qt: :mod:`caseworker.services.timeline` loads the facts and records explanations.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

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
    with _no_cycle_collection():
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


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hold off Python's cycle collector while the analysis runs.

    A large timeline allocates tens of thousands of small objects, none of them in a
    reference cycle (refcounting frees them all), yet each few hundred allocations wake
    the collector, which then walks every live object of the program: about a third of
    the time of a 10,000-report analysis. The collector is process-wide and analyses may
    run in several threads at once (the case list counts contradictions in the background),
    so the last analysis to finish restores the state the first one found.
    """
    global _running, _collector_was_enabled
    with _collector_lock:
        if _running == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _collector_lock:
            _running -= 1
            if _running == 0 and _collector_was_enabled:
                gc.enable()


_collector_lock = threading.Lock()
_running = 0
_collector_was_enabled = True


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
