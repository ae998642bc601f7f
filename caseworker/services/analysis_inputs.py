"""The analysis's inputs, made one way for the timeline and for the workbook.

The timeline service (:mod:`caseworker.services.timeline`) and the workbook's Contradictions
sheet (:mod:`caseworker.xlsx.export.contradictions`) both analyse a person's reports: what a
report fact, a person's facts, an explanation's key and the analysis day are comes from
here only, so the window and the workbook cannot disagree. Everything reads plain column
rows (Core queries, in batches of ids), never ORM objects: the export calls these for
every report of the database, in a child process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.dates import EventDate
from caseworker.models import (
    Case,
    ContradictionExplanation,
    Inquiry,
    Report,
    SoughtPerson,
    report_ids_text,
)
from caseworker.timeline import Contradiction, PersonFacts, ReportFact
from caseworker.vocab import CaseStatus, OfficialStatus

#: The report columns the analysis reads, in the order :func:`report_fact` takes them.
REPORT_FACT_COLUMNS = (
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

#: The person and case columns :func:`person_facts` needs, by these names.
PERSON_FACT_COLUMNS = (
    SoughtPerson.id.label("person_id"),
    SoughtPerson.case_id,
    SoughtPerson.official_status,
    SoughtPerson.official_status_on,
    Case.status.label("case_status"),
    Case.opened_on,
    Case.created_at.label("case_created_at"),
)

#: The latest answered day of the inquiries, by (case id, person id or None for the case).
AnswerDays = dict[tuple[int, int | None], date]
#: A contradiction's explanation key: person id, rule, the sorted report ids as text.
ExplanationKey = tuple[int, str, str]


class Explained(NamedTuple):
    """A standing (not withdrawn) explanation of a contradiction."""

    note: str
    explained_by: str
    explained_at: datetime | None


def analysis_day(today: date | None) -> date:
    """The day the analysis runs as of: ``today``, or the computer's date. Raises nothing."""
    return today or date.today()


def report_fact(values: Sequence[Any], event: EventDate | None = None) -> ReportFact:
    """A report fact from values in :data:`REPORT_FACT_COLUMNS` order. Raises nothing.

    ``event`` is the report's event when the caller has already made it (the export
    writes it on the Reports sheet too); else it is made from the event columns.
    """
    (report_id, claim, event_from, event_to, precision, received_on, source_kind,
     source_name, reliability, credibility, stated_on, derived_from_id, place, summary,
     retracted_at) = values  # fmt: skip
    return ReportFact(
        id=report_id,
        claim=claim,
        event=event if event is not None else EventDate(event_from, event_to, precision),
        received_on=received_on,
        source_kind=source_kind,
        source_name=source_name,
        reliability=reliability,
        credibility=credibility,
        stated_on=stated_on,
        derived_from_id=derived_from_id,
        place=place,
        summary=summary,
        retracted=retracted_at is not None,
    )


def fact_values(columns: Sequence[Any]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """Picks the :data:`REPORT_FACT_COLUMNS` values, in order, out of a row of ``columns``.

    ``columns`` are the selected columns of a wider query (by their keys). Raises
    :class:`ValueError` when one of the fact's columns is not among them: a programming
    error, found by the first export.
    """
    keys = [column.key for column in columns]
    return itemgetter(*(keys.index(column.key) for column in REPORT_FACT_COLUMNS))


def person_facts(
    *,
    official_status: OfficialStatus,
    official_status_on: date | None,
    case_status: CaseStatus,
    opened_on: date | None,
    case_created_at: datetime | None,
    last_answer_on: date | None,
) -> PersonFacts:
    """A person's facts from the person's and case's columns. Raises nothing.

    The case was entered in the program on its creation's local day; it is active while
    it is open.
    """
    return PersonFacts(
        official_status=official_status,
        official_status_on=official_status_on,
        opened_on=opened_on,
        entered_on=case_created_at.astimezone().date() if case_created_at else None,
        last_answer_on=last_answer_on,
        active=case_status is CaseStatus.OPEN,
    )


def person_facts_of(row: Any, answers: AnswerDays) -> PersonFacts:
    """The facts of the person of ``row`` (selected with :data:`PERSON_FACT_COLUMNS`), with
    the latest answer about them from ``answers``. Raises nothing."""
    return person_facts(
        official_status=row.official_status,
        official_status_on=row.official_status_on,
        case_status=row.case_status,
        opened_on=row.opened_on,
        case_created_at=row.case_created_at,
        last_answer_on=last_answer(answers, row.case_id, row.person_id),
    )


def last_answer(answers: AnswerDays, case_id: int, person_id: int) -> date | None:
    """The latest answer about the person: to an inquiry about them or about their whole
    case (which answers for each of its persons). Raises nothing."""
    answered = [answers.get((case_id, person_id)), answers.get((case_id, None))]
    return max((day for day in answered if day is not None), default=None)


def answer_days(session: Session, case_ids: Sequence[int] | None) -> AnswerDays:
    """The latest answered inquiry of the cases (``None``: of every case), batched.

    Raises nothing.
    """
    query = (
        select(Inquiry.case_id, Inquiry.person_id, func.max(Inquiry.answered_on))
        .where(Inquiry.answered_on.is_not(None))
        .group_by(Inquiry.case_id, Inquiry.person_id)
    )
    batches = [query] if case_ids is None else [
        query.where(Inquiry.case_id.in_(chunk)) for chunk in chunks(sorted(set(case_ids)))
    ]  # fmt: skip
    answers: AnswerDays = {}
    for batch in batches:
        for case_id, person_id, answered_on in session.execute(batch):
            if answered_on is not None:
                answers[(case_id, person_id)] = answered_on
    return answers


def explanation_key(person_id: int, contradiction: Contradiction) -> ExplanationKey:
    """The key an explanation of ``contradiction`` is stored under. Raises nothing."""
    return (person_id, str(contradiction.rule), report_ids_text(contradiction.report_ids))


def explanations(
    session: Session, person_ids: Sequence[int] | None
) -> dict[ExplanationKey, Explained]:
    """The standing explanations of the persons (``None``: of every person), batched.

    Raises nothing.
    """
    query = select(
        ContradictionExplanation.person_id,
        ContradictionExplanation.rule,
        ContradictionExplanation.report_ids,
        ContradictionExplanation.note,
        ContradictionExplanation.explained_by,
        ContradictionExplanation.updated_at,
    ).where(ContradictionExplanation.withdrawn_at.is_(None))
    batches = [query] if person_ids is None else [
        query.where(ContradictionExplanation.person_id.in_(chunk))
        for chunk in chunks(sorted(set(person_ids)))
    ]  # fmt: skip
    found: dict[ExplanationKey, Explained] = {}
    for batch in batches:
        for person_id, rule, report_ids, note, explained_by, updated_at in session.execute(batch):
            found[(person_id, str(rule), report_ids)] = Explained(note, explained_by, updated_at)
    return found
