"""The "Read me" sheet and the hidden Lists sheet: what each sheet and column is for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from caseworker.i18n import translate
from caseworker.xlsx.export.cells import header_cell
from caseworker.xlsx.export.paper import set_up_paper
from caseworker.xlsx.workbook.language import column_title, formula_sheet, sheet_title, value_label
from caseworker.xlsx.workbook.schema import (
    ALL_SHEETS,
    EXPORTED_CASES_HEADER,
    LIST_ENUMS,
    LISTS_SHEET,
    Sheet,
)

_BOLD = Font(bold=True, size=12)
_WRAP = Alignment(wrap_text=True, vertical="top")


_WIDTHS = {"A": 26, "B": 70, "C": 60}
_LINE_POINTS = 15  # one line of the default 11-point font


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (about)."""
    return sum(max(1, -(-len(part) // width)) for part in text.split("\n"))


def write_readme(sheet: WriteOnlyWorksheet, template: bool) -> None:
    row = 0  # the last row written

    def styled(text: str, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, text)
        cell.alignment = _WRAP
        if font is not None:
            cell.font = font
        return cell

    def put(cells: list[WriteOnlyCell | None], lines: int = 1) -> None:
        # A file's rows keep the height they are given: a spreadsheet program does not always
        # fit them to wrapped text, which would then overlap the next row.
        nonlocal row
        row += 1
        for cell, width in zip(cells, _WIDTHS.values(), strict=False):  # cells may be fewer
            if cell is not None and cell.value and cell.alignment.wrap_text:
                lines = max(lines, _lines(str(cell.value), width))
        if lines > 1:
            sheet.row_dimensions[row].height = lines * _LINE_POINTS
        sheet.append(cells)

    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    set_up_paper(sheet, landscape=False)
    title = (
        translate("Xlsx", "Caseworker: offline entry template")
        if template
        else translate("Xlsx", "Caseworker: exported cases")
    )
    title_cell = WriteOnlyCell(sheet, title)  # not wrapped: it runs on over the empty cells
    title_cell.font = Font(bold=True, size=14)
    put([title_cell], lines=2)
    for line in (
        translate(
            "Xlsx",
            "Edit the rows, or add rows without a key for new records, then import the "
            "workbook in Caseworker. Rows deleted here are not deleted in the program.",
        ),
        translate(
            "Xlsx",
            "Keep the sheet names and the header rows as they are, and do not write formulas: "
            "the import refuses them.",
        ),
        translate(
            "Xlsx",
            "Choose values from the dropdown lists. The import also takes them typed in English "
            "or in Russian, in any letter case.",
        ),
    ):
        put([None, styled(line)])
    for data_sheet in ALL_SHEETS:
        put([])
        title = sheet_title(data_sheet.name)
        put([styled(title, _BOLD), styled(translate("Xlsx", data_sheet.description))])
        for column in data_sheet.columns:
            if column.hidden:
                continue
            allowed = ""
            if column.enum is not None:
                allowed = "; ".join(value_label(member) for member in column.enum)
            description = translate("Xlsx", column.description) if column.description else ""
            put([styled(column_title(column.header)), styled(description), styled(allowed)])


def list_ranges() -> dict[type[StrEnum], str]:
    """Where each enumeration's values lie on the Lists sheet, as a formula reference."""
    ranges = {}
    lists = formula_sheet(sheet_title(LISTS_SHEET))
    for position, enum in enumerate(LIST_ENUMS, 1):
        letter = get_column_letter(position)
        ranges[enum] = f"{lists}!${letter}$2:${letter}${len(enum) + 1}"
    return ranges


def add_dropdowns(sheet: WriteOnlyWorksheet, schema: Sheet) -> None:
    ranges = list_ranges()
    for position, column in enumerate(schema.columns, 1):
        if column.enum is None or not column.editable:
            continue
        letter = get_column_letter(position)
        # A warning, not a refusal: the import also takes the words of another language and
        # the coded values, which a spreadsheet program would otherwise refuse as typed.
        validation = DataValidation(
            type="list",
            formula1=ranges[column.enum],
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
        )
        validation.errorTitle = translate("Xlsx", "Not on the list")
        validation.error = translate(
            "Xlsx",
            "This is not one of the values on the list. The import also takes them in English "
            "or in Russian; anything else it refuses.",
        )
        validation.add(f"{letter}2:{letter}1048576")
        sheet.data_validations.append(validation)


def write_lists(sheet: WriteOnlyWorksheet, case_keys: Sequence[str]) -> None:
    """One column per enumeration, its values as the dropdowns show them in the user's
    language, then the keys of the exported cases. The headers are for the program only."""
    sheet.sheet_state = "hidden"
    columns: list[Sequence[str]] = [[value_label(m) for m in enum] for enum in LIST_ENUMS]
    columns.append(case_keys)
    headers: Iterable[str] = (*(enum.__name__ for enum in LIST_ENUMS), EXPORTED_CASES_HEADER)
    sheet.append([header_cell(sheet, header) for header in headers])
    longest = max(len(values) for values in columns)
    for index in range(longest):
        sheet.append([values[index] if index < len(values) else None for values in columns])
