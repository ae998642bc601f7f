"""The case list as a lazily loading table model; filtering and sorting happen in the query."""

from __future__ import annotations

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
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from caseworker.db import Database
from caseworker.labels import label
from caseworker.services import case_list
from caseworker.services.case_list import CaseQuery, CaseRow, CaseSort
from caseworker.vocab import CaseStatus
from ui.case_counters import CaseCounter, ContradictionCounter, Counts

PAGE_SIZE = 200
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
    CONTRADICTIONS = 7


class CaseListRole(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    OVERDUE = Qt.ItemDataRole.UserRole + 2
    #: The open contradictions of the case's persons (None until analysed).
    OPEN_CONTRADICTIONS = Qt.ItemDataRole.UserRole + 3
    #: Whether credible reports about a person of the case disagree (None until analysed).
    CONTESTED = Qt.ItemDataRole.UserRole + 4


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


#: The columns of names, which a narrow list elides (their tooltip holds the whole).
NAMES = frozenset({CaseColumn.FAMILY, CaseColumn.REGION, CaseColumn.PERSONS})


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
        self._contradictions: Counts = {}
        self._analyser = ContradictionCounter(database, self)
        self._analyser.counted.connect(self._on_analysed)
        self._today = date.today()
        self._headers = {
            CaseColumn.REFERENCE: self.tr("Reference"),
            CaseColumn.FAMILY: self.tr("Family"),
            CaseColumn.REGION: self.tr("Region"),
            CaseColumn.PERSONS: self.tr("Sought persons"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.LAST_REPORT: self.tr("Last report"),
            CaseColumn.NEXT_DUE: self.tr("Action due"),
            CaseColumn.CONTRADICTIONS: self.tr("⚠"),
        }
        self._header_tips = {
            CaseColumn.PERSONS: self.tr("The persons this family is looking for"),
            CaseColumn.LAST_REPORT: self.tr("When the newest report was received"),
            CaseColumn.NEXT_DUE: self.tr("When the next action on the case is due; red if overdue"),
            CaseColumn.CONTRADICTIONS: self.tr(
                "Contradictions: how many are open between the reports; red ⚠ when the "
                "case is contested (credible reports disagree about a person's fate)"
            ),
        }
        self._load(self._page_size)
        self._analyse(self._rows)

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

    def refresh_case(self, case_id: int) -> bool:
        """Update the loaded row of one changed case in place; False when that cannot do.

        Reloading every loaded row after each edit would cost more the further the user
        has scrolled; one row is enough while the case still matches the search and keeps
        its place in the order.
        """
        number = self.row_of_case(case_id)
        if number is None:
            return False
        with self._database.read() as session:
            row = case_list.matching_row(session, self._query, case_id)
        if row is None or self._sort_value(row) != self._sort_value(self._rows[number]):
            return False
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(CaseColumn) - 1))
        self._analyse([row], again=True)
        return True

    def _sort_value(self, row: CaseRow) -> object:
        return getattr(row, self._query.sort.value)

    def refresh(self) -> None:
        """Reload after the data changed, keeping as many rows loaded as before."""
        self._reset(max(self._page_size, len(self._rows)), reanalyse=True)

    def wait_for_contradictions(self) -> None:
        """Fill the contradictions column now, waiting for the analyses under way (tests)."""
        self._analyser.wait()

    def _reset(self, limit: int, *, reanalyse: bool = False) -> None:
        self.beginResetModel()
        try:
            self._load(limit)
        finally:
            self.endResetModel()
        # After a change every loaded case is analysed again, its old figure shown meanwhile;
        # after a new search only the cases not analysed yet.
        self._analyse(self._rows, again=reanalyse)
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
        self._analyser.cancel()

    def _analyse(self, rows: list[CaseRow], *, again: bool = False) -> None:
        self._analyser.start(
            [row.id for row in rows if again or row.id not in self._contradictions]
        )

    def _on_analysed(self, counts: Counts) -> None:
        self._contradictions.update(counts)
        changed = [number for number, row in enumerate(self._rows) if row.id in counts]
        if changed:
            column = CaseColumn.CONTRADICTIONS
            self.dataChanged.emit(
                self.index(min(changed), column),
                self.index(max(changed), column),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole,
                    CaseListRole.OPEN_CONTRADICTIONS,
                    CaseListRole.CONTESTED,
                ],
            )

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
        if not first:
            return
        with self._database.read() as session:
            page = case_list.fetch_case_rows(
                session, self._query, 0, self._page_size + 1, after=self._rows[-1]
            )
        page, self._more = page[: self._page_size], len(page) > self._page_size
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._analyse(page)

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
        if role == CaseListRole.OPEN_CONTRADICTIONS:
            known = self._contradictions.get(row.id)
            return None if known is None else known[0]
        if role == CaseListRole.CONTESTED:
            known = self._contradictions.get(row.id)
            return None if known is None else known[1]
        if column == CaseColumn.CONTRADICTIONS:
            return self._contradiction_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and column in NAMES:
            # A narrow list elides long names: the whole name shows under the mouse.
            return self._display(row, column) or None
        if column == CaseColumn.NEXT_DUE and is_overdue(row, self._today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The next action is overdue")
        return None

    def _contradiction_text(self, row: CaseRow) -> str:
        count, contested = self._contradictions.get(row.id, (0, False))
        if contested:
            return self.tr("⚠ {count}").format(count=count)
        return str(count) if count else ""

    def _contradiction_data(self, row: CaseRow, role: int) -> Any:
        count, contested = self._contradictions.get(row.id, (0, False))
        if role == Qt.ItemDataRole.ForegroundRole and contested:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and (count or contested):
            text = self.tr("%n open contradiction(s) between the reports", None, count)
            if contested:
                text += "\n" + self.tr("Contested: credible reports disagree about a person's fate")
            return text
        return None

    def _display(self, row: CaseRow, column: CaseColumn) -> str:
        if column == CaseColumn.CONTRADICTIONS:
            return self._contradiction_text(row)
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
        if column not in COLUMN_SORT:
            return  # the contradictions are counted after the query, so cannot sort it
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self._query, sort=COLUMN_SORT[CaseColumn(column)], descending=descending)
        )
