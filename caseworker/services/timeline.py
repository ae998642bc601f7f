"""A person's timeline: the reports in time order, their contradictions and the suggestion.

Loads the facts in a few column queries (no ORM objects per report), runs the analysis of
:mod:`caseworker.timeline`, and marks the contradictions the caseworker has explained.
Explaining a contradiction sets it aside with a note; nothing is deleted, and withdrawing
the explanation brings the contradiction back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.models import Case, Report, SoughtPerson
from caseworker.services.analysis_inputs import (
    PERSON_FACT_COLUMNS,
    REPORT_FACT_COLUMNS,
    Explained,
    ExplanationKey,
    analysis_day,
    answer_days,
    explanation_key,
    explanations,
    person_facts_of,
    report_fact,
)
from caseworker.services.persons import get_person
from caseworker.services.timeline_inquiries import (
    NO_INQUIRIES,
    TimelineInquiries,
    timeline_inquiries,
)
from caseworker.timeline import (
    AnalysisSettings,
    Contradiction,
    PersonFacts,
    Reminder,
    ReportFact,
    Suggestion,
    analyse,
)

_REPORT_COLUMNS = (Report.person_id, *REPORT_FACT_COLUMNS)


@dataclass(frozen=True, slots=True)
class ListedContradiction:
    """A finding as the timeline lists it: open, or explained with the caseworker's note."""

    contradiction: Contradiction
    note: str | None = None
    explained_by: str | None = None
    explained_at: datetime | None = None

    @property
    def explained(self) -> bool:
        return self.note is not None


@dataclass(frozen=True, slots=True)
class TimelineResult:
    person_id: int
    person: PersonFacts
    today: date
    reports: tuple[ReportFact, ...]
    contradictions: tuple[ListedContradiction, ...]
    suggestion: Suggestion
    #: No news for a long time: a reminder shown apart from the contradictions.
    reminder: Reminder | None = None
    #: Whose timeline it is, for a picture's caption: the person's full name, the case's
    #: reference (empty where a timeline is built without the database).
    person_name: str = ""
    case_reference: str = ""
    #: The case's inquiries about the person or the whole case, on the days they were sent.
    inquiries: TimelineInquiries = NO_INQUIRIES

    @property
    def open_contradictions(self) -> tuple[Contradiction, ...]:
        return tuple(c.contradiction for c in self.contradictions if not c.explained)

    @property
    def open_count(self) -> int:
        return len(self.open_contradictions)

    @property
    def contested(self) -> bool:
        return self.suggestion.contested


def _reports_by_person(session: Session, person_ids: Sequence[int]) -> dict[int, list[ReportFact]]:
    found: dict[int, list[ReportFact]] = defaultdict(list)
    for chunk in chunks(person_ids):
        query = select(*_REPORT_COLUMNS).where(Report.person_id.in_(chunk))
        for row in session.execute(query):
            found[row[0]].append(report_fact(row[1:]))
    return found


def _persons(session: Session, *conditions: Any) -> dict[int, tuple[int, PersonFacts]]:
    """Case id and PersonFacts of each person matching ``conditions``, by person id."""
    rows = session.execute(
        select(*PERSON_FACT_COLUMNS).join(Case, Case.id == SoughtPerson.case_id).where(*conditions)
    ).all()
    answers = answer_days(session, sorted({row.case_id for row in rows}))
    return {
        row.person_id: (
            row.case_id,
            person_facts_of(row, answers),
        )
        for row in rows
    }


def _listed(
    person_id: int,
    contradictions: Iterable[Contradiction],
    explained: dict[ExplanationKey, Explained],
) -> tuple[ListedContradiction, ...]:
    """Open contradictions first, then the explained ones, each in the analysis's order."""
    listed = []
    for found in contradictions:
        row = explained.get(explanation_key(person_id, found))
        if row is None:
            listed.append(ListedContradiction(found))
        else:
            listed.append(ListedContradiction(found, *row))
    return tuple(sorted(listed, key=lambda item: item.explained))


def load_timeline(
    session: Session,
    person_id: int,
    *,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> TimelineResult:
    """The person's timeline as of ``today`` (default: the computer's date).

    Raises :class:`NotFound` when the person does not exist.
    """
    found = get_person(session, person_id)
    today = analysis_day(today)
    _, person = _persons(session, SoughtPerson.id == person_id)[person_id]
    facts = _reports_by_person(session, [person_id]).get(person_id, [])
    analysis = analyse(facts, person, today=today, settings=settings)
    listed = _listed(person_id, analysis.contradictions, explanations(session, [person_id]))
    return TimelineResult(
        person_id,
        person,
        today,
        analysis.reports,
        listed,
        analysis.suggestion,
        analysis.reminder,
        person_name=found.full_name,
        case_reference=found.case.reference,
        inquiries=timeline_inquiries(session, found.case_id, person_id, today),
    )


def open_contradiction_counts(
    session: Session,
    case_ids: Collection[int],
    *,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> dict[int, tuple[int, bool]]:
    """For each case: its persons' open contradictions, and whether any suggestion is contested.

    Raises nothing (an unknown case counts none).
    """
    today = analysis_day(today)
    counts: dict[int, tuple[int, bool]] = dict.fromkeys(case_ids, (0, False))
    ids = sorted(set(case_ids))
    persons: dict[int, tuple[int, PersonFacts]] = {}
    for chunk in chunks(ids):
        persons.update(_persons(session, SoughtPerson.case_id.in_(chunk)))
    person_ids = sorted(persons)
    reports = _reports_by_person(session, person_ids)
    explained = explanations(session, person_ids)
    for person_id in person_ids:
        case_id, person = persons[person_id]
        analysis = analyse(reports.get(person_id, []), person, today=today, settings=settings)
        listed = _listed(person_id, analysis.contradictions, explained)
        count, contested = counts[case_id]
        counts[case_id] = (
            count + sum(1 for item in listed if not item.explained),
            contested or analysis.suggestion.contested,
        )
    return counts
