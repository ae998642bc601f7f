"""Database values as the export writes them, formula-looking text marked (no openpyxl here).

The export's rows are made from these plain values, in this process or in a separate one
(:mod:`caseworker.xlsx.export.process`); only the writer turns the marked text into cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from typing import Any

from caseworker.dates import EventDate
from caseworker.errors import CaseworkerError
from caseworker.i18n import Plurals, translate
from caseworker.vocab import DatePrecision
from caseworker.xlsx.workbook.language import choice_labels, sheet_title
from caseworker.xlsx.workbook.schema import Kind, Sheet

# A spreadsheet runs text beginning with these as a formula (or, for +, - and @, turns it into
# one as soon as someone edits the cell).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
# The error values a cell may hold (openpyxl's ERROR_CODES): text equal to one must stay text.
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# Characters XML 1.0 cannot carry; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: The most characters a spreadsheet cell holds; a longer text would be cut by Excel.
CELL_LIMIT = 32_767

# The kinds of column that hold text, where formula-looking text may appear.
TEXT_KINDS = (Kind.TEXT, Kind.KEY, Kind.CHECKSUM)
# The positions of a row's text that must be written as forced text, or None (the usual case).
Quoted = tuple[int, ...] | None


class Xlsx(Plurals):
    """The workbook's plural messages."""


class TooLongForACell(CaseworkerError):
    """A stored text is longer than a spreadsheet cell holds: the export says so, never cuts."""


def too_long(sheet: Sheet, text: str) -> TooLongForACell:
    start = " ".join(text[:40].split())
    return TooLongForACell(
        Xlsx.tr(
            "A text on the sheet {sheet} has %n character(s), more than a spreadsheet cell "
            "holds ({limit}); it begins “{start}…”. Shorten it in the program and export "
            "again. No file was written.",
            None,
            len(text),
        ).format(sheet=sheet_title(sheet.name), limit=CELL_LIMIT, start=start)
    )


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


def clean_export_text(text: str) -> str:
    return _ILLEGAL.sub("", text)


def event_value(value: EventDate) -> Any:
    """An Excel date for an exact day, else the event's text (2026-04, ~2026-04-02, ...)."""
    return value.earliest if value.precision is DatePrecision.DAY else value.to_text()


class RowValues:
    """Turns a sheet's rows of database values into plain cell values, formula text marked.

    Choices become their label in the user's language, as the window and the dropdowns show
    them (the import reads them back in any language; the checksums are made before, from
    the stored values), a true flag the word "yes", events a date or their text, moments UTC
    without a zone (Excel knows none), empty text None, characters XML cannot carry are
    dropped; dates, numbers and versions go in as they are. Text that looks like a formula
    is kept as text and its position returned, for the writer to force it to text. The
    conversions run inline over the row, not as a call per cell: this runs for every row of
    the export.
    """

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.text = sheet.positions(*TEXT_KINDS)
        self.choice = tuple(
            (i, choice_labels(column.enum))
            for i, column in enumerate(sheet.columns)
            if column.kind is Kind.CHOICE and column.enum is not None
        )
        self.yes = translate("Xlsx", "yes")
        self.event = sheet.positions(Kind.EVENT)
        self.moment = sheet.positions(Kind.MOMENT)

    def __call__(self, values: Sequence[Any]) -> tuple[list[Any], Quoted]:
        row = list(values)
        quoted: Quoted = None
        for i, labels in self.choice:
            value = row[i]
            if value is not None:
                row[i] = labels.get(value, value)
        for i in self.text:
            value = row[i]
            if not value:
                row[i] = None
                continue
            if type(value) is str:
                if len(value) > CELL_LIMIT:  # stored before text was limited where typed
                    raise too_long(self.sheet, value)
                # The common case, inline: plain text that needs nothing done.
                first = value[0]
                if first in FORMULA_FIRST or (first == "#" and value in ERROR_CODES):
                    row[i] = clean_export_text(value)
                    quoted = (*quoted, i) if quoted else (i,)
                    continue
                if value.isprintable() or not _ILLEGAL.search(value):
                    continue
            elif value is True:
                row[i] = self.yes
                continue
            elif not isinstance(value, str):
                continue
            # Cleaned first: what is left of "\x01=A1" is a formula.
            text = clean_export_text(str(value))
            row[i] = text or None
            if text and looks_like_formula(text):
                quoted = (*quoted, i) if quoted else (i,)
        for i in self.event:
            value = row[i]
            if value is not None:
                row[i] = event_value(value)
        for i in self.moment:
            value = row[i]
            if value is not None and value.tzinfo is not None:
                row[i] = value.astimezone(UTC).replace(tzinfo=None)
        return row, quoted
