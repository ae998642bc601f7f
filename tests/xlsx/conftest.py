"""Helpers for the spreadsheet tests: export, edit a workbook as a person would, import."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from caseworker.db import Database
from caseworker.xlsx import ImportPlan, apply_import, export_workbook, plan_import
from caseworker.xlsx.importing import calamine_sheets, reader
from caseworker.xlsx.importing.apply import Choices
from tests.conftest import ACTOR, SampleCase


def export(database: Database, path: Path, **options: Any) -> Path:
    with database.read() as session:
        export_workbook(session, path, **options)
    return path


def plan(database: Database, path: Path) -> ImportPlan:
    with database.read() as session:
        return plan_import(session, path)


def import_all(database: Database, path: Path, choices: Choices | None = None) -> ImportPlan:
    with database.write() as session:
        planned = plan_import(session, path)
        apply_import(session, ACTOR, planned, choices)
    return planned


def column(sheet: Worksheet, header: str) -> int:
    """The 1-based column of ``header`` on the sheet's first row."""
    for cell in sheet[1]:
        if cell.value == header:
            return int(cell.column)
    raise KeyError(header)


def find_row(sheet: Worksheet, header: str, value: Any) -> int:
    at = column(sheet, header)
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, at).value == value:
            return row
    raise KeyError(value)


def set_cell(sheet: Worksheet, row: int, header: str, value: Any) -> None:
    sheet.cell(row, column(sheet, header)).value = value


def new_row(workbook: Workbook, sheet: str, values: dict[str, Any]) -> None:
    """A row typed below the last one, by the headers on the sheet (in whatever language)."""
    target = workbook[sheet]
    headers = {cell.value: cell.column for cell in target[1]}
    row = target.max_row + 1
    for header, value in values.items():
        target.cell(row, headers[header]).value = value


def new_case(workbook: Workbook, reference: str, family: str, surname: str, given: str) -> None:
    """A case typed into the workbook: its row on Cases, its sought person's on Persons."""
    new_row(workbook, "Cases", {"Reference": reference, "Family": family})
    person = {"Case reference": reference, "Surname": surname, "Given name": given}
    new_row(workbook, "Persons", person)


def edit(path: Path, changes: Any) -> None:
    """Open the workbook with openpyxl, let ``changes(workbook)`` edit it, save it."""
    workbook = load_workbook(path)
    changes(workbook)
    workbook.save(path)
    workbook.close()


@pytest.fixture
def exported(
    database: Database,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> Path:
    return export(database, tmp_path / "cases.xlsx")


def _outcome(read: Any) -> tuple[str, Any]:
    try:
        return "read", read()
    except Exception as error:  # the refusal is compared, whatever it is
        return type(error).__name__, str(error)


@pytest.fixture(autouse=True)
def both_readers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every workbook a test reads is read with python-calamine, with calamine given each
    row as a part of its own (as it is given a big sheet's rows in parts while the rest is
    checked), and with the XML reader (the import's reader before calamine): the same data,
    or the same refusal, each time."""
    original = reader._read_zip

    def read_three_ways(stream: BinaryIO, reading: reader.Reading) -> Any:
        fast = _outcome(lambda: original(stream, reading))
        stream.seek(0)
        with monkeypatch.context() as parted:
            parted.setattr(calamine_sheets, "PART_BYTES", 1)
            in_parts = _outcome(lambda: original(stream, replace(reading, meanwhile=None)))
        assert fast == in_parts, f"{reading.name}: calamine {fast[0]}, in parts {in_parts[0]}"
        stream.seek(0)
        xml = _outcome(lambda: original(stream, replace(reading, values="xml", meanwhile=None)))
        assert fast == xml, f"{reading.name}: calamine {fast[0]}, xml {xml[0]}"
        if fast[0] != "read":
            return original(stream, replace(reading, meanwhile=None))
        return fast[1]

    monkeypatch.setattr(reader, "_read_zip", read_three_ways)
    yield
