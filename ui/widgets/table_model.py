"""A flat table model: a list of rows under fixed column headers, translated when shown;
a model of one list of records, found by index or id; and how a model numbers its columns
and its own roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def read_only_flags(index: AnyIndex) -> Qt.ItemFlag:
    """The flags of a cell of a flat, read-only model: shown, selectable, no children."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


class Columns(IntEnum):
    """A model's columns, numbered from 0 in the order they are declared (``= auto()``)."""

    @staticmethod
    def _generate_next_value_(_name: str, _start: int, count: int, _last: list[Any]) -> int:
        return count


class Roles(IntEnum):
    """A model's own item data roles, numbered after ``Qt.ItemDataRole.UserRole`` in the
    order they are declared (``= auto()``)."""

    @staticmethod
    def _generate_next_value_(_name: str, _start: int, count: int, _last: list[Any]) -> int:
        return int(Qt.ItemDataRole.UserRole) + 1 + count


class FlatTableModel(QAbstractTableModel):
    """Row and column counts and horizontal headers for a model of one list of rows.

    A subclass names its headers in column order, marked with ``QT_TRANSLATE_NOOP`` under
    ``HEADER_CONTEXT`` (so that lupdate finds them), and says how many rows it holds;
    ``HEADER_TIPS`` gives the tooltips of some headers, marked the same way.
    """

    HEADER_CONTEXT: ClassVar[str]
    HEADERS: ClassVar[Sequence[str]]
    HEADER_TIPS: ClassVar[Mapping[int, str]] = {}

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text: str | None = self.HEADERS[section]
        elif role == Qt.ItemDataRole.ToolTipRole:
            text = self.HEADER_TIPS.get(section)
        else:
            return None
        return None if text is None else QCoreApplication.translate(self.HEADER_CONTEXT, text)


class Identified(Protocol):
    """A record with its database id."""

    @property
    def id(self) -> int: ...


RecordT = TypeVar("RecordT", bound=Identified)


class RecordListModel(FlatTableModel, Generic[RecordT]):
    """A flat model of one list of records, a row each: the subclass replaces ``_rows``
    whole (between ``beginResetModel`` and ``endResetModel``) and says what a cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordT] = []

    def rows(self) -> list[RecordT]:
        return list(self._rows)

    def row_total(self) -> int:
        return len(self._rows)

    def row_at(self, index: AnyIndex) -> RecordT | None:
        """The record of ``index``'s row; None for no row of this model."""
        if not index.isValid() or index.model() is not self:
            return None
        number = index.row()
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def index_of(self, record_id: int) -> QModelIndex:
        """The first cell of the record ``record_id``'s row (invalid when it is not here)."""
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return self.index(number, 0)
        return QModelIndex()
