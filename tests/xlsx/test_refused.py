"""Files the import refuses, each with a message that says what is wrong."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseworker.db import Database
from caseworker.xlsx import ImportRefused, Limits, read_workbook
from tests.conftest import SampleCase
from tests.xlsx.conftest import column, edit, plan


def refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(ImportRefused) as caught:
        read_workbook(path, limits)
    return caught.value.message


def test_a_text_file_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Шумов, killed, 2026-04-02\n", encoding="utf-8")
    assert "not an Excel workbook" in refused(path)


def test_a_renamed_text_file_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    path.write_text("surname;claim\nШумов;killed\n", encoding="utf-8")
    assert "“cases.xlsx” is not an Excel workbook" in refused(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a spreadsheet")
    assert "not an Excel workbook" in refused(path)


def test_an_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    # Excel saves a password-protected workbook as an OLE compound document.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    assert "password-protected" in refused(path)


def test_a_file_too_big_is_refused(exported: Path) -> None:
    message = refused(exported, Limits(max_bytes=1000))
    assert "MB" in message and "up to" in message


def test_too_many_rows_are_refused(exported: Path) -> None:
    message = refused(exported, Limits(max_rows=1))
    assert "more than 1 rows" in message and "Reports" in message


def test_a_foreign_sheet_is_named(exported: Path) -> None:
    edit(exported, lambda workbook: workbook.create_sheet("Budget"))
    assert "“Budget” is not one of Caseworker's sheets" in refused(exported)


def test_a_missing_sheet_is_named(exported: Path) -> None:
    edit(exported, lambda workbook: workbook.remove(workbook["Persons"]))
    assert "“Persons” is missing" in refused(exported)


def test_a_workbook_of_someone_else(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    workbook = Workbook()
    workbook.active.title = "Sheet1"
    workbook.save(path)
    assert "“Sheet1” is not one of Caseworker's sheets" in refused(path)


def test_a_wrong_header_is_named(exported: Path) -> None:
    def rename(workbook: Workbook) -> None:
        sheet = workbook["Persons"]
        sheet.cell(1, column(sheet, "Surname")).value = "Фамилия при рождении"

    edit(exported, rename)
    message = refused(exported)
    assert "Persons" in message and "“Surname”" in message and "“Фамилия при рождении”" in message


def test_an_extra_column_is_named(exported: Path) -> None:
    def add(workbook: Workbook) -> None:
        sheet = workbook["Cases"]
        sheet.cell(1, sheet.max_column + 1).value = "Budget"

    edit(exported, add)
    assert "“Budget” is not one of Caseworker's columns" in refused(exported)


def test_a_formula_in_a_data_cell_is_refused(exported: Path, database: Database) -> None:
    def formula(workbook: Workbook) -> None:
        sheet = workbook["Reports"]
        sheet.cell(2, column(sheet, "Place")).value = '=HYPERLINK("http://example.invalid")'

    edit(exported, formula)
    message = refused(exported)
    assert "Reports" in message and "formula" in message
    with pytest.raises(ImportRefused):
        plan(database, exported)


def test_a_copy_is_still_accepted(exported: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.xlsx"
    shutil.copy(exported, copy)
    assert read_workbook(copy).sheets["Reports"].rows


def test_a_stored_text_longer_than_a_cell_stops_the_export_instead_of_being_cut(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """Text stored before it was limited where typed: the export says so and writes nothing."""
    from sqlalchemy import update

    from caseworker.models import Report
    from caseworker.xlsx import export_workbook
    from caseworker.xlsx.export.values import TooLongForACell

    with database.write() as session:
        session.execute(
            update(Report)
            .where(Report.id == sample_case.killed_report_id)
            .values(summary="Сообщил командир роты. " + "я" * 40_000)
        )
    out = tmp_path / "cases.xlsx"
    with pytest.raises(TooLongForACell) as raised, database.read() as session:
        export_workbook(session, out)
    assert "40023 characters" in raised.value.message
    assert "Сообщил командир роты." in raised.value.message
    assert not out.exists()
