"""The case list: filtered, sorted pages of case rows for a lazily loading view.

Each row counts the case's overdue inquiries on the query's day (computed, never stored:
:mod:`caseworker.services.inquiry_due`); the list can show only the cases that have one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from caseworker.models import Case
from caseworker.services.inquiry_due import overdue_by_case, overdue_case_ids
from caseworker.services.search import case_filter
from caseworker.text import sort_key
from caseworker.vocab import CaseStatus


class CaseSort(StrEnum):
    REFERENCE = "reference"
    # Names sort by their sort keys (caseworker.text.sort_key): Ё among the Е's, any case.
    FAMILY = "family_sort"
    REGION = "region_sort"
    PERSONS = "persons_sort"
    STATUS = "status"
    LAST_REPORT = "last_report_on"
    NEXT_DUE = "next_action_due"


@dataclass(frozen=True, slots=True)
class CaseQuery:
    text: str = ""
    statuses: frozenset[CaseStatus] = field(default_factory=frozenset)
    region: str = ""
    sort: CaseSort = CaseSort.REFERENCE
    descending: bool = False
    #: Only the cases with an inquiry overdue on ``today``.
    overdue_only: bool = False
    #: The day overdue is counted on (``None``: the computer's date when asked).
    today: date | None = None
    #: Only the cases assigned to this name ("my cases": the one working); empty: all.
    assigned_to: str = ""


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    reference: str
    family_name: str
    region: str
    persons_label: str
    status: CaseStatus
    last_report_on: date | None
    next_action_due: date | None
    family_sort: str
    region_sort: str
    persons_sort: str
    #: How many of the case's inquiries are overdue on the query's day.
    overdue: int = 0


#: The cases' table itself, not the mapped class: the list's page, its order and its count
#: are plain statements, which need no ORM mapper set up (the first ORM statement sets up
#: every mapper, 26 ms, which the start then does after the list is painted).
_C = Case.__table__.c
_COLUMNS = (
    _C.id,
    _C.reference,
    _C.family_name,
    _C.region,
    _C.persons_label,
    _C.status,
    _C.last_report_on,
    _C.next_action_due,
    _C.family_sort,
    _C.region_sort,
    _C.persons_sort,
)


def _conditions(
    session: Session, query: CaseQuery, *, paging: bool = False
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.statuses:
        conditions.append(_C.status.in_(sorted(query.statuses)))
    if query.region:
        conditions.append(_C.region == query.region)
    if query.overdue_only:
        conditions.append(_C.id.in_(overdue_case_ids(_today(query))))
    if query.assigned_to.strip():
        conditions.append(_C.assigned_to == query.assigned_to.strip())
    matching = case_filter(session, query.text, paging=paging)
    if matching is not None:
        conditions.append(matching)
    return conditions


def _today(query: CaseQuery) -> date:
    return query.today or date.today()


def _with_overdue(session: Session, query: CaseQuery, rows: Sequence[Any]) -> list[CaseRow]:
    """The rows with their overdue inquiries counted (one query for the page)."""
    counts = overdue_by_case(session, _today(query), [row[0] for row in rows]) if rows else {}
    return [_case_row(row, counts.get(row[0], 0)) for row in rows]


def _case_row(values: Sequence[Any], overdue: int) -> CaseRow:
    (case_id, reference, family_name, region, persons_label, status, last_report_on,
     next_action_due, family_sort, region_sort, persons_sort) = values  # fmt: skip
    return CaseRow(
        case_id, reference, family_name, region, persons_label, status, last_report_on,
        next_action_due, family_sort, region_sort, persons_sort, overdue,
    )  # fmt: skip


def _order_by(query: CaseQuery) -> list[ColumnElement[Any]]:
    """The list's order: the chosen column, then the reference, so that paging is stable.

    Empty dates sort last either way. Each order matches an index (model and migration
    0003), so a page of a sorted list of 100,000 cases needs no sort.
    """
    column = _C[query.sort.value]
    if query.sort is CaseSort.REFERENCE:
        # Once: SQLite sorts each page again for "reference, reference" (a temporary
        # B-tree for the right part), even reading an index in that order.
        return [column.desc() if query.descending else column.asc()]
    if query.sort in (CaseSort.LAST_REPORT, CaseSort.NEXT_DUE):
        if query.descending:
            return [column.is_not(None).desc(), column.desc(), _C.reference.desc()]
        return [column.is_(None), column.asc(), _C.reference.asc()]
    if query.descending:
        return [column.desc(), _C.reference.desc()]
    return [column.asc(), _C.reference.asc()]


def _after(query: CaseQuery, row: CaseRow) -> ColumnElement[bool]:
    """Rows that come after ``row`` in the list's order (keyset paging).

    Paging by position would show a case twice, or skip one, when another window adds or
    changes a case between two pages; paging after the last row shown never does.
    """
    column = _C[query.sort.value]
    value = getattr(row, query.sort.value)
    reference = _C.reference
    if query.sort in (CaseSort.LAST_REPORT, CaseSort.NEXT_DUE):
        if value is None:  # the empty dates come last in either direction
            later = reference < row.reference if query.descending else reference > row.reference
            return and_(column.is_(None), later)
        if query.descending:
            return or_(
                column.is_(None),
                column < value,
                and_(column == value, reference < row.reference),
            )
        return or_(
            column.is_(None), column > value, and_(column == value, reference > row.reference)
        )
    if query.descending:
        return tuple_(column, reference) < tuple_(value, row.reference)
    return tuple_(column, reference) > tuple_(value, row.reference)


def fetch_case_rows(
    session: Session, query: CaseQuery, offset: int, limit: int, *, after: CaseRow | None = None
) -> list[CaseRow]:
    """A page of the list: ``limit`` rows from ``offset``, or those following ``after``.

    Raises nothing.
    """
    conditions = _conditions(session, query, paging=True)
    if after is not None:
        conditions.append(_after(query, after))
    statement = select(*_COLUMNS).where(*conditions).order_by(*_order_by(query))
    rows = session.connection().execute(statement.offset(offset).limit(limit)).all()
    return _with_overdue(session, query, rows)


def matching_row(session: Session, query: CaseQuery, case_id: int) -> CaseRow | None:
    """The list row of ``case_id`` if the case matches ``query``, else None. Raises nothing."""
    conditions = [*_conditions(session, query, paging=True), _C.id == case_id]
    row = session.execute(select(*_COLUMNS).where(*conditions)).first()
    return None if row is None else _with_overdue(session, query, [row])[0]


def matching_case_ids(session: Session, query: CaseQuery) -> list[int]:
    """The ids of every case matching ``query`` (the filtered list, e.g. for an export).

    Raises nothing.
    """
    return list(session.scalars(select(_C.id).where(*_conditions(session, query))))


def count_cases(session: Session, query: CaseQuery) -> int:
    """How many cases match ``query``. Raises nothing."""
    return session.scalar(select(func.count(_C.id)).where(*_conditions(session, query))) or 0


def contradiction_counts(session: Session, case_ids: list[int]) -> dict[int, tuple[int, bool]]:
    """The open contradictions of each case and whether it is contested (see
    :func:`caseworker.services.timeline.open_contradiction_counts`). The analysis's modules
    load with the first call (in the list's background job), not with the list at start.
    Raises nothing."""
    from caseworker.services.timeline import open_contradiction_counts

    return open_contradiction_counts(session, case_ids)


def regions(session: Session) -> list[str]:
    """Every region named on a case, in the list's order. Raises nothing.

    The region index is read one region at a time (the next region after the one found),
    a few dozen lookups, not all 100,000 cases' entries as ``DISTINCT`` reads them.
    """
    table = Case.__table__
    region = table.c.region
    first = select(func.min(region).label("region")).where(region != "")
    found = first.cte("found", recursive=True)
    after = select(func.min(region)).where(region > found.c.region).scalar_subquery()
    found = found.union_all(select(after).where(found.c.region.is_not(None)))
    names = session.scalars(select(found.c.region).where(found.c.region.is_not(None)))
    return sorted(names, key=lambda name: (sort_key(name), name))
