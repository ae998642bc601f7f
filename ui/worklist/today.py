"""The main window's way to the work list: the Today action (menu, toolbar, Ctrl+T), the
count of overdue inquiries in the status bar (counted in the background at start and again
after each change), and opening a row's case at the right place."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyle

from caseworker.services.inquiry_due import overdue_count
from ui.changes import Change
from ui.context import AppContext
from ui.operations import JobSet, reading
from ui.operations.background import COUNTS
from ui.widgets.date_field import PROBLEM_COLOUR

if TYPE_CHECKING:
    from caseworker.services.worklist_rows import WorkRow
    from ui.main_window import MainWindow
    from ui.worklist.window import WorkListWindow

#: Changes come in bursts (an import, an undo of several steps): one count after them.
RECOUNT_AFTER_MS = 250


class TodayActions(QObject):
    """The Today action and the overdue count of ``window``."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._work_list: WorkListWindow | None = None
        self.overdue: int | None = None

        icon = QIcon.fromTheme(
            QIcon.ThemeIcon.AppointmentNew,
            window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self.action = QAction(icon, self.tr("&Today"), window)
        self.action.setObjectName("openWorkList")
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setToolTip(
            self.tr("Today's work list: overdue inquiries, answers due, families waiting (Ctrl+T)")
        )
        self.action.triggered.connect(self.open_work_list)

        self.overdue_label = QLabel(window)
        self.overdue_label.setObjectName("overdueCount")
        self.overdue_label.setToolTip(self.tr("Inquiries past their due date, in all cases"))
        window.statusBar().addPermanentWidget(self.overdue_label)

        self._counter = JobSet(COUNTS, self, superseding=True)
        self._counter.succeeded.connect(self._show_count)
        self._counter.failed.connect(self._count_failed)
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_AFTER_MS)
        self._recount_timer.timeout.connect(self.recount)
        context.notifier.changed.connect(self._on_changed)
        self.recount()

    # The count ----------------------------------------------------------------------------

    def recount(self) -> None:
        """Count the overdue inquiries in the background; the label follows."""
        today = date.today()
        self._counter.start(
            reading(self._context.database, lambda session, _c: overdue_count(session, today))
        )

    def wait(self) -> None:
        """Tell the count under way now (tests)."""
        self._recount_timer.stop()
        self._counter.wait()

    def _on_changed(self, _change: Change) -> None:
        self._recount_timer.start()

    def _show_count(self, count: int) -> None:
        self.overdue = count
        self.overdue_label.setText(
            self.tr("Overdue inquiries: {count}").format(count=QLocale().toString(count))
        )
        palette = QPalette(self._window.statusBar().palette())
        if count:
            palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        self.overdue_label.setPalette(palette)
        font = self.overdue_label.font()
        font.setBold(bool(count))
        self.overdue_label.setFont(font)
        self.action.setStatusTip(self.overdue_label.text())
        # Laid out now, not at the next turn of the event loop: never shown cut meanwhile.
        bar = self._window.statusBar()
        QApplication.sendEvent(bar, QEvent(QEvent.Type.LayoutRequest))

    def _count_failed(self, _error: BaseException) -> None:
        # The count is a hint: a database busy or gone says so elsewhere, the label goes.
        self.overdue = None
        self.overdue_label.setText("")

    # The window ---------------------------------------------------------------------------

    @property
    def work_list(self) -> WorkListWindow | None:
        return self._work_list

    def open_work_list(self) -> WorkListWindow:
        """Show the work list, computed now (one window, raised when open already)."""
        if self._work_list is None:
            # Loaded when first opened: its Excel writer (openpyxl) would cost start-up a
            # third of a second or more.
            from ui.worklist.window import WorkListWindow

            self._work_list = WorkListWindow(self._context, self._window)
            self._work_list.open_requested.connect(self.open_row)
        self._work_list.show_fresh()
        return self._work_list

    def open_row(self, row: WorkRow) -> None:
        """Open ``row``'s case in the main window, at the right place: the inquiry on the
        Inquiries tab, the relative's family log, or the person on the timeline."""
        window = self._window
        window.open_case(row.case_id)
        view = window.case_view
        if view.current_case_id() != row.case_id:
            return  # removed meanwhile: the case list said so
        if row.person_id is not None:
            view.select_person(row.person_id)
        if row.inquiry_id is not None:
            view.show_inquiry(row.inquiry_id)
        elif row.relative_id is not None:  # a family waiting (an inquiry's is its applicant)
            view.select_relative(row.relative_id)
            view.show_family_log(row.relative_id)
        else:
            view.tabs.setCurrentWidget(view.timeline_panel)
        # The list steps aside (it would stay above the case it opened); Ctrl+T brings it
        # back with the same row selected.
        if self._work_list is not None:
            self._work_list.hide()
        window.statusBar().showMessage(self.tr("Ctrl+T: back to today's work list"), 10_000)
        window.activateWindow()
