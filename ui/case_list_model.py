"""The case list as a lazily loading table model; filtering and sorting happen in the query."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from caseworker.db import Database
from caseworker.labels import label
from caseworker.services import case_list
from caseworker.services.case_list import CaseQuery, CaseRow, CaseSort
from caseworker.vocab import CaseStatus

PAGE_SIZE = 200
COUNT_POLL_MS = 10
# Counts are rare and short; two workers let a stale count finish while the new one runs.
_COUNT_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="case-count")
OVERDUE_COLOUR = QColor(192, 32, 32)

Index = QModelIndex | QPersistentModelIndex


class CaseColumn(IntEnum):
    REFERENCE = 0
    FAMILY = 1
    REGION = 2
    PERSONS = 3
    STATUS = 4
    LAST_REPORT = 5
    NEXT_DUE = 6


class CaseListRole(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    OVERDUE = Qt.ItemDataRole.UserRole + 2


COLUMN_SORT: dict[CaseColumn, CaseSort] = {
    CaseColumn.REFERENCE: CaseSort.REFERENCE,
    CaseColumn.FAMILY: CaseSort.FAMILY,
    CaseColumn.REGION: CaseSort.REGION,
    CaseColumn.PERSONS: CaseSort.PERSONS,
    CaseColumn.STATUS: CaseSort.STATUS,
    CaseColumn.LAST_REPORT: CaseSort.LAST_REPORT,
    CaseColumn.NEXT_DUE: CaseSort.NEXT_DUE,
}


def locale_date(value: date | None) -> str:
    """A date as the current locale writes it in short form ("02.04.2026" in Russian)."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def is_overdue(row: CaseRow, today: date) -> bool:
    return (
        row.next_action_due is not None
        and row.next_action_due < today
        and row.status != CaseStatus.CLOSED
    )


def _count_cases(database: Database, query: CaseQuery) -> int:
    """Runs in a worker thread, with its own session."""
    with database.read() as session:
        return case_list.count_cases(session, query)


class CaseCounter(QObject):
    """Counts the cases matching a query in a worker thread; only the newest count is told.

    The worker touches no Qt object: a timer in the GUI thread collects its result, and an
    error in the worker is raised there, so it reaches the error hook like any other.
    """

    counted = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._future: Future[int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(COUNT_POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self, query: CaseQuery) -> None:
        self.cancel()
        self._future = _COUNT_WORKERS.submit(_count_cases, self._database, query)
        self._poll.start()

    def cancel(self) -> None:
        """Forget the count under way (a running one finishes unheard)."""
        if self._future is not None:
            self._future.cancel()
        self._future = None
        self._poll.stop()

    def wait(self) -> int:
        """The count under way, waiting for it (tests, and callers that cannot wait)."""
        future, self._future = self._future, None
        self._poll.stop()
        if future is None:
            raise RuntimeError("no count under way")
        return future.result()

    def _collect(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self.cancel()
        self.counted.emit(future.result())


class CaseListModel(QAbstractTableModel):
    """Cases matching a :class:`CaseQuery`, fetched from the database a page at a time."""

    #: How many cases match the query, once known (right after a reset, or from the count).
    total_changed = Signal(int)

    def __init__(
        self, database: Database, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._page_size = page_size
        self._query = CaseQuery()
        self._rows: list[CaseRow] = []
        self._more = False
        self._total: int | None = 0
        self._counter = CaseCounter(database, self)
        self._counter.counted.connect(self._on_counted)
        self._today = date.today()
        self._headers = {
            CaseColumn.REFERENCE: self.tr("Reference"),
            CaseColumn.FAMILY: self.tr("Family"),
            CaseColumn.REGION: self.tr("Region"),
            CaseColumn.PERSONS: self.tr("Sought persons"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.LAST_REPORT: self.tr("Last report"),
            CaseColumn.NEXT_DUE: self.tr("Action due"),
        }
        self._header_tips = {
            CaseColumn.PERSONS: self.tr("The persons this family is looking for"),
            CaseColumn.LAST_REPORT: self.tr("When the newest report was received"),
            CaseColumn.NEXT_DUE: self.tr("When the next action on the case is due; red if overdue"),
        }
        self._load(self._page_size)

    # Query ------------------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many cases match the query, loaded or not (waits for the count if need be)."""
        if self._total is None:
            self._on_counted(self._counter.wait())
        assert self._total is not None
        return self._total

    @property
    def known_total(self) -> int | None:
        """The count if known already, else None (``total_changed`` will tell it)."""
        return self._total

    def set_query(self, query: CaseQuery) -> None:
        """Show the cases matching ``query``, starting again from its first page."""
        if query == self._query:
            return
        self._query = query
        self._reset(self._page_size)

    def refresh(self) -> None:
        """Reload after the data changed, keeping as many rows loaded as before."""
        self._reset(max(self._page_size, len(self._rows)))

    def _reset(self, limit: int) -> None:
        self.beginResetModel()
        try:
            self._load(limit)
        finally:
            self.endResetModel()
        if self._total is not None:
            self.total_changed.emit(self._total)

    def _load(self, limit: int) -> None:
        # The first page comes first; the count (as slow as a page for a broad search, and
        # not needed to page) follows from a worker thread.
        self._today = date.today()
        with self._database.read() as session:
            rows = case_list.fetch_case_rows(session, self._query, 0, limit + 1)
        self._rows, self._more = rows[:limit], len(rows) > limit
        self._total = None if self._more else len(self._rows)
        if self._total is None:
            self._counter.start(self._query)
        else:
            self._counter.cancel()

    def _on_counted(self, total: int) -> None:
        self._total = total
        self.total_changed.emit(total)

    # Lookup -----------------------------------------------------------------------------------

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of_case(self, case_id: int) -> int | None:
        """The row of ``case_id`` among the loaded rows, or None."""
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return None

    # QAbstractItemModel -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        first = len(self._rows)
        with self._database.read() as session:
            page = case_list.fetch_case_rows(session, self._query, first, self._page_size + 1)
        page, self._more = page[: self._page_size], len(page) > self._page_size
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(CaseColumn)):
            return None
        row = self._rows[index.row()]
        column = CaseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CaseListRole.CASE_ID:
            return row.id
        if role == CaseListRole.OVERDUE:
            return is_overdue(row, self._today)
        if column == CaseColumn.NEXT_DUE and is_overdue(row, self._today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The next action is overdue")
        return None

    def _display(self, row: CaseRow, column: CaseColumn) -> str:
        if column == CaseColumn.REFERENCE:
            return row.reference
        if column == CaseColumn.FAMILY:
            return row.family_name
        if column == CaseColumn.REGION:
            return row.region
        if column == CaseColumn.PERSONS:
            return row.persons_label
        if column == CaseColumn.STATUS:
            return label(row.status)
        if column == CaseColumn.LAST_REPORT:
            return locale_date(row.last_report_on)
        return locale_date(row.next_action_due)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CaseColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[CaseColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(CaseColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the query (a proxy would have to load every row first)."""
        if not 0 <= column < len(CaseColumn):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self._query, sort=COLUMN_SORT[CaseColumn(column)], descending=descending)
        )
