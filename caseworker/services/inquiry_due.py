"""The deadline rules as SQL, so that the database finds what is due or overdue.

The rules have one definition, :mod:`caseworker.inquiries.deadlines`; the SQL here is made
from it (:data:`~caseworker.inquiries.deadlines.RULES`,
:data:`~caseworker.inquiries.deadlines.REGISTRATION_DAYS`), and a test checks that both give
the same due date for any inquiry. Overdue is still computed on the day asked for, never
stored.

- :func:`due_on_sql`: an inquiry's due date, from its addressee's kind and own days, its sent
  and registration days and its latest extension;
- :func:`overdue_count` and :func:`overdue_by_case`: how many are overdue, over all cases
  or per case (the main window at start, the case list's column and filter), read from
  the due date kept on each inquiry still waiting (``inquiries.waiting_due_on``, worked
  out with :func:`due_on_sql` by :mod:`caseworker.services.kept_days`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, Date, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import ScalarSelect

from caseworker.chunks import chunks
from caseworker.inquiries.deadlines import REGISTRATION_DAYS, RULES
from caseworker.models import Inquiry, InquiryEvent
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


class greatest(FunctionElement[date]):
    """The latest of several days, none of them ``NULL`` (SQLite's many-argument ``max``,
    PostgreSQL's ``greatest``)."""

    type = Date()
    inherit_cache = True
    name = "greatest"


@compiles(greatest)
def _greatest(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


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


def overdue_count(session: Session, today: date) -> int:
    """How many inquiries are overdue on ``today``, over every case (the count the main
    window shows at start), from the index of the kept due dates. Raises nothing."""
    table = Inquiry.__table__.c  # a plain statement: it runs at start, before the ORM is set up
    query = select(func.count(table.id)).where(table.waiting_due_on < today)
    return session.execute(query).scalar() or 0


def overdue_case_ids(today: date) -> Any:
    """A subquery of the ids of the cases with an inquiry overdue on ``today`` (for
    ``Case.id.in_(...)``). Raises nothing."""
    return select(Inquiry.case_id).where(Inquiry.waiting_due_on < today)


def overdue_by_case(session: Session, today: date, case_ids: Sequence[int]) -> dict[int, int]:
    """The number of overdue inquiries of each of the cases on ``today``; cases without
    any are left out. Raises nothing.

    The cases' inquiries are found by case (a page of the case list has a few hundred) and
    counted in the select list: with the due date in the WHERE clause, SQLite would walk
    every overdue inquiry of the database instead.
    """
    table = Inquiry.__table__.c
    counted = func.sum(case((table.waiting_due_on < today, 1), else_=0))
    counts: dict[int, int] = {}
    for chunk in chunks(sorted(set(case_ids))):
        query = (
            select(table.case_id, counted)
            .where(table.case_id.in_(chunk))
            .group_by(table.case_id)
            .having(counted > 0)
        )
        rows = session.connection().execute(query)
        counts.update((case_id, count) for case_id, count in rows)
    return counts
