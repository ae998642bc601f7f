"""The Inquiries and Family log sheets' rows: people and offices by name, checksums made.

Both sheets name the addressee, the sought person and the relative as a caseworker writes
them, so their queries join those tables; the import finds them again by name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from caseworker.dates import EventDate
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
from caseworker.vocab import InquiryEventKind
from caseworker.xlsx.export.rows import Selection, execute, full_name
from caseworker.xlsx.workbook.checksum import row_checksum
from caseworker.xlsx.workbook.schema import FAMILY_LOG, INQUIRIES, Sheet, checked_fields

_PERSON = aliased(SoughtPerson)
_APPLICANT = aliased(Relative)
_NAME = ("surname", "given_name", "patronymic")


def _names(model: Any) -> tuple[Any, ...]:
    return tuple(getattr(model, part) for part in _NAME)


def closing_reason() -> Any:
    """The reason of an inquiry's latest closing without an answer, as a column."""
    return (
        select(InquiryEvent.text)
        .where(
            InquiryEvent.inquiry_id == Inquiry.id,
            InquiryEvent.kind == InquiryEventKind.CLOSED_WITHOUT_ANSWER,
        )
        .order_by(InquiryEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def answer_report() -> Any:
    """The report an inquiry's answer became (None: none), as a column."""
    return (
        select(InquiryEvent.report_id)
        .where(
            InquiryEvent.inquiry_id == Inquiry.id,
            InquiryEvent.kind == InquiryEventKind.ANSWERED,
        )
        .order_by(InquiryEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def inquiry_query(*extra: Any) -> Select[Any]:
    """Every inquiry with its case, addressee, person and applicant, and the claim, event and
    grades of the report its answer became, in the sheet's order of records (case
    reference, then id); the Inquiries sheet's values are made from it, the ``extra``
    columns after them."""
    return (
        select(
            Inquiry.uuid,
            Inquiry.version,
            Case.reference,
            Addressee.name,
            *_names(_PERSON),
            *_names(_APPLICANT),
            Inquiry.channel,
            Inquiry.sent_on,
            Inquiry.our_reference,
            Inquiry.their_reference,
            Inquiry.registered_on,
            Inquiry.status,
            Inquiry.answered_on,
            Inquiry.answer,
            Report.claim,
            Report.event_from,
            Report.event_to,
            Report.event_precision,
            Report.reliability,
            Report.credibility,
            closing_reason(),
            Inquiry.notes,
            *extra,
        )
        .join(Case, Case.id == Inquiry.case_id)
        .join(Addressee, Addressee.id == Inquiry.addressee_id)
        .outerjoin(_PERSON, _PERSON.id == Inquiry.person_id)
        .outerjoin(_APPLICANT, _APPLICANT.id == Inquiry.applicant_id)
        .outerjoin(Report, Report.id == answer_report())
        .order_by(Case.reference, Inquiry.id)
    )


def family_log_query(*extra: Any) -> Select[Any]:
    """Every family log entry with its case, relative and person, case by case, by day, the
    ``extra`` columns after the sheet's."""
    return (
        select(
            FamilyLogEntry.uuid,
            Case.reference,
            *_names(Relative),
            *_names(_PERSON),
            FamilyLogEntry.told_on,
            FamilyLogEntry.told_by,
            FamilyLogEntry.how,
            FamilyLogEntry.what,
            FamilyLogEntry.note,
            FamilyLogEntry.override_reason,
            *extra,
        )
        .join(Case, Case.id == FamilyLogEntry.case_id)
        .join(Relative, Relative.id == FamilyLogEntry.relative_id)
        .outerjoin(_PERSON, _PERSON.id == FamilyLogEntry.person_id)
        .order_by(Case.reference, FamilyLogEntry.told_on, FamilyLogEntry.id)
    )


def _name(parts: Sequence[Any]) -> str:
    return full_name(*(part or "" for part in parts))


#: The columns of the queries before their ``extra`` ones.
INQUIRY_WIDTH, FAMILY_LOG_WIDTH = 26, 14


def inquiry_values(row: Sequence[Any]) -> list[Any]:
    """A row of :func:`inquiry_query` in the Inquiries sheet's order, without the checksum."""
    uuid, version, reference, addressee = row[:4]
    claim, event_from, event_to, precision, reliability, credibility = row[18:24]
    event = None if event_from is None else EventDate(event_from, event_to, precision)
    return [
        uuid, version, None, reference, addressee, _name(row[4:7]), _name(row[7:10]),
        *row[10:18], claim, event, reliability, credibility, *row[24:INQUIRY_WIDTH],
    ]  # fmt: skip


def family_log_values(row: Sequence[Any]) -> list[Any]:
    """A row of :func:`family_log_query` in the Family log sheet's order, without checksum."""
    uuid, reference = row[:2]
    return [uuid, None, reference, _name(row[2:5]), _name(row[5:8]), *row[8:FAMILY_LOG_WIDTH]]


class _Checksummed:
    def __init__(self, sheet: Sheet) -> None:
        self.at = sheet.index("checksum")
        self.checked = [sheet.index(name) for name in checked_fields(sheet)]

    def __call__(self, values: list[Any]) -> list[Any]:
        values[self.at] = row_checksum([values[i] for i in self.checked])
        return values


def inquiry_rows(session: Session, selection: Selection) -> Iterator[list[Any]]:
    """The Inquiries sheet's rows of the selected cases."""
    finish = _Checksummed(INQUIRIES)
    for row in execute(session, inquiry_query(), selection):
        yield finish(inquiry_values(row))


def family_log_rows(session: Session, selection: Selection) -> Iterator[list[Any]]:
    """The Family log sheet's rows of the selected cases."""
    finish = _Checksummed(FAMILY_LOG)
    for row in execute(session, family_log_query(), selection):
        yield finish(family_log_values(row))
