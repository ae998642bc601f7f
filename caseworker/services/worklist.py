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

With a ``limit`` (the window's), each section holds at most that many items, the first of
the whole section in its order, and :meth:`WorkList.total` says how long the whole section
is: counted exactly, or ``None`` ("more, not counted") where only checking every person
would tell. The persons' sections then read their candidates most urgent first, in SQL,
and stop once enough are found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from caseworker.chunks import CHUNK, chunks
from caseworker.models import Case, Inquiry, InquiryEvent, Report, SoughtPerson
from caseworker.models.inquiry import ANSWER_EVENTS
from caseworker.services.analysis_inputs import (
    PERSON_FACT_COLUMNS,
    REPORT_FACT_COLUMNS,
    answer_days,
    explanation_key,
    explanations,
    person_facts_of,
    report_fact,
)
from caseworker.services.family_log import (
    FamilyWaiting,
    families_waiting,
    families_waiting_first,
)
from caseworker.services.inquiry_lines import InquiryLine, lines_where
from caseworker.services.kept_days import behind_report_conditions, last_news_sql
from caseworker.services.local_day import local_day_sql
from caseworker.timeline import (
    AnalysisSettings,
    ReportFact,
    find_reminder,
)
from caseworker.timeline.contradictions import find_official_behind
from caseworker.vocab import (
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
    #: The whole length of a section cut short by a limit (``None``: more, not counted);
    #: a section not named here is whole.
    totals: Mapping[str, int | None] = field(default_factory=dict)

    def total(self, section: str) -> int | None:
        """How many items the whole ``section`` (a field's name) holds; ``None`` when more
        than those shown and not counted. Raises nothing."""
        return self.totals.get(section, len(getattr(self, section)))


def work_list(
    session: Session,
    today: date,
    settings: AnalysisSettings | None = None,
    limit: int | None = None,
) -> WorkList:
    """The work list as of ``today``: every item, or with ``limit`` at most so many of
    each section (the most urgent) and the sections' totals. Raises nothing (an empty
    database gives empty sections)."""
    settings = settings or AnalysisSettings()
    stale, stale_total = _stale(session, today, settings, limit)
    behind, behind_total = _official_behind(session, today, settings, limit)
    if limit is None:
        overdue, due_soon = _waiting(session, today)
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
    inquiry_sections = {
        name: _first_lines(session, today, limit, section)
        for name, section in _inquiry_sections(today).items()
    }
    families, families_total = families_waiting_first(session, today, limit)
    return WorkList(
        today=today,
        overdue=inquiry_sections["overdue"][0],
        due_soon=inquiry_sections["due_soon"][0],
        unrecorded_answers=inquiry_sections["unrecorded_answers"][0],
        drafts=inquiry_sections["drafts"][0],
        families_waiting=tuple(families),
        stale=tuple(stale[:limit]),
        official_behind=tuple(behind[:limit]),
        totals={
            **{name: total for name, (_first, total) in inquiry_sections.items()},
            "families_waiting": families_total,
            "stale": stale_total,
            "official_behind": behind_total,
        },
    )


def _waiting(session: Session, today: date) -> tuple[list[InquiryLine], list[InquiryLine]]:
    """The overdue inquiries, most days late first, and those due soon, soonest first."""
    soon_until = today + timedelta(days=DUE_SOON_DAYS)
    # Only those due by then are read: overdue ones (due before today) and due soon.
    waiting = lines_where(session, today, Inquiry.waiting_due_on <= soon_until)
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
    return overdue, due_soon


_Conditions = tuple[ColumnElement[bool], ...]
_Order = tuple[Any, ...]  # columns, or the models' attributes


@dataclass(frozen=True, slots=True)
class _InquirySection:
    """An inquiry section as SQL: its conditions, its order (the first column indexed) and
    the statement counting it."""

    conditions: _Conditions
    order: _Order
    counted: Select[Any]


def _inquiry_sections(today: date) -> dict[str, _InquirySection]:
    """Each inquiry section as SQL, in the order of :func:`_waiting`,
    :func:`_unrecorded_answers` and :func:`_drafts`."""
    due = Inquiry.waiting_due_on  # kept for the inquiries still waiting, NULL otherwise
    by_due = (due, Case.reference, Inquiry.id)
    soon_until = today + timedelta(days=DUE_SOON_DAYS)
    answered = (Inquiry.answered_on, Case.reference, Inquiry.id)  # no day first, as date.min

    def section(conditions: _Conditions, order: _Order) -> _InquirySection:
        return _InquirySection(conditions, order, select(func.count()).where(*conditions))

    # An inquiry is answered once (a second answer is refused), so its unrecorded answers
    # are counted from their partial index, with their inquiry's status.
    unrecorded_counted = (
        select(func.count())
        .select_from(InquiryEvent)
        .join(Inquiry, Inquiry.id == InquiryEvent.inquiry_id)
        .where(*_unrecorded_events(), Inquiry.status == InquiryStatus.ANSWERED)
    )
    return {
        "overdue": section((due < today,), by_due),
        "due_soon": section((due >= today, due <= soon_until), by_due),
        "unrecorded_answers": _InquirySection(
            _unrecorded_conditions(), answered, unrecorded_counted
        ),
        "drafts": section((Inquiry.status == InquiryStatus.DRAFT,), (Inquiry.case_id, Inquiry.id)),
    }


def _first_lines(
    session: Session, today: date, limit: int, section: _InquirySection
) -> tuple[tuple[InquiryLine, ...], int]:
    """The first ``limit`` inquiries of ``section`` in its order, and how many it has.

    The ``limit``-th value of the order's first column is found first, from its index
    alone; only the inquiries up to it are then read and put in the whole order.
    """
    conditions, first_column = section.conditions, section.order[0]
    order = _empty_first(session, section.order)
    total = session.connection().scalar(section.counted) or 0
    if total > limit:
        last = session.connection().scalar(
            select(first_column)
            .select_from(Inquiry)
            .where(*conditions)
            .order_by(order[0])
            .limit(1)
            .offset(limit - 1)
        )
        # Read as a value, so that the planner sees a range of the index. Empty days come
        # first (SQLite's order): taken along, if there are any, in a query of their own
        # (an OR of both would make the planner read the whole section).
        upto = first_column.is_(None) if last is None else first_column <= last
        empty = select(Inquiry.id).where(*conditions, first_column.is_(None)).limit(1)
        if last is not None and session.connection().scalar(empty) is not None:
            upto = or_(upto, first_column.is_(None))
        conditions = (*conditions, upto)
    first = lines_where(session, today, *conditions, order=order, limit=limit)
    return tuple(first), total


def _empty_first(session: Session, order: _Order) -> _Order:
    """``order`` with the empty values of its first column first, as SQLite puts them (and
    the whole list, as ``date.min``); PostgreSQL would put them last. Raises nothing."""
    if session.get_bind().dialect.name == "sqlite":
        return order  # its own order, which its indexes serve as they are
    first, *rest = order
    return (first.nulls_first(), *rest)


def _unrecorded_events() -> tuple[Any, ...]:
    # The kind written out (not a parameter), so that the answers' partial index serves.
    return (text(ANSWER_EVENTS), InquiryEvent.report_id.is_(None))


def _unrecorded_conditions() -> _Conditions:
    unrecorded = select(InquiryEvent.inquiry_id).where(*_unrecorded_events())
    return (Inquiry.status == InquiryStatus.ANSWERED, Inquiry.id.in_(unrecorded))


def _unrecorded_answers(session: Session) -> list[InquiryLine]:
    """Answered inquiries whose answer event links no report, the oldest answer first."""
    items = lines_where(session, None, *_unrecorded_conditions())
    return sorted(items, key=lambda i: (i.answered_on or date.min, i.case_reference, i.id))


def _drafts(session: Session) -> list[InquiryLine]:
    return lines_where(session, None, Inquiry.status == InquiryStatus.DRAFT)


#: The persons' sections' order: since when (the most days first), then by case reference
#: and person id.
_Key = tuple[date, str, int]


def _item_key(item: PersonItem) -> _Key:
    return (item.since, item.case_reference, item.person_id)


#: How many persons are checked at a time (the window stops after the batch that fills it).
BATCH = CHUNK


def _first_found(
    rows: Iterable[Any],
    least: Callable[[Any], _Key],
    check: Callable[[Sequence[Any]], list[PersonItem]],
    limit: int | None,
) -> tuple[list[PersonItem], bool]:
    """What ``check`` finds among ``rows``, sorted by :func:`_item_key`, and whether every
    row was checked.

    ``rows`` come in the order of ``least``, the least key an item of the row can have;
    they are checked a batch at a time, and with ``limit`` no further once the first
    ``limit`` items found can no longer change and one more was found (so the
    section is known to be longer than ``limit``: "not counted" is then true).
    """
    found: list[PersonItem] = []
    batch: list[Any] = []
    for row in rows:
        if len(batch) == BATCH:
            found += check(batch)
            batch = []
        # One item past the limit proves there are more than the window shows.
        if not batch and limit is not None and len(found) > limit:
            found.sort(key=_item_key)
            if _item_key(found[limit - 1]) < least(row):
                return found, False
        batch.append(row)
    found += check(batch) if batch else []
    found.sort(key=_item_key)
    return found, True


#: What the persons' sections read of each candidate: the facts the rules need, the case's
#: reference and the person's name.
_PERSON_ROW_COLUMNS = (
    *PERSON_FACT_COLUMNS,
    Case.reference,
    SoughtPerson.surname,
    SoughtPerson.given_name,
    SoughtPerson.patronymic,
)


def _name(row: Any) -> str:
    return " ".join(p for p in (row.surname, row.given_name, row.patronymic) if p)


def _stale(
    session: Session, today: date, settings: AnalysisSettings, limit: int | None
) -> tuple[list[PersonItem], int | None]:
    """The timeline's "no news" reminder for the persons of open cases, and how many.

    Each person's last news is kept (``persons.quiet_since``, the case's entry on the UTC
    day); the reminder counts the entry on the local day, at most a day apart. So the
    candidates are read in the kept day's order down to the cutoff's day, each with its
    last news as the reminder counts it, worked out by the database for the rows read;
    the reminder itself is asked about each, a batch at a time, and the whole count is
    exact: every person kept quiet since two days before the cutoff, and those of the two
    days around it whose last news, worked out, comes before it. Should the reminder ever
    disagree with the database about one it checks, the count is not given (``None``)
    rather than a wrong one.
    """
    cutoff = today - timedelta(days=settings.stale_after_days)
    kept = SoughtPerson.quiet_since
    low = _last_news_on_local_day(session)
    query = (
        select(
            *_PERSON_ROW_COLUMNS,
            kept.label("kept"),
            low.label("low"),
        )
        .join(Case, Case.id == SoughtPerson.case_id)
        .where(kept <= cutoff)
        .order_by(kept)
    )
    quiet = [0, 0]  # rows checked that the database finds quiet, and items found among them

    def least(row: Any) -> _Key:
        return (row.kept - timedelta(days=1), "", 0)

    def check(rows: Sequence[Any]) -> list[PersonItem]:
        latest = _latest_reports(session, [row.person_id for row in rows])
        answers = answer_days(session, [row.case_id for row in rows])
        items = []
        for row in rows:
            facts = person_facts_of(row, answers)
            reminder = find_reminder(
                latest.get(row.person_id, []), facts, today=today, settings=settings
            )
            said_quiet = row.low < cutoff
            quiet[0] += said_quiet
            if reminder is not None:
                quiet[1] += said_quiet
                items.append(
                    PersonItem(
                        row.case_id, row.reference, row.person_id, _name(row), reminder.since,
                        reminder.days, reminder.text,
                    )
                )  # fmt: skip
        return items

    result = session.connection().execute(query)
    with result:
        found, whole = _first_found(result, least, check, limit)
    if whole:
        return found, len(found)
    if quiet[0] != quiet[1] or quiet[1] != len(found):
        return found, None  # the reminder and the database disagree about someone
    counted = select(func.count()).select_from(SoughtPerson)
    surely = session.connection().scalar(counted.where(kept < cutoff - timedelta(days=1)))
    near = session.connection().scalar(
        counted.join(Case, Case.id == SoughtPerson.case_id).where(
            kept >= cutoff - timedelta(days=1), kept <= cutoff, low < cutoff
        )
    )
    return found, (surely or 0) + (near or 0)


def _last_news_on_local_day(session: Session) -> ColumnElement[date]:
    """A person's last news as the "no news" reminder counts it (the case's entry, a UTC
    time, on the computer's local day), in a query joining :class:`Case`."""
    entered_on = local_day_sql(session.get_bind().dialect, Case.created_at)
    return last_news_sql(Case.opened_on, entered_on)


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
    session: Session, today: date, settings: AnalysisSettings, limit: int | None
) -> tuple[list[PersonItem], int | None]:
    """The timeline's "official status behind the facts" for persons of open cases with an
    official status, and how many (``None`` when the limit stopped the search early).

    The rule reads only credible reports that are not retracted, so only those are loaded;
    the persons with such a report are read in the order of its earliest receipt, kept on
    the person (``persons.behind_from``; each report counts from its receipt or the
    status's day, whichever is later, so never before it).
    """
    old_enough = today - timedelta(days=settings.official_delay_days)
    # Only reports the rule could name, older than the allowed delay.
    named = (*behind_report_conditions(), Report.received_on < old_enough)
    kept = SoughtPerson.behind_from
    candidates = (
        select(
            *_PERSON_ROW_COLUMNS,
            kept.label("kept"),
        )
        .join(Case, Case.id == SoughtPerson.case_id)
        .where(kept < old_enough)
        .order_by(kept)
    )

    def least(row: Any) -> _Key:
        return (row.kept, "", 0)

    def check(rows: Sequence[Any]) -> list[PersonItem]:
        persons = {row.person_id: row for row in rows}
        facts_of: dict[int, list[ReportFact]] = defaultdict(list)
        query = (
            select(Report.person_id, *REPORT_FACT_COLUMNS)
            .join(SoughtPerson, SoughtPerson.id == Report.person_id)
            .where(Report.person_id.in_(sorted(persons)), *named)
        )
        for found_row in session.connection().execute(query):
            facts_of[found_row[0]].append(report_fact(found_row[1:]))
        found_of = {}
        for person_id, reports in facts_of.items():
            found = find_official_behind(
                reports, person_facts_of(persons[person_id], {}), today=today, settings=settings
            )
            if found is not None:
                found_of[person_id] = found
        explained = explanations(session, sorted(found_of))
        items = []
        for person_id, found in found_of.items():
            if explanation_key(person_id, found) in explained:
                continue
            row = persons[person_id]
            assert found.since is not None  # the rule always says since when
            items.append(
                PersonItem(
                    row.case_id, row.reference, person_id, _name(row), found.since,
                    found.days or 0, found.explanation, row.official_status,
                    found.report_ids[0],
                )
            )  # fmt: skip
        return items

    result = session.connection().execute(candidates)
    with result:
        found, whole = _first_found(result, least, check, limit)
    return found, len(found) if whole else None
