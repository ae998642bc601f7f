"""The table of a case's family log: when, whom, by whom, how, what, about whom, the note.

A death told over the disclosure gate's refusal is shown in the problem colour, marked, with
the written reason in its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.services.family_log import FamilyLogRow
from ui.widgets.date_field import PROBLEM_COLOUR, format_day
from ui.widgets.table_model import AnyIndex, Columns, RecordListModel, read_only_flags

translate = QCoreApplication.translate


class FamilyColumn(Columns):
    TOLD_ON = 0
    RELATIVE = 1
    BY = 2
    HOW = 3
    WHAT = 4
    PERSON = 5
    NOTE = 6


class FamilyLogModel(RecordListModel[FamilyLogRow]):
    HEADER_CONTEXT = "FamilyLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FamilyLogModel", "When"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "Relative"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "By"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "How"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "What"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "About"),
        QT_TRANSLATE_NOOP("FamilyLogModel", "Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._persons: dict[int, str] = {}

    def set_rows(self, rows: list[FamilyLogRow], persons: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._persons = dict(persons)
        self.endResetModel()

    def latest_row_of(self, relative_id: int) -> int | None:
        """The row of the relative's latest entry (the log runs earliest first)."""
        rows = [n for n, row in enumerate(self._rows) if row.relative_id == relative_id]
        return rows[-1] if rows else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, FamilyColumn(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and row.overridden:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overridden:
                return translate(
                    "FamilyLogModel",
                    "Told over the disclosure gate's refusal. Reason: {reason}",
                ).format(reason=row.override_reason)
            return row.note or None
        return None

    def _text(self, row: FamilyLogRow, column: FamilyColumn) -> str:
        if column is FamilyColumn.TOLD_ON:
            return format_day(row.told_on)
        if column is FamilyColumn.RELATIVE:
            return row.relative_name
        if column is FamilyColumn.BY:
            return row.told_by
        if column is FamilyColumn.HOW:
            return label(row.how)
        if column is FamilyColumn.WHAT:
            if row.overridden:
                return translate("FamilyLogModel", "{what} (without a sufficient basis)").format(
                    what=label(row.what)
                )
            return label(row.what)
        if column is FamilyColumn.PERSON:
            return self._persons.get(row.person_id or -1, "")
        return " ".join(row.note.split())
