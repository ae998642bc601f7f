"""How an exported workbook prints: A4, each sheet as wide as the paper, long text wrapped in
rows tall enough for it, and no page for a sheet that holds only its header.

Read back with openpyxl; where LibreOffice is installed (``soffice`` on the PATH), a one-case
workbook is printed to PDF and its pages counted (a one-case workbook once printed as forty
mostly empty Letter pages).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from caseworker.db import Database
from caseworker.xlsx.export.paper import LINE_POINTS
from caseworker.xlsx.workbook.schema import ALL_SHEETS, EVIDENCE, FAMILY_LOG, INQUIRIES, REPORTS
from tests.conftest import SampleCase, add_report
from tests.libreoffice import converted_by_calc, needs_libreoffice
from tests.xlsx.conftest import column, export, find_row

A4 = {(595, 842), (842, 595)}
LONG_SUMMARY = (
    "Сослуживец рассказал жене по телефону, что видел его в колонне раненых у моста, "
    "а потом их повезли в сторону города; больше он ничего не знает."
)


def printed_sheets(path: Path) -> list[Worksheet]:
    """The sheets a spreadsheet program prints: the visible ones, in order."""
    return [sheet for sheet in load_workbook(path).worksheets if sheet.sheet_state == "visible"]


@pytest.fixture
def with_long_text(database: Database, sample_case: SampleCase, tmp_path: Path) -> Path:
    with database.write() as session:
        add_report(
            session,
            sample_case.person_id,
            "wounded",
            "2026-04-06",
            source_kind="comrade",
            source_name="=сослуживец из соседнего взвода, позывной «Гром»",
            summary=LONG_SUMMARY,
        )
    return export(database, tmp_path / "cases.xlsx", case_ids=[sample_case.case_id])


def test_every_printed_sheet_is_a4_and_as_wide_as_the_paper(exported: Path) -> None:
    sheets = printed_sheets(exported)

    assert len(sheets) == 1 + len(ALL_SHEETS)  # the Read me, then the data sheets
    for sheet in sheets:
        setup = sheet.page_setup
        assert str(setup.paperSize) == Worksheet.PAPERSIZE_A4, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
    assert sheets[0].page_setup.orientation == "portrait"  # the Read me
    assert all(sheet.page_setup.orientation == "landscape" for sheet in sheets[1:])


def test_long_text_wraps_in_a_row_tall_enough(with_long_text: Path) -> None:
    sheet = load_workbook(with_long_text)[REPORTS.name]
    row = find_row(sheet, "Summary", LONG_SUMMARY)

    summary = sheet.cell(row, column(sheet, "Summary"))
    assert summary.alignment.wrap_text and summary.data_type == "s"
    width = sheet.column_dimensions[summary.column_letter].width
    lines = -(-len(LONG_SUMMARY) // int(width))
    assert sheet.row_dimensions[row].height >= lines * LINE_POINTS
    # Short text stays plain, and its row keeps the default height.
    claim = sheet.cell(row, column(sheet, "Claim"))
    assert not claim.alignment.wrap_text
    short = find_row(sheet, "Claim", "killed")
    assert sheet.row_dimensions[short].height is None


def test_long_forced_text_wraps_and_stays_text(with_long_text: Path) -> None:
    sheet = load_workbook(with_long_text)[REPORTS.name]
    row = find_row(sheet, "Summary", LONG_SUMMARY)

    source = sheet.cell(row, column(sheet, "Source"))
    assert source.value == "=сослуживец из соседнего взвода, позывной «Гром»"
    assert source.data_type == "s" and source.quotePrefix
    assert source.alignment.wrap_text


def test_headers_wrap_rather_than_being_cut(exported: Path) -> None:
    for sheet in printed_sheets(exported)[1:]:
        assert all(cell.alignment.wrap_text for cell in sheet[1]), sheet.title


def test_a_sheet_of_only_its_header_prints_nothing(exported: Path) -> None:
    sheets = printed_sheets(exported)

    # The sample case has no inquiries, no family log and no evidence: their sheets' print
    # area is the empty row under the header.
    empty = [sheet for sheet in sheets if sheet.max_row == 1]
    assert {sheet.title for sheet in empty} == {INQUIRIES.name, FAMILY_LOG.name, EVIDENCE.name}
    for sheet in empty:
        assert str(sheet.print_area).split("!")[-1] == f"$A$2:${_last(sheet)}$2"
    # Sheets with rows print all of them, rows added later too: no print area.
    assert all(not sheet.print_area for sheet in sheets if sheet.max_row > 1)


@pytest.mark.usefixtures("sample_case")
def test_the_template_leaves_its_empty_reports_sheet_unprinted(
    database: Database, tmp_path: Path
) -> None:
    template = export(database, tmp_path / "template.xlsx", template=True)

    reports_sheet = load_workbook(template)[REPORTS.name]
    assert reports_sheet.max_row == 1 and reports_sheet.print_area
    assert reports_sheet.sheet_state == "visible", "new reports are entered there"


def _last(sheet: Worksheet) -> str:
    return str(sheet.cell(1, sheet.max_column).column_letter)


# Printed by LibreOffice -------------------------------------------------------------------


def printed_by_calc(path: Path) -> list[tuple[int, int]]:
    """``path`` printed to PDF by LibreOffice Calc: each page's size in points."""
    data = converted_by_calc(path, "pdf", "printed").read_bytes()
    pages = []
    for found in re.finditer(rb"\d+ 0 obj(.*?)endobj", data, re.S):
        body = found.group(1)
        if re.search(rb"/Type\s*/Page\b(?!s)", body):
            box = re.search(rb"/MediaBox\s*\[([^\]]*)\]", body)
            assert box is not None
            width, height = (round(float(value)) for value in box.group(1).split()[2:])
            pages.append((width, height))
    return pages


@needs_libreoffice
def test_a_one_case_workbook_prints_on_a_few_a4_pages(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    workbook = export(database, tmp_path / "case.xlsx", case_ids=[sample_case.case_id])
    template = export(database, tmp_path / "template.xlsx", template=True)

    pages = printed_by_calc(workbook)
    template_pages = printed_by_calc(template)

    assert set(pages) <= A4 and set(template_pages) <= A4
    # The Read me on two pages at most, then one page for each sheet with rows: the sheets
    # of inquiries, the family log and evidence (none in this case) print nothing, nor the
    # template's empty Reports sheet.
    with_rows = [s for s in printed_sheets(workbook)[1:] if s.max_row > 1]
    assert len(with_rows) == len(ALL_SHEETS) - 3
    assert len(with_rows) < len(pages) <= len(with_rows) + 2
    assert len(template_pages) == len(pages) - 1
