"""Values between the database and spreadsheet cells, with formula-looking text kept as text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from caseworker.dates import EventDate
from caseworker.vocab import DatePrecision
from caseworker.xlsx.schema import Kind

# A spreadsheet runs text beginning with these as a formula (or, for +, - and @, turns it into
# one as soon as someone edits the cell).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
_ERROR_CODES = frozenset(ERROR_CODES)
# Characters XML 1.0 cannot carry; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="4F6D8F")
HEADER_ALIGNMENT = Alignment(vertical="center")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or text in _ERROR_CODES


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


def clean_export_text(text: str) -> str:
    return _ILLEGAL.sub("", text)


class RowCells:
    """Turns a sheet's rows of database values into what to append: plain values, text cells.

    Plain values (str, int, date) are what openpyxl writes cheapest in write-only mode; only
    formula-looking text needs a cell of its own, forced to text with a quote prefix. That
    cell is made once per column and reused row after row: openpyxl writes an appended row
    at once, and styling a fresh cell for every phone number ("+7...") costs more than the
    rest of the row. The conversions run inline over the row, not as a call per cell.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, kinds: Sequence[Kind]) -> None:
        def at(*wanted: Kind) -> tuple[int, ...]:
            return tuple(i for i, kind in enumerate(kinds) if kind in wanted)

        # Dates, numbers and versions go in as they are.
        self.text = at(Kind.TEXT, Kind.KEY, Kind.CHECKSUM)
        self.choice = at(Kind.CHOICE)
        self.event = at(Kind.EVENT)
        self.moment = at(Kind.MOMENT)
        self._cells = {position: text_cell(sheet, "") for position in self.text}

    def _forced_text(self, position: int, value: str) -> WriteOnlyCell:
        cell = self._cells[position]
        cell.value = clean_export_text(value)
        cell.data_type = "s"
        return cell

    def _text(self, position: int, value: Any) -> Any:
        if value is True:
            return "yes"
        if not isinstance(value, str):
            return value
        # Cleaned first: what is left of "\x01=A1" is a formula.
        text = clean_export_text(str(value))
        if not text:
            return None
        return self._forced_text(position, text) if looks_like_formula(text) else text

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        row = list(values)
        for i in self.choice:
            value = row[i]
            if value is not None:
                row[i] = value._value_
        for i in self.text:
            value = row[i]
            if not value:
                row[i] = None
            elif type(value) is str:
                # The common case, inline: plain text that needs nothing done.
                first = value[0]
                if first in FORMULA_FIRST or (first == "#" and value in _ERROR_CODES):
                    row[i] = self._forced_text(i, value)
                elif not value.isprintable() and _ILLEGAL.search(value):
                    row[i] = self._text(i, value)
            else:
                row[i] = self._text(i, value)
        for i in self.event:
            value = row[i]
            if value is not None:
                row[i] = event_value(value)
        for i in self.moment:
            value = row[i]
            if value is not None and value.tzinfo is not None:
                # Excel knows no time zones: write UTC.
                row[i] = value.astimezone(UTC).replace(tzinfo=None)
        return row


def event_value(value: EventDate) -> Any:
    """An Excel date for an exact day, else the event's text (2026-04, ~2026-04-02, ...)."""
    return value.earliest if value.precision is DatePrecision.DAY else value.to_text()


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def from_cell(kind: Kind, value: Any) -> Any:
    """The value of a cell as the field cleaners take it: text, a date or a version number."""
    if kind is Kind.VERSION:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value) if float(value).is_integer() else None
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return None
    if value is None:
        return ""
    if isinstance(value, datetime):
        day = value.date()
        return day if kind is Kind.DATE else day.isoformat()
    if isinstance(value, date):
        return value if kind is Kind.DATE else value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text.strip() if kind in (Kind.KEY, Kind.CHOICE, Kind.CHECKSUM) else text
