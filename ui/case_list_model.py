"""The case list as a lazily loading table model; filtering and sorting happen in the query."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush

from caseworker.errors import CaseworkerError, DatabaseUnavailable
from caseworker.services import case_list
from caseworker.services.case_list import CaseQuery, CaseRow
from ui.case_list_cells import (
    ANSWERED_ROLES,
    CELL_COLUMNS,
    COLUMN_SORT,
    COLUMN_TIPS,
    COLUMN_TITLES,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    NAMES,
    OVERDUE_COLOUR,
    RED_COLUMNS,
    CaseColumn,
    CaseListRole,
    Counts,
    cell_text,
    contradiction_text,
    is_overdue,
    name_tip,
)
from ui.context import AppContext
from ui.operations import JobSet, ReadOp, reading
from ui.operations.background import ANALYSIS, COUNTS
from ui.widgets.date_field import format_short_day as locale_date
from ui.widgets.table_model import AnyIndex as Index
from ui.widgets.table_model import FlatTableModel

if TYPE_CHECKING:
    from ui.operations import Session

__all__ = [
    "COLUMN_SORT",
    "FIRST_PAGE",
    "OVERDUE_COLOUR",
    "PAGE_SIZE",
    "CaseColumn",
    "CaseListModel",
    "CaseListRole",
    "locale_date",
]

log = logging.getLogger(__name__)

#: Rows read at a time when the list is scrolled further.
PAGE_SIZE = 200
#: Rows read for a new search, a tall window's worth: a keystroke reads only these (the
#: view asks for more when it shows more).
FIRST_PAGE = 60
#: How often the counts under way are looked at: they arrive while the user still types.
COUNT_POLL_MS = 10
#: A new search's page is analysed (its contradictions column) once typing pauses this long.
TYPING_PAUSE_MS = 300
#: The longest the window's closing waits for the count and the analysis under way to let
#: go of the database, in seconds, both together. They end at once when the server is gone;
#: one left running past it holds nothing that matters once the process ends.
CLOSE_WAIT_S = 3.0
T = TypeVar("T")


class CaseListModel(FlatTableModel):
    """Cases matching a :class:`CaseQuery`, fetched from the database a page at a time.

    A page is read in the window's thread (typing needs it at once); how many cases match,
    and the contradictions of the loaded cases, come a moment later from the background
    mechanism, a newer count superseding the one before on each keystroke.
    """

    HEADER_CONTEXT = "CaseListModel"
    HEADERS = COLUMN_TITLES
    HEADER_TIPS: ClassVar[Mapping[int, str]] = COLUMN_TIPS

    #: How many cases match the query, once known (right after a reset, or from the count).
    total_changed = Signal(int)
    #: The count could not be made (the database server did not answer): the status bar's
    #: words in place of the count, until the next count.
    count_failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        *,
        first_page: int = FIRST_PAGE,
        analyse_at_once: bool = True,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._page_size = page_size
        self._first_page = min(first_page, page_size)
        self._query = CaseQuery()
        self._rows: list[CaseRow] = []
        self._more = False
        self._total: int | None = 0
        self._counter = JobSet(COUNTS, self, poll_ms=COUNT_POLL_MS, superseding=True)
        self._counter.succeeded.connect(self._on_counted)
        self._counter.failed.connect(self._on_count_failed)
        self._contradictions: Counts = {}
        self._analyser = JobSet(ANALYSIS, self, poll_ms=COUNT_POLL_MS)
        self._analyser.succeeded.connect(self._on_analysed)
        self._analyser.failed.connect(self._on_analysis_failed)
        self._today = date.today()
        #: The loaded rows' texts, by row and column, made when first shown.
        self._texts: list[list[str] | None] = []
        self._load(self._first_page)
        self._analysis_waits = True  # until analyse_loaded (the window: after its first paint)
        # While the caseworker types, no analysis takes the interpreter from the window.
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.analyse_loaded)
        if analyse_at_once:
            self.analyse_loaded()

    # Query ------------------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many cases match the query, loaded or not (waits for the count if need be)."""
        if self._total is None:
            self._counter.wait()
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
        self._reset(self._first_page)

    def refresh_case(self, case_id: int) -> bool:
        """Update the loaded row of one changed case in place (while it still matches and
        keeps its place; reloading all would cost more the further scrolled); False if not."""
        number = self.row_of_case(case_id)
        if number is None:
            return False
        query = self._query
        row = self._read(lambda session: case_list.matching_row(session, query, case_id))
        sort = self._query.sort.value
        if row is None or getattr(row, sort) != getattr(self._rows[number], sort):
            return False
        self._rows[number] = row
        self._texts[number] = None
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(CaseColumn) - 1))
        self._analyse([row], again=True)
        return True

    def refresh(self) -> None:
        """Reload after the data changed, keeping as many rows loaded as before."""
        self._reset(max(self._first_page, len(self._rows)), reanalyse=True)

    def analyse_loaded(self) -> None:
        """Start the first page's analysis if it waits for this. Raises nothing."""
        if self._analysis_waits:
            self._analysis_waits = False
            self._analyse(self._rows)

    def wait_for_contradictions(self) -> None:
        """Fill the contradictions column now, waiting for the analyses (tests)."""
        self.analyse_loaded()
        self._analyser.wait()

    def settle(self, timeout: float | None = CLOSE_WAIT_S) -> bool:
        """Stop counting and analysing, and wait (``timeout`` s for both) until their workers
        let go of the database (else a count holds a server connection past the window's
        end); whether they did. Raises nothing."""
        self._analysis_waits = False  # nor one waiting to start (after a paint, a pause)
        deadline = None if timeout is None else time.monotonic() + timeout
        counted = self._counter.settle(timeout)
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        settled = self._analyser.settle(left) and counted
        if not settled:
            log.info("The case list's count or analysis was still under way after %s s", timeout)
        return settled

    def _reset(self, limit: int, *, reanalyse: bool = False) -> None:
        self.beginResetModel()
        try:
            self._load(limit)
        finally:
            self.endResetModel()
        # After a change every loaded case is analysed again, its old figure shown meanwhile;
        # after a new search only the cases not analysed yet, once the typing pauses.
        self._analysis_waits = not reanalyse
        if reanalyse:
            self._analyse(self._rows, again=True)
        else:
            self._typing.start()
        if self._total is not None:
            self.total_changed.emit(self._total)

    def _load(self, limit: int) -> None:
        # The first page first; the count (not needed to page) follows from a worker thread.
        self._today = date.today()
        query = self._query
        rows = self._read(lambda session: case_list.fetch_case_rows(session, query, 0, limit + 1))
        self._rows, self._more = rows[:limit], len(rows) > limit
        self._texts = [None] * len(self._rows)
        self._total = None if self._more else len(self._rows)
        if self._total is None:
            self._counter.start(
                reading(
                    self._context.database, lambda session, _: case_list.count_cases(session, query)
                )
            )
        else:
            self._counter.cancel()
        self._analyser.cancel()

    def _analyse(self, rows: list[CaseRow], *, again: bool = False) -> None:
        ids = [row.id for row in rows if again or row.id not in self._contradictions]
        if ids:
            self._analyser.start(
                reading(
                    self._context.database,
                    lambda session, _: case_list.contradiction_counts(session, ids),
                )
            )

    def _read(self, op: Callable[[Session], T]) -> T:
        """A read in the window's thread; an error goes to the caller (the error hook)."""
        return ReadOp(self._context, None, op).run_or_raise()

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

    def _on_count_failed(self, error: BaseException) -> None:
        """A server that did not answer is said where the count goes (the window says the
        lost server besides); another error is shown as any other."""
        if isinstance(error, DatabaseUnavailable):
            log.warning("The case list was not counted: %s", error.message)
            self.count_failed.emit(
                self.tr("Cases: not counted (no answer from the database server)")
            )
            return
        self._failed(error)

    def _on_analysis_failed(self, error: BaseException) -> None:
        """A lost server leaves them blank until the next page or refresh; else shown."""
        if isinstance(error, DatabaseUnavailable):
            log.warning("The case list's contradictions were not counted: %s", error.message)
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        """A typed error shown as the window shows one; anything else raised in the window's
        thread, so that it reaches the error hook as unexpected."""
        if not isinstance(error, CaseworkerError):
            raise error
        self._context.prompts.report_error(None, error)

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

    def row_total(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        first = len(self._rows)
        if not first:
            return
        query, last, size = self._query, self._rows[-1], self._page_size
        page = self._read(
            lambda session: case_list.fetch_case_rows(session, query, 0, size + 1, after=last)
        )
        page, self._more = page[: self._page_size], len(page) > self._page_size
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._texts.extend([None] * len(page))
        self.endInsertRows()
        self._analyse(page)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked every role of every cell painted: the idle ones first, texts made once a row.
        if role not in ANSWERED_ROLES:
            return None
        number, position = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= number < len(self._rows) and 0 <= position < len(CELL_COLUMNS)):
            return None
        row = self._rows[number]
        column = CELL_COLUMNS[position]
        if role == DISPLAY_ROLE:
            if column == CaseColumn.CONTRADICTIONS:  # changes when the analysis comes
                return contradiction_text(row, self._contradictions)
            texts = self._texts[number]
            if texts is None:
                texts = self._texts[number] = [cell_text(row, c) for c in CELL_COLUMNS]
            return texts[position]
        if role == FOREGROUND_ROLE and column not in RED_COLUMNS:
            return None
        if role == CaseListRole.CASE_ID:
            return row.id
        if role == CaseListRole.OVERDUE:
            return is_overdue(row, self._today)
        if role in (CaseListRole.OPEN_CONTRADICTIONS, CaseListRole.CONTESTED):
            known = self._contradictions.get(row.id)
            return None if known is None else known[role == CaseListRole.CONTESTED]
        if role == CaseListRole.OVERDUE_INQUIRIES:
            return row.overdue
        if column == CaseColumn.CONTRADICTIONS:
            return self._contradiction_data(row, role)
        if column == CaseColumn.OVERDUE_INQUIRIES and row.overdue:
            return self._overdue_inquiries_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and column in NAMES:
            # A narrow list elides long names: the whole name shows under the mouse.
            return name_tip(row, column)
        if column == CaseColumn.NEXT_DUE and is_overdue(row, self._today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The next action is overdue")
        return None

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

    def _overdue_inquiries_data(self, row: CaseRow, role: int) -> Any:
        """Red, with a tooltip, when the case has overdue inquiries."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n inquiry(s) past the due date without an answer", None, row.overdue)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the query (a proxy would have to load every row first)."""
        if column not in COLUMN_SORT:
            return  # the contradictions are counted after the query, so cannot sort it
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self._query, sort=COLUMN_SORT[CaseColumn(column)], descending=descending)
        )
