"""Spreadsheet cells: forced text, headers, and the values read back from cells."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from caseworker.xlsx.schema import Kind
from caseworker.xlsx.values import Quoted

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
    """Puts the marked text of a row (see :class:`caseworker.xlsx.values.RowValues`) in cells.

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


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


# The earliest day a date cell may give as a date: the field cleaners refuse earlier years
# when they read text, and a date before it can only come from a serial below 1 (Excel's
# 1900-01-00) or a negative one, which no calendar of Excel's shows.
FIRST_DAY = date(1900, 1, 1)
# A version is a small whole number; longer digit strings are no version (and Python will
# not convert more than 4,300 digits).
_VERSION_DIGITS = 15


def _version(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None  # not for NaN and infinities
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= _VERSION_DIGITS:
            return int(text)
    return None


def from_cell(kind: Kind, value: Any) -> Any:
    """The value of a cell as the field cleaners take it: text, a date or a version number.

    A date before 1900 goes to a date column as text, for the cleaner to refuse it as it
    refuses the same date typed; so does 29 February 1900 (which the reader gives as text).
    """
    if kind is Kind.VERSION:
        return _version(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if kind is Kind.DATE and value >= FIRST_DAY else value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text.strip() if kind in (Kind.KEY, Kind.CHOICE, Kind.CHECKSUM) else text
