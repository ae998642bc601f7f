"""Evidence: add files to a case, link them to reports, hide and show them.

Adding takes two steps that a caller may also run apart: the vault copies the file (a long
step, done outside any transaction by the UI, in the background), then the item is recorded
in the case. A file the case already has is recognised by its hash and linked again instead
of being kept twice. Listing is in :mod:`caseworker.services.evidence_list` (re-exported
here), purging for good in :mod:`caseworker.services.evidence_purge` and exporting in
:mod:`caseworker.services.evidence_export`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import Evidence, Report, SoughtPerson, evidence_reports
from caseworker.models.base import utcnow
from caseworker.services import audit, fields, records
from caseworker.services.cases import get_case
from caseworker.services.evidence_list import (
    EvidenceItem,
    EvidenceSort,
    evidence_of_report,
    get_evidence,
    get_evidence_item,
    list_evidence,
    report_ids_of,
)
from caseworker.vault.errors import StoredFilePurged
from caseworker.vault.names import clean_original_name
from caseworker.vault.store import Cancelled, EvidenceVault, Progress, StoredFile
from caseworker.vocab import HowObtained

__all__ = [
    "AddedEvidence",
    "EvidenceItem",
    "EvidenceSort",
    "add_evidence",
    "clean_metadata",
    "evidence_of_report",
    "get_evidence",
    "get_evidence_item",
    "link_report",
    "list_evidence",
    "record_evidence",
    "remove_evidence",
    "restore_evidence",
    "unlink_report",
    "update_evidence",
]


@dataclass(frozen=True, slots=True)
class AddedEvidence:
    """The outcome of adding a file.

    ``already_stored``: the vault had this content before (from this or another case).
    ``already_in_case``: the case had this file; the existing item was used (and shown
    again if it had been removed, ``restored``).
    ``repaired``: the vault's copy was damaged (or other bytes were planted under its
    hash) and this file replaced it; audited as a "repair" of the item.
    """

    item: EvidenceItem
    already_stored: bool
    already_in_case: bool
    restored: bool
    repaired: bool = False


def _optional_how(value: Any) -> HowObtained | None:
    if value is None or value == "":
        return None
    cleaned: HowObtained = fields.choice(
        HowObtained, None, translate("Fields", "how it was obtained")
    )(value)
    return cleaned


def _moment(value: Any) -> datetime | None:
    """When a file was captured: a date, a date and time, or nothing; local time if no zone."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            day = fields.day(translate("Fields", "Captured on"))(value)
            if day is None:
                return None
            moment = datetime.combine(day, time())
    moment = moment if moment.tzinfo is not None else moment.astimezone()
    if moment > utcnow():
        raise ValidationError(
            translate("Validation", "The capture time lies in the future."), field="captured_at"
        )
    return moment


def evidence_fields() -> fields.FieldSpec:
    """The cleaners of an evidence item's fields.

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "how_obtained": _optional_how,
        "source_url": fields.text,
        "captured_at": _moment,
        "description": fields.note,
        "graphic": lambda value: bool(value),
    }


def _check_reports(session: Session, case_id: int, report_ids: Iterable[int]) -> list[int]:
    """The reports, each checked to exist and to be about a person of this case."""
    wanted = list(dict.fromkeys(report_ids))
    if not wanted:
        return []
    found: dict[int, int] = {
        report_id: owner
        for report_id, owner in session.execute(
            select(Report.id, SoughtPerson.case_id)
            .join(SoughtPerson, SoughtPerson.id == Report.person_id)
            .where(Report.id.in_(wanted))
        )
    }
    for report_id in wanted:
        if report_id not in found:
            records.load(session, Report, report_id, translate("Records", "Report"))
        if found[report_id] != case_id:
            raise ValidationError(
                translate(
                    "Evidence",
                    "Report {id} belongs to another case; evidence can only support the "
                    "reports of its own case.",
                ).format(id=report_id),
                field="report_ids",
            )
    return wanted


def _link(session: Session, actor: str, item: Evidence, report_ids: Iterable[int]) -> list[int]:
    present = set(report_ids_of(session, [item.id]).get(item.id, ()))
    added = [report_id for report_id in report_ids if report_id not in present]
    for report_id in added:
        session.execute(insert(evidence_reports).values(evidence_id=item.id, report_id=report_id))
        audit.record(session, actor, "link", item, "report", new=report_id)
    return added


def clean_metadata(**metadata: Any) -> dict[str, Any]:
    """Check metadata before a long copy.

    Raises :class:`ValidationError` (or :class:`InvalidDate`) naming the field when a value is
    wrong.
    """
    return fields.clean_all(evidence_fields(), metadata, only_given=True)


def add_evidence(
    session: Session,
    vault: EvidenceVault,
    actor: str,
    case_id: int,
    path: Path,
    *,
    report_ids: Iterable[int] = (),
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    **metadata: Any,
) -> AddedEvidence:
    """Copy ``path`` into the vault and record it in the case (see :func:`record_evidence`).

    The case, reports and metadata are checked before the copy, so that a typing mistake
    does not cost the caseworker a long copy first.

    Raises :class:`NotFound` when the case or a report does not exist, :class:`ValidationError` when
    a report belongs to another case or a metadata value is wrong, and the vault's
    :class:`~caseworker.vault.errors.EvidenceError` kinds when the copy fails
    (:class:`FileUnreadable`, :class:`NotAFile`, :class:`EmptyFile`, :class:`NotEnoughSpace`,
    :class:`VaultNotWritable`, :class:`FileChanged`, :class:`CopyCancelled`).
    """
    get_case(session, case_id)
    _check_reports(session, case_id, report_ids)
    clean_metadata(**metadata)
    stored = vault.store_file(path, progress=progress, cancelled=cancelled)
    return record_evidence(
        session,
        actor,
        case_id,
        stored,
        name if name is not None else path.name,
        report_ids=report_ids,
        vault=vault,
        **metadata,
    )


def record_evidence(
    session: Session,
    actor: str,
    case_id: int,
    stored: StoredFile,
    name: str,
    *,
    report_ids: Iterable[int] = (),
    vault: EvidenceVault | None = None,
    **metadata: Any,
) -> AddedEvidence:
    """Record a file already in the vault as evidence of a case, linked to ``report_ids``.

    ``metadata``: how_obtained, source_url, captured_at, description, graphic. When the case
    has the file already, its item keeps its metadata and gains the new report links.
    ``vault``: the vault ``stored`` went into, looked at once the write holds the write lock
    (the file may have been copied before it, outside): a colleague's purge of the same
    content may have deleted the file meanwhile (:mod:`caseworker.services.evidence_purge`).

    Raises :class:`NotFound` when the case or a report does not exist, :class:`ValidationError` (or
    :class:`InvalidDate`) when a report belongs to another case or a metadata value is wrong,
    :class:`StoredFilePurged` when ``vault`` no longer holds the file (nothing recorded).
    """
    get_case(session, case_id)  # the write's first statement: the write lock is held now
    if vault is not None and not vault.contains(stored.sha256):
        raise StoredFilePurged(
            translate(
                "Evidence",
                "The file “{name}” was deleted from the evidence folder while it was being "
                "added (a colleague purged the same file meanwhile). It was not added; add it "
                "again.",
            ).format(name=clean_original_name(name))
        )
    wanted = _check_reports(session, case_id, report_ids)
    cleaned = fields.clean_all(evidence_fields(), metadata, only_given=False)
    existing = session.scalar(
        select(Evidence).where(Evidence.case_id == case_id, Evidence.sha256 == stored.sha256)
    )
    restored = False
    if existing is None:
        item = Evidence(
            case_id=case_id,
            sha256=stored.sha256,
            original_name=clean_original_name(name),
            media_type=stored.media_type,
            size=stored.size,
            added_by=actor,
            **cleaned,
        )
        session.add(item)
        audit.record_creation(
            session,
            actor,
            item,
            {
                "case_id": case_id,
                "sha256": item.sha256,
                "original_name": item.original_name,
                "media_type": item.media_type,
                "size": item.size,
                **cleaned,
            },
        )
    else:
        item = existing
        if item.removed_at is not None:
            _set_removed(session, actor, item, None)
            restored = True
    if stored.repaired:
        audit.record(session, actor, "repair", item, "sha256", new=stored.sha256)
    _link(session, actor, item, wanted)
    return AddedEvidence(
        get_evidence_item(session, item.id),
        already_stored=stored.already_stored,
        already_in_case=existing is not None,
        restored=restored,
        repaired=stored.repaired,
    )


def _set_removed(session: Session, actor: str, item: Evidence, when: datetime | None) -> None:
    old = item.removed_at
    item.removed_at = when
    records.flush_versioned(session)
    audit.record(session, actor, "update", item, "removed_at", old, when)


def remove_evidence(
    session: Session, actor: str, evidence_id: int, expected_version: int | None = None
) -> Evidence:
    """Hide an item from its case; the file and the record stay (a purge deletes them).

    Raises :class:`NotFound` when the item does not exist, :class:`StaleRecord` when it changed
    since ``expected_version``.
    """
    item = get_evidence(session, evidence_id)
    records.check_version(item, expected_version)
    if item.removed_at is None:
        _set_removed(session, actor, item, utcnow())
    return item


def restore_evidence(
    session: Session, actor: str, evidence_id: int, expected_version: int | None = None
) -> Evidence:
    """Show a removed item in its case again (undoes :func:`remove_evidence`).

    Raises :class:`NotFound` when the item does not exist, :class:`StaleRecord` when it changed
    since ``expected_version``.
    """
    item = get_evidence(session, evidence_id)
    records.check_version(item, expected_version)
    if item.removed_at is not None:
        _set_removed(session, actor, item, None)
    return item


def update_evidence(
    session: Session, actor: str, evidence_id: int, expected_version: int | None, **changes: Any
) -> Evidence:
    """Correct how_obtained, source_url, captured_at, description or graphic (audited).

    Raises :class:`NotFound` when the item does not exist, :class:`StaleRecord` when it changed
    since ``expected_version``, :class:`ValidationError` (or :class:`InvalidDate`) naming the field
    when a value is wrong.
    """
    item = get_evidence(session, evidence_id)
    records.apply_changes(session, actor, item, expected_version, evidence_fields(), changes)
    return item


def link_report(session: Session, actor: str, evidence_id: int, report_id: int) -> bool:
    """Link an item to a report of the same case; False when it was linked already.

    Raises :class:`NotFound` when the item or the report does not exist, :class:`ValidationError`
    when the report belongs to another case.
    """
    item = get_evidence(session, evidence_id)
    return bool(_link(session, actor, item, _check_reports(session, item.case_id, [report_id])))


def unlink_report(session: Session, actor: str, evidence_id: int, report_id: int) -> bool:
    """Undo a link; False when there was none.

    Raises :class:`NotFound` when the item does not exist.
    """
    item = get_evidence(session, evidence_id)
    result = session.execute(
        delete(evidence_reports).where(
            evidence_reports.c.evidence_id == evidence_id,
            evidence_reports.c.report_id == report_id,
        )
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    audit.record(session, actor, "unlink", item, "report", old=report_id)
    return True
