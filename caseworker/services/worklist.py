"""Today's work list: what a caseworker should act on, computed when asked, nothing stored.

Sections (each item names its case by id and reference):

- **overdue**: inquiries still waiting past their due date, most days late first;
- **due soon**: inquiries still waiting whose answer is due within :data:`DUE_SOON_DAYS`;
- **unrecorded answers**: answered inquiries whose answer was not recorded as a report;
- **drafts**: inquiries written and not sent;
- **families waiting**: relatives not told anything within their case's interval
  (:func:`caseworker.services.family_log.families_waiting`);
- **stale**: persons of open cases with no news for too long (the timeline's "no news"
  reminder, :func:`caseworker.timeline.find_reminder`);
- **official behind**: persons whose official status lags behind a credible report, unless
  explained (the timeline's rule,
  :func:`caseworker.timeline.contradictions.find_official_behind`).

"Forwarded or extended inquiries without a new due date" has no section: the data model
cannot hold one. Forwarding always makes a new inquiry whose clock starts on the forwarding
day, and an extension is refused without its new due date.

Everything is read in a few queries over the whole database, never one per case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from caseworker.models import Case, Inquiry, InquiryEvent, Report, SoughtPerson
from caseworker.models.inquiry import ANSWER_EVENTS
from caseworker.services.analysis_inputs import (
    PERSON_FACT_COLUMNS,
    REPORT_FACT_COLUMNS,
    answer_days,
    chunks,
    explanation_key,
    explanations,
    person_facts_of,
    report_fact,
)
from caseworker.services.family_log import FamilyWaiting, families_waiting
from caseworker.services.inquiry_due import waiting_due_by
from caseworker.services.inquiry_lines import InquiryLine, lines_where
from caseworker.timeline import (
    AnalysisSettings,
    PersonFacts,
    ReportFact,
    find_reminder,
)
from caseworker.timeline.contradictions import find_official_behind
from caseworker.timeline.facts import (
    CLAIM_HYPOTHESIS,
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    OFFICIAL_HYPOTHESIS,
)
from caseworker.vocab import (
    AssessedStatus,
    CaseStatus,
    InquiryStatus,
    OfficialStatus,
)

#: An inquiry whose answer is due within so many days is "due soon".
DUE_SOON_DAYS = 7


@dataclass(frozen=True, slots=True)
class PersonItem:
    """A sought person on the work list: no news since ``since``, or an official status
    behind a credible report received or in force since ``since``; ``days`` since then.

    ``report_id`` is the report behind an official status that lags (``None`` for no news);
    ``sentence`` says it in the user's language, as the timeline does.
    """

    case_id: int
    case_reference: str
    person_id: int
    person_name: str
    since: date
    days: int
    sentence: str
    official_status: OfficialStatus | None = None
    report_id: int | None = None


@dataclass(frozen=True, slots=True)
class WorkList:
    """Today's work list, each section in the order to work through it."""

    today: date
    overdue: tuple[InquiryLine, ...]
    due_soon: tuple[InquiryLine, ...]
    unrecorded_answers: tuple[InquiryLine, ...]
    drafts: tuple[InquiryLine, ...]
    families_waiting: tuple[FamilyWaiting, ...]
    stale: tuple[PersonItem, ...]
    official_behind: tuple[PersonItem, ...]


def work_list(session: Session, today: date, settings: AnalysisSettings | None = None) -> WorkList:
    """The work list as of ``today``. Raises nothing (an empty database gives empty sections)."""
    settings = settings or AnalysisSettings()
    soon_until = today + timedelta(days=DUE_SOON_DAYS)
    # Only those due by then are read: overdue ones (due before today) and due soon.
    waiting = lines_where(session, today, *waiting_due_by(soon_until))
    overdue = sorted(
        (item for item in waiting if item.days_overdue > 0),
        key=lambda item: (-item.days_overdue, item.case_reference, item.id),
    )
    due_soon = sorted(
        (
            item
            for item in waiting
            if item.days_overdue == 0 and item.due_on is not None and item.due_on <= soon_until
        ),
        key=lambda item: (item.due_on, item.case_reference, item.id),
    )
    stale, behind = _person_sections(session, today, settings)
    return WorkList(
        today=today,
        overdue=tuple(overdue),
        due_soon=tuple(due_soon),
        unrecorded_answers=tuple(_unrecorded_answers(session)),
        drafts=tuple(_drafts(session)),
        families_waiting=tuple(families_waiting(session, today)),
        stale=tuple(stale),
        official_behind=tuple(behind),
    )


def _unrecorded_answers(session: Session) -> list[InquiryLine]:
    """Answered inquiries whose answer event links no report, the oldest answer first."""
    # The kind written out (not a parameter), so that the answers' partial index serves.
    unrecorded = select(InquiryEvent.inquiry_id).where(
        text(ANSWER_EVENTS), InquiryEvent.report_id.is_(None)
    )
    items = lines_where(
        session, None, Inquiry.status == InquiryStatus.ANSWERED, Inquiry.id.in_(unrecorded)
    )
    return sorted(items, key=lambda i: (i.answered_on or date.min, i.case_reference, i.id))


def _drafts(session: Session) -> list[InquiryLine]:
    return lines_where(session, None, Inquiry.status == InquiryStatus.DRAFT)


def _person_sections(
    session: Session, today: date, settings: AnalysisSettings
) -> tuple[list[PersonItem], list[PersonItem]]:
    """The persons of open cases with no news for too long, and those whose official status
    is behind the facts; a handful of queries for the whole database."""
    connection = session.connection()
    rows = connection.execute(
        select(
            *PERSON_FACT_COLUMNS,
            Case.reference,
            SoughtPerson.surname,
            SoughtPerson.given_name,
            SoughtPerson.patronymic,
        )
        .join(Case, Case.id == SoughtPerson.case_id)
        .where(Case.status == CaseStatus.OPEN)
    ).all()
    if not rows:
        return [], []
    answers = answer_days(session, None)
    persons: dict[int, _Person] = {}
    for row in rows:
        name = " ".join(p for p in (row.surname, row.given_name, row.patronymic) if p)
        persons[row.person_id] = _Person(
            row.case_id,
            row.reference,
            name,
            person_facts_of(row, answers),
        )
    return _stale(session, persons, today, settings), _official_behind(
        session, persons, today, settings
    )


@dataclass(frozen=True, slots=True)
class _Person:
    case_id: int
    reference: str
    name: str
    facts: PersonFacts


def _stale(
    session: Session, persons: dict[int, _Person], today: date, settings: AnalysisSettings
) -> list[PersonItem]:
    """The timeline's "no news" reminder for each person of an open case.

    A person with news within the reminder's days (a report received, an answer, the
    case's opening or entry) cannot be stale, so those are left out before any report is
    read; the reminder is asked about the others, with their latest report.
    """
    cutoff = today - timedelta(days=settings.stale_after_days)
    recent = set(
        session.connection().scalars(
            select(Report.person_id)
            .where(Report.retracted_at.is_(None))
            .group_by(Report.person_id)
            .having(func.max(Report.received_on) >= cutoff)
        )
    )
    candidates = sorted(
        person_id
        for person_id, person in persons.items()
        if person_id not in recent and not _news_since(person.facts, cutoff)
    )
    latest = _latest_reports(session, candidates)
    stale = []
    for person_id in candidates:
        person = persons[person_id]
        reminder = find_reminder(
            latest.get(person_id, []), person.facts, today=today, settings=settings
        )
        if reminder is not None:
            stale.append(
                PersonItem(
                    person.case_id, person.reference, person_id, person.name, reminder.since,
                    reminder.days, reminder.text,
                )
            )  # fmt: skip
    stale.sort(key=lambda item: (-item.days, item.case_reference, item.person_id))
    return stale


def _news_since(facts: PersonFacts, cutoff: date) -> bool:
    """Whether the case was opened or entered, or an answer came, on or after ``cutoff``."""
    moments = (facts.opened_on, facts.entered_on, facts.last_answer_on)
    return any(moment is not None and moment >= cutoff for moment in moments)


def _latest_reports(session: Session, person_ids: Sequence[int]) -> dict[int, list[ReportFact]]:
    """The report received last of each of the persons (not retracted)."""
    found: dict[int, list[ReportFact]] = defaultdict(list)
    for chunk in chunks(person_ids):
        last = (
            select(Report.person_id, func.max(Report.received_on).label("received"))
            .where(Report.retracted_at.is_(None), Report.person_id.in_(chunk))
            .group_by(Report.person_id)
            .subquery()
        )
        query = (
            select(Report.person_id, *REPORT_FACT_COLUMNS)
            .join(
                last,
                (last.c.person_id == Report.person_id) & (last.c.received == Report.received_on),
            )
            .where(Report.retracted_at.is_(None))
        )
        for row in session.connection().execute(query):
            found[row[0]].append(report_fact(row[1:]))
    return found


def _official_behind(
    session: Session, persons: dict[int, _Person], today: date, settings: AnalysisSettings
) -> list[PersonItem]:
    """The timeline's "official status behind the facts" for persons with an official status.

    The rule reads only credible reports that are not retracted, so only those are loaded.
    """
    with_status = sorted(
        person_id
        for person_id, person in persons.items()
        if person.facts.official_status in OFFICIAL_HYPOTHESIS
    )
    # Only reports the rule could name: credible, saying something of life or death, older
    # than the allowed delay, and news after the status was set (received or happened later).
    telling = sorted(c for c, h in CLAIM_HYPOTHESIS.items() if h is not AssessedStatus.UNKNOWN)
    old_enough = today - timedelta(days=settings.official_delay_days)
    set_on = SoughtPerson.official_status_on
    facts_of: dict[int, list[ReportFact]] = defaultdict(list)
    for chunk in chunks(with_status):
        query = (
            select(Report.person_id, *REPORT_FACT_COLUMNS)
            .join(SoughtPerson, SoughtPerson.id == Report.person_id)
            .where(
                Report.person_id.in_(chunk),
                Report.retracted_at.is_(None),
                Report.reliability.in_(sorted(CREDIBLE_RELIABILITY)),
                Report.credibility.in_(sorted(CREDIBLE_CREDIBILITY)),
                Report.claim.in_(telling),
                Report.received_on < old_enough,
                or_(set_on.is_(None), Report.received_on > set_on, Report.event_from > set_on),
            )
        )
        for row in session.connection().execute(query):
            facts_of[row[0]].append(report_fact(row[1:]))
    found_of = {}
    for person_id, reports in facts_of.items():
        found = find_official_behind(
            reports, persons[person_id].facts, today=today, settings=settings
        )
        if found is not None:
            found_of[person_id] = found
    explained = explanations(session, sorted(found_of))
    behind = []
    for person_id, found in found_of.items():
        if explanation_key(person_id, found) in explained:
            continue
        person = persons[person_id]
        assert found.since is not None  # the rule always says since when
        behind.append(
            PersonItem(
                person.case_id, person.reference, person_id, person.name, found.since,
                found.days or 0, found.explanation, person.facts.official_status,
                found.report_ids[0],
            )
        )  # fmt: skip
    behind.sort(key=lambda item: (-item.days, item.case_reference, item.person_id))
    return behind
