"""The Family tab of the case view: the case's family log, how often the family is to be told,
and the line the case header shows when a death was told over the disclosure gate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import NotFound
from caseworker.services.family_page import FamilyPage, family_page
from ui.context import AppContext
from ui.family import family_actions
from ui.family.family_model import FamilyColumn, FamilyLogModel
from ui.operations import ReadOp
from ui.widgets.date_field import PROBLEM_COLOUR, format_day
from ui.widgets.record_table import record_table, select_row


def _problem_palette(widget: QWidget, problem: bool) -> QPalette:
    palette = QPalette(widget.palette())
    if problem:
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
    return palette


class FamilyPanel(QWidget):
    """Follows the case the case view shows (:meth:`set_case`); ``count_changed`` gives the
    number of entries, for the tab's title. :attr:`override_label` is the case header's line
    naming the deaths told without a sufficient basis (hidden when there are none)."""

    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyPanel")
        self._context = context
        self._case_id: int | None = None
        self.page: FamilyPage | None = None
        self.model = FamilyLogModel(self)

        self.override_label = QLabel()
        self.override_label.setObjectName("familyOverride")
        self.override_label.setWordWrap(True)
        self.override_label.setPalette(_problem_palette(self.override_label, True))
        font = self.override_label.font()
        font.setBold(True)
        self.override_label.setFont(font)
        self.override_label.hide()

        self.interval_label = QLabel()
        self.interval_label.setObjectName("familyInterval")
        self.interval_label.setWordWrap(True)
        self.interval_button = QPushButton(self.tr("Change interval…"))
        self.interval_button.setObjectName("familyIntervalButton")
        self.interval_button.clicked.connect(self.change_interval)
        self.record_button = QPushButton(self.tr("Record what the family was told…"))
        self.record_button.setObjectName("recordToldButton")
        self.record_button.clicked.connect(self.record_told)
        self.table = record_table("familyLogTable", self.model)
        header = self.table.horizontalHeader()
        # Each column as wide as its contents; the note takes the rest, never less than its
        # title (the table scrolls sideways when the tab is narrow).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FamilyColumn.NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Nothing is recorded yet of what the family was told."))
        self.empty_label.setObjectName("familyEmpty")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.interval_label, 1)
        top.addWidget(self.interval_button)
        top.addWidget(self.record_button)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self._fill()

    # Public ----------------------------------------------------------------------------

    def add_to(self, tabs: QTabWidget) -> None:
        """Be a tab of ``tabs`` whose title counts the entries."""
        tabs.addTab(self, self._title(0))
        self.count_changed.connect(
            lambda count: tabs.setTabText(tabs.indexOf(self), self._title(count))
        )

    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show the log of ``case_id`` (read again each time; None shows nothing)."""
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        case_id = self._case_id
        keep = self.selected_entry_id()
        self.page = None
        if case_id is not None:
            self.page = (
                ReadOp(self._context, self, lambda session: family_page(session, case_id))
                .quietly(NotFound)
                .run()
            )
        self._fill()
        if keep is not None:
            self.select_entry(keep)

    def selected_entry_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        row = self.model.row_at(indexes[0]) if indexes else None
        return None if row is None else row.id

    def select_entry(self, entry_id: int) -> None:
        for number in range(self.model.rowCount()):
            row = self.model.row_at(self.model.index(number, 0))
            if row is not None and row.id == entry_id:
                self._select_row(number)
                return

    def select_latest_of(self, relative_id: int) -> None:
        """Select the relative's latest entry (nothing when they were never told anything)."""
        number = self.model.latest_row_of(relative_id)
        if number is None:
            self.table.clearSelection()
        else:
            self._select_row(number)

    # Actions ---------------------------------------------------------------------------

    def record_told(self) -> None:
        if self.page is not None:
            selected = self.selected_entry_id()
            relative = next((r.relative_id for r in self.page.rows if r.id == selected), None)
            new_id = family_actions.record_told(self, self._context, self.page, relative)
            if new_id is not None:
                self.select_entry(new_id)

    def change_interval(self) -> None:
        if self.page is not None:
            family_actions.change_interval(self, self._context, self.page)

    # Filling ---------------------------------------------------------------------------

    def _title(self, count: int) -> str:
        return self.tr("Family (%n)", None, count)

    def _select_row(self, number: int) -> None:
        select_row(self.table, self.model.index(number, 0))

    def _fill(self) -> None:
        page = self.page
        rows = list(page.rows) if page is not None else []
        self.model.set_rows(rows, dict(page.persons) if page is not None else {})
        self.empty_label.setVisible(page is not None and not rows)
        self.record_button.setEnabled(page is not None)
        self.interval_button.setEnabled(page is not None)
        self._fill_interval(page)
        self._fill_overrides(page)
        self.count_changed.emit(len(rows))

    def _fill_interval(self, page: FamilyPage | None) -> None:
        if page is None:
            self.interval_label.clear()
            return
        every = self.tr("Keep the family informed every %n days", None, page.inform_every_days)
        last, due = page.last_told_on, page.next_told_by
        if last is None or due is None:
            text = self.tr("{every} · not told anything yet").format(every=every)
        else:
            text = self.tr("{every} · last told {last} · next by {next}").format(
                every=every, last=format_day(last), next=format_day(due)
            )
        late = last is None or (due is not None and due < date.today())
        if due is not None and due < date.today():
            text += " · " + self.tr("time to tell them")
        self.interval_label.setText(text)
        self.interval_label.setPalette(
            _problem_palette(self.interval_label, late and bool(page.relatives))
        )

    def _fill_overrides(self, page: FamilyPage | None) -> None:
        shown = page.overrides if page is not None else ()
        lines = [
            self.tr(
                "The family was told of a death without a sufficient basis: {reason} ({who}, {day})"
            ).format(reason=row.override_reason, who=row.told_by, day=format_day(row.told_on))
            for row in shown
        ]
        self.override_label.setText("\n".join(lines))
        self.override_label.setVisible(bool(lines))
