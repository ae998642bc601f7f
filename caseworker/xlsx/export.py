"""Export cases to an Excel workbook, streamed (openpyxl write-only), with progress and cancel.

The workbook is written to a temporary file next to the target and renamed at the end, so a
cancelled or failed export never leaves half a workbook under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.models import Case, Evidence, Inquiry, Relative, SoughtPerson
from caseworker.timeline import AnalysisSettings
from caseworker.xlsx import export_rows as rows
from caseworker.xlsx.cells import RowCells, header_cell
from caseworker.xlsx.export_timeline import ContradictionFinder
from caseworker.xlsx.readme import add_dropdowns, write_lists, write_readme
from caseworker.xlsx.schema import (
    ALL_SHEETS,
    CASES,
    CONTRADICTIONS,
    EVIDENCE,
    EXPORT_KEYWORD,
    INQUIRIES,
    LISTS_SHEET,
    PERSONS,
    README_SHEET,
    RELATIVES,
    REPORTS,
    TEMPLATE_KEYWORD,
    Sheet,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(CaseworkerError):
    def __init__(self) -> None:
        super().__init__(translate("Xlsx", "The export was cancelled; no file was written."))


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    rows: dict[str, int]


class _Pacer:
    """Reports progress and checks for a cancel every ``every`` rows."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: Cancelled | None, every: int
    ) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled, self.every = progress, cancelled, max(1, every)

    def step(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)


class _SheetWriter:
    """One data sheet: header, widths, hidden columns, dropdowns, filter; values converted."""

    def __init__(self, sheet: WriteOnlyWorksheet, schema: Sheet, pacer: _Pacer | None) -> None:
        self.sheet, self.schema, self.pacer, self.count = sheet, schema, pacer, 0
        self.cells = RowCells(sheet, [column.kind for column in schema.columns])
        for position, column in enumerate(schema.columns, 1):
            dimension = sheet.column_dimensions[get_column_letter(position)]
            dimension.width = column.width
            dimension.hidden = column.hidden
        sheet.freeze_panes = "A2"
        add_dropdowns(sheet, schema)
        sheet.append([header_cell(sheet, header) for header in schema.headers])

    def append(self, values: Sequence[Any]) -> None:
        self.sheet.append(self.cells(values))
        self.count += 1
        if self.pacer is not None:
            self.pacer.step()

    def finish(self) -> None:
        last = get_column_letter(len(self.schema.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{self.count + 1}"


def export_workbook(
    session: Session,
    path: str | os.PathLike[str],
    *,
    case_ids: Sequence[int] | None = None,
    template: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    every: int = 1000,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> ExportSummary:
    """Write the workbook of ``case_ids`` (all cases when None) to ``path``.

    ``template`` leaves the Reports sheet empty, for new reports entered in the field.
    ``progress(done, total)`` is called and ``cancelled()`` checked every ``every`` rows;
    a cancel raises :class:`ExportCancelled` and leaves no file.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    selection = rows.select_cases(session, case_ids)
    total = sum(rows.count(session, m, selection) for m in (Case, Relative, SoughtPerson))
    total += sum(rows.count(session, m, selection) for m in (Inquiry, Evidence))
    total += 0 if template else rows.count_reports(session, selection)
    pacer = _Pacer(total, progress, cancelled, every)
    pacer.check()
    workbook = Workbook(write_only=True)
    workbook.properties.title = "Caseworker"
    workbook.properties.keywords = TEMPLATE_KEYWORD if template else EXPORT_KEYWORD
    workbook.properties.created = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    readme = workbook.create_sheet(README_SHEET)
    sheets = {
        # Findings are not counted in the total: it is known only once they are found.
        schema.name: _SheetWriter(
            workbook.create_sheet(schema.name), schema, pacer if schema.keyed else None
        )
        for schema in ALL_SHEETS
    }
    lists = workbook.create_sheet(LISTS_SHEET)
    try:
        case_keys = _write_cases(session, sheets[CASES.name], selection)
        for schema in (RELATIVES, PERSONS):
            for row in rows.plain_rows(session, schema, selection):
                sheets[schema.name].append(row)
        finder = ContradictionFinder(session, today or date.today(), settings)
        _write_reports(session, sheets, selection, finder, template)
        for schema in (INQUIRIES, EVIDENCE):
            for row in rows.plain_rows(session, schema, selection):
                sheets[schema.name].append(row)
        for writer in sheets.values():
            writer.finish()
        write_readme(workbook, readme, template)
        write_lists(lists, case_keys)
        workbook.save(partial)
        os.replace(partial, target)
    except BaseException:
        _discard(workbook)
        partial.unlink(missing_ok=True)
        raise
    pacer.done = pacer.total
    pacer.check()
    return ExportSummary(target, {name: writer.count for name, writer in sheets.items()})


def _discard(workbook: Workbook) -> None:
    """Close the half-written sheets and delete their temporary files."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        out = getattr(getattr(sheet, "_writer", None), "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.remove(out)


def _write_cases(session: Session, writer: _SheetWriter, selection: rows.Selection) -> list[str]:
    keys = []
    for row in rows.plain_rows(session, CASES, selection):
        keys.append(row[0])
        writer.append(row)
    return keys


def _write_reports(
    session: Session,
    sheets: dict[str, _SheetWriter],
    selection: rows.Selection,
    finder: ContradictionFinder,
    template: bool,
) -> None:
    reports, contradictions = sheets[REPORTS.name], sheets[CONTRADICTIONS.name]
    current, name = None, ""
    for person, report in rows.person_reports(session, selection):
        if person is not current:
            current, name = person, person.name
            for finding in finder.person(person):
                contradictions.append(finding)
        if report is None:  # a person without reports
            continue
        event = EventDate(
            report[rows.EVENT_FROM], report[rows.EVENT_TO], report[rows.EVENT_PRECISION]
        )
        finder.add(report, event)
        if not template:
            reports.append(rows.report_values(person, name, report, event))
    for finding in finder.finish():
        contradictions.append(finding)
