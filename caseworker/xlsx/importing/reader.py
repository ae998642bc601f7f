"""Read a workbook for import, refusing with a clear message anything that is not ours.

The file and its zip are checked before anything is parsed, and every part is watched as it
is unpacked (:mod:`caseworker.xlsx.importing.container`). openpyxl reads the small parts that say
where the sheets are, which styles are dates and when the workbook was made. The values of
ordinary sheets are read by python-calamine from the checked parts
(:mod:`caseworker.xlsx.importing.calamine_sheets`); any other sheet, and the shared texts, are
streamed here (:mod:`caseworker.xlsx.importing.sheet_xml`), formulas seen as formulas and
refused rather than taken for their cached values. Either way the data is the same.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

from openpyxl.packaging.core import DocumentProperties
from openpyxl.packaging.manifest import Manifest
from openpyxl.reader.workbook import WorkbookParser
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils import get_column_letter
from openpyxl.xml.constants import ARC_CORE, SHARED_STRINGS, XLSX
from openpyxl.xml.functions import fromstring

from caseworker.collector import collector_paused
from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx.importing.calamine_queue import CalamineQueue
from caseworker.xlsx.importing.calamine_sheets import CalamineReader, CalamineSheet
from caseworker.xlsx.importing.cell_values import from_cell
from caseworker.xlsx.importing.container import (
    CONTENT_TYPES,
    Parts,
    check_file,
    check_size,
    damaged,
    not_a_workbook,
    open_regular,
)
from caseworker.xlsx.importing.fast_rows import fast_rows
from caseworker.xlsx.importing.refusal import ImportRefused, refuse
from caseworker.xlsx.importing.sheet_xml import CellFormats, shared_strings, sheet_rows
from caseworker.xlsx.protect import is_protected, unlocked
from caseworker.xlsx.workbook.language import column_title, is_header, schema_sheet, sheet_title
from caseworker.xlsx.workbook.schema import (
    ADDED_LATER,
    EXPORTED_CASES_HEADER,
    IMPORTABLE_BEFORE,
    IMPORTED_SHEETS,
    LISTS_SHEET,
    READ_ONLY_BEFORE,
    SHEET_NAMES,
    TEMPLATE_KEYWORD,
    Limits,
    Sheet,
)

__all__ = ["ImportRefused", "SheetRows", "WorkbookData", "file_sha256", "read_workbook"]

#: Who reads the cells' values: python-calamine, or the XML reader cell by cell in Python
#: (which calamine leaves every sheet that is not ordinary to; kept whole for the tests).
Values = Literal["calamine", "xml"]
#: Work done while calamine parses, given the workbook as read so far (the sheets calamine
#: has yet to parse missing, no exported cases yet) and the number of rows of each sheet.
Meanwhile = Callable[["WorkbookData", dict[str, int]], None]


@dataclass(frozen=True, slots=True)
class SheetRows:
    sheet: Sheet
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, values in the schema's order)
    #: The sheet as it was exported when it was for reading only: its rows are not read.
    read_only: bool = False
    #: The fields of columns added since the workbook was exported (see
    #: ``IMPORTABLE_BEFORE``): empty in every row, left as the program has them.
    absent: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class WorkbookData:
    name: str
    sha256: str
    template: bool
    exported_at: datetime | None
    exported_cases: list[str] | None
    sheets: dict[str, SheetRows]


@dataclass(frozen=True, slots=True)
class Reading:
    """What one reading of a workbook goes by: the file's name (for sentences) and digest,
    the limits, who reads the values and what is done meanwhile (see :func:`read_workbook`)."""

    name: str
    digest: str
    limits: Limits
    values: Values
    meanwhile: Meanwhile | None


@dataclass(frozen=True, slots=True)
class _Package:
    """What the small parts say: where each sheet is, which styles are dates, who made it."""

    sheets: dict[str, str]  # sheet name -> part
    shared_strings: str | None  # the part holding the shared texts
    formats: CellFormats
    keywords: str
    created: datetime | None


def _sha256(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    stream.seek(0)
    while block := stream.read(1 << 20):
        digest.update(block)
    stream.seek(0)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return _sha256(stream)


def read_workbook(
    path: str | os.PathLike[str],
    limits: Limits | None = None,
    password: str | None = None,
    *,
    values: Values = "calamine",
    meanwhile: Meanwhile | None = None,
) -> WorkbookData:
    """The importable sheets' rows, or :class:`ImportRefused` saying what is wrong.

    ``values`` says who reads the cells (see :data:`Values`); the result is the same.

    A workbook protected with a password is decrypted in memory with ``password`` and then
    checked as any other; without one it raises
    :class:`~caseworker.xlsx.protect.PasswordNeeded`, with a wrong one
    :class:`~caseworker.xlsx.protect.WrongPassword`. The digest is of the file as it is on
    disk.

    ``meanwhile``, if given, is called at most once on this thread, while python-calamine
    still parses values in its own thread (see :data:`Meanwhile`): work that does not need
    those values (the planner reads the stored records then, and plans the sheets already
    read) is done in that time rather than after it.
    """
    source = Path(path)
    limits = limits or Limits()
    with collector_paused(), open_regular(source) as stream:
        check_size(stream, source.name, limits)
        digest = _sha256(stream)
        reading = Reading(source.name, digest, limits, values, meanwhile)
        if is_protected(stream):
            with unlocked(stream, source.name, password) as plain:
                return _read_zip(plain, reading)
        return _read_zip(stream, reading)


def _read_zip(stream: BinaryIO, reading: Reading) -> WorkbookData:
    check_file(stream, reading.name, reading.limits)
    parts = Parts(stream, reading.name, reading.limits)
    try:
        return _read(parts, reading)
    finally:
        parts.close()


def _schema_sheets(sheets: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The workbook's sheets by the schema's name: (the name in the workbook, its part).

    A sheet may be named in English or in any translation, whatever the language the
    program speaks now: a workbook exported in Russian imports on an English desk.
    """
    found: dict[str, tuple[str, str]] = {}
    for sheet, part in sheets.items():
        known = schema_sheet(sheet, SHEET_NAMES)
        if known is None:
            raise refuse(
                QT_TRANSLATE_NOOP("Xlsx", "The sheet “{sheet}” is not one of Caseworker's sheets."),
                sheet=sheet,
            )
        if known in found:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "The sheets “{first}” and “{second}” are the same sheet in two languages; "
                    "keep one of them.",
                ),
                first=found[known][0],
                second=sheet,
            )
        found[known] = (sheet, part)
    return found


def _read(parts: Parts, reading: Reading) -> WorkbookData:
    limits, meanwhile = reading.limits, reading.meanwhile
    package = _read_package(parts, reading.name)
    found = _schema_sheets(package.sheets)
    for schema in IMPORTED_SHEETS:
        if schema.name not in found and schema.name not in ADDED_LATER:
            raise refuse(
                QT_TRANSLATE_NOOP("Xlsx", "The sheet “{sheet}” is missing."),
                sheet=sheet_title(schema.name),
            )
    shared: list[str] = []
    if package.shared_strings is not None:
        with parts.stream(package.shared_strings) as stream:
            shared = shared_strings(stream, limits)
    fast = (
        CalamineReader(parts, package.shared_strings, shared, package.formats, limits)
        if reading.values == "calamine"
        else None
    )
    sheets = _Sheets(parts, shared, package.formats, limits)
    wanted: list[tuple[Sheet | None, bool]] = [(s, True) for s in IMPORTED_SHEETS]
    # (position, the sheet or None for the Lists sheet, whether it may hold numbers, name)
    order = [
        (position, sheet, numbers, sheet.name if sheet else LISTS_SHEET)
        for position, (sheet, numbers) in enumerate([*wanted, (None, False)])
        if (sheet.name if sheet else LISTS_SHEET) in found
    ]
    if fast is not None:  # the biggest first: calamine parses it while the others are checked
        order.sort(key=lambda planned: -fast.declared_size(found[planned[3]][1]))
    refusals = _Refusals()
    with CalamineQueue() as queue:
        for position, wanted_sheet, numbers, known in order:
            if refusals.before(position):
                continue
            title, part = found[known]
            checked = fast.checked(part, title, numbers, queue.parse) if fast else None
            if checked is None:
                refusals.kept(position, partial(sheets.from_xml, wanted_sheet, title, part))
                continue
            sheets.expected[known] = checked.rows - 1
            from_calamine = partial(sheets.from_calamine, wanted_sheet, title, part)
            queue.put(checked, partial(refusals.kept, position, from_calamine))
        if meanwhile is not None and queue.busy() and not refusals.found:
            meanwhile(_workbook(package, reading, sheets), sheets.row_counts())
        queue.finish()
    refusals.raise_first()
    return _workbook(package, reading, sheets)


def _workbook(package: _Package, reading: Reading, sheets: _Sheets) -> WorkbookData:
    """The workbook as read so far: the sheets read, in the schema's order."""
    return WorkbookData(
        name=reading.name,
        sha256=reading.digest,
        template=package.keywords == TEMPLATE_KEYWORD,
        exported_at=package.created,
        exported_cases=sheets.exported,
        sheets={schema.name: sheets.read[schema.name] for schema in IMPORTED_SHEETS
                if schema.name in sheets.read},
    )  # fmt: skip


class _Refusals:
    """The sheets' refusals by the sheet's position in the schema: sheets are read in
    another order, and the refusal said is the one of the first sheet, as it always was."""

    def __init__(self) -> None:
        self.found: dict[int, ImportRefused] = {}

    def before(self, position: int) -> bool:
        """Whether a sheet before this one was refused (this one need not be read)."""
        return any(refused < position for refused in self.found)

    def kept(self, position: int, read: Callable[..., None], *values: Any) -> None:
        """``read(*values)``, its refusal kept."""
        try:
            read(*values)
        except ImportRefused as refusal:
            self.found[position] = refusal

    def raise_first(self) -> None:
        if self.found:
            raise self.found[min(self.found)]


class _Sheets:
    """The importable sheets' rows as each is read, by calamine or by the XML reader (the
    Lists sheet's exported cases when ``schema`` is None)."""

    def __init__(
        self, parts: Parts, shared: list[str], formats: CellFormats, limits: Limits
    ) -> None:
        self._parts, self._shared, self._formats, self._limits = parts, shared, formats, limits
        self.read: dict[str, SheetRows] = {}
        self.exported: list[str] | None = None
        self.expected: dict[str, int] = {}  # rows of the sheets calamine has yet to read

    def row_counts(self) -> dict[str, int]:
        """The number of rows of each sheet read or being read."""
        return {**self.expected, **{name: len(sheet.rows) for name, sheet in self.read.items()}}

    def from_calamine(
        self, schema: Sheet | None, title: str, part: str, sheet: CalamineSheet | None
    ) -> None:
        if sheet is None:  # calamine failed on it
            self.from_xml(schema, title, part)
        elif schema is None:
            self.exported = _fast_lists(sheet)
        else:
            self.read[schema.name] = _fast_sheet(sheet, schema, self._limits, title)

    def from_xml(self, schema: Sheet | None, title: str, part: str) -> None:
        with self._parts.stream(part) as stream:
            rows = sheet_rows(stream, title, self._shared, self._formats, self._limits)
            if schema is None:
                self.exported = _exported_cases(rows, self._limits, title)
            else:
                self.read[schema.name] = _read_sheet(rows, schema, self._limits, title)


def _read_package(parts: Parts, name: str) -> _Package:
    """openpyxl's readers of the small parts, through the watched zip."""
    try:
        manifest = Manifest.from_tree(fromstring(parts.read(CONTENT_TYPES)))
        workbook_part = manifest.find(XLSX)
        if workbook_part is None:
            raise not_a_workbook(name)
        parser = WorkbookParser(parts, workbook_part.PartName[1:], keep_links=False)
        parser.parse()
        workbook = parser.wb
        apply_stylesheet(parts, workbook)
        names = set(parts.namelist())
        sheets: dict[str, str] = {}
        for sheet, relation in parser.find_sheets():
            if sheet.name in sheets:
                raise damaged(name)
            if relation.target in names:
                sheets[sheet.name] = relation.target
        properties = (
            DocumentProperties.from_tree(fromstring(parts.read(ARC_CORE)))
            if ARC_CORE in names
            else DocumentProperties()
        )
        shared = manifest.find(SHARED_STRINGS)
        formats = CellFormats(
            frozenset(str(style) for style in workbook._date_formats),
            frozenset(str(style) for style in workbook._timedelta_formats),
            workbook.epoch,
        )
    except ImportRefused:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged part
        raise damaged(name) from None
    created = properties.created
    return _Package(
        sheets=sheets,
        shared_strings=shared.PartName[1:] if shared is not None else None,
        formats=formats,
        keywords=properties.keywords or "",
        created=created if isinstance(created, datetime) else None,
    )


def _check_headers(found: dict[int, Any], schema: Sheet, title: str) -> None:
    """Each column's header in English or in a translation; ``title`` is the sheet's name."""
    for position, expected in enumerate(schema.headers):
        value = found.get(position)
        text = "" if value is None else str(value).strip()
        if not is_header(expected, text):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, column {column}: the header should be “{expected}”, "
                    "not “{found}”.",
                ),
                sheet=title,
                column=get_column_letter(position + 1),
                expected=column_title(expected),
                found=text,
            )
    for position in sorted(found):
        if position >= len(schema.headers) and found[position] != "":
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, column {column}: “{found}” is not one of "
                    "Caseworker's columns.",
                ),
                sheet=title,
                column=get_column_letter(position + 1),
                found=found[position],
            )


def _read_only_before(found: dict[int, Any], schema: Sheet) -> bool:
    """Whether the sheet is as it was exported when it was for reading only."""
    before = READ_ONLY_BEFORE.get(schema.name)
    if before is None or len(found) != len(before):
        return False
    return all(is_header(header, str(found.get(i) or "")) for i, header in enumerate(before))


def _positions(found: dict[int, Any], schema: Sheet) -> dict[int, int] | None:
    """Where each column of a sheet exported before columns were added to it goes in the
    schema's order, by position; None when the sheet is not such a sheet."""
    before = IMPORTABLE_BEFORE.get(schema.name)
    if before is None or any(i >= len(before) and text for i, text in found.items()):
        return None
    if not all(is_header(h, str(found.get(i) or "").strip()) for i, h in enumerate(before)):
        return None
    return {i: schema.headers.index(header) for i, header in enumerate(before)}


def _too_many_rows(sheet: str, limits: Limits) -> ImportRefused:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Xlsx",
            "Sheet “{sheet}” has more than {limit} rows; the import takes at most {limit}.",
        ),
        sheet=sheet,
        limit=limits.max_rows,
    )


def _headers(
    headers: dict[int, Any], schema: Sheet, title: str
) -> tuple[dict[int, int] | None, frozenset[str]] | None:
    """Where each column goes (None: where the schema has it) and the fields absent from
    the sheet; None for a sheet as exported for reading only. Refuses wrong headers."""
    if _read_only_before(headers, schema):
        return None
    moved = _positions(headers, schema)
    absent: frozenset[str] = frozenset()
    if moved is None:
        _check_headers(headers, schema, title)
    else:
        there = set(moved.values())
        absent = frozenset(c.field for i, c in enumerate(schema.columns) if i not in there)
    return moved, absent


def _fast_sheet(sheet: CalamineSheet, schema: Sheet, limits: Limits, title: str) -> SheetRows:
    """An ordinary sheet's rows from calamine's values."""
    placed = _headers(sheet.header, schema, title)
    if placed is None:
        return SheetRows(schema, [], read_only=True)
    moved, absent = placed
    if moved is None:
        return SheetRows(schema, fast_rows(sheet.values, schema), absent=absent)
    cells = (
        (number, {at: value for at, value in enumerate(row) if value != ""})
        for number, row in enumerate(sheet.values, 2)
    )
    return SheetRows(schema, _data_rows(cells, schema, limits, title, moved), absent=absent)


def _fast_lists(sheet: CalamineSheet) -> list[str] | None:
    """The exported cases on an ordinary Lists sheet."""
    columns = [at for at, text in sheet.header.items() if text == EXPORTED_CASES_HEADER]
    if len(columns) != 1:
        return None
    column = columns[0]
    return [str(row[column]) for row in sheet.values if len(row) > column and row[column]]


def _read_sheet(cells_of_rows: Any, schema: Sheet, limits: Limits, title: str) -> SheetRows:
    first = next(cells_of_rows, None)
    headers = first[1] if first is not None and first[0] == 1 else {}
    placed = _headers(headers, schema, title)
    if placed is None:
        return SheetRows(schema, [], read_only=True)
    moved, absent = placed
    rows = _data_rows(cells_of_rows, schema, limits, title, moved)
    return SheetRows(schema, rows, absent=absent)


def _data_rows(
    cells_of_rows: Any, schema: Sheet, limits: Limits, title: str, moved: dict[int, int] | None
) -> list[tuple[int, tuple[Any, ...]]]:
    width = len(schema.columns)
    convert = [partial(from_cell, column.kind) for column in schema.columns]
    rows: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in cells_of_rows:
        if number > limits.max_rows + 1:
            raise _too_many_rows(title, limits)
        values = [None] * width
        empty = True
        for position, value in cells.items():
            if moved is not None:
                if position in moved:
                    values[moved[position]] = value
                    empty = False
            elif position < width:
                values[position] = value
                empty = False
        if not empty:
            rows.append((number, tuple(c(v) for c, v in zip(convert, values, strict=True))))
    return rows


def _exported_cases(cells_of_rows: Any, limits: Limits, title: str) -> list[str] | None:
    """The keys of the exported cases, in the column so headed (its place changes when a
    list of values is added)."""
    header = next(cells_of_rows, None)
    if header is None or header[0] != 1:
        return None
    columns = [at for at, text in header[1].items() if text == EXPORTED_CASES_HEADER]
    if len(columns) != 1:
        return None
    column = columns[0]
    keys: list[str] = []
    for number, cells in cells_of_rows:
        if number > limits.max_rows + 1:
            raise _too_many_rows(title, limits)
        value = cells.get(column)
        if value:
            keys.append(str(value))
    return keys
