"""The open case: header, relatives, sought persons and the selected person's reports."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.dates import birth_text
from caseworker.errors import NotFound
from caseworker.labels import label
from caseworker.models import Case, Relative, SoughtPerson
from caseworker.services import cases, reports
from caseworker.text import format_phone
from caseworker.vocab import OfficialStatus
from ui import case_actions
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.evidence.evidence_panel import EvidencePanel
from ui.operations import ReadOp, quietly
from ui.report_table_model import ReportColumn, ReportRole, ReportRow, ReportTableModel
from ui.timeline.timeline_panel import TimelinePanel
from ui.widgets.date_field import PROBLEM_COLOUR, format_day

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole


def _make_list(headers: list[str], object_name: str) -> QTreeWidget:
    """A flat, read-only list of a few records (a case has a handful of relatives/persons)."""
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit their contents, scrolling sideways in a narrow window rather than cutting.
    tree.header().setStretchLastSection(False)
    tree.setMinimumHeight(tree.fontMetrics().height() * 5)
    return tree


def _selected_id(tree: QTreeWidget) -> int | None:
    items = tree.selectedItems()
    return int(items[0].data(0, ID_ROLE)) if items else None


def _select_id(tree: QTreeWidget, wanted: int | None) -> None:
    """Select the item of ``wanted``, else the first one."""
    chosen = tree.topLevelItem(0)
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item is not None and item.data(0, ID_ROLE) == wanted:
            chosen = item
    if chosen is not None:
        tree.setCurrentItem(chosen)


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


class CaseView(QWidget):
    """The right-hand side of the main window; refreshes itself from the change notifier."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setMinimumWidth(480)
        self._context = context
        self._case_id: int | None = None
        self._person_details: dict[int, list[tuple[str, str]]] = {}
        self._person_names: dict[int, str] = {}

        self.report_model = ReportTableModel(self)
        self._report_proxy = QSortFilterProxyModel(self)
        self._report_proxy.setSourceModel(self.report_model)
        self._report_proxy.setSortRole(ReportRole.SORT_KEY)

        self._pages = QStackedWidget()
        self.empty_label = QLabel(
            self.tr("No case is open. Choose a case in the list, or create a new case.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(self._build_case_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        context.notifier.changed.connect(self._on_changed)
        self._update_buttons()

    # Public ----------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        if case_id != self._case_id:
            self.persons_list.clear()
            self.relatives_list.clear()
        self._case_id = case_id
        self.reload()

    def current_case_id(self) -> int | None:
        return self._case_id

    def current_person_id(self) -> int | None:
        return _selected_id(self.persons_list) if self._case_id is not None else None

    def current_relative_id(self) -> int | None:
        return _selected_id(self.relatives_list) if self._case_id is not None else None

    def current_report(self) -> ReportRow | None:
        indexes = self.reports_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.report_model.row_at(self._report_proxy.mapToSource(indexes[0]))

    def current_report_id(self) -> int | None:
        row = self.current_report()
        return None if row is None else row.id

    def select_report(self, report_id: int) -> None:
        index = self._report_proxy.mapFromSource(self.report_model.index_of(report_id))
        if index.isValid():
            self.reports_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.reports_table.scrollTo(index)

    def reload(self) -> None:
        """Read the open case again, keeping the selected relative, person and report."""
        if self._case_id is None:
            self._pages.setCurrentIndex(0)
            self.report_model.set_rows([])
            self.timeline_panel.set_person(None, None)
            self.evidence_panel.set_case(None)
            self._update_buttons()
            return
        keep_relative, keep_person = self.current_relative_id(), self.current_person_id()
        case_id = self._case_id

        def fill(session: Any) -> bool:
            case = cases.get_case(session, case_id)
            self._fill_header(case)
            self._fill_relatives(case.relatives, keep_relative)
            self._fill_persons(case.persons, keep_person)
            return True

        # A case removed meanwhile closes quietly.
        if not ReadOp(self._context, self, fill).failure(quietly(self, NotFound)).run():
            self._case_id = None
            self.reload()
            return
        self._pages.setCurrentIndex(1)
        self.evidence_panel.set_case(self._case_id)
        self._on_person_changed()

    # Building --------------------------------------------------------------------------

    def _build_case_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self._build_header())

        self.relatives_list = _make_list(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("Phone"),
                self.tr("Consent"),
                self.tr("DNA sample"),
            ],
            "relativesList",
        )
        self.add_relative_button = QPushButton(self.tr("Add…"))
        self.add_relative_button.setToolTip(self.tr("Add a relative"))
        self.edit_relative_button = QPushButton(self.tr("Edit…"))
        self.edit_relative_button.setToolTip(self.tr("Edit the selected relative"))
        self.add_relative_button.clicked.connect(self._add_relative)
        self.edit_relative_button.clicked.connect(self._edit_relative)
        self.relatives_list.itemSelectionChanged.connect(self._update_buttons)
        self.relatives_list.itemDoubleClicked.connect(lambda *_: self._edit_relative())

        self.persons_list = _make_list(
            [
                self.tr("Name"),
                self.tr("Official status"),
                self.tr("Born"),
                self.tr("Service number"),
                self.tr("Rank"),
                self.tr("Unit"),
                self.tr("Call sign"),
                self.tr("Last contact"),
            ],
            "personsList",
        )
        self.add_person_button = QPushButton(self.tr("Add…"))
        self.add_person_button.setToolTip(self.tr("Add a sought person"))
        self.edit_person_button = QPushButton(self.tr("Edit…"))
        self.edit_person_button.setToolTip(self.tr("Edit the selected sought person"))
        self.add_person_button.clicked.connect(self._add_person)
        self.edit_person_button.clicked.connect(self._edit_person)
        self.persons_list.itemSelectionChanged.connect(self._on_person_changed)
        self.persons_list.itemDoubleClicked.connect(lambda *_: self._edit_person())

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self._build_reports_tab(), self.tr("Reports"))
        self.timeline_panel = TimelinePanel(self._context)
        self.timeline_panel.report_selected.connect(self._on_timeline_report_selected)
        self.tabs.addTab(self.timeline_panel, self.tr("Timeline"))
        self.evidence_panel = EvidencePanel(self._context)
        self.evidence_panel.count_changed.connect(self._on_evidence_count)
        self.tabs.addTab(self.evidence_panel, self.tr("Evidence"))
        self.tabs.addTab(self._build_details_tab(), self.tr("Details"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("caseViewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.relatives_section = self._section(
            self.tr("Relatives"),
            self.relatives_list,
            self.add_relative_button,
            self.edit_relative_button,
        )
        self.splitter.addWidget(self.relatives_section)
        self.splitter.addWidget(
            self._section(
                self.tr("Sought persons"),
                self.persons_list,
                self.add_person_button,
                self.edit_person_button,
            )
        )
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([110, 130, 460])
        self._sizes_before_timeline: list[int] | None = None
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.splitter, 1)
        return page

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("caseHeader")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(header)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title_label, 1)
        self.edit_case_button = QPushButton(self.tr("Edit case…"))
        self.edit_case_button.setObjectName("editCaseButton")
        self.edit_case_button.clicked.connect(self._edit_case)
        top.addWidget(self.edit_case_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("caseFacts")
        self.facts_label.setWordWrap(True)
        layout.addWidget(self.facts_label)
        self.next_action_label = QLabel()
        self.next_action_label.setObjectName("caseNextAction")
        self.next_action_label.setWordWrap(True)
        layout.addWidget(self.next_action_label)
        return header

    def _section(
        self, title: str, tree: QTreeWidget, add: QPushButton, edit: QPushButton
    ) -> QGroupBox:
        box = QGroupBox(title)
        layout = QHBoxLayout(box)
        layout.addWidget(tree, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _build_reports_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.reports_person_label = QLabel()
        self.reports_person_label.setObjectName("reportsPerson")
        self.reports_person_label.setWordWrap(True)
        bold = QFont(self.reports_person_label.font())
        bold.setBold(True)
        self.reports_person_label.setFont(bold)
        layout.addWidget(self.reports_person_label)
        row = QHBoxLayout()
        self.add_report_button = QPushButton(self.tr("Add report…"))
        self.edit_report_button = QPushButton(self.tr("Edit report…"))
        self.retract_report_button = QPushButton(self.tr("Retract report…"))
        self.add_report_button.clicked.connect(self._add_report)
        self.edit_report_button.clicked.connect(self._edit_report)
        self.retract_report_button.clicked.connect(self._retract_report)
        for button in (self.add_report_button, self.edit_report_button, self.retract_report_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        table = QTableView()
        table.setObjectName("reportsTable")
        table.setModel(self._report_proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setSortingEnabled(True)
        table.sortByColumn(ReportColumn.EVENT, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure a sample of rows, not all of them: a person with 200 reports opens at once.
        header.setResizeContentsPrecision(60)
        # Dates and grades stay whole; claim and source share what is left (full in tooltips).
        header.setSectionResizeMode(ReportColumn.CLAIM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReportColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._on_report_selection_changed)
        table.doubleClicked.connect(lambda _index: self._edit_report())
        self.reports_table = table
        layout.addWidget(table, 1)
        return tab

    def _build_details_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.details_box = QGroupBox()
        self.details_form = QFormLayout(self.details_box)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.details_box)
        notes_box = QGroupBox(self.tr("Case notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.case_notes_label = QLabel()
        self.case_notes_label.setWordWrap(True)
        self.case_notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_layout.addWidget(self.case_notes_label)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    # Filling ---------------------------------------------------------------------------

    def _fill_header(self, case: Case) -> None:
        self.title_label.setText(f"{case.reference} · {case.family_name}")
        facts = [
            case.region or self.tr("region not given"),
            label(case.status),
            self.tr("assigned to {name}").format(name=case.assigned_to)
            if case.assigned_to
            else self.tr("not assigned"),
            self.tr("opened {day}").format(day=format_day(case.opened_on)),
        ]
        self.facts_label.setText(" · ".join(facts))
        self.case_notes_label.setText(case.notes or self.tr("No notes."))
        self._show_next_action(case.next_action, case.next_action_due)

    def _show_next_action(self, action: str, due: date | None) -> None:
        palette = QPalette(self.palette())
        if not action and due is None:
            text = self.tr("Next action: none planned")
        elif due is None:
            text = self.tr("Next action: {action}").format(action=action)
        else:
            late = (date.today() - due).days
            when = self.tr("due {day}").format(day=format_day(due))
            if late > 0:
                overdue = (
                    self.tr("overdue by one day")
                    if late == 1
                    else self.tr("overdue by %n days", None, late)
                )
                when += " · " + overdue
                palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
            elif late == 0:
                when += " · " + self.tr("due today")
            text = self.tr("Next action: {action} ({when})").format(
                action=action or self.tr("not described"), when=when
            )
        self.next_action_label.setText(text)
        self.next_action_label.setPalette(palette)
        font = self.next_action_label.font()
        font.setBold(palette.color(QPalette.ColorRole.WindowText) == PROBLEM_COLOUR)
        self.next_action_label.setFont(font)

    def _fill_relatives(self, relatives: list[Relative], keep: int | None) -> None:
        self.relatives_list.clear()
        for relative in relatives:
            consent = (
                self.tr("given {day}").format(day=format_day(relative.consent_on))
                if relative.consent_on
                else self.tr("not recorded")
            )
            has_dna = relative.dna_collected_on or relative.dna_sample_ref
            dna = (
                _joined(format_day(relative.dna_collected_on), relative.dna_sample_ref)
                if has_dna
                else self.tr("none")
            )
            item = QTreeWidgetItem(
                [
                    relative.full_name,
                    label(relative.relation),
                    format_phone(relative.phone),
                    consent,
                    dna,
                ]
            )
            item.setData(0, ID_ROLE, relative.id)
            item.setToolTip(3, relative.consent_scope)
            item.setToolTip(4, relative.dna_lab)
            item.setToolTip(1, relative.relation_note)
            self.relatives_list.addTopLevelItem(item)
        _select_id(self.relatives_list, keep)

    def _fill_persons(self, persons: list[SoughtPerson], keep: int | None) -> None:
        self.persons_list.blockSignals(True)
        self.persons_list.clear()
        self._person_details.clear()
        self._person_names.clear()
        for person in persons:
            item = QTreeWidgetItem(
                [
                    person.full_name,
                    self._official_status(person),
                    birth_text(person.birth_date),
                    person.service_number,
                    person.rank,
                    person.unit,
                    person.call_sign,
                    _joined(format_day(person.last_contact_on), person.last_contact_place),
                ]
            )
            item.setData(0, ID_ROLE, person.id)
            item.setToolTip(0, person.name_variants)
            self.persons_list.addTopLevelItem(item)
            self._person_names[person.id] = person.full_name
            self._person_details[person.id] = self._details_of(person)
        _select_id(self.persons_list, keep)
        self.persons_list.blockSignals(False)

    def _official_status(self, person: SoughtPerson) -> str:
        status = label(person.official_status)
        if person.official_status is OfficialStatus.NOT_REPORTED or not person.official_status_on:
            return status
        return self.tr("{status} since {day}").format(
            status=status, day=format_day(person.official_status_on)
        )

    def _details_of(self, person: SoughtPerson) -> list[tuple[str, str]]:
        return [
            (self.tr("Other spellings"), person.name_variants),
            (self.tr("Born"), _joined(birth_text(person.birth_date), person.birth_place)),
            (self.tr("Service number"), person.service_number),
            (self.tr("Rank"), person.rank),
            (self.tr("Unit"), person.unit),
            (self.tr("Position"), person.position),
            (self.tr("Call sign"), person.call_sign),
            (
                self.tr("Last contact"),
                _joined(
                    format_day(person.last_contact_on),
                    person.last_contact_place,
                    person.last_contact_channel,
                ),
            ),
            (self.tr("Official status"), self._official_status(person)),
            (self.tr("Notes"), person.notes),
        ]

    def _on_person_changed(self) -> None:
        person_id = self.current_person_id()
        keep_report = self.current_report_id()
        rows: list[ReportRow] = []
        if person_id is not None:
            rows = (
                ReadOp(
                    self._context,
                    self,
                    lambda session: [
                        ReportRow.from_report(report)
                        for report in reports.reports_of_person(session, person_id)
                    ],
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
        self._fill_details(person_id)
        self._update_buttons()

    def _fill_details(self, person_id: int | None) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.details_box.setVisible(person_id in self._person_details)
        self.details_box.setTitle(self._person_names.get(person_id or -1, ""))
        for caption, value in self._person_details.get(person_id or -1, []):
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(caption, shown)

    def _on_tab_changed(self, index: int) -> None:
        # The timeline (and the evidence panel) need height more than the relatives need a
        # list: while one is shown the relatives step aside and the persons shrink to their
        # least; both get their room back afterwards.
        on_timeline = self.tabs.widget(index) in (self.timeline_panel, self.evidence_panel)
        relatives = self.relatives_section
        if on_timeline and self._sizes_before_timeline is None:
            self._sizes_before_timeline = self.splitter.sizes()
            relatives.hide()
            self.splitter.setSizes([0, 0, sum(self._sizes_before_timeline)])
        elif not on_timeline and self._sizes_before_timeline is not None:
            relatives.show()
            self.splitter.setSizes(self._sizes_before_timeline)
            self._sizes_before_timeline = None

    def _on_report_selection_changed(self) -> None:
        # The timeline follows the table; it tells the table back only what the user clicks.
        self.timeline_panel.select_report(self.current_report_id())
        self.evidence_panel.set_selected_report(self.current_report_id())
        self._update_buttons()

    def _on_evidence_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.evidence_panel)
        self.tabs.setTabText(index, self.tr("Evidence (%n)", None, count))

    def _on_timeline_report_selected(self, report_id: int) -> None:
        if report_id != self.current_report_id():
            self.select_report(report_id)

    def _update_buttons(self) -> None:
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

    def _edit_case(self) -> None:
        if self._case_id is not None:
            case_actions.edit_case(self, self._context, self._case_id)

    def _add_relative(self) -> None:
        if self._case_id is None:
            return
        new_id = case_actions.add_relative(self, self._context, self._case_id)
        if new_id is not None:
            _select_id(self.relatives_list, new_id)

    def _edit_relative(self) -> None:
        relative_id = self.current_relative_id()
        if relative_id is not None:
            case_actions.edit_relative(self, self._context, relative_id)

    def _add_person(self) -> None:
        if self._case_id is None:
            return
        new_id = case_actions.add_person(self, self._context, self._case_id)
        if new_id is not None:
            _select_id(self.persons_list, new_id)

    def _edit_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            case_actions.edit_person(self, self._context, person_id)

    def _add_report(self) -> None:
        new_id = case_actions.add_report(
            self, self._context, self._case_id, self.current_person_id()
        )
        if new_id is not None:
            self.tabs.setCurrentIndex(0)
            self.select_report(new_id)

    def _edit_report(self) -> None:
        report = self.current_report()
        if report is not None and not report.retracted:
            case_actions.edit_report(self, self._context, report.id)

    def _retract_report(self) -> None:
        report = self.current_report()
        if report is not None and not report.retracted:
            case_actions.retract_report(self, self._context, report.id)
