"""Export cases to an Excel workbook, streamed (openpyxl write-only), with progress and cancel.

The workbook is written to a temporary file next to the target and renamed at the end, so a
cancelled or failed export never leaves half a workbook under the chosen name. A workbook
protected with a password is made in memory and only its encrypted bytes are written
(:mod:`caseworker.xlsx.protect`). The rows come
from :mod:`caseworker.xlsx.export.source`; for a large export they are made in a separate
process (:mod:`caseworker.xlsx.export.process`), so that reading and checking them runs on a
second processor core while openpyxl writes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from caseworker import i18n
from caseworker.db.engine import is_encrypted, sqlite_path, vault_keys_of
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.models import Case, Evidence, FamilyLogEntry, Inquiry, Relative, SoughtPerson
from caseworker.output_file import output_file
from caseworker.timeline import AnalysisSettings
from caseworker.xlsx import protect
from caseworker.xlsx.export import rows
from caseworker.xlsx.export.cells import QuotedCells, header_cell
from caseworker.xlsx.export.paper import (
    WrappedCells,
    print_nothing_when_empty,
    set_up_paper,
    wrapped_positions,
)
from caseworker.xlsx.export.process import RowsFromProcess
from caseworker.xlsx.export.readme import add_dropdowns, write_lists, write_readme
from caseworker.xlsx.export.source import SHEET_NUMBER, ExportJob, SheetRow, sheet_rows
from caseworker.xlsx.export.values import TEXT_KINDS, Quoted
from caseworker.xlsx.workbook.language import column_title, column_width, sheet_title
from caseworker.xlsx.workbook.schema import (
    ALL_SHEETS,
    CASES,
    EXPORT_KEYWORD,
    LISTS_SHEET,
    README_SHEET,
    TEMPLATE_KEYWORD,
    Sheet,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# From this many cases on, the rows are made in a separate process (when the database allows):
# a second processor core then reads and checks them while this one writes the workbook.
SEPARATE_PROCESS_FROM_CASES = 1000


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
    """One data sheet: header, widths, hidden columns, dropdowns, filter, paper; values
    converted, long text wrapped."""

    def __init__(self, sheet: WriteOnlyWorksheet, schema: Sheet, pacer: _Pacer | None) -> None:
        self.sheet, self.schema, self.pacer, self.count = sheet, schema, pacer, 0
        self.cells = QuotedCells(sheet, schema.positions(*TEXT_KINDS))
        self.wrapped = WrappedCells(sheet, wrapped_positions(schema.columns))
        for position, column in enumerate(schema.columns, 1):
            dimension = sheet.column_dimensions[get_column_letter(position)]
            dimension.width = column_width(column)
            dimension.hidden = column.hidden
        identity = get_column_letter(schema.identity_end)
        # The header row and the columns saying whose row it is stay in view while scrolling,
        # and are repeated on every printed page.
        sheet.freeze_panes = f"{get_column_letter(schema.identity_end + 1)}2"
        sheet.print_title_rows = "1:1"
        sheet.print_title_cols = f"A:{identity}"
        set_up_paper(sheet, landscape=True)
        add_dropdowns(sheet, schema)
        sheet.append([header_cell(sheet, column_title(header)) for header in schema.headers])

    def append(self, values: list[Any], quoted: Quoted) -> None:
        self.wrapped.append(self.cells(values, quoted) if quoted else values)
        self.count += 1
        if self.pacer is not None:
            self.pacer.step()

    def finish(self) -> None:
        last = get_column_letter(len(self.schema.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{self.count + 1}"
        print_nothing_when_empty(self.sheet, len(self.schema.columns), self.count)


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
    separate_process: bool | None = None,
    password: str | None = None,
) -> ExportSummary:
    """Write the workbook of ``case_ids`` (all cases when None) to ``path``.

    ``template`` leaves the Reports sheet empty, for new reports entered in the field.
    ``progress(done, total)`` is called and ``cancelled()`` checked every ``every`` rows;
    a cancel raises :class:`ExportCancelled` and leaves no file. ``separate_process`` makes
    the rows in a child process (None: when there are many and the database is a file).
    ``password`` protects the workbook (encrypted; no plain copy on disk at any moment).
    Raises ValidationError for an unusable path or an empty password, OSError when the
    file cannot be written.
    """
    target = output_file(path)  # refuses a folder, a device or a pipe before any work
    if password is not None:
        protect.check_password(password)
    partial = target.with_name(target.name + ".part")
    selection = rows.select_cases(session, case_ids)
    job = ExportJob(selection, template, today or date.today(), settings)
    child = _separate_process_source(session, selection, separate_process)
    workbook = (
        Workbook(write_only=True)
        if password is None
        else protect.workbook_in_memory(write_only=True)
    )
    try:
        with contextlib.ExitStack() as stack:
            # The child starts first: it loads while the rows are counted here.
            produced: Iterable[SheetRow] = (
                sheet_rows(session, job)
                if child is None
                else stack.enter_context(RowsFromProcess(child[0], job, key=child[1]))
            )
            pacer = _Pacer(_count_rows(session, selection, template), progress, cancelled, every)
            pacer.check()
            writers = _write(workbook, produced, template, pacer)
        if password is None:
            workbook.save(partial)
        else:
            protect.save_protected(workbook, partial, password)
        os.replace(partial, target)
    except BaseException:
        _discard(workbook)
        partial.unlink(missing_ok=True)
        raise
    pacer.done = pacer.total
    pacer.check()
    return ExportSummary(target, {writer.schema.name: writer.count for writer in writers})


def _count_rows(session: Session, selection: rows.Selection, template: bool) -> int:
    """The rows of the keyed sheets, for the progress (the findings are known only later)."""
    total = sum(rows.count(session, m, selection) for m in (Case, Relative, SoughtPerson))
    total += sum(rows.count(session, m, selection) for m in (Inquiry, FamilyLogEntry, Evidence))
    return total + (0 if template else rows.count_reports(session, selection))


def _separate_process_source(
    session: Session, selection: rows.Selection, wanted: bool | None
) -> tuple[str, bytes | None] | None:
    """The database URL (and, for an encrypted file, its key) for a child process to make the
    rows from, or None to make them here.

    By default a child makes the rows of an export of many cases: starting it takes about
    half a second. A database in memory cannot be shared; and a translated program whose
    message files cannot be found would have the child write its sentences in English. An
    encrypted database's key goes to the child through its standard input, never on its
    command line; one opened with a bare key (no unlocked keys to hand on) is read here.
    """
    bind = session.get_bind()
    url = bind.engine.url
    text = url.render_as_string(hide_password=False)
    if url.get_backend_name() == "sqlite" and sqlite_path(text) is None:
        return None
    key: bytes | None = None
    if is_encrypted(bind.engine):
        keys = vault_keys_of(bind)
        if keys is None:
            return None
        key = keys.database
    if wanted is None:
        cases = rows.count(session, Case, selection)
        wanted = cases >= SEPARATE_PROCESS_FROM_CASES and i18n.catalogue() != {}
    return (text, key) if wanted else None


def _write(
    workbook: Workbook, produced: Iterable[SheetRow], template: bool, pacer: _Pacer
) -> list[_SheetWriter]:
    """Fill the workbook's sheets from the produced rows (the workbook is not saved)."""
    workbook.properties.title = "Caseworker"
    workbook.properties.keywords = TEMPLATE_KEYWORD if template else EXPORT_KEYWORD
    workbook.properties.created = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    readme = workbook.create_sheet(sheet_title(README_SHEET))
    writers = [
        # Findings are not counted in the total: it is known only once they are found.
        _SheetWriter(
            workbook.create_sheet(sheet_title(schema.name)),
            schema,
            pacer if schema.keyed else None,
        )
        for schema in ALL_SHEETS
    ]
    lists = workbook.create_sheet(sheet_title(LISTS_SHEET))
    cases, case_keys = SHEET_NUMBER[CASES.name], []
    for number, values, quoted in produced:
        if number == cases:
            case_keys.append(values[0])
        writers[number].append(values, quoted)
    for writer in writers:
        writer.finish()
    write_readme(readme, template)
    write_lists(lists, case_keys)
    return writers


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
