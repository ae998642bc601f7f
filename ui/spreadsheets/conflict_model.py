"""The conflicts of an import, field by field, with the caseworker's choice for each.

A row is one field changed both in the workbook and, since the export, in the database. Its
two value columns are checkable and exclusive like a pair of radio buttons: the checked one
is the value the import keeps. No row starts chosen: nothing is applied by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx import Choice, Conflict
from caseworker.xlsx.workbook.language import column_title, sheet_title
from ui.spreadsheets.preview_model import PreviewModel
from ui.widgets.table_model import AnyIndex

translate = QCoreApplication.translate

ChoiceKey = tuple[str, str, str]


class ConflictColumn(IntEnum):
    SHEET = 0
    ROW = 1
    RECORD = 2
    FIELD = 3
    WORKBOOK = 4
    DATABASE = 5


class ConflictRole(IntEnum):
    #: The :class:`~caseworker.xlsx.Conflict` of the row.
    CONFLICT = Qt.ItemDataRole.UserRole + 1
    #: The row's :class:`~caseworker.xlsx.Choice`, or None while the caseworker has not chosen.
    CHOICE = Qt.ItemDataRole.UserRole + 2


_HEADERS = {
    ConflictColumn.SHEET: QT_TRANSLATE_NOOP("ConflictModel", "Sheet"),
    ConflictColumn.ROW: QT_TRANSLATE_NOOP("ConflictModel", "Row"),
    ConflictColumn.RECORD: QT_TRANSLATE_NOOP("ConflictModel", "Record"),
    ConflictColumn.FIELD: QT_TRANSLATE_NOOP("ConflictModel", "Column"),
    ConflictColumn.WORKBOOK: QT_TRANSLATE_NOOP("ConflictModel", "In the workbook"),
    ConflictColumn.DATABASE: QT_TRANSLATE_NOOP("ConflictModel", "In the database now"),
}
_VALUE_COLUMNS = {
    ConflictColumn.WORKBOOK: Choice.TAKE_WORKBOOK,
    ConflictColumn.DATABASE: Choice.KEEP_DATABASE,
}
_EMPTY = QT_TRANSLATE_NOOP("ConflictModel", "(empty)")


def _font(*, bold: bool, italic: bool) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class ConflictModel(PreviewModel):
    """One row per conflicting field; check the value to keep in the workbook or database column."""

    HEADER_CONTEXT = "ConflictModel"
    HEADERS = tuple(_HEADERS[column] for column in ConflictColumn)

    #: Emitted whenever a choice is made or changed.
    choices_changed = Signal()

    def __init__(self, conflicts: Sequence[Conflict] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = list(conflicts)
        self._choices: dict[int, Choice] = {}

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._choices = {}
        self.endResetModel()
        self.choices_changed.emit()

    # Choosing ---------------------------------------------------------------------------------

    def choice(self, row: int) -> Choice | None:
        return self._choices.get(row)

    def choose(self, row: int, choice: Choice) -> None:
        if not 0 <= row < len(self._conflicts) or self._choices.get(row) is choice:
            return
        self._choices[row] = choice
        self.dataChanged.emit(
            self.index(row, ConflictColumn.WORKBOOK),
            self.index(row, ConflictColumn.DATABASE),
            [Qt.ItemDataRole.CheckStateRole, ConflictRole.CHOICE],
        )
        self.choices_changed.emit()

    def choose_all(self, choice: Choice) -> None:
        if not self._conflicts:
            return
        self._choices = dict.fromkeys(range(len(self._conflicts)), choice)
        self.dataChanged.emit(
            self.index(0, ConflictColumn.WORKBOOK),
            self.index(len(self._conflicts) - 1, ConflictColumn.DATABASE),
            [Qt.ItemDataRole.CheckStateRole, ConflictRole.CHOICE],
        )
        self.choices_changed.emit()

    def unchosen(self) -> int:
        """How many conflicts still wait for the caseworker's choice."""
        return len(self._conflicts) - len(self._choices)

    def choices(self) -> dict[ChoiceKey, Choice]:
        """The choices made so far, keyed as :func:`~caseworker.xlsx.apply_import` wants them."""
        return {self._conflicts[row].choice_key: choice for row, choice in self._choices.items()}

    # The model --------------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._conflicts)

    def cell(self, row: int, column: int, role: int) -> Any:
        conflict = self._conflicts[row]
        column = ConflictColumn(column)
        if role == ConflictRole.CONFLICT:
            return conflict
        if role == ConflictRole.CHOICE:
            return self._choices.get(row)
        if column in _VALUE_COLUMNS:
            return self._value_data(row, conflict, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is ConflictColumn.SHEET:
                return sheet_title(conflict.sheet)
            if column is ConflictColumn.ROW:
                return conflict.row
            if column is ConflictColumn.RECORD:
                return conflict.record
            return column_title(conflict.field)
        if role == Qt.ItemDataRole.ToolTipRole and column is ConflictColumn.RECORD:
            return conflict.record or None
        return None

    def _value_data(self, row: int, conflict: Conflict, column: ConflictColumn, role: int) -> Any:
        text = (
            conflict.workbook_value
            if column is ConflictColumn.WORKBOOK
            else conflict.database_value
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return text or translate("ConflictModel", _EMPTY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        chosen = self._choices.get(row) is _VALUE_COLUMNS[column]
        if role == Qt.ItemDataRole.FontRole and (chosen or not text):
            return _font(bold=chosen, italic=not text)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() not in _VALUE_COLUMNS
        ):
            return False
        # Like a radio button, a value is chosen by checking it; unchecking it changes nothing.
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False
        self.choose(index.row(), _VALUE_COLUMNS[ConflictColumn(index.column())])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in _VALUE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
