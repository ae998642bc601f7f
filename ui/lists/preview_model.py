"""The import preview's two tables: the first entries as they will be read, and every row
that is not an entry with its number and why (with the row's cells as the file has them)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.lists import ListTable, ParsedEntry, RowError
from ui.spreadsheets.preview_model import PreviewModel
from ui.widgets.date_field import format_event

#: How many entries the preview shows (the count below it is of them all).
PREVIEW_ROWS = 200


class EntryColumn(IntEnum):
    ROW = 0
    SURNAME = 1
    GIVEN = 2
    PATRONYMIC = 3
    BORN = 4
    SERVICE_NUMBER = 5
    UNIT = 6
    REGION = 7
    NOTE = 8


class EntryPreviewModel(PreviewModel):
    """The first :data:`PREVIEW_ROWS` entries, field by field, as the import will store them."""

    ROW_COLUMN = EntryColumn.ROW
    HEADER_CONTEXT = "ListPreview"
    HEADERS = (
        QT_TRANSLATE_NOOP("ListPreview", "Row"),
        QT_TRANSLATE_NOOP("ListPreview", "Surname"),
        QT_TRANSLATE_NOOP("ListPreview", "Given name"),
        QT_TRANSLATE_NOOP("ListPreview", "Patronymic"),
        QT_TRANSLATE_NOOP("ListPreview", "Born"),
        QT_TRANSLATE_NOOP("ListPreview", "Service number"),
        QT_TRANSLATE_NOOP("ListPreview", "Unit"),
        QT_TRANSLATE_NOOP("ListPreview", "Region"),
        QT_TRANSLATE_NOOP("ListPreview", "Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ParsedEntry] = []

    def set_entries(self, entries: Sequence[ParsedEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries[:PREVIEW_ROWS])
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[row]
        values = (
            entry.row,
            entry.surname,
            entry.given_name,
            entry.patronymic,
            format_event(entry.born) if entry.born is not None else "",
            entry.service_number,
            entry.unit,
            entry.region,
            " ".join(entry.note.split()),
        )
        value = values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if column == EntryColumn.NOTE and value else None
        return value


class RowErrorColumn(IntEnum):
    ROW = 0
    REASON = 1
    CELLS = 2


class RowErrorModel(PreviewModel):
    """Every row that is not an entry: its number, the sentence, its cells as published."""

    ROW_COLUMN = RowErrorColumn.ROW
    HEADER_CONTEXT = "ListPreview"
    HEADERS = (
        QT_TRANSLATE_NOOP("ListPreview", "Row"),
        QT_TRANSLATE_NOOP("ListPreview", "Why it is not an entry"),
        QT_TRANSLATE_NOOP("ListPreview", "The row in the file"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: list[RowError] = []
        self._cells: dict[int, str] = {}

    def set_errors(self, errors: Sequence[RowError], table: ListTable | None) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        wanted = {error.row for error in errors}
        rows = table.rows if table is not None else ()
        self._cells = {
            number: " · ".join(cell for cell in cells if cell)
            for number, cells in rows
            if number in wanted
        }
        self.endResetModel()

    def errors(self) -> list[RowError]:
        return list(self._errors)

    def row_total(self) -> int:
        return len(self._errors)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        error = self._errors[row]
        if column == RowErrorColumn.ROW:
            return error.row if role == Qt.ItemDataRole.DisplayRole else None
        if column == RowErrorColumn.REASON:
            return error.message
        return self._cells.get(error.row, "")
