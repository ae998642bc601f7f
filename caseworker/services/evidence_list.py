"""Listing a case's evidence: filtered by report or kind, sorted by date added or captured.

Items come back as frozen :class:`EvidenceItem` values with their report links, loaded in two
queries whatever their number, so that a panel of 500 items opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, not_, or_, select
from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.models import Evidence, Report, SoughtPerson, evidence_reports
from caseworker.services import records
from caseworker.vault.sniff import DOCUMENT_PREFIXES, DOCUMENT_TYPES, media_kind
from caseworker.vocab import HowObtained, MediaKind


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence item as the panel and the command line show it."""

    id: int
    version: int
    case_id: int
    sha256: str
    name: str
    media_type: str
    size: int
    how_obtained: HowObtained | None
    source_url: str
    captured_at: datetime | None
    added_by: str
    added_at: datetime
    description: str
    graphic: bool
    removed_at: datetime | None
    report_ids: tuple[int, ...]

    @property
    def kind(self) -> MediaKind:
        return media_kind(self.media_type)

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


def get_evidence(session: Session, evidence_id: int) -> Evidence:
    """The evidence row by its id. Raises :class:`NotFound` when there is no such item."""
    return records.load(session, Evidence, evidence_id, translate("Records", "Evidence item"))


def report_ids_of(session: Session, evidence_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """The ids of the reports each item supports, by item id. Raises nothing."""
    links: dict[int, list[int]] = {}
    if evidence_ids:
        rows = session.execute(
            select(evidence_reports.c.evidence_id, evidence_reports.c.report_id)
            .where(evidence_reports.c.evidence_id.in_(evidence_ids))
            .order_by(evidence_reports.c.report_id)
        )
        for evidence_id, report_id in rows:
            links.setdefault(evidence_id, []).append(report_id)
    return {key: tuple(value) for key, value in links.items()}


def _items(session: Session, rows: Sequence[Evidence]) -> list[EvidenceItem]:
    links = report_ids_of(session, [row.id for row in rows])
    return [
        EvidenceItem(
            id=row.id,
            version=row.version,
            case_id=row.case_id,
            sha256=row.sha256,
            name=row.original_name,
            media_type=row.media_type,
            size=row.size,
            how_obtained=row.how_obtained,
            source_url=row.source_url,
            captured_at=row.captured_at,
            added_by=row.added_by,
            added_at=row.created_at,
            description=row.description,
            graphic=row.graphic,
            removed_at=row.removed_at,
            report_ids=links.get(row.id, ()),
        )
        for row in rows
    ]


def get_evidence_item(session: Session, evidence_id: int) -> EvidenceItem:
    """The evidence item by its id, as the window shows it.

    Raises :class:`NotFound` when there is no such item.
    """
    return _items(session, [get_evidence(session, evidence_id)])[0]


def _kind_condition(kind: MediaKind) -> Any:
    column = Evidence.media_type
    document = or_(
        column.in_(sorted(DOCUMENT_TYPES)), *(column.startswith(p) for p in DOCUMENT_PREFIXES)
    )
    if kind is MediaKind.DOCUMENT:
        return document
    majors = [m for m in MediaKind if m not in (MediaKind.DOCUMENT, MediaKind.OTHER)]
    if kind is MediaKind.OTHER:
        return and_(not_(document), *(not_(column.startswith(f"{m.value}/")) for m in majors))
    return and_(column.startswith(f"{kind.value}/"), not_(document))


class EvidenceSort(StrEnum):
    """Orders of the evidence list."""

    ADDED = "added"
    CAPTURED = "captured"
    NAME = "name"
    SIZE = "size"


def list_evidence(
    session: Session,
    case_id: int,
    *,
    report_id: int | None = None,
    kind: MediaKind | None = None,
    sort: EvidenceSort = EvidenceSort.ADDED,
    descending: bool = False,
    include_removed: bool = False,
) -> list[EvidenceItem]:
    """A case's evidence, optionally only a report's or of one kind; undated captures last.

    Raises nothing (an unknown case has none).
    """
    query = select(Evidence).where(Evidence.case_id == case_id)
    if not include_removed:
        query = query.where(Evidence.removed_at.is_(None))
    if report_id is not None:
        query = query.join(
            evidence_reports,
            and_(
                evidence_reports.c.evidence_id == Evidence.id,
                evidence_reports.c.report_id == report_id,
            ),
        )
    if kind is not None:
        query = query.where(_kind_condition(kind))
    keys: dict[EvidenceSort, Any] = {
        EvidenceSort.ADDED: Evidence.created_at,
        EvidenceSort.CAPTURED: Evidence.captured_at,
        EvidenceSort.NAME: Evidence.original_name,
        EvidenceSort.SIZE: Evidence.size,
    }
    key = keys[EvidenceSort(sort)]
    ordered = [key.desc(), Evidence.id.desc()] if descending else [key, Evidence.id]
    if sort == EvidenceSort.CAPTURED:
        ordered.insert(0, Evidence.captured_at.is_(None))
    return _items(session, list(session.scalars(query.order_by(*ordered))))


def evidence_of_report(
    session: Session, report_id: int, *, include_removed: bool = False
) -> list[EvidenceItem]:
    """The files that support a report, in the order they were added.

    Raises :class:`NotFound` when the report does not exist.
    """
    report = session.get(Report, report_id)
    if report is None:
        records.load(session, Report, report_id, translate("Records", "Report"))
    case_id = session.scalar(
        select(SoughtPerson.case_id).join(Report).where(Report.id == report_id)
    )
    assert case_id is not None
    return list_evidence(session, case_id, report_id=report_id, include_removed=include_removed)
