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
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
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
_UNUSUAL_SHARED = re.compile(rb"<(?:[\w.-]+:)?r(?:Ph)?[\s>/]|_[xX]|\r|&#(?:x[dD]|13);")


@dataclass(frozen=True, slots=True)
class Wanted:
    """A sheet to read: its part, its name (for sentences), whether it may hold numbers."""

    part: str
    title: str
    numbers: bool


class CalamineSheet:
    """An ordinary sheet: its header row read exactly by the XML reader, its values by
    calamine."""

    def __init__(self, book: Any, name: str, header: dict[int, Any], rows: int) -> None:
        self.header = header
        self._book, self._name, self._rows = book, name, rows

    def rows(self) -> list[list[Any]] | None:
        """The values of rows 2 on, a list per row ("" for a cell without a value), or None
        when calamine fails on the sheet."""
        try:
            values = self._book.get_sheet_by_name(self._name).to_python(skip_empty_area=False)
        except Exception:  # the XML reader reads it, or says what is wrong
            return None
        if len(values) > self._rows:
            return None
        return list(values[1:])


def calamine_sheets(
    parts: Parts,
    shared_part: str | None,
    shared: list[str],
    formats: CellFormats,
    limits: Limits,
    wanted: Iterable[Wanted],
) -> dict[str, CalamineSheet]:
    """The wanted sheets that are ordinary, by part; the others are left out."""
    shared_xml = b""
    if shared_part is not None:
        shared_xml = _whole(parts, shared_part) or b""
        if not shared_xml or not _plain_shared(shared_xml, shared):
            return {}
    grammars: dict[bool, re.Pattern[bytes]] = {}
    checked: list[tuple[Wanted, bytes, Any]] = []
    for sheet in wanted:
        data = _whole(parts, sheet.part)
        if data is None:
            continue
        if sheet.numbers not in grammars:
            grammars[sheet.numbers] = row_grammar(formats.dates, formats.durations, sheet.numbers)
        found = ordinary(data, grammars[sheet.numbers], limits)
        if found is not None:
            checked.append((sheet, data, found))
    if not checked:
        return {}
    book = _calamine(_package(checked, shared_xml, formats))
    if book is None:
        return {}
    sheets: dict[str, CalamineSheet] = {}
    for number, (sheet, _data, found) in enumerate(checked, 1):
        row = etree.fromstring(
            b'<sheetData xmlns="' + MAIN + b'">' + found.first_row + b"</sheetData>"
        )[0]
        try:
            header = row_values(row, sheet.title, 1, shared, formats)
        except ImportRefused:
            continue
        sheets[sheet.part] = CalamineSheet(book, f"s{number}", header, found.rows)
    return sheets


def _whole(parts: Parts, part: str) -> bytes | None:
    """A part unpacked whole under the container's watch, or None if the watch objects (the
    XML reader then says why, in its order)."""
    try:
        with parts.stream(part) as stream:
            return stream.read_all()
    except (ImportRefused, KeyError):
        return None


def _plain_shared(xml: bytes, shared: list[str]) -> bool:
    """Whether calamine reads the shared texts as the XML reader read them."""
    if _UNUSUAL_SHARED.search(xml):
        return False
    return all(text and text == text.strip(" \t\n") for text in shared)


def _calamine(package: bytes) -> Any:
    from python_calamine import CalamineWorkbook  # a Rust library, loaded when needed

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(package))
    except Exception:  # the XML reader reads the sheets instead
        return None


def _package(
    checked: list[tuple[Wanted, bytes, Any]], shared: bytes, formats: CellFormats
) -> bytes:
    """A workbook of the checked parts, stored without compression."""
    count = len(checked)
    sheets = "".join(
        f'<sheet name="s{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, count + 1)
    )
    relations = [
        _relation(f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml") for i in range(1, count + 1)
    ]
    relations.append(_relation("rIdS", "styles", "styles.xml"))
    if shared:
        relations.append(_relation("rIdT", "sharedStrings", "sharedStrings.xml"))
    calendar = '<workbookPr date1904="1"/>' if formats.epoch == CALENDAR_MAC_1904 else ""
    main = MAIN.decode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        package.writestr(
            "[Content_Types].xml",
            f'<Types xmlns="{_PACKAGE}/content-types">'
            f'<Default Extension="rels" ContentType="{_TYPES}-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PACKAGE}/relationships"><Relationship Id="rId1" '
            f'Type="{_RELATIONS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        package.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{_RELATIONS}">{calendar}'
            f"<sheets>{sheets}</sheets></workbook>",
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_PACKAGE}/relationships">{"".join(relations)}</Relationships>',
        )
        package.writestr("xl/styles.xml", _styles(formats.dates, main))
        if shared:
            package.writestr("xl/sharedStrings.xml", shared)
        for number, (_sheet, data, _found) in enumerate(checked, 1):
            package.writestr(f"xl/worksheets/sheet{number}.xml", data)
    return buffer.getvalue()


def _relation(name: str, kind: str, target: str) -> str:
    return f'<Relationship Id="{name}" Type="{_RELATIONS}/{kind}" Target="{target}"/>'


def _styles(dates: frozenset[str], main: str) -> str:
    """A date format (built-in 14) for each of the workbook's date styles, General else."""
    ids = {int(style) for style in dates if style.isdigit() and len(style) <= 5}
    count = max(ids, default=0) + 1
    formats = "".join(f'<xf numFmtId="{14 if i in ids else 0}"/>' for i in range(count))
    return f'<styleSheet xmlns="{main}"><cellXfs count="{count}">{formats}</cellXfs></styleSheet>'
