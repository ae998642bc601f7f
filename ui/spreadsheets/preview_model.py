"""What the import preview's tables share: read-only rows, the workbook's row number aligned
as a number, and nothing answered for a row that is not there."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from ui.widgets.table_model import AnyIndex, FlatTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PreviewModel(FlatTableModel):
    """A flat table of the preview whose subclass answers :meth:`cell` for the rows it holds."""

    #: The column holding the workbook's row number.
    ROW_COLUMN: ClassVar[int] = 1

    def cell(self, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_total():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW_COLUMN:
            return _RIGHT
        return self.cell(index.row(), index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
