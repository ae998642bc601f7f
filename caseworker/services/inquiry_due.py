"""The deadline rules as SQL, so that the database finds what is due or overdue.

The rules have one definition, :mod:`caseworker.inquiries.deadlines`; the SQL here is made
from it (:data:`~caseworker.inquiries.deadlines.RULES`,
:data:`~caseworker.inquiries.deadlines.REGISTRATION_DAYS`), and a test checks that both give
the same due date for any inquiry. Overdue is still computed on the day asked for, never
stored: these are expressions, not columns.

- :func:`due_on_sql`: an inquiry's due date, from its addressee's kind and own days, its sent
  and registration days and its latest extension;
- :func:`waiting_due_by`: the inquiries still waiting whose answer is due by a day (those
  due before today are overdue);
- :func:`overdue_count` and :func:`overdue_by_case`: how many are overdue, over all cases
  or per case (the main window at start, the case list's column and filter).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, Date, and_, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import ScalarSelect

from caseworker.inquiries.deadlines import REGISTRATION_DAYS, RULES
from caseworker.models import Addressee, Inquiry, InquiryEvent
from caseworker.services.analysis_inputs import chunks
from caseworker.services.inquiries import WAITING
from caseworker.vocab import InquiryEventKind


class add_days(FunctionElement[date]):
    """``day + days`` as a date; ``NULL`` when either is."""

    type = Date()
    inherit_cache = True
    name = "add_days"


@compiles(add_days)
def _add_days(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"CAST(({compiler.process(day, **kw)}) + ({compiler.process(days, **kw)}) AS DATE)"


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return (
        f"date({compiler.process(day, **kw)}, '+' || ({compiler.process(days, **kw)}) || ' days')"
    )


def rule_days_sql(
    kind: ColumnExpressionArgument[Any], own_days: ColumnExpressionArgument[Any]
) -> ColumnElement[int]:
    """The days an addressee has for an answer: its own, else its kind's rule's
    (:func:`caseworker.inquiries.deadlines.rule_for`). Raises nothing."""
    by_kind = {kind_value.value: rule.days for kind_value, rule in RULES.items()}
    return func.coalesce(own_days, case(by_kind, value=kind))


def due_on_sql(
    kind: ColumnExpressionArgument[Any],
    own_days: ColumnExpressionArgument[Any],
    sent_on: ColumnExpressionArgument[Any],
    registered_on: ColumnExpressionArgument[Any],
    extended_until: ColumnExpressionArgument[Any],
) -> ColumnElement[date]:
    """The due date as SQL (:func:`caseworker.inquiries.deadlines.due_date`): the
    extension's day, else the registration day (or the sent day plus 3) plus the rule's
    days; ``NULL`` for a draft. Raises nothing."""
    start = func.coalesce(registered_on, add_days(sent_on, REGISTRATION_DAYS))
    return func.coalesce(extended_until, add_days(start, rule_days_sql(kind, own_days)))


def latest_extension_sql() -> ScalarSelect[date | None]:
    """The due date of the inquiry's latest extension (``NULL``: never extended), one
    index lookup per inquiry. Raises nothing."""
    return (
        select(InquiryEvent.due_on)
        .where(
            InquiryEvent.inquiry_id == Inquiry.id,
            InquiryEvent.kind == InquiryEventKind.EXTENDED,
        )
        .order_by(InquiryEvent.id.desc())
        .limit(1)
        .correlate(Inquiry)
        .scalar_subquery()
    )


def inquiry_due_sql() -> ColumnElement[date]:
    """An inquiry's due date, in a query joining :class:`Addressee`. Raises nothing."""
    return due_on_sql(
        Addressee.kind,
        Addressee.deadline_days,
        Inquiry.sent_on,
        Inquiry.registered_on,
        latest_extension_sql(),
    )


def waiting_due_by(day: date) -> list[ColumnElement[bool]]:
    """The conditions of an inquiry still waiting whose answer is due on or before ``day``,
    in a query joining :class:`Addressee`. Raises nothing."""
    return [Inquiry.status.in_(sorted(WAITING)), inquiry_due_sql() <= day]


def overdue_count(session: Session, today: date) -> int:
    """How many inquiries are overdue on ``today``, over every case (the count the main
    window shows at start). One query over the inquiries still waiting. Raises nothing."""
    query = (
        select(func.count(Inquiry.id))
        .join(Addressee, Addressee.id == Inquiry.addressee_id)
        .where(*waiting_due_by(today - timedelta(days=1)))
    )
    return session.scalar(query) or 0


def overdue_case_ids(today: date) -> Any:
    """A subquery of the ids of the cases with an inquiry overdue on ``today`` (for
    ``Case.id.in_(...)``). Raises nothing."""
    return (
        select(Inquiry.case_id)
        .join(Addressee, Addressee.id == Inquiry.addressee_id)
        .where(*waiting_due_by(today - timedelta(days=1)))
    )


def overdue_by_case(session: Session, today: date, case_ids: Sequence[int]) -> dict[int, int]:
    """The number of overdue inquiries of each of the cases on ``today``; cases without
    any are left out. Raises nothing.

    The cases' inquiries are found by case (a page of the case list has a few hundred) and
    counted in the select list: with the status in the WHERE clause, SQLite would walk every
    waiting inquiry of the database instead.
    """
    overdue = and_(*waiting_due_by(today - timedelta(days=1)))
    counted = func.sum(case((overdue, 1), else_=0))
    counts: dict[int, int] = {}
    for chunk in chunks(sorted(set(case_ids))):
        query = (
            select(Inquiry.case_id, counted)
            .join(Addressee, Addressee.id == Inquiry.addressee_id)
            .where(Inquiry.case_id.in_(chunk))
            .group_by(Inquiry.case_id)
            .having(counted > 0)
        )
        rows = session.connection().execute(query)
        counts.update((case_id, count) for case_id, count in rows)
    return counts
