"""Read a workbook for import, refusing with a clear message anything that is not ours.

One read-only openpyxl pass (lxml makes it faster) with ``data_only=False``, so that a formula
is seen as a formula and refused rather than taken for its cached value.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from caseworker.errors import CaseworkerError
from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.xlsx.cells import from_cell
from caseworker.xlsx.schema import (
    EXPORTED_CASES_HEADER,
    IMPORTED_SHEETS,
    LIST_ENUMS,
    LISTS_SHEET,
    SHEET_NAMES,
    TEMPLATE_KEYWORD,
    Limits,
    Sheet,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


class ImportRefused(CaseworkerError):
    """The file cannot be imported at all; the message says why."""


@dataclass(frozen=True, slots=True)
class SheetRows:
    sheet: Sheet
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, values in the schema's order)


@dataclass(frozen=True, slots=True)
class WorkbookData:
    name: str
    sha256: str
    template: bool
    exported_at: datetime | None
    exported_cases: list[str] | None
    sheets: dict[str, SheetRows]


def _refuse(text: str, **values: Any) -> ImportRefused:
    return ImportRefused(translate("Xlsx", text).format(**values))


def check_container(path: Path, limits: Limits) -> None:
    """Refuse what is not an xlsx file, is encrypted, or is too big, before parsing it."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx", "“{name}” is {size:.1f} MB; the import takes files up to {limit:.1f} MB."
            ),
            name=path.name,
            size=size / 2**20,
            limit=limits.max_bytes / 2**20,
        )
    with path.open("rb") as stream:
        magic = stream.read(8)
    if magic == OLE_MAGIC:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "“{name}” is password-protected or encrypted (or an old .xls file). Save it "
                "without a password as an Excel workbook (.xlsx) and import it again.",
            ),
            name=path.name,
        )
    not_xlsx = _refuse(
        QT_TRANSLATE_NOOP("Xlsx", "“{name}” is not an Excel workbook (.xlsx)."), name=path.name
    )
    if not magic.startswith(ZIP_MAGIC):
        raise not_xlsx
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names:
                raise not_xlsx
            if WORKBOOK_TYPE not in archive.read("[Content_Types].xml").decode("utf-8", "ignore"):
                raise not_xlsx
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, KeyError):
        raise not_xlsx from None
    if unpacked > limits.max_unpacked_bytes:
        raise _refuse(
            QT_TRANSLATE_NOOP("Xlsx", "“{name}” unpacks to more data than the import takes."),
            name=path.name,
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def read_workbook(path: str | os.PathLike[str], limits: Limits | None = None) -> WorkbookData:
    """The importable sheets' rows, or :class:`ImportRefused` saying what is wrong."""
    source = Path(path)
    limits = limits or Limits()
    check_container(source, limits)
    digest = file_sha256(source)
    try:
        workbook = load_workbook(source, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise _refuse(
            QT_TRANSLATE_NOOP("Xlsx", "“{name}” cannot be read as a workbook: {reason}"),
            name=source.name,
            reason=error,
        ) from None
    try:
        names = list(workbook.sheetnames)
        for name in names:
            if name not in SHEET_NAMES:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Xlsx", "The sheet “{sheet}” is not one of Caseworker's sheets."
                    ),
                    sheet=name,
                )
        for schema in IMPORTED_SHEETS:
            if schema.name not in names:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Xlsx", "The sheet “{sheet}” is missing."), sheet=schema.name
                )
        sheets = {
            schema.name: _read_sheet(workbook[schema.name], schema, limits)
            for schema in IMPORTED_SHEETS
        }
        exported = _exported_cases(workbook[LISTS_SHEET]) if LISTS_SHEET in names else None
        properties = workbook.properties
        return WorkbookData(
            name=source.name,
            sha256=digest,
            template=(properties.keywords or "") == TEMPLATE_KEYWORD,
            exported_at=properties.created,
            exported_cases=exported,
            sheets=sheets,
        )
    finally:
        workbook.close()


def _check_headers(found: tuple[Any, ...], schema: Sheet) -> None:
    for position, expected in enumerate(schema.headers):
        value = found[position] if position < len(found) else None
        text = "" if value is None else str(value).strip()
        if text != expected:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, column {column}: the header should be “{expected}”, "
                    "not “{found}”.",
                ),
                sheet=schema.name,
                column=get_column_letter(position + 1),
                expected=expected,
                found=text,
            )
    for position in range(len(schema.headers), len(found)):
        if found[position] not in (None, ""):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}”, column {column}: “{found}” is not one of "
                    "Caseworker's columns.",
                ),
                sheet=schema.name,
                column=get_column_letter(position + 1),
                found=found[position],
            )


def _read_sheet(worksheet: Any, schema: Sheet, limits: Limits) -> SheetRows:
    rows: list[tuple[int, tuple[Any, ...]]] = []
    cells_of_rows = worksheet.iter_rows()
    try:
        _read_rows(cells_of_rows, schema, limits, rows)
    finally:
        # A refusal stops the reading half-way: close the sheet's file now.
        cells_of_rows.close()
    return SheetRows(schema, rows)


def _exported_cases(worksheet: Any) -> list[str] | None:
    column = len(LIST_ENUMS) + 1
    keys: list[str] = []
    values = worksheet.iter_rows(min_col=column, max_col=column, values_only=True)
    header = next(values, (None,))
    if header[0] != EXPORTED_CASES_HEADER:
        return None
    keys.extend(str(row[0]) for row in values if row and row[0])
    return keys


def _read_rows(
    cells_of_rows: Any, schema: Sheet, limits: Limits, rows: list[tuple[int, tuple[Any, ...]]]
) -> None:
    width = len(schema.columns)
    convert = [partial(from_cell, column.kind) for column in schema.columns]
    header = next(cells_of_rows, ())
    _check_headers(tuple(cell.value for cell in header), schema)
    for number, cells in enumerate(cells_of_rows, 2):
        if number > limits.max_rows + 1:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}” has more than {limit} rows; the import takes at most {limit}.",
                ),
                sheet=schema.name,
                limit=limits.max_rows,
            )
        values = [None] * width
        empty = True
        for position, cell in enumerate(cells):
            if cell.data_type == "f":
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Xlsx",
                        "Sheet “{sheet}”, cell {cell} holds a formula. Replace formulas with their "
                        "values (copy, paste values) and import again.",
                    ),
                    sheet=schema.name,
                    cell=f"{get_column_letter(position + 1)}{number}",
                )
            if position < width and cell.value is not None:
                values[position] = cell.value
                empty = False
        if not empty:
            rows.append((number, tuple(c(v) for c, v in zip(convert, values, strict=True))))
