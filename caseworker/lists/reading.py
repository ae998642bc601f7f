"""A published list's file read into a header and rows of cell text, or refused with a sentence.

- **.xlsx**: the file and its zip are checked as the workbook import checks them
  (:mod:`caseworker.xlsx.importing.container`: the size, the zip's directory, the sizes the
  parts declare), then every part is unpacked once under watch (XML parts for what no
  spreadsheet program writes, every part counted and its checksum verified), and only then
  does python-calamine read the values of the first sheet that has any.
- **.csv** (or .txt, .tsv): ``;``, ``,`` or tab between cells (the one the header line uses
  most), UTF-8 with or without a byte-order mark, else Windows-1251 as Russian Excel saves.
- **pasted text**: tab-separated lines, the first one the header.

The header is the first row that is not empty; rows are numbered as a spreadsheet shows the
file (the header of a file that starts with it is row 1, the first entry row 2). Rows with no
text at all are not entries and are skipped. The whole file is read into memory once (at most
:data:`MAX_BYTES`), so that the bytes hashed, read and kept in the vault are the same.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.xlsx.importing.container import (
    OLE_MAGIC,
    ZIP_MAGIC,
    Parts,
    check_file,
    damaged,
    open_regular,
    too_big,
)
from caseworker.xlsx.importing.refusal import ImportRefused
from caseworker.xlsx.workbook.columns import Limits

_MB = 1024 * 1024
#: The largest list file taken (a list of 100,000 names is a few MB).
MAX_BYTES = 50 * _MB
#: The most entries a list may have, and columns a row.
MAX_ROWS = 200_000
MAX_COLUMNS = 500
#: The cells of a sheet's block from A1 to its farthest cell (python-calamine holds them all).
MAX_CELLS = 5_000_000
#: Empty rows a sheet may have above or among its entries.
_SPARE_ROWS = 1_000
#: A cell's text, as a spreadsheet program allows it.
MAX_CELL_CHARS = 32_767
#: What a list workbook may unpack to: far less than the case workbook's import allows.
LIMITS = Limits(
    max_bytes=MAX_BYTES,
    max_rows=MAX_ROWS,
    max_unpacked_bytes=256 * _MB,
    max_parts=1_000,
    max_part_bytes=128 * _MB,
    max_small_part_bytes=8 * _MB,
)
_CHUNK = _MB
_DELIMITERS = (";", "\t", ",")
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

__all__ = ["MAX_BYTES", "ListTable", "read_list_file", "read_pasted"]


@dataclass(frozen=True, slots=True)
class ListTable:
    """A list's file as read: its bytes' SHA-256, the header and the rows of cell text."""

    name: str
    data: bytes
    sha256: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells in header order)
    header_row: int = 1


def _refuse(text: str, **values: Any) -> ImportRefused:
    return ImportRefused(translate("Lists", text).format(**values))


def read_list_file(path: Path) -> ListTable:
    """The list in ``path`` (.xlsx, else text), or :class:`ImportRefused` saying why not."""
    name = path.name or str(path)
    with open_regular(path) as stream:
        magic = stream.read(len(ZIP_MAGIC))
        stream.seek(0)
        if magic == ZIP_MAGIC or path.suffix.lower() in XLSX_SUFFIXES:
            check_file(stream, name, LIMITS)  # the zip's directory, before Python reads it
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists", "“{name}” is larger than {limit} MB; a list file can be at most that."
            ),
            name=name,
            limit=MAX_BYTES // _MB,
        )
    if data.startswith(ZIP_MAGIC):
        return _table(name, data, _workbook_rows(data, name))
    if data.startswith(OLE_MAGIC):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists",
                "“{name}” is an old Excel file (.xls) or is password-protected. Save it as an "
                "Excel workbook (.xlsx) or as CSV and import it again.",
            ),
            name=name,
        )
    return _table(name, data, _text_rows(_decode(data, name), name))


def read_pasted(text: str, name: str = "pasted.tsv") -> ListTable:
    """Pasted text: tab-separated lines, the header first. Raises :class:`ImportRefused`."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    data = normalised.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists", "The pasted text is larger than {limit} MB; a list can be at most that."
            ),
            limit=MAX_BYTES // _MB,
        )
    return _table(name, data, _text_rows(normalised, name, delimiter="\t"))


def _table(name: str, data: bytes, rows: list[tuple[int, list[str]]]) -> ListTable:
    if not rows:
        raise _refuse(
            QT_TRANSLATE_NOOP("Lists", "“{name}” has no rows: not even a header."), name=name
        )
    header_row, header = rows[0]
    width = max(len(cells) for _, cells in rows)
    if width > MAX_COLUMNS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists", "“{name}” has {count} columns; a list can have at most {limit}."
            ),
            name=name,
            count=width,
            limit=MAX_COLUMNS,
        )
    if len(rows) - 1 > MAX_ROWS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists", "“{name}” has more than {limit} rows; split the list and import the parts."
            ),
            name=name,
            limit=MAX_ROWS,
        )
    headers = _unique_headers(header, width)
    body = tuple(
        (number, tuple(cells) + ("",) * (width - len(cells)))
        for number, cells in rows[1:]
        if any(cells)
    )
    digest = hashlib.sha256(data).hexdigest()
    return ListTable(name, data, digest, headers, body, header_row)


def _unique_headers(header: list[str], width: int) -> tuple[str, ...]:
    """The header's texts, an empty one named after its column, a repeated one numbered."""
    seen: dict[str, int] = {}
    result = []
    for index in range(width):
        text = " ".join((header[index] if index < len(header) else "").split())
        if not text:
            text = translate("Lists", "Column {number}").format(number=index + 1)
        count = seen.get(text, 0) + 1
        seen[text] = count
        result.append(text if count == 1 else f"{text} ({count})")
    return tuple(result)


def _check_cell(text: str, name: str, row: int) -> str:
    if len(text) > MAX_CELL_CHARS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists",
                "Row {row} of “{name}” holds a cell longer than {limit} characters; no "
                "spreadsheet program writes one. The file is not imported.",
            ),
            row=row,
            name=name,
            limit=MAX_CELL_CHARS,
        )
    # A NUL byte is never text a list publishes, and a PostgreSQL server refuses it in text.
    return text.replace("\x00", "").strip()


def _too_far(name: str, row: int, column: int) -> ImportRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Lists",
            "“{name}” has cells as far as row {row} and column {column}, more than a list "
            "takes; copy the list into a new workbook and import that.",
        ),
        name=name,
        row=row,
        column=column,
    )


# -- text ----------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:65536]:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists",
                "“{name}” is not a text file or a workbook: save the list as .xlsx or .csv.",
            ),
            name=name,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Russian Excel saves "CSV" in Windows-1251; it decodes every byte but one.
        return data.decode("cp1251", errors="replace")


def _delimiter(text: str) -> str:
    first = next((line for line in text.split("\n", 50) if line.strip()), "")
    counts = {mark: first.count(mark) for mark in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda mark: counts[mark])
    return best if counts[best] else ";"


def _text_rows(text: str, name: str, delimiter: str | None = None) -> list[tuple[int, list[str]]]:
    mark = delimiter or _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=mark)
    rows: list[tuple[int, list[str]]] = []
    number = counted = 0
    try:
        for cells in reader:
            number += 1
            if len(rows) > MAX_ROWS + 1:
                break
            if len(cells) > MAX_COLUMNS:
                _table(name, b"", [(number, cells)])  # refuses with the count
            cleaned = [_check_cell(cell, name, number) for cell in cells]
            while cleaned and not cleaned[-1]:
                cleaned.pop()  # "Шумов;;;;" as Excel pads a row
            counted += len(cleaned)
            if counted > MAX_CELLS:
                raise _too_far(name, number, len(cells))
            if rows or cleaned:
                rows.append((number, cleaned))
    except csv.Error:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists",
                "Row {row} of “{name}” cannot be read as CSV: a cell is too long or its quotes "
                "do not close.",
            ),
            row=number + 1,
            name=name,
        ) from None
    return rows


# -- workbooks -----------------------------------------------------------------------------


class _Extent:
    """How far a sheet's cells reach, read from its XML as it is unpacked (an upper bound).

    python-calamine keeps a sheet as a dense block from A1 to its farthest cell: one cell at
    XFD1048576 would have it ask for half a terabyte and abort the program. A cell or row
    with its place written (``r="B7"``) reaches that place; one without takes the next.
    """

    _TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")
    _PLACE = re.compile(rb"""\br\s*=\s*["']([A-Za-z]{0,8})(\d{1,15})["']""")

    def __init__(self) -> None:
        self.row = 0  # the farthest row named
        self.column = 0  # the farthest column named
        self.unplaced_rows = 0
        self.unplaced_cells = 0
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        text = self._tail + chunk
        cut = text.rfind(b"<")
        cut = len(text) if cut < 0 else cut
        self._tail = text[cut:]
        for tag in self._TAG.finditer(text, 0, cut):
            place = self._PLACE.search(tag.group(2))
            if tag.group(1) == b"row":
                if place is None:
                    self.unplaced_rows += 1
                else:
                    self.row = max(self.row, int(place.group(2)))
            elif place is None:
                self.unplaced_cells += 1
            else:
                self.row = max(self.row, int(place.group(2)))
                self.column = max(self.column, _column_number(place.group(1)))

    def refuse_if_too_far(self, name: str) -> None:
        height = self.row + self.unplaced_rows
        width = self.column + self.unplaced_cells
        if height > MAX_ROWS + _SPARE_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS:
            raise _too_far(name, height, width)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def _unpack_under_watch(data: bytes, name: str) -> None:
    """Unpack every part once, counted, before python-calamine reads any.

    ``Parts`` refuses a zip whose directory or declared sizes are beyond :data:`LIMITS`;
    XML parts are then streamed through its watch and measured (:class:`_Extent`), and other
    parts (pictures) read with their checksum verified, so that no part unpacks to more than
    it declared.
    """
    parts = Parts(io.BytesIO(data), name, LIMITS)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        for part in parts.namelist():
            if part.endswith("/"):
                continue
            if part.endswith((".xml", ".rels")):
                extent = _Extent()
                with parts.stream(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        extent.feed(chunk)
                extent.refuse_if_too_far(name)
                continue
            try:
                with archive.open(part) as raw:
                    while raw.read(_CHUNK):
                        pass
            except Exception:  # a CRC mismatch, a bad header, an unknown compression
                raise damaged(name) from None
    finally:
        parts.close()


def _workbook_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    _unpack_under_watch(data, name)
    from python_calamine import CalamineWorkbook  # imported when a workbook is read

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for index in range(len(workbook.sheet_names)):
            sheet = workbook.get_sheet_by_index(index)
            if sheet.height > MAX_ROWS + 1 or sheet.width > MAX_COLUMNS:
                raise too_big(name)
            values = sheet.to_python(skip_empty_area=False)
            if any(any(cell not in ("", None) for cell in row) for row in values):
                break
        else:
            return []
    except ImportRefused:
        raise
    except Exception:  # calamine's own errors on a damaged part
        raise damaged(name) from None
    rows: list[tuple[int, list[str]]] = []
    for number, row in enumerate(values, start=1):
        cells = [_check_cell(_cell_text(value), name, number) for value in row]
        if rows or any(cells):
            rows.append((number, cells))
    return rows


def _cell_text(value: Any) -> str:
    """A cell's value as the list shows it: whole numbers without ".0", days as 1990-05-14."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta | time):
        return ""
    return str(value)
