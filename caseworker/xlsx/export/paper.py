"""How the workbook prints: on A4, each sheet as wide as the paper, long text wrapped in its
column, and no page at all for a sheet that holds only its header.

Printed as LibreOffice and Excel print by default, a one-case workbook used to come out as
forty mostly empty Letter pages with its text cut mid-word: every sheet split across pages
by its columns, the cells cut at their column's edge, a page for each empty sheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from caseworker.xlsx.workbook.columns import Column, Kind

# Bottom-aligned like the plain cells beside it, so that a row reads along one line.
WRAP = Alignment(wrap_text=True)


def set_up_paper(sheet: WriteOnlyWorksheet, *, landscape: bool) -> None:
    """A4, as wide as the paper (as many pages long as it takes)."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def print_nothing_when_empty(sheet: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """A sheet with no row below its header prints no page.

    A workbook cannot mark a sheet "do not print" (a hidden sheet would not print, but the
    offline template's empty Reports sheet is where new reports go). Its print area becomes
    the empty row below the header, and a print area with nothing in it gives no page. Sheets
    with rows keep no print area: everything on them prints, rows added later too.
    """
    if rows == 0:
        sheet.print_area = f"A2:{get_column_letter(columns)}2"


def wrapped_positions(columns: Sequence[Column]) -> list[tuple[int, float]]:
    """The visible free-text columns (0-based position, width in characters)."""
    return [
        (position, column.width)
        for position, column in enumerate(columns)
        if column.kind is Kind.TEXT and not column.hidden
    ]


#: The height of a line of the default 11-point font, in points.
LINE_POINTS = 15
#: Characters a wrapped line loses on average to breaking between words.
WORD_BREAK_LOSS = 3


class WrappedCells:
    """Appends a sheet's rows, text longer than its column (or of several lines) in a cell
    that wraps, the row as tall as its longest wrapped text.

    Short text stays a plain value (the usual case, and the cheapest to write); a wrapping
    cell is made once per column and reused row after row, as openpyxl writes each appended
    row at once. Text already in a cell (forced text, see ``QuotedCells``) gets the cell's
    alignment set to wrap when it is long. A row's height is given in the file: spreadsheet
    programs do not always fit rows to wrapped text, which would then run over the next row.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, positions: Iterable[tuple[int, float]]):
        self._sheet = sheet
        self._columns = [(position, int(width)) for position, width in positions]
        self._cells = {position: _wrapping_cell(sheet) for position, _ in self._columns}
        self._next_row = 2  # below the header

    def append(self, row: list[Any]) -> None:
        lines = 1
        for position, width in self._columns:
            value = row[position]
            if value.__class__ is str:
                if len(value) <= width and "\n" not in value:
                    continue  # the usual case, kept short: this runs for every cell
                cell = self._cells[position]
                cell.value = value
                cell.data_type = "s"  # text, whatever it looks like
                row[position] = cell
                lines = max(lines, _lines(value, width))
            elif isinstance(value, Cell) and isinstance(value.value, str):
                text = value.value
                if len(text) > width or "\n" in text:
                    if not value.alignment.wrap_text:
                        value.alignment = WRAP
                    lines = max(lines, _lines(text, width))
        number, self._next_row = self._next_row, self._next_row + 1
        if lines == 1:
            self._sheet.append(row)
            return
        # The attributes of the row's XML element, as openpyxl's writer takes them from
        # ``row_dimensions`` (a RowDimension per row costs more than the rest of the row).
        dimensions: dict[int, Any] = self._sheet.row_dimensions
        dimensions[number] = {"ht": str(lines * LINE_POINTS), "customHeight": "1"}
        self._sheet.append(row)
        del dimensions[number]  # written with the row; a large export keeps none


def _lines(text: str, width: int) -> int:
    """About how many lines ``text`` wraps to in a column ``width`` characters wide."""
    per_line = max(1, width - WORD_BREAK_LOSS)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _wrapping_cell(sheet: WriteOnlyWorksheet) -> Cell:
    cell = WriteOnlyCell(sheet, None)
    cell.alignment = WRAP
    return cell
