"""The work list as an Excel workbook (.xlsx): one sheet, one row per thing to act on.

The headings are in the user's language; days are real dates and numbers, so the list can
be sorted and filtered in Excel or LibreOffice Calc. Overdue rows are red, the very overdue
bold. The file is written under a temporary name and put in place whole; one protected with
a password is made in memory and only its encrypted bytes are written.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.output_file import output_file
from caseworker.services.worklist_rows import WorkRow, WorkSheet, section_title

#: The columns: heading and width in characters.
COLUMNS = (
    (QT_TRANSLATE_NOOP("WorklistExport", "Section"), 34),
    (QT_TRANSLATE_NOOP("WorklistExport", "Case"), 14),
    (QT_TRANSLATE_NOOP("WorklistExport", "Who"), 34),
    (QT_TRANSLATE_NOOP("WorklistExport", "Addressee"), 30),
    (QT_TRANSLATE_NOOP("WorklistExport", "What"), 60),
    (QT_TRANSLATE_NOOP("WorklistExport", "When"), 12),
    (QT_TRANSLATE_NOOP("WorklistExport", "Days"), 8),
)
RED = "B3261E"
DATE_FORMAT = "yyyy-mm-dd"


def headings() -> list[str]:
    """The column headings in the user's language."""
    return [translate("WorklistExport", heading) for heading, _width in COLUMNS]


def _values(row: WorkRow) -> list[object]:
    return [
        section_title(row.section),
        row.case_reference,
        row.who,
        row.addressee,
        row.what,
        row.when,
        row.days,
    ]


def write_work_list(
    sheet: WorkSheet, path: str | os.PathLike[str], password: str | None = None
) -> Path:
    """Write ``sheet`` to ``path`` as an .xlsx workbook; the path written.

    ``password`` protects the workbook: it is made in memory and only its encrypted bytes
    are written (:mod:`caseworker.xlsx.protect`). Raises :class:`ValidationError` when
    ``path`` cannot be written to (a folder, a missing folder) or the password is empty,
    :class:`OSError` when writing fails (nothing is left behind then).
    """
    target = output_file(path)
    if password is None:
        workbook = Workbook()
    else:
        from caseworker.xlsx import protect

        workbook = protect.workbook_in_memory(write_only=False)
        protect.check_password(password)
    page = workbook.active
    assert page is not None  # a new workbook has its one sheet
    page.title = translate("WorklistExport", "Work list {day}").format(day=sheet.today.isoformat())[
        :31
    ]
    page.append(headings())
    bold = Font(bold=True)
    for column, (_heading, width) in enumerate(COLUMNS, start=1):
        page.cell(row=1, column=column).font = bold
        page.column_dimensions[get_column_letter(column)].width = width
    red, very = Font(color=RED), Font(color=RED, bold=True)
    for row in sheet.all_rows:
        page.append(_values(row))
        number = page.max_row
        page.cell(row=number, column=6).number_format = DATE_FORMAT
        page.cell(row=number, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        if row.overdue:
            for column in range(1, len(COLUMNS) + 1):
                page.cell(row=number, column=column).font = very if row.very_overdue else red
    page.freeze_panes = "A2"
    page.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{page.max_row}"
    partial = target.with_name(target.name + ".part")
    try:
        if password is None:
            workbook.save(partial)
        else:
            from caseworker.xlsx import protect

            protect.save_protected(workbook, partial, password)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
