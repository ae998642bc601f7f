"""The table of one sought person's reports: claim, event date, source, grade, received on.

The rows are :class:`~caseworker.services.report_rows.ReportRow` values (re-exported here).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.services.report_rows import ReportRow
from ui.widgets.date_field import format_day, format_event
from ui.widgets.table_model import RecordListModel

__all__ = ["ReportColumn", "ReportRole", "ReportRow", "ReportTableModel", "describe"]

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


def describe(row: ReportRow) -> str:
    """One line naming the report: "killed · 2 апр. 2026 · unit: командир роты"."""
    return f"{label(row.claim)} · {format_event(row.event)} · {row.source_text}"


class ReportColumn(IntEnum):
    CLAIM = 0
    EVENT = 1
    SOURCE = 2
    GRADE = 3
    RECEIVED = 4


class ReportRole(IntEnum):
    REPORT_ID = Qt.ItemDataRole.UserRole + 1
    RETRACTED = Qt.ItemDataRole.UserRole + 2
    # A value that sorts as the column means (dates by date, not by their text).
    SORT_KEY = Qt.ItemDataRole.UserRole + 3


_HEADERS = {
    ReportColumn.CLAIM: QT_TRANSLATE_NOOP("ReportTableModel", "Claim"),
    ReportColumn.EVENT: QT_TRANSLATE_NOOP("ReportTableModel", "Event date"),
    ReportColumn.SOURCE: QT_TRANSLATE_NOOP("ReportTableModel", "Source"),
    ReportColumn.GRADE: QT_TRANSLATE_NOOP("ReportTableModel", "Grade"),
    ReportColumn.RECEIVED: QT_TRANSLATE_NOOP("ReportTableModel", "Received"),
}


_COLUMN_COUNT = len(ReportColumn)
_COLUMNS = list(ReportColumn)
# Views ask for many roles per cell while measuring; these are the ones answered.
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        *ReportRole,
    }
)


class ReportTableModel(RecordListModel[ReportRow]):
    HEADER_CONTEXT = "ReportTableModel"
    HEADERS = tuple(_HEADERS[column] for column in ReportColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The cell texts and sort keys, computed once per load: a table of 200 reports opens
        # at once (sorting it asks each key about 1,700 times).
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[str, ...]] = []
        #: The column the rows are sorted by, and how (None: as given).
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._struck_out = QFont()
        self._struck_out.setStrikeOut(True)

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [tuple(_display(row, column) for column in _COLUMNS) for row in self._rows]
        self._keys = [
            tuple(
                _sort_key(row, column, text) for column, text in zip(_COLUMNS, texts, strict=True)
            )
            for row, texts in zip(self._rows, self._texts, strict=True)
        ]
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows as the column means (dates by date), equal ones as given: once, in
        Python (a sorting proxy asked each key from Python ~1,700 times for 200 reports)."""
        if not 0 <= column < _COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in kept]
        self._sorted_by = (column, order)
        self._arrange()
        place = {row.id: number for number, row in enumerate(self._rows)}
        moved = [
            self.index(place[id_], index.column()) for id_, index in zip(ids, kept, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        if self._sorted_by is None:
            return
        column, order = self._sorted_by
        keys = self._keys
        numbers = sorted(
            range(len(self._rows)),
            key=lambda number: keys[number][column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[number] for number in numbers]
        self._texts = [self._texts[number] for number in numbers]
        self._keys = [keys[number] for number in numbers]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= column < _COLUMN_COUNT):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][column]
        row = self._rows[number]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, _COLUMNS[column])
        if role == Qt.ItemDataRole.FontRole:
            return self._struck_out if row.retracted else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.retracted:
                return None
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == ReportRole.REPORT_ID:
            return row.id
        if role == ReportRole.RETRACTED:
            return row.retracted
        return self._keys[number][column]


def _display(row: ReportRow, column: ReportColumn) -> str:
    if column is ReportColumn.CLAIM:
        return label(row.claim)
    if column is ReportColumn.EVENT:
        return format_event(row.event)
    if column is ReportColumn.SOURCE:
        return row.source_text
    if column is ReportColumn.GRADE:
        return row.grade
    return format_day(row.received_on)


def _tooltip(row: ReportRow, column: ReportColumn) -> str:
    if row.retracted:
        return translate("ReportTableModel", "Retracted by {who} on {day}: {reason}").format(
            who=row.retracted_by or translate("ReportTableModel", "unknown"),
            day=format_day(row.retracted_at.astimezone().date()) if row.retracted_at else "",
            reason=row.retraction_reason,
        )
    if column is ReportColumn.GRADE:
        return f"{label(row.reliability)}\n{label(row.credibility)}"
    if column is ReportColumn.EVENT:
        return f"{label(row.event.precision)}: {format_day(row.event.earliest)} – " + format_day(
            row.event.latest
        )
    if column is ReportColumn.SOURCE:
        details = [row.source_text, row.source_contact, row.document_ref]
        if row.derived_from_id is not None:
            details.append(
                translate("ReportTableModel", "Relays report {id}").format(id=row.derived_from_id)
            )
        return "\n".join(part for part in details if part)
    parts = [label(row.claim), row.place, row.summary]
    return "\n".join(part for part in parts if part)


def _sort_key(row: ReportRow, column: ReportColumn, text: str) -> str:
    """A text that sorts as the column means; ``text`` is the cell's."""
    if column is ReportColumn.EVENT:
        return f"{row.event.earliest.isoformat()}{row.event.latest.isoformat()}{row.id:09d}"
    if column is ReportColumn.RECEIVED:
        return f"{row.received_on.isoformat()}{row.id:09d}"
    return text.casefold()
