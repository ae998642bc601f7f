"""The rows of an export, sheet by sheet, as plain values: what the workbook writer appends.

No openpyxl here: the rows can be made in a separate process while this one writes them
(:mod:`caseworker.xlsx.export.process`). Each row comes as ``(sheet, values, quoted)``: the
sheet's position in :data:`~caseworker.xlsx.workbook.schema.ALL_SHEETS`, the cell values, and the
positions of formula-looking text that must be written as forced text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.timeline import AnalysisSettings
from caseworker.xlsx.export import course_rows, rows
from caseworker.xlsx.export.contradictions import ContradictionFinder
from caseworker.xlsx.export.values import Quoted, RowValues
from caseworker.xlsx.workbook.schema import (
    ALL_SHEETS,
    CASES,
    CONTRADICTIONS,
    EVIDENCE,
    FAMILY_LOG,
    INQUIRIES,
    PERSONS,
    RELATIVES,
    REPORTS,
    Sheet,
)

SheetRow = tuple[int, list[Any], Quoted]
SHEET_NUMBER = {schema.name: number for number, schema in enumerate(ALL_SHEETS)}


@dataclass(frozen=True, slots=True)
class ExportJob:
    """What to export: the selected cases (None for all), a template or not, the day."""

    selection: rows.Selection
    template: bool
    today: date
    settings: AnalysisSettings | None = None


def sheet_rows(session: Session, job: ExportJob) -> Iterator[SheetRow]:
    """Every row of the export in writing order, read in the session's one transaction."""
    for schema in (CASES, RELATIVES, PERSONS):
        yield from _plain(session, schema, job.selection)
    yield from _reports_and_findings(session, job)
    yield from _course(INQUIRIES, course_rows.inquiry_rows(session, job.selection))
    yield from _course(FAMILY_LOG, course_rows.family_log_rows(session, job.selection))
    yield from _plain(session, EVIDENCE, job.selection)


def _plain(session: Session, schema: Sheet, selection: rows.Selection) -> Iterator[SheetRow]:
    return _course(schema, rows.plain_rows(session, schema, selection))


def _course(schema: Sheet, made: Iterable[Sequence[Any]]) -> Iterator[SheetRow]:
    """The sheet's rows of database values, as cell values."""
    number, convert = SHEET_NUMBER[schema.name], RowValues(schema)
    for values in made:
        yield (number, *convert(values))


def _reports_and_findings(session: Session, job: ExportJob) -> Iterator[SheetRow]:
    """The Reports sheet's rows and, person by person, the Contradictions sheet's."""
    reports, contradictions = SHEET_NUMBER[REPORTS.name], SHEET_NUMBER[CONTRADICTIONS.name]
    report_row, finding_row = RowValues(REPORTS), RowValues(CONTRADICTIONS)
    finder = ContradictionFinder(session, job.today, job.settings)
    current, name = None, ""
    for person, report in rows.person_reports(session, job.selection):
        if person is not current:
            current, name = person, person.name
            for finding in finder.person(person):
                yield (contradictions, *finding_row(finding))
        if report is None:  # a person without reports
            continue
        event = EventDate(
            report[rows.EVENT_FROM], report[rows.EVENT_TO], report[rows.EVENT_PRECISION]
        )
        finder.add(report, event)
        if not job.template:
            yield (reports, *report_row(rows.report_values(person, name, report, event)))
    for finding in finder.finish():
        yield (contradictions, *finding_row(finding))
