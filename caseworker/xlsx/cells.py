"""Values between the database and spreadsheet cells, with formula-looking text kept as text."""

from __future__ import annotations

import re
from collections.abc import Callable
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


Converter = Callable[[Any], Any]


def identity(value: Any) -> Any:
    return value


def _choice(value: Any) -> Any:
    return None if value is None else value.value


def _event(value: Any) -> Any:
    assert isinstance(value, EventDate)
    return value.earliest if value.precision is DatePrecision.DAY else value.to_text()


def _moment(value: Any) -> Any:
    # Excel knows no time zones: write UTC.
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def converter(sheet: WriteOnlyWorksheet, kind: Kind) -> Converter:
    """How to turn a column's values into what to append: a plain value or a text cell.

    The text cell of a column is made once and reused row after row: openpyxl writes an
    appended row at once, and styling a fresh cell for every phone number ("+7...") costs
    more than the rest of the row.
    """
    if kind in (Kind.DATE, Kind.NUMBER, Kind.VERSION):
        return identity
    if kind is Kind.CHOICE:
        return _choice
    if kind is Kind.EVENT:
        return _event
    if kind is Kind.MOMENT:
        return _moment

    reused = text_cell(sheet, "")

    def text(value: Any) -> Any:
        if not value:
            return None
        if value is True:
            return "yes"
        if not isinstance(value, str):
            return value
        if value[0] in FORMULA_FIRST or value in _ERROR_CODES:
            reused.value = clean_export_text(value)
            reused.data_type = "s"
            return reused
        if _ILLEGAL.search(value):
            return clean_export_text(value)
        return value

    return text


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
