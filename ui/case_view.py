"""The open case: header, relatives, sought persons and the selected person's reports.

The parts are built and filled in :mod:`ui.case_parts`: the header and the Details tab in
``header``, the relatives' and persons' lists in ``people``, the Reports tab in ``reports_tab``,
the whole page (with the timeline, evidence, family and inquiries panels) in ``page``. All of
them are imported, and the page built, when a case is first shown: a start with no case open
loads none of them (the methods that fill the page import them where they use them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import NotFound
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import ReadOp

if TYPE_CHECKING:
    from caseworker.services.report_rows import ReportRow
    from ui.evidence.evidence_panel import EvidencePanel
    from ui.family.family_panel import FamilyPanel
    from ui.inquiries.inquiries_panel import InquiriesPanel
    from ui.report_table_model import ReportTableModel
    from ui.timeline.timeline_panel import TimelinePanel


class CaseView(QWidget):
    """The right-hand side of the main window; refreshes itself from the change notifier.

    While no case has been shown it holds only its "No case is open" sentence: the case's
    page (:mod:`ui.case_parts.page`) is built, and its panels imported, when a case is first
    shown; until then the methods that read the page's widgets say that nothing is selected.
    """

    # Built by ui.case_parts with the case's page.
    report_model: ReportTableModel  # sorts itself: the table shows it whole
    tabs: QTabWidget
    splitter: QSplitter
    relatives_section: QGroupBox
    family_panel: FamilyPanel
    inquiries_panel: InquiriesPanel
    timeline_panel: TimelinePanel
    evidence_panel: EvidencePanel
    title_label: QLabel
    edit_case_button: QPushButton
    facts_label: QLabel
    next_action_label: QLabel
    relatives_list: QTreeWidget
    add_relative_button: QPushButton
    edit_relative_button: QPushButton
    persons_list: QTreeWidget
    add_person_button: QPushButton
    edit_person_button: QPushButton
    person_link_label: QLabel
    reports_person_label: QLabel
    add_report_button: QPushButton
    edit_report_button: QPushButton
    retract_report_button: QPushButton
    reports_table: QTableView
    details_box: QGroupBox
    details_form: QFormLayout
    case_notes_label: QLabel

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setMinimumWidth(480)
        self._context = context
        self._case_id: int | None = None
        self._person_details: dict[int, list[tuple[str, str]]] = {}
        self._person_names: dict[int, str] = {}

        self._pages = QStackedWidget()
        self._no_case_text = self.tr(
            "No case is open. Choose a case in the list, or create a new case."
        )
        self.empty_label = QLabel(self._no_case_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._pages.addWidget(self.empty_label)
        self._page: QWidget | None = None  # the case's, built when a case is first shown
        self._splitter_state = QByteArray()  # for the page's splitter, until it is built
        # Who else works on the case (ui/team/presence.py fills it); the header places it.
        self.presence_label = QLabel(self)
        self.presence_label.setObjectName("casePresence")
        self.presence_label.setWordWrap(True)
        self.presence_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        context.notifier.changed.connect(self._on_changed)
        self.update_buttons()

    # Public ----------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        if case_id != self._case_id and self._page is not None:
            self.persons_list.clear()
            self.relatives_list.clear()
        self._case_id = case_id
        self.reload()

    def show_family_log(self, relative_id: int) -> None:
        """Switch to the Family tab and select the relative's latest entry."""
        self.tabs.setCurrentWidget(self.family_panel)
        self.family_panel.select_latest_of(relative_id)

    def show_inquiry(self, inquiry_id: int) -> None:
        """Switch to the Inquiries tab with the inquiry selected (the work list opens it)."""
        self.tabs.setCurrentWidget(self.inquiries_panel)
        self.inquiries_panel.select_inquiry(inquiry_id)

    def current_case_id(self) -> int | None:
        return self._case_id

    def current_person_id(self) -> int | None:
        from ui.case_parts import people

        return people.selected_id(self.persons_list) if self._case_shown() else None

    def current_relative_id(self) -> int | None:
        from ui.case_parts import people

        return people.selected_id(self.relatives_list) if self._case_shown() else None

    def select_person(self, person_id: int) -> None:
        """Select the sought person in the open case (its reports and timeline follow)."""
        from ui.case_parts import people

        if self._case_shown():
            people.select_id(self.persons_list, person_id)

    def select_relative(self, relative_id: int) -> None:
        """Select the relative in the open case."""
        from ui.case_parts import people

        if self._case_shown():
            people.select_id(self.relatives_list, relative_id)

    def _case_shown(self) -> bool:
        return self._case_id is not None and self._page is not None

    def current_report(self) -> ReportRow | None:
        if self._page is None:
            return None
        indexes = self.reports_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.report_model.row_at(indexes[0])

    def current_report_id(self) -> int | None:
        row = self.current_report()
        return None if row is None else row.id

    def select_report(self, report_id: int) -> None:
        if self._page is None:
            return
        index = self.report_model.index_of(report_id)
        if index.isValid():
            self.reports_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.reports_table.scrollTo(index)

    def reload(self) -> None:
        """Read the open case again, keeping the selected relative, person and report."""
        if self._case_id is not None:
            self._build_case_page()
        elif self._page is None:  # no case was ever shown: only the sentence
            self._pages.setCurrentIndex(0)
            return
        self.inquiries_panel.set_case(self._case_id)
        self.family_panel.set_case(self._case_id)
        if self._case_id is None:
            self._pages.setCurrentIndex(0)
            self.report_model.set_rows([])
            self.timeline_panel.set_person(None, None)
            self.evidence_panel.set_case(None)
            self.update_buttons()
            return
        from ui.case_parts import header, people

        keep_relative, keep_person = self.current_relative_id(), self.current_person_id()
        case_id = self._case_id

        # A case removed meanwhile closes quietly.
        read = (
            ReadOp(self._context, self, lambda session: people.read_case(session, case_id))
            .quietly(NotFound)
            .run()
        )
        if read is None:
            self._case_id = None
            self.reload()
            return
        overview, links = read
        header.fill_header(self, overview)
        people.fill_relatives(self.relatives_list, overview.relatives, keep_relative)
        people.fill_persons(
            self.persons_list,
            overview.persons,
            keep_person,
            self._person_names,
            self._person_details,
            (case_id, links),
        )
        self._pages.setCurrentIndex(1)
        self.evidence_panel.set_case(self._case_id)
        self.on_person_changed()

    # Building --------------------------------------------------------------------------

    def _build_case_page(self) -> None:
        """Build the case's page unless it is built (the first case shown)."""
        if self._page is not None:
            return
        from ui.case_parts.page import build_case_page
        from ui.report_table_model import ReportTableModel

        self.report_model = ReportTableModel(self)
        self._page = build_case_page(self, self.report_model)
        self._pages.addWidget(self._page)
        if not self._splitter_state.isEmpty():
            self.splitter.restoreState(self._splitter_state)

    def restore_splitter(self, state: QByteArray) -> None:
        """Restore the saved split of the case's page (now, or when the page is built)."""
        self._splitter_state = state
        if self._page is not None:
            self.splitter.restoreState(state)

    def splitter_state(self) -> QByteArray:
        """What to save of the split: as it is, or as restored when no case was shown."""
        return self.splitter.saveState() if self._page is not None else self._splitter_state

    def expect_case(self, expected: bool) -> None:
        """Say nothing while a case is about to be shown (the last one, reopened at start)."""
        self.empty_label.setText("" if expected else self._no_case_text)

    # Filling ---------------------------------------------------------------------------

    def on_person_changed(self) -> None:
        from caseworker.services.report_rows import report_rows_of_person
        from ui.case_parts import header, people

        person_id = self.current_person_id()
        keep_report = self.current_report_id()
        rows: list[ReportRow] = []
        if person_id is not None:
            rows = (
                ReadOp(
                    self._context,
                    self,
                    lambda session: report_rows_of_person(session, person_id),
                ).run()
                or []
            )
        self.report_model.set_rows(rows)
        if keep_report is not None:
            self.select_report(keep_report)
        name = self._person_names.get(person_id or -1, "")
        self.reports_person_label.setText(
            self.tr("Reports about {name}").format(name=name)
            if name
            else self.tr("Add a sought person to record reports about them.")
        )
        self.tabs.setTabText(0, self.tr("Reports (%n)", None, len(rows)))
        self.timeline_panel.set_person(self._case_id, person_id, name)
        self.timeline_panel.select_report(self.current_report_id())
        self.evidence_panel.set_selected_report(self.current_report_id())
        header.fill_details(self, name, self._person_details.get(person_id or -1))
        people.show_link_note(self)
        self.update_buttons()

    def on_report_selection_changed(self) -> None:
        # The timeline follows the table; it tells the table back only what the user clicks.
        self.timeline_panel.select_report(self.current_report_id())
        self.evidence_panel.set_selected_report(self.current_report_id())
        self.update_buttons()

    def _on_evidence_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.evidence_panel)
        self.tabs.setTabText(index, self.tr("Evidence (%n)", None, count))

    def _on_timeline_report_selected(self, report_id: int) -> None:
        if report_id != self.current_report_id():
            self.select_report(report_id)

    def update_buttons(self) -> None:
        if self._page is None:
            return
        open_case = self._case_id is not None
        report = self.current_report() if open_case else None
        self.edit_case_button.setEnabled(open_case)
        self.add_relative_button.setEnabled(open_case)
        self.edit_relative_button.setEnabled(self.current_relative_id() is not None)
        self.add_person_button.setEnabled(open_case)
        self.edit_person_button.setEnabled(self.current_person_id() is not None)
        self.add_report_button.setEnabled(self.current_person_id() is not None)
        self.edit_report_button.setEnabled(report is not None and not report.retracted)
        self.retract_report_button.setEnabled(report is not None and not report.retracted)

    def _on_changed(self, change: Change) -> None:
        if self._case_id is None or change.kind is ChangeKind.EVIDENCE:
            return  # the evidence panel follows its own changes
        if change.kind is ChangeKind.ALL or change.case_id in (None, self._case_id):
            self.reload()

    # Actions ---------------------------------------------------------------------------
    # ui.case_actions (with the record dialogs) loads at the first action, not at start.

    def edit_case(self) -> None:
        from ui import case_actions

        if self._case_id is not None:
            case_actions.edit_case(self, self._context, self._case_id)

    def add_relative(self) -> None:
        from ui import case_actions

        self._add_to(self.relatives_list, case_actions.add_relative)

    def edit_relative(self) -> None:
        from ui import case_actions

        self._edit_selected(self.current_relative_id(), case_actions.edit_relative)

    def add_person(self) -> None:
        from ui import case_actions

        self._add_to(self.persons_list, case_actions.add_person)

    def edit_person(self) -> None:
        from ui import case_actions

        self._edit_selected(self.current_person_id(), case_actions.edit_person)

    def _add_to(
        self,
        tree: QTreeWidget,
        add: Callable[[QWidget | None, AppContext, int], int | None],
    ) -> None:
        """Add a relative or person to the open case and select the new one in ``tree``."""
        if self._case_id is None:
            return
        new_id = add(self, self._context, self._case_id)
        if new_id is not None:
            from ui.case_parts import people

            people.select_id(tree, new_id)

    def _edit_selected(
        self, record_id: int | None, edit: Callable[[QWidget | None, AppContext, int], bool]
    ) -> None:
        if record_id is not None:
            edit(self, self._context, record_id)

    def add_report(self) -> None:
        from ui import case_actions

        new_id = case_actions.add_report(
            self, self._context, self._case_id, self.current_person_id()
        )
        if new_id is not None:
            self.tabs.setCurrentIndex(0)
            self.select_report(new_id)

    def edit_report(self) -> None:
        from ui import case_actions

        report = self.current_report()
        if report is not None and not report.retracted:
            case_actions.edit_report(self, self._context, report.id)

    def retract_report(self) -> None:
        from ui import case_actions

        report = self.current_report()
        if report is not None and not report.retracted:
            case_actions.retract_report(self, self._context, report.id)
