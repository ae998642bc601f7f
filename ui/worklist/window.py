"""The Today window: the work list computed when opened (in the background), nothing
stored; a Refresh button; each row opens its case at the right place; print and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError
from caseworker.services.worklist_rows import WorkRow, WorkSheet, work_sheet
from caseworker.timeline.sentences import day_text
from ui.changes import Change
from ui.context import AppContext
from ui.file_folders import chosen_file, start_folder
from ui.operations import BackgroundJob, ReadOp
from ui.spreadsheets.password_prompt import ask_new_password
from ui.worklist.model import WorkColumn, WorkListModel
from ui.worklist.paper import print_work_list

#: Fits a 1280 x 800 screen beside the main window's frame.
DEFAULT_SIZE = QSize(1120, 660)
#: The rows each section shows at most, the most urgent (more need "Show every row").
ROWS_PER_SECTION = 200
#: A change is followed by one reading this long after the last of a burst.
REFRESH_AFTER_MS = 250
COLUMN_WIDTHS = {
    WorkColumn.CASE: 110,
    WorkColumn.WHO: 320,
    WorkColumn.ADDRESSEE: 230,
    WorkColumn.WHAT: 330,
}


class WorkListWindow(QDialog):
    """Today's work list. ``open_requested(row)`` asks the main window to open a row."""

    open_requested = Signal(object)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._sheet: WorkSheet | None = None
        self._job: BackgroundJob | None = None
        self._limit: int | None = ROWS_PER_SECTION
        self.setObjectName("workListWindow")
        self.setWindowTitle(self.tr("Today's work list"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("workListSummary")
        self.refresh_button = self._button(self.tr("&Refresh"), "refreshWorkList", self.refresh)
        self.refresh_button.setToolTip(self.tr("Compute the work list again (F5)"))
        self.open_button = self._button(self.tr("&Open"), "openWorkRow", self.open_current)
        self.open_button.setToolTip(self.tr("Open the case at this row (Enter, double-click)"))
        self.print_button = self._button(self.tr("&Print…"), "printWorkList", self.print_list)
        self.export_button = self._button(
            self.tr("&Export to Excel…"), "exportWorkList", self.export_list
        )
        self.protect_box = QCheckBox(self.tr("Protect with a pass&word"), self)
        self.protect_box.setObjectName("protectWorkList")
        self.protect_box.setToolTip(
            self.tr("The workbook asks for a password when it is opened; it is typed at export")
        )
        self.all_button = self._button(self.tr("Show &every row"), "showEveryWorkRow", None)
        self.all_button.setCheckable(True)
        self.all_button.setToolTip(
            self.tr(
                "Each section shows its %n most urgent rows; show every row of every "
                "section (slower on a large database)",
                None,
                ROWS_PER_SECTION,
            )
        )
        self.all_button.toggled.connect(self.show_every_row)
        self.all_button.hide()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        self.model = WorkListModel(self)
        # A table, not a tree: its rows need no layout, so tens of thousands show at once
        # (a tree view lays out every row first: seconds for 50,000). One line a row; the
        # whole sentence is in the tooltip.
        self.view = QTableView(self)
        self.view.setObjectName("workListView")
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(WorkColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WorkColumn.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        for button in (self.all_button, self.refresh_button, self.open_button):
            top.addWidget(button)
        top.addSpacing(12)
        for button in (self.print_button, self.export_button):
            top.addWidget(button)
        top.addWidget(self.protect_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(DEFAULT_SIZE)
        # Changes come in bursts (an import, several undos): one reading after them.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_AFTER_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        context.notifier.changed.connect(self._on_changed)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Enter opens the row the view is on; no button takes it from the view.
        button.setAutoDefault(False)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def show_every_row(self, every: bool = True) -> None:
        """Read the list again with every row of every section, or (``every`` false) each
        section's first :data:`ROWS_PER_SECTION` again."""
        self._limit = None if every else ROWS_PER_SECTION
        if self.all_button.isChecked() != every:
            self.all_button.setChecked(every)  # comes back here once, with nothing to do
            return
        self.refresh()

    # Reading ------------------------------------------------------------------------------

    @property
    def sheet(self) -> WorkSheet | None:
        """The work list shown (None until first read)."""
        return self._sheet

    @property
    def job(self) -> BackgroundJob | None:
        """The reading under way, if any (tests wait for it)."""
        return self._job

    def refresh(self) -> None:
        """Compute the work list again, in the background; the rows stay until it is done."""
        self._refresh_timer.stop()
        if self._job is not None:
            self._job.abandon()
        today = date.today()
        self.summary_label.setText(self.tr("Reading the work list…"))
        self.refresh_button.setEnabled(False)
        limit = self._limit
        operation = ReadOp(
            self._context, self, lambda session: work_sheet(session, today, limit=limit)
        )
        operation.success(self._show).failure(self._failed)
        self._job = operation.run_in_background(self)

    def _show(self, sheet: WorkSheet) -> None:
        self._job = None
        keep = self.current_row()
        self._sheet = sheet
        self.model.set_sheet(sheet)
        self.view.clearSpans()
        for number in self.model.heading_rows():
            self.view.setSpan(number, 0, 1, len(WorkColumn))
        self.summary_label.setText(
            self.tr("On {day}: %Ln overdue", None, sheet.overdue_count).format(
                day=day_text(sheet.today)
            )
            + " · "
            + self._in_all(sheet)
        )
        self.all_button.setVisible(sheet.cut or self.all_button.isChecked())
        self._select(keep)
        self.refresh_button.setEnabled(True)
        self._update_buttons()
        self.loaded.emit()

    def _in_all(self, sheet: WorkSheet) -> str:
        # A section whose total was not counted has at least one more than it shows.
        totals = [(sheet.total(section), len(rows)) for section, rows in sheet.sections]
        counted = sum(shown + 1 if total is None else total for total, shown in totals)
        if any(total is None for total, _shown in totals):
            return self.tr("at least %Ln to act on", None, counted)
        return self.tr("%Ln to act on in all", None, counted)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        self.summary_label.setText(self.tr("The work list could not be read."))
        self._context.prompts.report_error(self, error)

    def _select(self, keep: WorkRow | None) -> None:
        found = self.model.first_row()
        if keep is not None:
            for number in range(self.model.rowCount()):
                row = self.model.row_at(self.model.index(number, 0))
                if row is not None and (row.section, row.inquiry_id, row.relative_id,
                                        row.person_id, row.case_id) == (
                    keep.section, keep.inquiry_id, keep.relative_id, keep.person_id,
                    keep.case_id,
                ):  # fmt: skip
                    found = self.model.index(number, 0)
                    break
        if found.isValid():
            self.view.setCurrentIndex(found)
            self.view.scrollTo(found)

    def _on_changed(self, _change: Change) -> None:
        # Recomputed at once while shown; a hidden window is recomputed when shown again.
        if self.isVisible():
            self._refresh_timer.start()

    def show_fresh(self) -> None:
        """Show the window, raised, with the work list computed now."""
        if self.isVisible():
            self.raise_()  # behind the main window since last opened
        self.show()
        self.activateWindow()
        self.refresh()

    # Rows ---------------------------------------------------------------------------------

    def current_row(self) -> WorkRow | None:
        return self.model.row_at(self.view.currentIndex())

    def select_row(self, row: WorkRow) -> None:
        self._select(row)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_requested.emit(row)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_requested.emit(row)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_row() is not None)
        loaded = self._sheet is not None
        self.print_button.setEnabled(loaded)
        self.export_button.setEnabled(loaded)

    # Paper and Excel ----------------------------------------------------------------------

    def print_list(self) -> int:
        """Print the list shown; the pages printed."""
        if self._sheet is None:
            return 0
        pages = print_work_list(self._context, self, self._sheet)
        if pages:
            self.summary_label.setText(
                self.tr("The work list was sent to the printer (%n pages).", None, pages)
            )
        return pages

    def export_list(self) -> Path | None:
        """Ask for a file and write the list shown to it as an Excel workbook."""
        sheet = self._sheet
        if sheet is None:
            return None
        name = self.tr("Work list {day}").format(day=sheet.today.isoformat())
        chosen = self._context.prompts.save_path(
            self,
            self.tr("Export the work list to Excel"),
            str(start_folder() / f"{name}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = chosen_file(chosen, ".xlsx")
        password = None
        if self.protect_box.isChecked():
            password = ask_new_password(self._context.prompts, self)
            if password is None:
                return None
        # openpyxl loads when first needed (half a second on a busy machine), not with
        # the window.
        from caseworker.worklist_export import write_work_list

        try:
            written = write_work_list(sheet, path, password)
        except CaseworkerError as error:
            self._context.prompts.report_error(self, error)
            return None
        except OSError as error:
            self._context.prompts.report_error(
                self,
                CaseworkerError(
                    self.tr("The workbook could not be written to {path}: {reason}").format(
                        path=path, reason=error.strerror or error
                    )
                ),
            )
            return None
        self.summary_label.setText(self.tr("Work list saved: {path}").format(path=written))
        return written
