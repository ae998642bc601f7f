"""The evidence files of an inquiry: the copy of the letter sent, and the scanned answer.

Each is an ordinary evidence item of the inquiry's case (kept once by its SHA-256), linked to
the inquiry with its role; a scanned answer is also linked to the report the answer became,
if it became one. Keeping the same file twice creates nothing twice. As with any evidence,
the long step (copying and hashing into the vault) may run apart, outside a transaction:
:func:`keep_file` takes a :class:`StoredFile` the vault has already taken;
:func:`store_and_keep` does both in one go (the command line, tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import Evidence, Inquiry, InquiryEvent, InquiryEvidence
from caseworker.services import audit, evidence
from caseworker.services.cases import get_case
from caseworker.services.evidence_list import list_evidence, report_ids_of
from caseworker.services.inquiries import get_inquiry
from caseworker.services.inquiry_lines import inquiry_line
from caseworker.vault.store import EvidenceVault, StoredFile
from caseworker.vocab import HowObtained, InquiryEventKind, InquiryFileRole


@dataclass(frozen=True, slots=True)
class InquiryFile:
    """One file of an inquiry, as listed with it."""

    inquiry_id: int
    evidence_id: int
    role: InquiryFileRole
    name: str
    sha256: str
    size: int
    media_type: str
    linked_by: str
    linked_at: datetime
    report_ids: tuple[int, ...]
    removed: bool


@dataclass(frozen=True, slots=True)
class KeptFile:
    """The outcome of keeping a file with an inquiry.

    ``new_item``: the case did not have this file before; ``new_link``: the inquiry did not
    have it in this role before (both False: it was all there already, nothing was written);
    ``report_id``: the report a scanned answer was linked to (None: the answer made none).
    """

    file: InquiryFile
    new_item: bool
    new_link: bool
    report_id: int | None = None


def _answer_report(session: Session, inquiry_id: int) -> int | None:
    """The report the inquiry's answer became, if it became one."""
    return session.scalar(
        select(InquiryEvent.report_id)
        .where(
            InquiryEvent.inquiry_id == inquiry_id,
            InquiryEvent.kind == InquiryEventKind.ANSWERED,
            InquiryEvent.report_id.is_not(None),
        )
        .order_by(InquiryEvent.id.desc())
        .limit(1)
    )


def _link(
    session: Session, actor: str, inquiry: Inquiry, item: Evidence, role: InquiryFileRole
) -> bool:
    """Link ``item`` to ``inquiry`` in ``role``, audited on both; False when it was already."""
    present = session.get(InquiryEvidence, (inquiry.id, item.id, role))
    if present is not None:
        return False
    session.add(InquiryEvidence(inquiry_id=inquiry.id, evidence_id=item.id, role=role,
                                linked_by=actor))  # fmt: skip
    audit.record(session, actor, "link", item, "inquiry", new=inquiry.id, note=role.value)
    audit.record(session, actor, "link", inquiry, "evidence", new=item.id, note=role.value)
    session.flush()
    return True


def link_file(
    session: Session, actor: str, inquiry_id: int, evidence_id: int, role: InquiryFileRole
) -> KeptFile:
    """Link an evidence item already in the case to the inquiry in ``role``; a scanned answer
    also to the report the answer became. Linking it again changes nothing.

    Raises :class:`NotFound` when the inquiry or the item does not exist,
    :class:`ValidationError` when the item belongs to another case.
    """
    role = InquiryFileRole(role)
    inquiry = get_inquiry(session, inquiry_id)
    item = evidence.get_evidence(session, evidence_id)
    if item.case_id != inquiry.case_id:
        raise ValidationError(
            translate("InquiryFiles", "“{name}” is evidence of another case; an inquiry keeps "
                      "only files of its own case.").format(name=item.original_name),
            field="evidence",
        )  # fmt: skip
    new_link = _link(session, actor, inquiry, item, role)
    report_id = None
    if role is InquiryFileRole.ANSWER_SCAN:
        report_id = _answer_report(session, inquiry.id)
        if report_id is not None:
            evidence.link_report(session, actor, item.id, report_id)
    return KeptFile(_file(session, inquiry.id, item.id, role), False, new_link, report_id)


def keep_file(
    session: Session,
    actor: str,
    inquiry_id: int,
    stored: StoredFile,
    name: str,
    role: InquiryFileRole,
    vault: EvidenceVault | None = None,
) -> KeptFile:
    """Record a file the vault has taken as evidence of the inquiry's case, linked to the
    inquiry in ``role`` (:data:`~InquiryFileRole.LETTER_SENT`: the copy of the letter sent;
    :data:`~InquiryFileRole.ANSWER_SCAN`: the scanned answer, also linked to the report the
    answer became, if any). The same file again creates nothing twice. ``vault``: the vault
    it went into, looked at under the write lock (see :func:`evidence.record_evidence`).

    Raises :class:`NotFound` when the inquiry does not exist, :class:`StoredFilePurged` when
    ``vault`` no longer holds the file.
    """
    inquiry = get_inquiry(session, inquiry_id)
    # An answer reached us as a letter; the copy of our own letter is ours.
    how = HowObtained.LETTER if role is InquiryFileRole.ANSWER_SCAN else None
    added = evidence.record_evidence(
        session, actor, inquiry.case_id, stored, name, vault=vault, how_obtained=how
    )
    kept = link_file(session, actor, inquiry.id, added.item.id, role)
    return KeptFile(kept.file, not added.already_in_case, kept.new_link, kept.report_id)


def store_and_keep(
    session: Session,
    vault: EvidenceVault,
    actor: str,
    inquiry_id: int,
    path: Path,
    role: InquiryFileRole,
) -> KeptFile:
    """Copy ``path`` into the vault, then :func:`keep_file` it (one step, for short files).

    Raises :class:`NotFound` when the inquiry does not exist (checked before the copy), and
    the vault's :class:`~caseworker.vault.errors.EvidenceError` kinds when the copy fails
    (:class:`FileUnreadable`, :class:`NotAFile`, :class:`EmptyFile`, :class:`NotEnoughSpace`,
    :class:`VaultNotWritable`, :class:`FileChanged`).
    """
    get_inquiry(session, inquiry_id)
    stored = vault.store_file(path)
    return keep_file(session, actor, inquiry_id, stored, path.name, role, vault)


def _files(session: Session, inquiry_id: int, evidence_id: int | None = None) -> list[InquiryFile]:
    query = (
        select(InquiryEvidence, Evidence)
        .join(Evidence, Evidence.id == InquiryEvidence.evidence_id)
        .where(InquiryEvidence.inquiry_id == inquiry_id)
        .order_by(InquiryEvidence.linked_at, Evidence.id)
    )
    if evidence_id is not None:
        query = query.where(InquiryEvidence.evidence_id == evidence_id)
    rows = [(link, item) for link, item in session.execute(query)]
    links = report_ids_of(session, [item.id for _link, item in rows])
    return [
        InquiryFile(
            inquiry_id=link.inquiry_id,
            evidence_id=item.id,
            role=link.role,
            name=item.original_name,
            sha256=item.sha256,
            size=item.size,
            media_type=item.media_type,
            linked_by=link.linked_by,
            linked_at=link.linked_at,
            report_ids=links.get(item.id, ()),
            removed=item.removed_at is not None,
        )
        for link, item in rows
    ]


def _file(
    session: Session, inquiry_id: int, evidence_id: int, role: InquiryFileRole
) -> InquiryFile:
    return next(f for f in _files(session, inquiry_id, evidence_id) if f.role is role)


def inquiry_files(
    session: Session, inquiry_id: int, *, include_removed: bool = False
) -> list[InquiryFile]:
    """The files of an inquiry (letters sent, scanned answers), in the order they were kept;
    those removed from the case only when asked.

    Raises :class:`NotFound` when the inquiry does not exist.
    """
    get_inquiry(session, inquiry_id)
    return [f for f in _files(session, inquiry_id) if include_removed or not f.removed]


@dataclass(frozen=True, slots=True)
class KeptName:
    """A file kept with an inquiry, as the Inquiries tab names it."""

    inquiry_id: int
    evidence_id: int
    name: str
    role: InquiryFileRole


def files_of_case_inquiries(session: Session, case_id: int) -> dict[int, tuple[KeptName, ...]]:
    """The files kept with each inquiry of a case (those removed from the case left out), by
    inquiry id, in the order they were kept; one statement. Raises nothing."""
    rows = session.execute(
        select(
            InquiryEvidence.inquiry_id, Evidence.id, Evidence.original_name, InquiryEvidence.role
        )
        .join(Evidence, Evidence.id == InquiryEvidence.evidence_id)
        .join(Inquiry, Inquiry.id == InquiryEvidence.inquiry_id)
        .where(Inquiry.case_id == case_id, Evidence.removed_at.is_(None))
        .order_by(InquiryEvidence.linked_at, Evidence.id)
    )
    found: dict[int, list[KeptName]] = {}
    for inquiry_id, evidence_id, name, role in rows:
        found.setdefault(inquiry_id, []).append(KeptName(inquiry_id, evidence_id, name, role))
    return {key: tuple(value) for key, value in found.items()}


@dataclass(frozen=True, slots=True)
class Enclosure:
    """One line of an enclosure list."""

    number: int
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class EnclosureList:
    """The evidence items of a case, or of one inquiry, to be listed with their hashes."""

    case_reference: str
    family_name: str
    addressee: str  # the inquiry's addressee; "" for the whole case
    inquiry_id: int | None
    items: tuple[Enclosure, ...]


def enclosure_list(session: Session, case_id: int, inquiry_id: int | None = None) -> EnclosureList:
    """The enclosures of a case (its evidence shown, in the order added), or of one of its
    inquiries (the files kept with it, each once).

    Raises :class:`NotFound` when the case or the inquiry does not exist,
    :class:`ValidationError` when the inquiry belongs to another case.
    """
    case = get_case(session, case_id)
    addressee = ""
    if inquiry_id is None:
        found = [(item.name, item.sha256, item.size) for item in list_evidence(session, case_id)]
    else:
        line = inquiry_line(session, inquiry_id)
        if line.case_id != case_id:
            raise ValidationError(
                translate("InquiryFiles", "Inquiry {id} is not in case {reference}.").format(
                    id=inquiry_id, reference=case.reference
                ),
                field="inquiry",
            )
        addressee = line.addressee
        kept = {f.evidence_id: f for f in inquiry_files(session, inquiry_id)}
        found = [(f.name, f.sha256, f.size) for f in kept.values()]
    items = tuple(
        Enclosure(number, name, sha256, size)
        for number, (name, sha256, size) in enumerate(found, start=1)
    )
    return EnclosureList(case.reference, case.family_name, addressee, inquiry_id, items)
