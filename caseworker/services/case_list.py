"""The case list: filtered, sorted pages of case rows for a lazily loading view."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from caseworker.models import Case
from caseworker.services.search import case_filter
from caseworker.vocab import CaseStatus


class CaseSort(StrEnum):
    REFERENCE = "reference"
    FAMILY = "family_name"
    REGION = "region"
    PERSONS = "persons_label"
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


_COLUMNS = (
    Case.id,
    Case.reference,
    Case.family_name,
    Case.region,
    Case.persons_label,
    Case.status,
    Case.last_report_on,
    Case.next_action_due,
)


def _conditions(session: Session, query: CaseQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.statuses:
        conditions.append(Case.status.in_(sorted(query.statuses)))
    if query.region:
        conditions.append(Case.region == query.region)
    matching = case_filter(session, query.text)
    if matching is not None:
        conditions.append(matching)
    return conditions


def _order_by(query: CaseQuery) -> list[ColumnElement[Any]]:
    """The list's order: the chosen column, then the reference, so that paging is stable.

    Empty dates sort last either way. Each order matches an index (model and migration
    0003), so a page of a sorted list of 100,000 cases needs no sort.
    """
    column = getattr(Case, query.sort.value)
    if query.sort in (CaseSort.LAST_REPORT, CaseSort.NEXT_DUE):
        if query.descending:
            return [column.is_not(None).desc(), column.desc(), Case.reference.desc()]
        return [column.is_(None), column.asc(), Case.reference.asc()]
    if query.descending:
        return [column.desc(), Case.reference.desc()]
    return [column.asc(), Case.reference.asc()]


def fetch_case_rows(session: Session, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
    statement = select(*_COLUMNS).where(*_conditions(session, query)).order_by(*_order_by(query))
    rows = session.execute(statement.offset(offset).limit(limit))
    return [CaseRow(*row) for row in rows]


def count_cases(session: Session, query: CaseQuery) -> int:
    return session.scalar(select(func.count(Case.id)).where(*_conditions(session, query))) or 0


def regions(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Case.region).where(Case.region != "").distinct().order_by(Case.region)
        )
    )
