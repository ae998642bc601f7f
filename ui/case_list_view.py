"""The left pane: a search box, status and region filters, and the table of cases."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.labels import label
from caseworker.services import case_list, search
from caseworker.vocab import CaseStatus
from ui.case_list_columns import CaseListColumns
from ui.case_list_model import COLUMN_SORT, CaseColumn, CaseListModel
from ui.context import AppContext
from ui.operations import ReadOp
from ui.operations.background import LONG_WORK, JobControl
from ui.widgets.first_paint import after_first_paint
from ui.widgets.viewport import viewport_of

SEARCH_DELAY_MS = 150
#: The room around the words said over an empty list.
NOTHING_MARGIN = 16


class CaseListView(QWidget):
    """Find a case: type to search, filter by status and region, click a row to open it."""

    #: The user selected the case with this id.
    case_selected = Signal(int)
    #: A search or a filter matched no case (the list says so).
    nothing_found = Signal()

    def __init__(
        self, context: AppContext, model: CaseListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._model = model
        self._current_case_id: int | None = None
        self._case_to_keep: int | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("caseSearch")
        self.search_box.setPlaceholderText(self.tr("Search: name, number, unit, phone"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(
            self.tr(
                "Finds cases as you type (Ctrl+F) by the names of the family, the sought "
                "persons and the relatives, the case reference, a service number, a unit or a "
                "phone number. Escape clears the search."
            )
        )

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setToolTip(self.tr("Show cases with this status"))
        self.status_filter.addItem(self.tr("All statuses"), frozenset())
        self.status_filter.addItem(
            self.tr("Open or located"), frozenset({CaseStatus.OPEN, CaseStatus.LOCATED})
        )
        for status in CaseStatus:
            self.status_filter.addItem(label(status), frozenset({status}))

        self.overdue_filter = QCheckBox(self.tr("With overdue inquiries"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.overdue_filter.setToolTip(self.tr("Show only cases with an overdue inquiry"))
        self.mine_filter = QCheckBox(self.tr("My cases"), self)
        self.mine_filter.setObjectName("myCasesFilter")
        self.mine_filter.setToolTip(
            self.tr("Show only the cases assigned to you (by your name, as the cases say)")
        )

        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("regionFilter")
        self.region_filter.setToolTip(self.tr("Show cases from this region"))
        self.region_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_filter.setMinimumContentsLength(12)
        self._fill_regions()

        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(model)
        viewport = viewport_of(self.table)
        # The contradictions of the first page are worked out once the list is painted.
        after_first_paint(viewport, model.analyse_loaded)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        viewport.installEventFilter(self)
        header.setSortIndicator(CaseColumn.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        # The names share what the short columns leave, the family's first.
        self.columns = CaseListColumns(self.table, model)
        # Counted after the query, the contradictions show beside the case's status.
        header.moveSection(
            header.visualIndex(CaseColumn.CONTRADICTIONS), header.visualIndex(CaseColumn.STATUS) + 1
        )

        # Said over the empty table, so that nothing moves when it shows.
        self.nothing_label = QLabel(viewport)
        self.nothing_label.setObjectName("nothingFound")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.nothing_label.hide()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.region_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        # A row of their own: the search box keeps its room.
        checks = QHBoxLayout()
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.overdue_filter)
        checks.addWidget(self.mine_filter)
        checks.addStretch(1)
        layout.addLayout(checks)
        layout.addWidget(self.table, 1)

        self.search_box.textChanged.connect(self._search_timer.start)
        self._name_tables_asked = False
        self.search_box.textChanged.connect(self._ask_for_name_tables)
        self.search_box.returnPressed.connect(self._go_to_list)
        self._search_timer.timeout.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.region_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.mine_filter.toggled.connect(self.apply_filters)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        model.modelReset.connect(self._say_whether_found)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_nothing_label()
        return super().eventFilter(watched, event)

    def _place_nothing_label(self) -> None:
        margin = NOTHING_MARGIN
        self.nothing_label.setGeometry(
            self.table.viewport().rect().adjusted(margin, margin * 2, -margin, -margin)
        )

    def _say_whether_found(self) -> None:
        query = self._model.query
        text = query.text.strip()
        if self._model.rowCount() or not (
            text or query.statuses or query.region or query.overdue_only or query.assigned_to
        ):
            self.nothing_label.hide()
            return
        if text:
            said = self.tr("Nothing found for “{text}”.").format(text=text)
        else:
            said = self.tr("No case matches the chosen filters.")
        self.nothing_label.setText(said)
        self._place_nothing_label()
        self.nothing_label.show()
        self.nothing_found.emit()

    # Filters ----------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Show the cases matching the search box and the filters now (no waiting)."""
        self._search_timer.stop()
        text = self.search_box.text()
        statuses = self.status_filter.currentData()
        region = self.region_filter.currentData()
        self._model.set_query(
            replace(
                self._model.query,
                text=text,
                statuses=statuses if isinstance(statuses, frozenset) else frozenset(),
                region=region if isinstance(region, str) else "",
                overdue_only=self.overdue_filter.isChecked(),
                # "My cases": assigned to the one working (their login's name on a server).
                assigned_to=self._context.actor if self.mine_filter.isChecked() else "",
            )
        )

    def _ask_for_name_tables(self, text: str) -> None:
        """At the first letter typed, read the name tables in a worker: a word is looked up
        by its names' keys from its second letter on, which then need not wait for them
        (a failure is said by the search that needs them)."""
        if text and not self._name_tables_asked:
            self._name_tables_asked = True
            LONG_WORK.submit(lambda _control: search.load_name_tables(), JobControl())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.clear()
        self.apply_filters()

    def clear_filters(self) -> None:
        """Show every case: no search text, all statuses, all regions, overdue or not,
        anyone's."""
        for combo in (self.status_filter, self.region_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for check in (self.overdue_filter, self.mine_filter):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.clear_search()

    def _fill_regions(self) -> None:
        names = ReadOp(self._context, self, case_list.regions).run() or []
        chosen = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(self.tr("All regions"), "")
        for name in names:
            self.region_filter.addItem(name, name)
        found = self.region_filter.findData(chosen) if chosen else 0
        self.region_filter.setCurrentIndex(max(found, 0))
        self.region_filter.blockSignals(False)
        if chosen and found < 0:
            # The region chosen no longer has any case: show all regions.
            self.apply_filters()

    # Data -------------------------------------------------------------------------------------

    def refresh(self, case_id: int | None = None) -> None:
        """Reload after the data changed, keeping the selected case selected if it still shows.

        Given the one case that changed, only its row is updated when that suffices.
        """
        self._fill_regions()
        if case_id is None or not self._model.refresh_case(case_id):
            self._model.refresh()

    def current_case_id(self) -> int | None:
        return self._current_case_id

    def select_case(self, case_id: int) -> bool:
        """Select ``case_id`` if it is among the loaded rows; say whether it is."""
        row = self._model.row_of_case(case_id)
        if row is None:
            return False
        index = self._model.index(row, CaseColumn.REFERENCE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        self.columns.restore(state)

    # Slots ------------------------------------------------------------------------------------

    def _remember_current(self) -> None:
        self._case_to_keep = self._current_case_id

    def _restore_current(self) -> None:
        # Reselect quietly: the case stays the same, so nobody needs telling.
        kept, self._case_to_keep = self._case_to_keep, None
        self._current_case_id = kept
        if kept is None or not self.select_case(kept):
            self._current_case_id = None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self._model.case_id(current.row()) if current.isValid() else None
        if case_id == self._current_case_id:
            return
        self._current_case_id = case_id
        if case_id is not None:
            self.case_selected.emit(case_id)

    def _keep_sortable_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        # The contradictions are counted after the query and cannot sort it: the indicator
        # goes back to the column the list is really sorted by.
        if section in COLUMN_SORT:
            return
        query = self._model.query
        column = next(column for column, sort in COLUMN_SORT.items() if sort == query.sort)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _go_to_list(self) -> None:
        self.apply_filters()
        if self._model.rowCount() == 0:
            return
        if self._current_case_id is None or not self.select_case(self._current_case_id):
            self.select_case(self._model.case_id(0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
