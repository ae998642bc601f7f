"""The main window: the case list on the left, the open case on the right, menus and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from caseworker.actor import current_actor
from caseworker.errors import CaseworkerError
from caseworker.services import case_list
from caseworker.services.case_list import CaseQuery
from ui import settings
from ui.about import show_about
from ui.addressees.action import addressees_action
from ui.auto_backup import auto_backup_for
from ui.backups.actions import BackupsAction
from ui.case_list_model import CaseListModel
from ui.case_list_view import CaseListView
from ui.case_split import CaseSplit
from ui.case_view import CaseView
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.last_case import LastCase
from ui.lists.actions import ListActions
from ui.matching.duplicates_actions import DuplicatesActions
from ui.matching.review_actions import ReviewActions
from ui.operations import ReadOp
from ui.printing.print_actions import PrintActions
from ui.security.protection import protection_label
from ui.spreadsheets.actions import SpreadsheetActions
from ui.team.desk import TeamDesk
from ui.undo_controls import UndoControls
from ui.worklist.today import TodayActions
from ui.write_wait_notice import WriteWaitNotice

if TYPE_CHECKING:
    from ui.settings_dialog import SettingsDialog

DEFAULT_SIZE = QSize(1280, 800)
#: The right pane's width while it only says that no case is open.
NO_CASE_PANE_WIDTH = 320


class MainWindow(QMainWindow):
    """The case desk. Every view refreshes from ``context.notifier.changed``."""

    def __init__(
        self,
        context: AppContext,
        window_state: QSettings | None = None,
        preferences: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window_state = (
            window_state if window_state is not None else settings.window_state_store()
        )
        self._preferences = preferences if preferences is not None else settings.preferences_store()
        self._case_id: int | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Caseworker"))

        self.case_model = CaseListModel(context, parent=self, analyse_at_once=False)
        self.case_list = CaseListView(context, self.case_model, self)
        self.case_view = CaseView(context, self)
        self._case_view_minimum = self.case_view.minimumWidth()
        self.empty_state = EmptyState(context, self)
        self._right = QStackedWidget(self)
        self._right.addWidget(self.case_view)
        self._right.addWidget(self.empty_state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self._right)
        self.splitter.setChildrenCollapsible(False)
        # Extra width goes to both sides, a little more to the case with its three tables.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.case_split = CaseSplit(self.splitter, self._right)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._case_count = QLabel(self)
        self._case_count.setObjectName("caseCount")
        self.statusBar().addWidget(self._case_count)
        self.statusBar().addWidget(self.undo_controls.note_label)
        name, login = context.database.display_name, context.database.login
        if login:  # a team's server: who this window works as
            name = self.tr("{server}, login {login}").format(server=name, login=login)
        database_label = QLabel(self.tr("Database: {name}").format(name=name), self)
        database_label.setObjectName("databaseName")
        database_label.setToolTip(context.database.display_name)
        self.statusBar().addPermanentWidget(database_label)
        if (protection := protection_label(context.database, self)) is not None:
            self.statusBar().addPermanentWidget(protection)
        self.write_wait_notice = WriteWaitNotice(context.database, self.statusBar(), self)
        self.auto_backup = auto_backup_for(context, self._preferences, self)
        self.team = TeamDesk(context, self.case_view, self.statusBar(), self)

        self.case_model.total_changed.connect(self._show_case_count)
        self.case_model.count_failed.connect(self._case_count.setText)
        self.case_list.case_selected.connect(self._show_case)
        self.case_list.nothing_found.connect(self._close_case)
        self.empty_state.new_case_requested.connect(self.new_case)
        context.notifier.changed.connect(self._on_changed)

        if (known := self.case_model.known_total) is not None:
            self._show_case_count(known)
        else:
            self._case_count.setText(self.tr("Counting the cases…"))
        self._update_actions()
        self._restore_layout()
        self.last_case = LastCase(self, context, self._window_state)  # the list restored first
        self._update_empty_state()

    # Building ---------------------------------------------------------------------------------

    def _icon(self, theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _create_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        theme = QIcon.ThemeIcon
        self.new_case_action = QAction(
            self._icon(theme.DocumentNew, pixmap.SP_FileIcon), self.tr("&New case…"), self
        )
        self.new_case_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_case_action.setToolTip(self.tr("Open a new case for a family (Ctrl+N)"))
        self.new_case_action.triggered.connect(self.new_case)

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)

        self.quit_action = QAction(
            self._icon(theme.ApplicationExit, pixmap.SP_DialogCloseButton), self.tr("&Quit"), self
        )
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_controls = UndoControls(self._context.undo_stack, self._context.notifier, self)
        self.undo_action = self.undo_controls.undo_action
        self.redo_action = self.undo_controls.redo_action

        self.find_action = QAction(
            self._icon(theme.EditFind, pixmap.SP_FileDialogContentsView),
            self.tr("&Find case"),
            self,
        )
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setToolTip(self.tr("Search the cases (Ctrl+F)"))
        self.find_action.triggered.connect(self.case_list.focus_search)

        self.add_report_action = QAction(
            self._icon(theme.ListAdd, pixmap.SP_FileDialogNewFolder),
            self.tr("Add &report…"),
            self,
        )
        self.add_report_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.add_report_action.setToolTip(
            self.tr("Record a new report about a sought person of this case (Ctrl+R)")
        )
        self.add_report_action.triggered.connect(self.add_report)

        self.spreadsheets = SpreadsheetActions(self._context, self)
        self.printing = PrintActions(self._context, self)
        self.today = TodayActions(self._context, self)
        self.lists = ListActions(self._context, self)
        self.review = ReviewActions(self._context, self)
        self.duplicates = DuplicatesActions(self._context, self)

        self.about_action = QAction(self.tr("&About Caseworker"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_case_action)
        file_menu.addSeparator()
        file_menu.addActions(self.spreadsheets.all_actions())
        file_menu.addSeparator()
        file_menu.addActions(self.printing.all_actions())
        file_menu.addSeparator()
        file_menu.addAction(BackupsAction(self._context, self._preferences, self))
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.undo_controls.note_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addAction(self.today.action)
        case_menu.addAction(self.add_report_action)
        case_menu.addSeparator()
        case_menu.addAction(addressees_action(self, self._context))
        self.lists_menu = self.lists.menu()
        self.lists_menu.addAction(self.review.action)
        self.lists_menu.addAction(self.duplicates.action)
        bar.addMenu(self.lists_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.add_report_action)
        toolbar.addSeparator()
        # Short fixed words: the buttons after them never move (the step is in the tooltip).
        toolbar.addAction(self.undo_controls.undo_button)
        toolbar.addAction(self.undo_controls.redo_button)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.today.action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # Layout memory ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        store = self._window_state
        if not self.restoreGeometry(settings.MAIN_WINDOW_GEOMETRY.read(store)):
            screen = self.screen().availableGeometry()
            self.resize(
                min(DEFAULT_SIZE.width(), screen.width()),
                min(DEFAULT_SIZE.height(), screen.height()),
            )
        self.restoreState(settings.MAIN_WINDOW_STATE.read(store))
        self.case_split.restore(settings.MAIN_SPLITTER_STATE.read(store))
        self.case_list.restore_header_state(settings.CASE_LIST_HEADER_STATE.read(store))
        self.case_view.restore_splitter(settings.CASE_VIEW_SPLITTER_STATE.read(store))

    def save_layout(self) -> None:
        store = self._window_state
        settings.MAIN_WINDOW_GEOMETRY.write(store, self.saveGeometry())
        settings.MAIN_WINDOW_STATE.write(store, self.saveState())
        settings.MAIN_SPLITTER_STATE.write(store, self.case_split.state())
        self.last_case.save(store, self._case_id, self._case_pane_width())
        settings.CASE_LIST_HEADER_STATE.write(store, self.case_list.header_state())
        settings.CASE_VIEW_SPLITTER_STATE.write(store, self.case_view.splitter_state())
        store.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The automatic split needs the window's width, known from the first show.
        self._update_empty_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.auto_backup.at_exit()
        self.team.stop()
        self.case_model.settle()  # no count left holding a connection as the database closes
        super().closeEvent(event)

    # Cases ------------------------------------------------------------------------------------

    @property
    def shown_case_id(self) -> int | None:
        """The case shown on the right (None when none is)."""
        return self._case_id

    def open_case(self, case_id: int) -> None:
        """Open ``case_id``: select it in the list (clearing filters that hide it) and show it;
        a case beyond the rows loaded so far is shown all the same, unselected."""
        listed = self.case_list.current_case_id() == case_id or self.case_list.select_case(case_id)
        if not listed:
            self.case_list.clear_filters()
            self.case_list.select_case(case_id)
        if self._case_id != case_id:
            self._show_case(case_id)

    def _show_case(self, case_id: int) -> None:
        self._case_id = case_id
        self.case_view.show_case(case_id)  # first: the pane's room is what the case needs
        self._update_empty_state()
        self.team.case_shown(case_id)
        self._update_actions()

    def _close_case(self) -> None:
        """Show no case (a search found nothing: the case shown was not found either)."""
        if self._case_id is None:
            return
        self._case_id = None
        self.case_view.show_case(None)
        self.team.case_shown(None)
        self._update_empty_state()
        self._update_actions()

    def new_case(self) -> None:
        from ui import case_actions  # with the record dialogs: loaded at the first action

        try:
            case_id = case_actions.new_case(self, self._context)
        except CaseworkerError as error:
            self._context.prompts.report_error(self, error)
            return
        if case_id is not None:
            self.open_case(case_id)

    def add_report(self) -> None:
        from ui import case_actions  # with the record dialogs: loaded at the first action

        if self._case_id is None:
            return
        try:
            # The window passes the person selected in its case view: the actions do not
            # search the widget tree for it.
            case_actions.add_report(
                self, self._context, self._case_id, self.case_view.current_person_id()
            )
        except CaseworkerError as error:
            self._context.prompts.report_error(self, error)

    def _on_changed(self, change: Change) -> None:
        # The case view listens to the same signal and reloads the open case itself.
        self.case_list.refresh(None if change.kind is ChangeKind.ALL else change.case_id)
        self._update_empty_state()
        self._update_actions()

    def _has_cases(self) -> bool:
        if self.case_model.rowCount() > 0:
            return True
        count = ReadOp(
            self._context, self, lambda session: case_list.count_cases(session, CaseQuery())
        ).run()
        return bool(count)

    def _update_empty_state(self) -> None:
        # The last case, shown after the first paint, has its room from the start.
        case_open = self._case_id is not None or self.last_case.pending is not None
        empty = not case_open and not self._has_cases()
        shown: QWidget = self.empty_state if empty else self.case_view
        self._right.setCurrentWidget(shown)
        # The case view's own minimum holds only while it shows a case: otherwise it would be
        # wider than the pane and its one sentence cut off.
        self.case_view.setMinimumWidth(self._case_view_minimum if case_open else 0)
        if shown is self.case_view and not case_open:
            needed = NO_CASE_PANE_WIDTH
        elif shown is self.case_view:  # the last case to come: the room it needed
            needed = max(self._case_pane_width(), self.last_case.room)
        else:
            needed = max(shown.minimumSizeHint().width(), shown.minimumWidth())
        self.case_split.update(case_open, needed)

    def _case_pane_width(self) -> int:
        return max(self.case_view.minimumSizeHint().width(), self.case_view.minimumWidth())

    def _update_actions(self) -> None:
        self.add_report_action.setEnabled(self._case_id is not None)
        self.printing.set_case_open(self._case_id is not None)

    def _show_case_count(self, count: int) -> None:
        self._case_count.setText(self.tr("Cases: {count}").format(count=QLocale().toString(count)))

    # Dialogs ----------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog (without blocking); it saves itself when accepted."""
        from ui.settings_dialog import SettingsDialog  # loaded when first opened

        dialog = SettingsDialog(
            self._preferences,
            self._context.prompts,
            self,
            database=self._context.database,
            auto_backup=self.auto_backup,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_preferences)
        dialog.open()
        return dialog

    def _apply_preferences(self) -> None:
        # The name applies at once; the language when Caseworker next starts.
        self._context.actor = current_actor(settings.CASEWORKER_NAME.read(self._preferences))

    def show_about(self) -> QMessageBox:
        return show_about(self)
