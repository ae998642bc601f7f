"""What an import would change, one line per new record and per changed field."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx.importing.preview import PreviewLine
from ui.widgets.table_model import FlatTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ChangeColumn(IntEnum):
    SHEET = 0
    ROW = 1
    RECORD = 2
    FIELD = 3
    OLD = 4
    NEW = 5


class ChangeModel(FlatTableModel):
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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = ChangeColumn(index.column())
        cells = (line.sheet, line.row, line.record, line.field, line.old, line.new)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column >= ChangeColumn.RECORD:
            return str(cells[column]) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ChangeColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
