"""A sheet's rows and the shared texts, streamed from their XML with lxml.

openpyxl's read-only reader builds each row whole before it can be counted, keeps every
element outside the rows, and raises whatever Python raises on a cell that no spreadsheet
program writes ("abc" marked as a number, a shared text that is not there, a column past
XFD). This reads only what the import needs, frees each row once read, and refuses such a
cell with a sentence that names it. Values come out as openpyxl's would: text, int or
float, bool, and dates or times for numbers in a date style.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx.importing.container import XmlStream, damaged
from caseworker.xlsx.importing.refusal import ImportRefused, clipped, refuse
from caseworker.xlsx.workbook.columns import Limits

MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, FORMULA, INLINE, TEXT, RUN, SHARED = (
    _NS + tag for tag in ("row", "c", "v", "f", "is", "t", "r", "si")
)
# No document type, no entities, no network; lxml's own limits on depth and text stay on.
_PARSER = {
    "events": ("end",),
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_COLUMNS = {get_column_letter(i): i for i in range(1, MAX_COLUMN + 1)}
# Serial 60 of the 1900 calendar is 29 February 1900, a day Excel counts and that never was.
LEAP_BUG_DAY = "1900-02-29"


@dataclass(frozen=True, slots=True)
class CellFormats:
    """What turns a number into a date: the workbook's date and duration styles (their ids
    as the cells write them) and its calendar."""

    dates: frozenset[str]
    durations: frozenset[str]
    epoch: datetime


def _iterparse(stream: XmlStream, tag: str) -> Any:
    return etree.iterparse(stream, tag=tag, **_PARSER)


def _free(element: Any) -> None:
    """Drop ``element``'s content and everything before it: the rows already read."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def text_of(node: Any) -> str:
    """The text of a shared or inline string: its plain text and its runs', without the
    phonetic guide."""
    parts = []
    for child in node:
        if child.tag == TEXT:
            parts.append(child.text or "")
        elif child.tag == RUN:
            parts.append(child.findtext(TEXT) or "")
    return parts[0] if len(parts) == 1 else "".join(parts)


def shared_strings(stream: XmlStream, limits: Limits) -> list[str]:
    strings: list[str] = []
    try:
        for _event, node in _iterparse(stream, SHARED):
            # As openpyxl reads them: Excel's escape of an underscore is dropped.
            strings.append(text_of(node).replace("x005F_", ""))
            if len(strings) > limits.max_shared_strings:
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "Xlsx",
                        "“{name}” holds more than {limit} different texts; the import takes "
                        "at most {limit}.",
                    ),
                    name=stream.name,
                    limit=limits.max_shared_strings,
                )
            _free(node)
    except etree.LxmlError:
        raise damaged(stream.name) from None
    return strings


def sheet_rows(
    stream: XmlStream, sheet: str, shared: list[str], formats: CellFormats, limits: Limits
) -> Iterator[tuple[int, dict[int, Any]]]:
    """Each row of the sheet, in order: its number and its cells' values by position
    (0 for column A); a cell without a value is left out."""
    stream.sheet = sheet
    previous = 0
    cells_left = limits.max_cells
    try:
        for _event, row in _iterparse(stream, ROW):
            number = _row_number(row.get("r"), previous, sheet)
            cells_left -= len(row)
            if cells_left < 0:
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "Xlsx",
                        "Sheet “{sheet}” has more than {limit} cells; the import takes at most "
                        "{limit}.",
                    ),
                    sheet=sheet,
                    limit=limits.max_cells,
                )
            cells = _Row(sheet, number, shared, formats).cells(row)
            _free(row)
            stream.row_read(number)
            previous = number
            yield number, cells
    except etree.LxmlError:
        raise damaged(stream.name) from None


def row_values(
    row: Any, sheet: str, number: int, shared: list[str], formats: CellFormats
) -> dict[int, Any]:
    """The values of one row element's cells by position, as :func:`sheet_rows` gives
    them (raises :class:`ImportRefused` as it does)."""
    return _Row(sheet, number, shared, formats).cells(row)


def _row_number(text: str | None, previous: int, sheet: str) -> int:
    if text is None:
        number = previous + 1
    elif len(text) <= 7 and text.isascii() and text.isdigit():
        number = int(text)
    else:
        number = 0
    if not previous < number <= MAX_ROW:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Sheet “{sheet}”: “{value}” is not a row number a spreadsheet has, or is out "
                "of order; the file is damaged.",
            ),
            sheet=sheet,
            value=clipped(str(number) if text is None else text),
        )
    return number


class _Row:
    """The values of one row's cells."""

    def __init__(self, sheet: str, number: int, shared: list[str], formats: CellFormats) -> None:
        self.sheet, self.number, self.shared, self.formats = sheet, number, shared, formats
        self.digits = str(number)
        self.cell = ""  # the cell being read, for a sentence

    def cells(self, row: Any) -> dict[int, Any]:
        values: dict[int, Any] = {}
        column = 0
        for cell in row.iterchildren(CELL):
            reference = cell.get("r")
            if reference is None:
                column += 1
                reference = f"{get_column_letter(column)}{self.digits}"
                if column > MAX_COLUMN:
                    raise self._bad_reference(reference)
            else:
                letters = reference.rstrip("0123456789")
                column = _COLUMNS.get(letters) or _COLUMNS.get(letters.upper(), 0)
                if not column or reference[len(letters) :] != self.digits:
                    raise self._bad_reference(reference)
            self.cell = reference
            value = self._value(cell)
            if value is not None:
                values[column - 1] = value
        return values

    def _value(self, cell: Any) -> Any:
        if cell.find(FORMULA) is not None:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, cell {cell} holds a formula. Replace formulas with their "
                    "values (copy, paste values) and import again.",
                ),
                sheet=self.sheet,
                cell=self.cell,
            )
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            node = cell.find(INLINE)
            return None if node is None else text_of(node)
        raw = cell.findtext(VALUE)
        if not raw:
            return None
        if kind == "n":
            return self._number(raw, cell.get("s"))
        if kind == "s":
            return self._shared(raw)
        if kind == "str":
            return raw
        if kind == "b":
            return self._boolean(raw)
        if kind == "d":
            try:
                return from_ISO8601(raw)
            except (ValueError, OverflowError, TypeError):
                return raw  # the date cleaner says what is wrong with it
        if kind == "e":
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, cell {cell} holds the error {value}. Replace it with a "
                    "value or clear the cell, and import again.",
                ),
                sheet=self.sheet,
                cell=self.cell,
                value=clipped(raw),
            )
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Sheet “{sheet}”, cell {cell} has a kind of value (“{value}”) that spreadsheets "
                "do not write; the file is damaged.",
            ),
            sheet=self.sheet,
            cell=self.cell,
            value=clipped(kind),
        )

    def _number(self, raw: str, style: str | None) -> Any:
        number: int | float
        try:
            if not _NUMBER.fullmatch(raw):
                raise ValueError(raw)
            number = float(raw) if "." in raw or "e" in raw or "E" in raw else int(raw)
        except ValueError:  # also an int of more digits than Python converts
            number = math.nan
        if not math.isfinite(number):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, cell {cell} is marked as a number but holds “{value}”; "
                    "the file is damaged.",
                ),
                sheet=self.sheet,
                cell=self.cell,
                value=clipped(raw),
            )
        if style is None or (
            style not in self.formats.dates and style not in self.formats.durations
        ):
            return number
        epoch = self.formats.epoch
        if style in self.formats.dates and epoch == CALENDAR_WINDOWS_1900 and 60 <= number < 61:
            return LEAP_BUG_DAY
        try:
            return from_excel(number, epoch, timedelta=style in self.formats.durations)
        except (OverflowError, ValueError):
            return number  # no calendar has it: the date cleaner says so

    def _shared(self, raw: str) -> str:
        if len(raw) <= 10 and raw.isascii() and raw.isdigit() and int(raw) < len(self.shared):
            return self.shared[int(raw)]
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Sheet “{sheet}”, cell {cell} refers to a shared text that is not in the file; "
                "the file is damaged.",
            ),
            sheet=self.sheet,
            cell=self.cell,
        )

    def _boolean(self, raw: str) -> bool:
        if raw in ("1", "true"):
            return True
        if raw in ("0", "false"):
            return False
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Sheet “{sheet}”, cell {cell} is marked as true or false but holds “{value}”; "
                "the file is damaged.",
            ),
            sheet=self.sheet,
            cell=self.cell,
            value=clipped(raw),
        )

    def _bad_reference(self, reference: str) -> ImportRefused:
        return refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Sheet “{sheet}”, row {row}: “{value}” is not a cell of this row in a "
                "spreadsheet; the file is damaged.",
            ),
            sheet=self.sheet,
            row=self.number,
            value=clipped(reference),
        )
