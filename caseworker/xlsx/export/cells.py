"""The export's cells: text forced to stay text, and the styled headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from caseworker.xlsx.export.values import Quoted

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="4F6D8F")
# A header wider than its column wraps onto a second line rather than being cut.
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """A cell holding ``text`` as a string, never a formula nor an error value.

    openpyxl makes any string beginning with "=" a formula, in write-only mode too; forcing the
    data type writes an inline string. The quote prefix keeps Excel from turning the text into
    a formula when someone edits the cell.
    """
    cell = WriteOnlyCell(sheet, None)
    cell.value = text
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGNMENT
    return cell


class QuotedCells:
    """Puts the marked text of a row (see :class:`~caseworker.xlsx.export.values.RowValues`)
    in cells.

    A text cell is made once per column and reused row after row: openpyxl writes an appended
    row at once, and styling a fresh cell for every phone number ("+7...") costs more than the
    rest of the row.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, positions: Sequence[int]) -> None:
        self._cells = {position: text_cell(sheet, "") for position in positions}

    def __call__(self, row: list[Any], quoted: Quoted) -> list[Any]:
        if quoted:
            for i in quoted:
                cell = self._cells[i]
                cell.value = row[i]
                cell.data_type = "s"
                row[i] = cell
        return row
