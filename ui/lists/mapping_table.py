"""The column mapping: each column of the list's file, a few of its values, and a combo
saying which field it holds ("not used" for none). Each field is held by one column at most:
choosing it for a column takes it from the column that had it."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import islice

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.lists import ListField, ListTable

translate = QCoreApplication.translate

#: What each field is called in the combo.
FIELD_NAMES: dict[ListField, str] = {
    ListField.SURNAME: QT_TRANSLATE_NOOP("ListMapping", "Surname"),
    ListField.GIVEN: QT_TRANSLATE_NOOP("ListMapping", "Given name"),
    ListField.PATRONYMIC: QT_TRANSLATE_NOOP("ListMapping", "Patronymic"),
    ListField.FULL_NAME: QT_TRANSLATE_NOOP("ListMapping", "Whole name (any order)"),
    ListField.BORN: QT_TRANSLATE_NOOP("ListMapping", "Date of birth"),
    ListField.SERVICE_NUMBER: QT_TRANSLATE_NOOP("ListMapping", "Service number"),
    ListField.UNIT: QT_TRANSLATE_NOOP("ListMapping", "Military unit"),
    ListField.REGION: QT_TRANSLATE_NOOP("ListMapping", "Region"),
    ListField.NOTE: QT_TRANSLATE_NOOP("ListMapping", "Note"),
}
#: How many of a column's values are shown as its example.
EXAMPLES = 3
_EXAMPLE_CHARACTERS = 60
_COLUMN, _EXAMPLE, _FIELD = 0, 1, 2


def field_name(field: ListField) -> str:
    return translate("ListMapping", FIELD_NAMES[field])


class MappingTable(QTableWidget):
    """``mapping_changed`` is emitted once the caseworker changed a column's field."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("columnMapping")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Its first values"),
                self.tr("What it holds"),
            ]
        )
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_FIELD, QHeaderView.ResizeMode.Interactive)
        self.resizeColumnToContents(_COLUMN)  # the headers whole before a file is read
        self.resizeColumnToContents(_FIELD)
        self._headers: tuple[str, ...] = ()
        self._combos: list[QComboBox] = []
        self._quiet = False

    def set_table(self, table: ListTable, mapping: Mapping[ListField, str]) -> None:
        """Show ``table``'s columns, each with the field ``mapping`` gives it."""
        self._headers = table.headers
        self._combos = []
        self.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            column = QTableWidgetItem(header)
            column.setToolTip(header)
            self.setItem(index, _COLUMN, column)
            filled = (cells[index] for _, cells in table.rows if cells[index])
            values = list(islice(filled, EXAMPLES))  # not the whole column of a long list
            example = "; ".join(" ".join(value.split()) for value in values)
            if len(example) > _EXAMPLE_CHARACTERS:
                example = example[: _EXAMPLE_CHARACTERS - 1] + "…"
            shown = QTableWidgetItem(example)
            shown.setToolTip("\n".join(values))
            self.setItem(index, _EXAMPLE, shown)
            combo = self._field_combo(index)
            self._combos.append(combo)
            self.setCellWidget(index, _FIELD, combo)
        self.resizeColumnToContents(_COLUMN)
        self.setColumnWidth(_COLUMN, min(self.columnWidth(_COLUMN), 260))
        if self._combos:  # a cell's widget is not its content: the column takes its width
            widest = max(combo.sizeHint().width() for combo in self._combos)
            self.setColumnWidth(_FIELD, max(widest, self.columnWidth(_FIELD)))
        self.set_mapping(mapping)

    def _field_combo(self, index: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"columnField{index}")
        combo.addItem(self.tr("not used"), None)
        for field in ListField:
            combo.addItem(field_name(field), field.value)
        combo.currentIndexChanged.connect(lambda _i, at=index: self._chosen(at))
        return combo

    def set_mapping(self, mapping: Mapping[ListField, str]) -> None:
        """Choose each column's field by ``mapping`` (field → header); the others not used."""
        by_header = {header: field for field, header in mapping.items()}
        self._quiet = True
        try:
            for header, combo in zip(self._headers, self._combos, strict=True):
                field = by_header.get(header)
                combo.setCurrentIndex(combo.findData(field.value if field else None))
        finally:
            self._quiet = False

    def choose(self, header: str, field: ListField | None) -> None:
        """Say that the column ``header`` holds ``field`` (None: not used), as a click would."""
        combo = self._combos[self._headers.index(header)]
        combo.setCurrentIndex(combo.findData(field.value if field else None))

    def mapping(self) -> dict[ListField, str]:
        """Field → header, as chosen."""
        return {
            ListField(combo.currentData()): header
            for header, combo in zip(self._headers, self._combos, strict=True)
            if combo.currentData() is not None
        }

    def _chosen(self, at: int) -> None:
        if self._quiet:
            return
        value = self._combos[at].currentData()
        if value is not None:
            self._quiet = True
            try:
                for index, combo in enumerate(self._combos):
                    if index != at and combo.currentData() == value:
                        combo.setCurrentIndex(0)  # a field is held by one column
            finally:
                self._quiet = False
        self.mapping_changed.emit()
