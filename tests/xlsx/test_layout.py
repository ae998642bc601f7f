"""How the exported workbook looks and behaves in a spreadsheet program: headers, widths,
hidden keys, dropdowns, filters, frozen panes, dates, and pages that print readably."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from caseworker.xlsx.workbook.columns import Sheet
from caseworker.xlsx.workbook.language import column_width
from caseworker.xlsx.workbook.schema import ALL_SHEETS
from tests.xlsx.conftest import column, find_row

#: The columns that say whose row it is, kept in view when scrolling right and on every page.
IDENTITY = {
    "Cases": ("Reference", "Family"),
    "Relatives": ("Case reference", "Surname"),
    "Persons": ("Case reference", "Surname"),
    "Reports": ("Case reference", "Person"),
    "Inquiries": ("Case reference", "Addressee"),
    "Family log": ("Case reference", "Relative"),
    "Evidence": ("Case reference", "File name"),
    "Contradictions": ("Case reference", "Person"),
}


@pytest.mark.parametrize("schema", ALL_SHEETS, ids=lambda schema: schema.name)
def test_each_data_sheet_is_laid_out_for_work(exported: Path, schema: Sheet) -> None:
    sheet = load_workbook(exported)[schema.name]
    header = sheet[1]
    assert [cell.value for cell in header] == list(schema.headers)
    assert all(cell.font.bold for cell in header)
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(schema.columns))}{sheet.max_row}"
    for position, spec in enumerate(schema.columns, 1):
        dimension = sheet.column_dimensions[get_column_letter(position)]
        assert bool(dimension.hidden) == spec.hidden, spec.header
        assert dimension.width == column_width(spec), spec.header
    last_identity = column(sheet, IDENTITY[schema.name][1])
    assert sheet.freeze_panes == f"{get_column_letter(last_identity + 1)}2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_title_cols == f"$A:${get_column_letter(last_identity)}"
    assert sheet.page_setup.orientation == "landscape"


def test_every_list_column_has_its_dropdown(exported: Path) -> None:
    workbook = load_workbook(exported)
    reports = workbook["Reports"]
    claim = get_column_letter(column(reports, "Claim"))
    [validation] = [v for v in reports.data_validations.dataValidation if claim in str(v.sqref)]
    assert validation.type == "list" and validation.formula1.startswith("Lists!")
    assert workbook["Lists"].sheet_state == "hidden"


def test_dates_are_real_dates(exported: Path) -> None:
    reports = load_workbook(exported)["Reports"]
    cell = reports.cell(find_row(reports, "Claim", "killed"), column(reports, "Received on"))
    assert isinstance(cell.value, datetime) and cell.is_date


def test_the_read_me_prints_on_pages_as_wide_as_the_paper(exported: Path) -> None:
    readme = load_workbook(exported)["Read me"]
    assert readme.sheet_properties.pageSetUpPr.fitToPage
    assert (readme.page_setup.fitToWidth, readme.page_setup.fitToHeight) == (1, 0)


def test_read_me_rows_are_as_tall_as_their_wrapped_text(exported: Path) -> None:
    readme = load_workbook(exported)["Read me"]
    assert readme["A1"].value == "Caseworker: exported cases"
    assert not readme["A1"].alignment.wrap_text  # the title runs on over the empty cells
    long_line = readme["B2"]
    assert long_line.alignment.wrap_text and len(long_line.value) > 70
    assert readme.row_dimensions[2].height >= 30
