"""A person's timeline: the reports in time order, their contradictions and the suggestion.

Loads the facts in a few column queries (no ORM objects per report), runs the analysis of
:mod:`caseworker.timeline`, and marks the contradictions the caseworker has explained.
Explaining a contradiction sets it aside with a note; nothing is deleted, and withdrawing
the explanation brings the contradiction back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import Case, ContradictionExplanation, Inquiry, Report, SoughtPerson
from caseworker.models.explanation import report_ids_text
from caseworker.services.persons import get_person
from caseworker.timeline import (
    AnalysisSettings,
    Contradiction,
    PersonFacts,
    Reminder,
    ReportFact,
    Suggestion,
    analyse,
)
from caseworker.vocab import CaseStatus

CHUNK = 500
T = TypeVar("T")

_REPORT_COLUMNS = (
    Report.person_id,
    Report.id,
    Report.claim,
    Report.event_from,
    Report.event_to,
    Report.event_precision,
    Report.received_on,
    Report.source_kind,
    Report.source_name,
    Report.reliability,
    Report.credibility,
    Report.stated_on,
    Report.derived_from_id,
    Report.place,
    Report.summary,
    Report.retracted_at,
)


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

    @property
    def open_contradictions(self) -> tuple[Contradiction, ...]:
        return tuple(c.contradiction for c in self.contradictions if not c.explained)

    @property
    def open_count(self) -> int:
        return len(self.open_contradictions)

    @property
    def contested(self) -> bool:
        return self.suggestion.contested


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


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


def _reports_by_person(session: Session, person_ids: Sequence[int]) -> dict[int, list[ReportFact]]:
    found: dict[int, list[ReportFact]] = defaultdict(list)
    for chunk in _chunks(person_ids):
        query = select(*_REPORT_COLUMNS).where(Report.person_id.in_(chunk))
        for row in session.execute(query):
            found[row.person_id].append(_fact(row))
    return found


def _persons(session: Session, *conditions: Any) -> dict[int, tuple[int, PersonFacts]]:
    """Case id and PersonFacts of each person matching ``conditions``, by person id."""
    rows = session.execute(
        select(
            SoughtPerson.id,
            SoughtPerson.case_id,
            SoughtPerson.official_status,
            SoughtPerson.official_status_on,
            Case.status,
            Case.opened_on,
            Case.created_at,
        )
        .join(Case, Case.id == SoughtPerson.case_id)
        .where(*conditions)
    ).all()
    case_ids = sorted({row.case_id for row in rows})
    answers: dict[tuple[int, int | None], date] = {}
    for chunk in _chunks(case_ids):
        query = (
            select(Inquiry.case_id, Inquiry.person_id, func.max(Inquiry.answered_on))
            .where(Inquiry.case_id.in_(chunk), Inquiry.answered_on.is_not(None))
            .group_by(Inquiry.case_id, Inquiry.person_id)
        )
        for case_id, person_id, answered_on in session.execute(query):
            if answered_on is not None:
                answers[(case_id, person_id)] = answered_on
    persons: dict[int, tuple[int, PersonFacts]] = {}
    for row in rows:
        # An inquiry about the whole case answers for each of its persons.
        answered = [answers.get((row.case_id, row.id)), answers.get((row.case_id, None))]
        persons[row.id] = (
            row.case_id,
            PersonFacts(
                official_status=row.official_status,
                official_status_on=row.official_status_on,
                opened_on=row.opened_on,
                entered_on=row.created_at.astimezone().date() if row.created_at else None,
                last_answer_on=max((day for day in answered if day is not None), default=None),
                active=row.status is CaseStatus.OPEN,
            ),
        )
    return persons


def _explanations(
    session: Session, person_ids: Sequence[int]
) -> dict[tuple[int, str, str], ContradictionExplanation]:
    found: dict[tuple[int, str, str], ContradictionExplanation] = {}
    for chunk in _chunks(person_ids):
        query = select(ContradictionExplanation).where(
            ContradictionExplanation.person_id.in_(chunk),
            ContradictionExplanation.withdrawn_at.is_(None),
        )
        for row in session.scalars(query):
            found[(row.person_id, str(row.rule), row.report_ids)] = row
    return found


def _listed(
    person_id: int,
    contradictions: Iterable[Contradiction],
    explained: dict[tuple[int, str, str], ContradictionExplanation],
) -> tuple[ListedContradiction, ...]:
    """Open contradictions first, then the explained ones, each in the analysis's order."""
    listed = []
    for found in contradictions:
        row = explained.get((person_id, str(found.rule), report_ids_text(found.report_ids)))
        if row is None:
            listed.append(ListedContradiction(found))
        else:
            listed.append(ListedContradiction(found, row.note, row.explained_by, row.updated_at))
    return tuple(sorted(listed, key=lambda item: item.explained))


def load_timeline(
    session: Session,
    person_id: int,
    *,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> TimelineResult:
    """The person's timeline as of ``today`` (default: the computer's date)."""
    found = get_person(session, person_id)
    today = today or date.today()
    _, person = _persons(session, SoughtPerson.id == person_id)[person_id]
    facts = _reports_by_person(session, [person_id]).get(person_id, [])
    analysis = analyse(facts, person, today=today, settings=settings)
    listed = _listed(person_id, analysis.contradictions, _explanations(session, [person_id]))
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
    )


def open_contradiction_counts(
    session: Session,
    case_ids: Collection[int],
    *,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> dict[int, tuple[int, bool]]:
    """For each case: its persons' open contradictions, and whether any suggestion is contested."""
    today = today or date.today()
    counts: dict[int, tuple[int, bool]] = dict.fromkeys(case_ids, (0, False))
    ids = sorted(set(case_ids))
    persons: dict[int, tuple[int, PersonFacts]] = {}
    for chunk in _chunks(ids):
        persons.update(_persons(session, SoughtPerson.case_id.in_(chunk)))
    person_ids = sorted(persons)
    reports = _reports_by_person(session, person_ids)
    explained = _explanations(session, person_ids)
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
