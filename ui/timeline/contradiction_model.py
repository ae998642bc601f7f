"""The table of a person's contradictions: rule, severity, the sentence, the explanation note."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.services.timeline import ListedContradiction
from caseworker.timeline import Severity
from caseworker.timeline.sentences import rule_label, severity_label
from ui.widgets.date_field import PROBLEM_COLOUR, format_day
from ui.widgets.table_model import FlatTableModel, read_only_flags

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


class ContradictionColumn(IntEnum):
    RULE = 0
    SEVERITY = 1
    SENTENCE = 2
    NOTE = 3


class ContradictionRole(IntEnum):
    #: The :class:`ListedContradiction` of the row.
    LISTED = Qt.ItemDataRole.UserRole + 1
    #: The sorted ids of the reports involved (a tuple of ints).
    REPORT_IDS = Qt.ItemDataRole.UserRole + 2
    EXPLAINED = Qt.ItemDataRole.UserRole + 3
    #: The rule's stored value ("alive_after_death", ...).
    RULE = Qt.ItemDataRole.UserRole + 4
    #: The severity's stored value ("high", "medium", "low").
    SEVERITY = Qt.ItemDataRole.UserRole + 5


_HEADERS = {
    ContradictionColumn.RULE: QT_TRANSLATE_NOOP("ContradictionModel", "Contradiction"),
    ContradictionColumn.SEVERITY: QT_TRANSLATE_NOOP("ContradictionModel", "Severity"),
    ContradictionColumn.SENTENCE: QT_TRANSLATE_NOOP("ContradictionModel", "What disagrees"),
    ContradictionColumn.NOTE: QT_TRANSLATE_NOOP("ContradictionModel", "Explained"),
}
_COLUMNS = list(ContradictionColumn)


def _texts(item: ListedContradiction) -> tuple[str, ...]:
    found = item.contradiction
    note = (
        translate("ContradictionModel", "explained: {note}").format(note=item.note)
        if item.explained
        else translate("ContradictionModel", "open")
    )
    return (
        rule_label(found.rule.value),
        severity_label(found.severity.value),
        found.explanation,
        note,
    )


def _explained_tooltip(item: ListedContradiction) -> str:
    who = item.explained_by or translate("ContradictionModel", "unknown")
    when = format_day(item.explained_at.date()) if item.explained_at else ""
    return translate("ContradictionModel", "Explained by {who} on {day}:\n{note}").format(
        who=who, day=when, note=item.note
    )


class ContradictionModel(FlatTableModel):
    """The findings of one timeline, open ones first (the order the service gives)."""

    HEADER_CONTEXT = "ContradictionModel"
    HEADERS = tuple(_HEADERS[column] for column in ContradictionColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ListedContradiction] = []
        # The sentences are worded once per load: they are read on every repaint.
        self._texts: list[tuple[str, ...]] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_contradictions(self, items: Sequence[ListedContradiction]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [_texts(item) for item in self._items]
        self.endResetModel()

    def item_at(self, row: int) -> ListedContradiction | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, key: tuple[str, tuple[int, ...]]) -> int | None:
        """The row of the contradiction with this (rule value, report ids) key, if listed."""
        for number, item in enumerate(self._items):
            found = item.contradiction
            if (found.rule.value, found.report_ids) == key:
                return number
        return None

    @property
    def open_count(self) -> int:
        return sum(1 for item in self._items if not item.explained)

    # QAbstractItemModel ---------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._items) and 0 <= column < len(_COLUMNS)):
            return None
        item = self._items[number]
        found = item.contradiction
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ContradictionColumn.NOTE and item.explained:
                return _explained_tooltip(item)
            rule = self._texts[number][ContradictionColumn.RULE]
            return f"{rule}\n{self._texts[number][ContradictionColumn.SENTENCE]}"
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if item.explained else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.explained:
                return QGuiApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if column == ContradictionColumn.SEVERITY and found.severity is Severity.HIGH:
                return QBrush(PROBLEM_COLOUR)
            return None
        if role == ContradictionRole.LISTED:
            return item
        if role == ContradictionRole.REPORT_IDS:
            return found.report_ids
        if role == ContradictionRole.EXPLAINED:
            return item.explained
        if role == ContradictionRole.RULE:
            return found.rule.value
        if role == ContradictionRole.SEVERITY:
            return found.severity.value
        return None
