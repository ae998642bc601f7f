"""The export's rows, streamed from the database sheet by sheet in case-reference order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session, aliased

from caseworker.chunks import chunks
from caseworker.dates import EventDate, birth_interval
from caseworker.models import Case, Evidence, Relative, Report, SoughtPerson
from caseworker.vocab import CaseStatus, DatePrecision, OfficialStatus
from caseworker.xlsx.workbook.checksum import row_checksum
from caseworker.xlsx.workbook.schema import (
    CASES,
    EVIDENCE,
    PERSONS,
    RELATIVES,
    REPORTS,
    Kind,
    Sheet,
    checked_fields,
)

YIELD_PER = 5000

# A selection of cases: None for every case, else lists of case ids in reference order.
Selection = list[list[int]] | None


def select_cases(session: Session, case_ids: Sequence[int] | None) -> Selection:
    if case_ids is None:
        return None
    ids = sorted(set(case_ids))
    found: list[tuple[str, int]] = []
    for chunk in chunks(ids):
        found.extend(
            (row.reference, row.id)
            for row in session.execute(select(Case.reference, Case.id).where(Case.id.in_(chunk)))
        )
    ordered = [case_id for _, case_id in sorted(found)]
    return [list(chunk) for chunk in chunks(ordered)]


def execute(session: Session, query: Any, selection: Selection) -> Iterator[Any]:
    """Run ``query`` over the selected cases (it must join ``Case``), streaming its rows.

    The query selects columns, not ORM objects, and runs on the session's connection:
    Core rows, fetched in large batches, without the ORM's per-row bookkeeping.
    """
    connection = session.connection()
    if selection is None:
        # Closed when the export stops early too (cancelled, refused): on PostgreSQL the rows
        # come from a cursor on the server, which must not be left open to the garbage collector.
        with connection.execute(query.execution_options(yield_per=YIELD_PER)) as result:
            yield from result
        return
    for chunk in selection:
        with connection.execute(query.where(Case.id.in_(chunk))) as result:
            yield from result


def count(session: Session, model: type[Any], selection: Selection) -> int:
    query = select(func.count()).select_from(model)
    if model is not Case:
        query = query.join(Case, Case.id == model.case_id)
    if selection is None:
        return int(session.scalar(query) or 0)
    return sum(int(session.scalar(query.where(Case.id.in_(chunk))) or 0) for chunk in selection)


def count_reports(session: Session, selection: Selection) -> int:
    query = (
        select(func.count())
        .select_from(Report)
        .join(SoughtPerson, SoughtPerson.id == Report.person_id)
        .join(Case, Case.id == SoughtPerson.case_id)
    )
    if selection is None:
        return int(session.scalar(query) or 0)
    return sum(int(session.scalar(query.where(Case.id.in_(chunk))) or 0) for chunk in selection)


def _plain_query(sheet: Sheet, model: type[Any]) -> Select[Any]:
    columns = [
        Case.reference.label("case_reference")
        if column.field == "case_reference"
        else literal(None).label("checksum")
        if column.kind is Kind.CHECKSUM
        else SoughtPerson.born_on
        if model is SoughtPerson and column.field == "birth_date"
        else getattr(model, column.field)
        for column in sheet.columns
    ]
    if model is SoughtPerson:
        columns.append(SoughtPerson.birth_precision)  # joined to the birth date by the rows
    query = select(*columns)
    if model is Case:
        return query.order_by(Case.reference)
    return query.join(Case, Case.id == model.case_id).order_by(Case.reference, model.id)


_PLAIN = {CASES.name: Case, RELATIVES.name: Relative, PERSONS.name: SoughtPerson}
_PLAIN.update({EVIDENCE.name: Evidence})


def plain_rows(session: Session, sheet: Sheet, selection: Selection) -> Iterator[Sequence[Any]]:
    """Rows of a sheet whose columns are the model's own (plus the case reference)."""
    query = _plain_query(sheet, _PLAIN[sheet.name])
    if not sheet.importable:
        for row in execute(session, query, selection):
            yield tuple(row)
        return
    at = sheet.index("checksum")
    checked = [sheet.index(name) for name in checked_fields(sheet)]
    birth = sheet.index("birth_date") if sheet is PERSONS else None
    for row in execute(session, query, selection):
        values = list(row)
        if birth is not None:
            precision = values.pop()
            if values[birth] is not None:
                values[birth] = birth_interval(values[birth], precision or DatePrecision.DAY)
        values[at] = row_checksum([values[i] for i in checked])
        yield values


def full_name(surname: str, given_name: str, patronymic: str) -> str:
    return " ".join(part for part in (surname, given_name, patronymic) if part)


_ORIGIN = aliased(Report)
_PERSON_COLUMNS = (
    SoughtPerson.id.label("person_id"),
    SoughtPerson.uuid.label("person_key"),
    SoughtPerson.surname,
    SoughtPerson.given_name,
    SoughtPerson.patronymic,
    SoughtPerson.official_status,
    SoughtPerson.official_status_on,
    Case.id.label("case_id"),
    Case.reference.label("case_reference"),
    Case.status.label("case_status"),
    Case.opened_on,
    Case.created_at.label("case_created_at"),
)
_REPORT_START = len(_PERSON_COLUMNS)
REPORT_COLUMNS = (
    Report.id,
    Report.uuid,
    Report.version,
    Report.claim,
    Report.event_from,
    Report.event_to,
    Report.event_precision,
    Report.stated_on,
    Report.received_on,
    Report.source_kind,
    Report.source_name,
    Report.source_contact,
    Report.document_ref,
    Report.reliability,
    Report.credibility,
    Report.derived_from_id,
    Report.place,
    Report.summary,
    Report.entered_by,
    Report.retracted_at,
    Report.retraction_reason,
    _ORIGIN.uuid.label("derived_from_key"),
)


@dataclass(frozen=True, slots=True)
class PersonPart:
    """The sought person's (and their case's) columns of the report query, made once each."""

    person_id: int
    key: str
    surname: str
    given_name: str
    patronymic: str
    official_status: OfficialStatus
    official_status_on: date | None
    case_id: int
    case_reference: str
    case_status: CaseStatus
    opened_on: date
    case_created_at: datetime | None

    @property
    def name(self) -> str:
        return full_name(self.surname, self.given_name, self.patronymic)


# The report columns' positions in a report tuple (see ``REPORT_COLUMNS``).
ID, KEY, VERSION, CLAIM, EVENT_FROM, EVENT_TO, EVENT_PRECISION = range(7)
STATED_ON, RECEIVED_ON, SOURCE_KIND, SOURCE_NAME, SOURCE_CONTACT = range(7, 12)
DOCUMENT_REF, RELIABILITY, CREDIBILITY, DERIVED_FROM_ID, PLACE, SUMMARY = range(12, 18)
ENTERED_BY, RETRACTED_AT, RETRACTION_REASON, DERIVED_FROM_KEY = range(18, 22)


def person_reports(
    session: Session, selection: Selection
) -> Iterator[tuple[PersonPart, tuple[Any, ...] | None]]:
    """Every sought person with each of their reports (or once, with None), person by person.

    The person part is the same object for all of a person's rows; a report is a tuple of
    ``REPORT_COLUMNS`` values, read by position.
    """
    query = (
        select(*_PERSON_COLUMNS, *REPORT_COLUMNS)
        .select_from(SoughtPerson)
        .join(Case, Case.id == SoughtPerson.case_id)
        .outerjoin(Report, Report.person_id == SoughtPerson.id)
        .outerjoin(_ORIGIN, _ORIGIN.id == Report.derived_from_id)
        .order_by(Case.reference, SoughtPerson.id, Report.event_from, Report.id)
    )
    person: PersonPart | None = None
    for row in execute(session, query, selection):
        if person is None or row[0] != person.person_id:
            person = PersonPart(*row[:_REPORT_START])
        report = row[_REPORT_START:]
        yield person, (None if report[ID] is None else report)


_REPORT_CHECKED = [REPORTS.index(name) for name in checked_fields(REPORTS)]
_REPORT_CHECKSUM = REPORTS.index("checksum")


def report_values(
    person: PersonPart, name: str, report: tuple[Any, ...], event: EventDate
) -> list[Any]:
    """A report's values in the Reports sheet's order; ``event`` is the report's event."""
    values = [
        report[KEY],
        report[VERSION],
        None,
        person.case_reference,
        name,
        person.key,
        report[CLAIM],
        event,
        *report[STATED_ON:DERIVED_FROM_ID],
        *report[PLACE:],
    ]
    values[_REPORT_CHECKSUM] = row_checksum([values[i] for i in _REPORT_CHECKED])
    return values
