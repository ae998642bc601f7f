"""The invalid cells of a workbook: sheet, row, column, value and reason, readable and copyable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx import CellError
from caseworker.xlsx.workbook.language import column_title, sheet_title
from ui.spreadsheets.preview_model import PreviewModel

translate = QCoreApplication.translate


class ErrorColumn(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    VALUE = 3
    REASON = 4


class ErrorRole(IntEnum):
    #: The :class:`~caseworker.xlsx.CellError` of the row.
    ERROR = Qt.ItemDataRole.UserRole + 1


_HEADERS = {
    ErrorColumn.SHEET: QT_TRANSLATE_NOOP("ErrorModel", "Sheet"),
    ErrorColumn.ROW: QT_TRANSLATE_NOOP("ErrorModel", "Row"),
    ErrorColumn.COLUMN: QT_TRANSLATE_NOOP("ErrorModel", "Column"),
    ErrorColumn.VALUE: QT_TRANSLATE_NOOP("ErrorModel", "Value"),
    ErrorColumn.REASON: QT_TRANSLATE_NOOP("ErrorModel", "What is wrong"),
}


def _cells(error: CellError) -> tuple[str, ...]:
    sheet, column = sheet_title(error.sheet), column_title(error.column)
    return (sheet, str(error.row), column, error.value, error.reason)


def _tsv_field(text: str) -> str:
    # A copied table pastes into a spreadsheet or an e-mail; keep one record per line.
    return " ".join(text.replace("\t", " ").splitlines())


class ErrorModel(PreviewModel):
    """One row per invalid cell, in the order the workbook has them."""

    HEADER_CONTEXT = "ErrorModel"
    HEADERS = tuple(_HEADERS[column] for column in ErrorColumn)

    def __init__(self, errors: Sequence[CellError] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: list[CellError] = list(errors)

    def set_errors(self, errors: Sequence[CellError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def error(self, row: int) -> CellError:
        return self._errors[row]

    def row_total(self) -> int:
        return len(self._errors)

    def cell(self, row: int, column: int, role: int) -> Any:
        error = self._errors[row]
        column = ErrorColumn(column)
        if role == ErrorRole.ERROR:
            return error
        if role == Qt.ItemDataRole.DisplayRole:
            if column is ErrorColumn.ROW:
                return error.row
            return _cells(error)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            ErrorColumn.VALUE,
            ErrorColumn.REASON,
        ):
            return _cells(error)[column] or None
        return None

    def as_tsv(self, rows: Iterable[int] | None = None) -> str:
        """The header and the given rows (all when None) as tab-separated lines, for pasting."""
        chosen = range(len(self._errors)) if rows is None else sorted(set(rows))
        lines = ["\t".join(translate("ErrorModel", _HEADERS[column]) for column in ErrorColumn)]
        lines += ["\t".join(map(_tsv_field, _cells(self._errors[row]))) for row in chosen]
        return "\n".join(lines) + "\n"
