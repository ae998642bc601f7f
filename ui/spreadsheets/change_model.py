"""What an import would change, one line per new record and per changed field."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx.importing.preview import PreviewLine
from ui.spreadsheets.preview_model import PreviewModel


class ChangeColumn(IntEnum):
    SHEET = 0
    ROW = 1
    RECORD = 2
    FIELD = 3
    OLD = 4
    NEW = 5


class ChangeModel(PreviewModel):
    """The preview's lines: sheet, row, whose record, which field, old value, new value."""

    HEADER_CONTEXT = "ChangeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ChangeModel", "Sheet"),
        QT_TRANSLATE_NOOP("ChangeModel", "Row"),
        QT_TRANSLATE_NOOP("ChangeModel", "Record"),
        QT_TRANSLATE_NOOP("ChangeModel", "Field"),
        QT_TRANSLATE_NOOP("ChangeModel", "Now"),
        QT_TRANSLATE_NOOP("ChangeModel", "After the import"),
    )

    def __init__(self, lines: Sequence[PreviewLine] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = list(lines)

    def row_total(self) -> int:
        return len(self._lines)

    def line(self, row: int) -> PreviewLine:
        return self._lines[row]

    def cell(self, row: int, column: int, role: int) -> Any:
        line = self._lines[row]
        column = ChangeColumn(column)
        cells = (line.sheet, line.row, line.record, line.field, line.old, line.new)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column >= ChangeColumn.RECORD:
            return str(cells[column]) or None
        return None
