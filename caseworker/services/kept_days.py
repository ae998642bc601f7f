"""Days kept on rows so that the work list reads indexes instead of working everything out.

The work list asks, for 100,000 cases, which inquiries are due, which persons have had no
news, whose official status lags behind a credible report and which families wait to be
told. Worked out at each opening, that took seconds; these columns hold the day each answer
turns on, and are worked out again, for the rows a unit of work touched, as it commits:

- ``inquiries.waiting_due_on``: the due date of an inquiry still waiting for an answer
  (:func:`~caseworker.services.inquiry_due.due_on_sql`), NULL otherwise;
- ``persons.quiet_since``: the last news of a person of an open case as the "no news"
  reminder counts it, the case's entry on the UTC day (the reminder takes the local day, at
  most one day apart: :mod:`caseworker.services.worklist` allows for it);
- ``persons.behind_from``: the earliest receipt of a report the "official status behind"
  rule could name, for a person of an open case whose official status it compares;
- ``relatives.last_told_on``: the day last told anything, else the day entered (UTC), and
  ``relatives.tell_by``, that day plus the case's interval while the case is open.

What each holds says only where to look: "overdue", "no news" and "behind" are still decided
on the day asked about, by the same rules as before. The hook is installed on the write
sessions (:class:`caseworker.db.Database`); rows written with plain SQL, which the session
does not see (the synthetic data), are followed by :func:`refresh_cases` or
:func:`refresh_all`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Date, case, func, literal, or_, select, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.sql.selectable import ScalarSelect

from caseworker.chunks import chunks
from caseworker.models import (
    Addressee,
    Case,
    FamilyLogEntry,
    Inquiry,
    InquiryEvent,
    Relative,
    Report,
    SoughtPerson,
)
from caseworker.services.family_log import DEFAULT_INFORM_EVERY_DAYS
from caseworker.services.inquiry_due import add_days, due_on_sql, greatest, latest_extension_sql
from caseworker.timeline.facts import (
    CLAIM_HYPOTHESIS,
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    OFFICIAL_HYPOTHESIS,
)
from caseworker.vocab import WAITING_STATUSES as WAITING
from caseworker.vocab import AssessedStatus, CaseStatus

_PENDING = "caseworker.kept_days"
#: Before any day: what a missing day counts as in a "latest of" comparison.
_NO_DAY = date(1, 1, 1)


@dataclass
class _Touched:
    """The rows a flush touched, by what must be worked out again."""

    inquiries: set[int] = field(default_factory=set)
    addressees: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)
    relatives: set[int] = field(default_factory=set)
    cases: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any((self.inquiries, self.addressees, self.persons, self.relatives, self.cases))


def note_flush(session: Session, _flush: UOWTransaction) -> None:
    """``after_flush``: note the rows whose kept days may have changed (until the commit).
    Raises nothing."""
    touched = session.info.setdefault(_PENDING, _Touched())
    for row in (*session.new, *session.dirty):
        _note(touched, row)
    for row in session.deleted:
        if isinstance(row, Report):
            touched.persons.add(row.person_id)
        elif isinstance(row, FamilyLogEntry):
            touched.relatives.add(row.relative_id)


def _note(touched: _Touched, row: Any) -> None:
    if isinstance(row, Inquiry):
        touched.inquiries.add(row.id)
        # An answer is news of the case's persons: of the case it left, too, if it moved.
        touched.cases.update(_now_and_before(row, "case_id"))
    elif isinstance(row, InquiryEvent):
        touched.inquiries.add(row.inquiry_id)
    elif isinstance(row, Addressee):
        if any(get_history(row, name).has_changes() for name in ("kind", "deadline_days")):
            touched.addressees.add(row.id)
    elif isinstance(row, Report):
        touched.persons.update(_now_and_before(row, "person_id"))
    elif isinstance(row, SoughtPerson):
        touched.persons.add(row.id)
    elif isinstance(row, Case):
        touched.cases.add(row.id)
    elif isinstance(row, Relative):
        touched.relatives.add(row.id)
    elif isinstance(row, FamilyLogEntry):
        touched.relatives.update(_now_and_before(row, "relative_id"))


def _now_and_before(row: Any, name: str) -> set[int]:
    """The row's id in ``name`` and, if this flush moved it, the one it had before."""
    history = get_history(row, name)
    return {value for value in (getattr(row, name), *history.deleted) if value is not None}


def keep_before_commit(session: Session) -> None:
    """``before_commit``: work the days of every row noted in the transaction out again, in
    SQL, once (an import of thousands of rows flushes thousands of times). Raises nothing
    of its own.

    Nothing reads the kept days inside a write: the work list and the case list read them
    in their own units of work. The columns are deferred, so no loaded row holds a day this
    UPDATE leaves behind.
    """
    session.flush()  # whatever is still pending is noted first
    touched: _Touched | None = session.info.pop(_PENDING, None)
    if touched:
        refresh(session.connection(), touched)


def refresh(connection: Connection, touched: _Touched) -> None:
    """Work out again the kept days of the rows ``touched`` names. Raises nothing."""
    for chunk in chunks(sorted(touched.inquiries)):
        _update_inquiries(connection, Inquiry.id.in_(chunk))
    for chunk in chunks(sorted(touched.addressees)):
        _update_inquiries(connection, Inquiry.addressee_id.in_(chunk))
    for chunk in chunks(sorted(touched.persons)):
        _update_persons(connection, SoughtPerson.id.in_(chunk))
    for chunk in chunks(sorted(touched.relatives)):
        _update_relatives(connection, Relative.id.in_(chunk))
    for chunk in chunks(sorted(touched.cases)):
        _update_persons(connection, SoughtPerson.case_id.in_(chunk))
        _update_relatives(connection, Relative.case_id.in_(chunk))


def refresh_cases(connection: Connection, case_ids: Iterable[int]) -> None:
    """Work out the kept days of the cases' persons, relatives and inquiries (after they
    were written with plain SQL). Raises nothing."""
    wanted = sorted(set(case_ids))
    for chunk in chunks(wanted):
        _update_inquiries(connection, Inquiry.case_id.in_(chunk))
    refresh(connection, _Touched(cases=set(wanted)))


def refresh_all(connection: Connection) -> None:
    """Work out every row's kept days (after rows were written with plain SQL). Raises
    nothing."""
    _update_inquiries(connection, None)
    _update_persons(connection, None)
    _update_relatives(connection, None)


def _update(
    connection: Connection, table: Any, where: ColumnElement[bool] | None, **values: Any
) -> None:
    # The row's own time of change stays: a kept day is not a change anyone made to it.
    values["updated_at"] = table.updated_at
    statement = update(table).values(**values).execution_options(synchronize_session=False)
    connection.execute(statement if where is None else statement.where(where))


def _update_inquiries(connection: Connection, where: ColumnElement[bool] | None) -> None:
    _update(connection, Inquiry, where, waiting_due_on=waiting_due_sql())


def waiting_due_sql() -> ColumnElement[date]:
    """An inquiry's due date while it waits for an answer, NULL otherwise, in a statement
    about :class:`Inquiry` alone (the addressee read by its id). Raises nothing."""

    def of_addressee(column: Any) -> Any:
        return select(column).where(Addressee.id == Inquiry.addressee_id).scalar_subquery()

    due = due_on_sql(
        of_addressee(Addressee.kind),
        of_addressee(Addressee.deadline_days),
        Inquiry.sent_on,
        Inquiry.registered_on,
        latest_extension_sql(),
    )
    return case((Inquiry.status.in_(sorted(WAITING)), due), else_=None)


def _of_case(column: Any, case_id: Any) -> ScalarSelect[Any]:
    return select(column).where(Case.id == case_id).scalar_subquery()


def _update_persons(connection: Connection, where: ColumnElement[bool] | None) -> None:
    _update(
        connection,
        SoughtPerson,
        where,
        quiet_since=quiet_since_sql(),
        behind_from=behind_from_sql(),
    )


def _case_open(case_id: Any) -> ColumnElement[bool]:
    return _of_case(Case.status, case_id) == CaseStatus.OPEN


def last_news_sql(opened_on: Any, entered_on: Any) -> ColumnElement[date]:
    """A person's last news as the "no news" reminder counts it, in a statement about
    :class:`SoughtPerson`: the latest of a live report received, an answer about them or
    their case, the case's opening day ``opened_on`` and the day it was entered,
    ``entered_on``. Raises nothing."""
    person = SoughtPerson.id
    last_report = (
        select(func.max(Report.received_on))
        .where(Report.person_id == person, Report.retracted_at.is_(None))
        .scalar_subquery()
    )
    last_answer = (
        select(func.max(Inquiry.answered_on))
        .where(
            Inquiry.case_id == SoughtPerson.case_id,
            Inquiry.answered_on.is_not(None),
            or_(Inquiry.person_id == person, Inquiry.person_id.is_(None)),
        )
        .scalar_subquery()
    )
    none = literal(_NO_DAY, Date)
    return greatest(
        func.coalesce(last_report, none), func.coalesce(last_answer, none), opened_on, entered_on
    )


def quiet_since_sql() -> ColumnElement[date]:
    """A person's last news as the "no news" reminder counts it (the case's entry on the
    UTC day), NULL when the case is not open; in a statement about :class:`SoughtPerson`.
    Raises nothing."""
    case_id = SoughtPerson.case_id
    latest = last_news_sql(
        _of_case(Case.opened_on, case_id),
        _of_case(func.date(Case.created_at, type_=Date), case_id),
    )
    return case((_case_open(case_id), latest), else_=None)


#: The claims the "official status behind" rule can name: those saying something of life or
#: death.
TELLING_CLAIMS = sorted(c for c, h in CLAIM_HYPOTHESIS.items() if h is not AssessedStatus.UNKNOWN)


def behind_report_conditions() -> tuple[ColumnElement[bool], ...]:
    """The reports the "official status behind" rule could name, whatever the day asked
    about: live, credible, telling, and news after the status was set. Raises nothing."""
    set_on = SoughtPerson.official_status_on
    return (
        Report.retracted_at.is_(None),
        Report.reliability.in_(sorted(CREDIBLE_RELIABILITY)),
        Report.credibility.in_(sorted(CREDIBLE_CREDIBILITY)),
        Report.claim.in_(TELLING_CLAIMS),
        or_(set_on.is_(None), Report.received_on > set_on, Report.event_from > set_on),
    )


def behind_from_sql() -> ColumnElement[date]:
    """The earliest receipt of a report the rule could name, for a person of an open case
    whose official status the rule compares; NULL otherwise. Raises nothing."""
    earliest = (
        select(func.min(Report.received_on))
        .where(Report.person_id == SoughtPerson.id, *behind_report_conditions())
        .scalar_subquery()
    )
    compared = SoughtPerson.official_status.in_(sorted(OFFICIAL_HYPOTHESIS))
    return case((_case_open(SoughtPerson.case_id) & compared, earliest), else_=None)


def _update_relatives(connection: Connection, where: ColumnElement[bool] | None) -> None:
    last_told = func.coalesce(
        select(func.max(FamilyLogEntry.told_on))
        .where(FamilyLogEntry.relative_id == Relative.id)
        .scalar_subquery(),
        func.date(Relative.created_at, type_=Date),
    )
    every = func.coalesce(
        func.nullif(_of_case(Case.inform_every_days, Relative.case_id), 0),
        DEFAULT_INFORM_EVERY_DAYS,
    )
    tell_by = case((_case_open(Relative.case_id), add_days(last_told, every)), else_=None)
    _update(connection, Relative, where, last_told_on=last_told, tell_by=tell_by)
