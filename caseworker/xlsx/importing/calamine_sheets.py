"""The values of ordinary sheets, read with python-calamine (Rust) rather than cell by cell
in Python.

Each sheet is unpacked once through the watched zip (:mod:`container`: every limit on sizes
and on what the XML holds) and checked to be ordinary (:mod:`ordinary`). calamine then reads
a workbook made here in memory from exactly those checked bytes, stored without
compression: its own workbook, relationships and styles (a date style where openpyxl found
one, no other; the workbook's calendar), the shared texts and the ordinary sheets. It never
sees the file itself, so nothing it reads was not checked, and no part can be one thing to
openpyxl and another to calamine. A sheet that is not ordinary, or anything calamine fails
on, goes to the XML reader (:mod:`sheet_xml`), which reads it or refuses it as before.

A big sheet goes to calamine in parts (:class:`SheetPart`): the XML around its rows with
some of its rows, each part as soon as its rows are checked, so that calamine parses the
first rows while the grammar checks the next (:mod:`calamine_queue` runs the parses in
threads of their own). The parts' values are put together as calamine reads the whole
sheet, and used only once every row is found ordinary.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from caseworker.xlsx.importing.container import Parts
from caseworker.xlsx.importing.ordinary import (
    MAIN,
    ROWS_CLOSE,
    ROWS_OPEN,
    ordinary,
    row_grammar,
)
from caseworker.xlsx.importing.refusal import ImportRefused
from caseworker.xlsx.importing.sheet_xml import CellFormats, row_values
from caseworker.xlsx.workbook.columns import Limits

_RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_TYPES = "application/vnd.openxmlformats"
# Shared texts that calamine reads otherwise than the XML reader: runs and phonetic guides,
# escapes such as _x000D_, carriage returns.
_UNUSUAL_SHARED = re.compile(rb"<[\w.-]+:|<r(?:Ph)?[\s>/]|_[xX]|\r|&#(?:x[dD]|13);")
# A sheet declared bigger than this is streamed by the XML reader: calamine's path holds
# the sheet's XML whole, a workbook made of it and calamine's copy at one moment.
LARGEST_SHEET = 256 * 2**20
#: A sheet's rows go to calamine in parts of about this many bytes of XML, as they are
#: checked: its parse of the first begins while the next are checked.
PART_BYTES = 8 * 2**20
#: Each part holds the XML around the rows, parsed again with each: a sheet with more than
#: this many bytes around its rows (no spreadsheet program writes that much) is one part.
AROUND_BYTES = 2**20

#: A part's rows as calamine reads them, or None when it fails on them.
PartValues = list[list[Any]] | None


@dataclass(frozen=True, slots=True)
class CalamineSheet:
    """An ordinary sheet: its header row read exactly by the XML reader, and the values of
    rows 2 on read by calamine, a list per row ("" for a cell without a value)."""

    header: dict[int, Any]
    values: list[list[Any]]


@dataclass(frozen=True, slots=True)
class SheetPart:
    """Rows of a sheet found ordinary, in a one-sheet workbook of checked bytes that
    calamine reads (:func:`part_values`): the sheet's rows from index ``first`` (from 0)
    to number ``last`` (from 1), which its XML holds with the rows missing between them."""

    package: io.BytesIO
    size: int  # the package's bytes
    first: int
    last: int


#: Has calamine parse a part (in another thread): its values, once parsed.
Parse = Callable[[SheetPart], "Future[PartValues]"]


@dataclass(frozen=True, slots=True)
class CheckedSheet:
    """A sheet found ordinary: its header row, how many rows it has, and the parts of it
    calamine parses (:func:`calamine_values` puts their values together)."""

    header: dict[int, Any]
    rows: int
    parts: list[Future[PartValues]]
    size: int  # the parts' bytes


class CalamineReader:
    """Checks the ordinary sheets of a workbook, one at a time, and makes the workbook each
    is read from (only the sheet being checked is unpacked at a time)."""

    def __init__(
        self,
        parts: Parts,
        shared_part: str | None,
        shared: list[str],
        formats: CellFormats,
        limits: Limits,
    ) -> None:
        self._parts, self._shared, self._formats, self._limits = parts, shared, formats, limits
        self._shared_xml: bytes | None = b""
        if shared_part is not None:
            xml = _whole(parts, shared_part)
            self._shared_xml = xml if xml and _plain_shared(xml, shared) else None
        self._grammars: dict[bool, re.Pattern[bytes]] = {}

    def checked(self, part: str, title: str, numbers: bool, parse: Parse) -> CheckedSheet | None:
        """The sheet in ``part`` (named ``title`` in sentences; ``numbers``: whether it may
        hold numbers) given to calamine by ``parse`` in parts as it is checked, or None
        when it is not ordinary."""
        if self._shared_xml is None or self.declared_size(part) > LARGEST_SHEET:
            return None
        data = _whole(self._parts, part)
        if data is None:
            return None
        if numbers not in self._grammars:
            formats = self._formats
            self._grammars[numbers] = row_grammar(formats.dates, formats.durations, numbers)
        # (Reading the part whole checked it against the CRC-32 the zip declares.)
        parts = _Parts(data, self._parts.crc(part), self._shared_xml, self._formats, parse)
        every = PART_BYTES if parts.around <= AROUND_BYTES else len(data)
        found = ordinary(data, self._grammars[numbers], self._limits, parts.checked, every)
        header = None if found is None else self._header(found.first_row, title)
        if found is None or header is None:
            parts.cancel()
            return None
        return CheckedSheet(header, found.rows, parts.parsing, parts.size)

    def _header(self, first_row: bytes, title: str) -> dict[int, Any] | None:
        """The header row read exactly by the XML reader, or None if it refuses it."""
        row = etree.fromstring(b'<sheetData xmlns="' + MAIN + b'">' + first_row + b"</sheetData>")
        try:
            return row_values(row[0], title, 1, self._shared, self._formats)
        except ImportRefused:
            return None

    def declared_size(self, part: str) -> int:
        """The sheet's size unpacked, as its zip declares it."""
        try:
            return self._parts.declared_size(part)
        except KeyError:
            return 0  # the XML reader says that it is missing


def _whole(parts: Parts, part: str) -> bytes | None:
    """A part unpacked whole under the container's watch, or None if the watch objects (the
    XML reader then says why, in its order)."""
    try:
        with parts.stream(part) as stream:
            return b"".join(iter(partial(stream.read, 1 << 20), b""))
    except (ImportRefused, KeyError):
        return None


def _plain_shared(xml: bytes, shared: list[str]) -> bool:
    """Whether calamine reads the shared texts as the XML reader read them: each ``si``
    in the main namespace, no prefixed element, nothing calamine reads otherwise."""
    if _UNUSUAL_SHARED.search(xml) or xml.count(b"xmlns=") != 1:
        return False
    if not xml.count(b"<si") == xml.count(b"<si>") == len(shared):
        return False
    if xml.count(b"<t>") + xml.count(b"<t ") != len(shared):  # one text in each
        return False
    return all(text and text == text.strip(" \t\n") for text in shared)


class _Parts:
    """A sheet's rows given to calamine as they are checked (see :data:`ordinary.Checked`),
    each part with the XML around the rows."""

    def __init__(
        self, data: bytes, crc: int, shared: bytes, formats: CellFormats, parse: Parse
    ) -> None:
        self._data, self._crc, self._shared, self._formats = data, crc, shared, formats
        self._parse = parse
        self._opening = data.find(ROWS_OPEN) + len(ROWS_OPEN)
        self._closing = data.rfind(ROWS_CLOSE)
        self.around = self._opening + len(data) - self._closing  # bytes not of the rows
        self._after = 0  # the number of the last row given
        self.parsing: list[Future[PartValues]] = []
        self.size = 0

    def checked(self, start: int, end: int, last: int) -> None:
        data = memoryview(self._data)
        if start == self._opening and end == self._closing:  # every row: the sheet as it is
            sheet: Sequence[bytes | memoryview] = [data]
            crc = self._crc
        else:
            sheet = [data[: self._opening], data[start:end], data[self._closing :]]
            crc = 0
            for piece in sheet:
                crc = zlib.crc32(piece, crc)
        package = _package(sheet, crc, self._shared, self._formats)
        part = SheetPart(io.BytesIO(package), len(package), self._after, last)
        self.parsing.append(self._parse(part))
        self.size += len(package)
        self._after = last

    def cancel(self) -> None:
        """The sheet is not ordinary: no part of it not begun is parsed."""
        for parsing in self.parsing:
            parsing.cancel()


def part_values(part: SheetPart) -> PartValues:
    """The part's rows, one for each row from index ``first`` to number ``last``, as
    calamine reads them within the whole sheet (cells from column A on), or None when it
    fails on them. Safe in any thread: calamine lets other threads run while it parses."""
    from python_calamine import CalamineWorkbook  # a Rust library, loaded when needed

    try:
        with CalamineWorkbook.from_filelike(part.package) as book:
            part.package.close()  # calamine holds its own copy
            sheet = book.get_sheet_by_name("s1")
            start, rows = sheet.start, sheet.to_python(skip_empty_area=True)
    except Exception:  # the XML reader reads the sheet instead, or says what is wrong
        return None
    span = part.last - part.first
    if start is None:
        return [[] for _ in range(span)]
    top, left = start
    if top < part.first or top - part.first + len(rows) > span:
        return None  # calamine read rows the part does not hold: never ordinary
    if left:
        blanks = [""] * left
        rows = [blanks + row for row in rows]
    before, after = top - part.first, span - (top - part.first) - len(rows)
    return [[] for _ in range(before)] + rows + [[] for _ in range(after)]


def calamine_values(sheet: CheckedSheet) -> CalamineSheet | None:
    """The checked sheet's values put together from its parts', as calamine reads the
    whole sheet: every row as wide as the widest, up to the last row that holds a value;
    None when calamine failed on a part. Call once every part is parsed."""
    values: list[list[Any]] = []
    for parsing in sheet.parts:
        part = parsing.result()
        if part is None:
            return None
        values += part
    while values and values[-1].count("") == len(values[-1]):
        values.pop()
    widths = set(map(len, values))
    if len(widths) > 1:
        width = max(widths)
        for row in values:
            row += [""] * (width - len(row))
    if len(values) > sheet.rows:
        return None
    return CalamineSheet(sheet.header, values[1:])


def _package(
    sheet: Sequence[bytes | memoryview], crc: int, shared: bytes, formats: CellFormats
) -> bytes:
    """A workbook of the one checked sheet (its pieces in order, their CRC-32 ``crc``) and
    the shared texts, stored uncompressed."""
    relations = [
        _relation("rId1", "worksheet", "worksheets/sheet1.xml"),
        _relation("rIdS", "styles", "styles.xml"),
    ]
    if shared:
        relations.append(_relation("rIdT", "sharedStrings", "sharedStrings.xml"))
    calendar = '<workbookPr date1904="1"/>' if formats.epoch == CALENDAR_MAC_1904 else ""
    main = MAIN.decode()
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{_PACKAGE}/content-types">'
            f'<Default Extension="rels" ContentType="{_TYPES}-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PACKAGE}/relationships"><Relationship Id="rId1" '
            f'Type="{_RELATIONS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{_RELATIONS}">{calendar}'
            '<sheets><sheet name="s1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_PACKAGE}/relationships">{"".join(relations)}</Relationships>'
        ),
        "xl/styles.xml": _styles(formats.dates, main),
    }
    members: list[tuple[str, Sequence[bytes | memoryview], int | None]] = [
        (name, [text.encode()], None) for name, text in parts.items()
    ]
    if shared:
        members.append(("xl/sharedStrings.xml", [shared], None))
    members.append(("xl/worksheets/sheet1.xml", sheet, crc))
    return _stored_zip(members)


# A zip's local header, central directory entry and end record (no zip64: a sheet taken
# here is at most LARGEST_SHEET); made by version 2.0, dated 1 January 1980.
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DAY = (0 << 9) | (1 << 5) | 1


def _stored_zip(members: list[tuple[str, Sequence[bytes | memoryview], int | None]]) -> bytes:
    """A zip of the members (name, data in pieces, its CRC-32 or None to compute it), stored
    without compression, joined at once: the sheet is copied once and its CRC not computed
    again (zipfile would do both, and grow a buffer as it writes)."""
    pieces: list[bytes | memoryview] = []
    directory: list[bytes] = []
    offset = 0
    for name, data, known in members:
        encoded = name.encode()
        crc = zlib.crc32(b"".join(data)) if known is None else known
        size = sum(map(len, data))
        local = _LOCAL.pack(b"PK\x03\x04", 20, 0, 0, 0, _DOS_DAY, crc, size, size, len(encoded), 0)
        entry = _CENTRAL.pack(
            b"PK\x01\x02", 20, 20, 0, 0, 0, _DOS_DAY, crc, size, size, len(encoded),
            0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        directory.append(entry + encoded)
        pieces += [local, encoded, *data]
        offset += len(local) + len(encoded) + size
    central = b"".join(directory)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(central), offset, 0)
    return b"".join([*pieces, central, end])


def _relation(name: str, kind: str, target: str) -> str:
    return f'<Relationship Id="{name}" Type="{_RELATIONS}/{kind}" Target="{target}"/>'


def _styles(dates: frozenset[str], main: str) -> str:
    """A date format (built-in 14) for each of the workbook's date styles, General else."""
    ids = {int(style) for style in dates if style.isdigit() and len(style) <= 5}
    count = max(ids, default=0) + 1
    formats = "".join(f'<xf numFmtId="{14 if i in ids else 0}"/>' for i in range(count))
    return f'<styleSheet xmlns="{main}"><cellXfs count="{count}">{formats}</cellXfs></styleSheet>'
