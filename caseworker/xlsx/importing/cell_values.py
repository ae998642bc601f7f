"""The values read back from a workbook's cells, as the field cleaners take them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caseworker.xlsx.workbook.columns import Kind


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
