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
calamine parses in a thread of its own while the next sheet is checked (:mod:`calamine_queue`).
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from dataclasses import dataclass
from functools import partial
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from caseworker.xlsx.importing.container import Parts
from caseworker.xlsx.importing.ordinary import MAIN, ordinary, row_grammar
from caseworker.xlsx.importing.refusal import ImportRefused
from caseworker.xlsx.importing.sheet_xml import CellFormats, row_values
from caseworker.xlsx.workbook.columns import Limits

_RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_TYPES = "application/vnd.openxmlformats"
# Shared texts that calamine reads otherwise than the XML reader: runs and phonetic guides,
# escapes such as _x000D_, carriage returns.
# A sheet declared bigger than this is streamed by the XML reader: calamine's path holds
# the sheet's XML whole, a workbook made of it and calamine's copy at one moment.
LARGEST_SHEET = 256 * 2**20
_UNUSUAL_SHARED = re.compile(rb"<[\w.-]+:|<r(?:Ph)?[\s>/]|_[xX]|\r|&#(?:x[dD]|13);")


@dataclass(frozen=True, slots=True)
class CalamineSheet:
    """An ordinary sheet: its header row read exactly by the XML reader, and the values of
    rows 2 on read by calamine, a list per row ("" for a cell without a value)."""

    header: dict[int, Any]
    values: list[list[Any]]


@dataclass(frozen=True, slots=True)
class CheckedSheet:
    """A sheet found ordinary: its header row, how many rows it has, and the one-sheet
    workbook of its checked bytes that calamine reads (:func:`calamine_values`)."""

    header: dict[int, Any]
    rows: int
    package: io.BytesIO
    size: int  # the package's bytes


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

    def checked(self, part: str, title: str, numbers: bool) -> CheckedSheet | None:
        """The sheet in ``part`` (named ``title`` in sentences; ``numbers``: whether it may
        hold numbers) ready for calamine, or None when it is not ordinary."""
        if self._shared_xml is None or self.declared_size(part) > LARGEST_SHEET:
            return None
        data = _whole(self._parts, part)
        if data is None:
            return None
        if numbers not in self._grammars:
            formats = self._formats
            self._grammars[numbers] = row_grammar(formats.dates, formats.durations, numbers)
        found = ordinary(data, self._grammars[numbers], self._limits)
        if found is None:
            return None
        row = etree.fromstring(
            b'<sheetData xmlns="' + MAIN + b'">' + found.first_row + b"</sheetData>"
        )[0]
        try:
            header = row_values(row, title, 1, self._shared, self._formats)
        except ImportRefused:
            return None
        # (Reading the part whole checked it against the CRC-32 the zip declares.)
        package = _package(data, self._parts.crc(part), self._shared_xml, self._formats)
        return CheckedSheet(header, found.rows, io.BytesIO(package), len(package))

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


def calamine_values(sheet: CheckedSheet) -> CalamineSheet | None:
    """The checked sheet's values, or None when calamine fails on it. Safe in any thread:
    calamine lets other threads run while it parses."""
    values = _calamine(sheet.package)
    if values is None or len(values) > sheet.rows:
        return None
    return CalamineSheet(sheet.header, values[1:])


def _calamine(package: io.BytesIO) -> list[list[Any]] | None:
    """The values of the package's one sheet, or None when calamine fails on it."""
    from python_calamine import CalamineWorkbook  # a Rust library, loaded when needed

    try:
        with CalamineWorkbook.from_filelike(package) as book:
            package.close()  # calamine holds its own copy
            return book.get_sheet_by_name("s1").to_python(skip_empty_area=False)
    except Exception:  # the XML reader reads the sheet instead, or says what is wrong
        return None


def _package(sheet: bytes, crc: int, shared: bytes, formats: CellFormats) -> bytes:
    """A workbook of the one checked sheet (its CRC-32 ``crc``) and the shared texts,
    stored uncompressed."""
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
    members: list[tuple[str, bytes, int | None]] = [
        (name, text.encode(), None) for name, text in parts.items()
    ]
    if shared:
        members.append(("xl/sharedStrings.xml", shared, None))
    members.append(("xl/worksheets/sheet1.xml", sheet, crc))
    return _stored_zip(members)


# A zip's local header, central directory entry and end record (no zip64: a sheet taken
# here is at most LARGEST_SHEET); made by version 2.0, dated 1 January 1980.
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DAY = (0 << 9) | (1 << 5) | 1


def _stored_zip(members: list[tuple[str, bytes, int | None]]) -> bytes:
    """A zip of the members (name, data, its CRC-32 or None to compute it), stored without
    compression, joined at once: the sheet is copied once and its CRC not computed again
    (zipfile would do both, and grow a buffer as it writes)."""
    pieces: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, data, known in members:
        encoded = name.encode()
        crc = zlib.crc32(data) if known is None else known
        size = len(data)
        local = _LOCAL.pack(b"PK\x03\x04", 20, 0, 0, 0, _DOS_DAY, crc, size, size, len(encoded), 0)
        entry = _CENTRAL.pack(
            b"PK\x01\x02", 20, 20, 0, 0, 0, _DOS_DAY, crc, size, size, len(encoded),
            0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        directory.append(entry + encoded)
        pieces += [local, encoded, data]
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
