"""The Inquiries tab: the case's inquiries in a table, the selected one's course below.

What it reads, and in how many queries: :mod:`ui.inquiries.inquiry_reads`. The steps of an
inquiry's course are asked for in :mod:`ui.inquiries.inquiry_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import NotFound
from caseworker.services.inquiries import ENDED, WAITING
from caseworker.services.inquiry_lines import CourseStep, InquiryLine
from caseworker.vocab import InquiryStatus
from ui.context import AppContext
from ui.inquiries import inquiry_actions as actions
from ui.inquiries.course_list import CourseList
from ui.inquiries.course_text import step_details, step_what
from ui.inquiries.inquiry_model import InquiryColumn, InquiryTableModel, addressee_text
from ui.inquiries.inquiry_reads import CaseInquiries, Course, course_of, read_case
from ui.inquiries.inquiry_table import inquiry_table
from ui.operations import ReadOp
from ui.widgets.date_field import PROBLEM_COLOUR, format_short_day
from ui.widgets.labels import selectable_label


def add_inquiries_tab(tabs: QTabWidget, context: AppContext) -> InquiriesPanel:
    """The Inquiries tab added to ``tabs``, its title counting the case's inquiries."""
    panel = InquiriesPanel(context)
    tabs.addTab(panel, panel.title(0))
    panel.count_changed.connect(
        lambda count: tabs.setTabText(tabs.indexOf(panel), panel.title(count))
    )
    return panel


class InquiriesPanel(QWidget):
    """Follows the case the case view shows (:meth:`set_case`); ``count_changed`` gives the
    number of the case's inquiries, for the tab's title."""

    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiriesPanel")
        self._context = context
        self._case_id: int | None = None
        self._persons: dict[int, str] = {}
        #: The course read with the lines, for the inquiry about to be selected.
        self._read_course: tuple[int | None, Course] | None = None
        self.model = InquiryTableModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sensitive_label = selectable_label("sensitiveAddressees")
        palette = self.sensitive_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        self.sensitive_label.setPalette(palette)
        self.sensitive_label.hide()
        layout.addWidget(self.sensitive_label)
        #: The buttons above the table (New inquiry…); others may add theirs here.
        self.actions_row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New inquiry…"))
        self.new_button.setObjectName("newInquiryButton")
        self.new_button.clicked.connect(self.new_inquiry)
        self.actions_row.addWidget(self.new_button)
        self.empty_hint = QLabel(self.tr("No inquiries in this case yet."))
        self.empty_hint.setObjectName("inquiriesEmpty")
        self.empty_hint.setWordWrap(True)
        self.actions_row.addWidget(self.empty_hint)
        self.actions_row.addStretch(1)
        layout.addLayout(self.actions_row)

        self.table = inquiry_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.summary_label = selectable_label("inquirySummary")
        self.course_tree = CourseList()
        course_box = QWidget()
        course_layout = QVBoxLayout(course_box)
        course_layout.setContentsMargins(0, 0, 0, 0)
        course_layout.addWidget(self.summary_label)
        course_layout.addWidget(self.course_tree, 1)
        #: The chosen step's details whole (an answer's text can be long).
        self.step_text = selectable_label("inquiryStepText")
        course_layout.addWidget(self.step_text)
        self.course_tree.currentItemChanged.connect(
            lambda item, _before: self.step_text.setText(CourseList.details(item))
        )
        #: The steps of the selected inquiry's course, beside it, two a row (a column of
        #: six would make the tab, and so the window, taller than a small screen allows).
        self.steps_grid = QGridLayout()
        self.send_button = self._step_button(
            self.tr("Sent…"), self.tr("Record the day the draft was sent."), self.send
        )
        self.register_button = self._step_button(
            self.tr("Registered…"),
            self.tr("Record the addressee's registration day and number."),
            self.register,
        )
        self.extend_button = self._step_button(
            self.tr("Extended…"),
            self.tr("Record the addressee's notice that the answer comes later."),
            self.extend,
        )
        self.forward_button = self._step_button(
            self.tr("Forwarded…"),
            self.tr("Record that the addressee sent the inquiry on to another office."),
            self.forward,
        )
        self.answer_button = self._step_button(
            self.tr("Answer received…"),
            self.tr("Record the answer; what it says of the person's fate becomes a report."),
            self.answer,
        )
        self.close_button = self._step_button(
            self.tr("Close without answer…"),
            self.tr("Stop waiting for this inquiry, with the reason."),
            self.close_inquiry,
        )
        self.steps_grid.setRowStretch(3, 1)
        below = QWidget()
        below_layout = QHBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(course_box, 1)
        below_layout.addLayout(self.steps_grid)

        # Three rows of each at the least: the tab must not make the window taller than a
        # small screen (it holds the relatives and persons too).
        for least in (self.table, self.course_tree):
            least.setMinimumHeight(4 * self.fontMetrics().height())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._show_course(None, [])
        self.update_buttons()

    # Public ----------------------------------------------------------------------------

    def title(self, count: int) -> str:
        """The tab's title for ``count`` inquiries."""
        return self.tr("Inquiries (%n)", None, count)

    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show the inquiries of ``case_id`` (read again: called on every change of it)."""
        keep = self.selected_line() if case_id == self._case_id else None
        self._case_id = case_id
        self.reload(keep.id if keep is not None else None)

    def reload(self, keep: int | None = None) -> None:
        """Read the case's inquiries again, selecting ``keep`` (else the first)."""
        case_id = self._case_id
        read = CaseInquiries([], {})
        if case_id is not None:
            read = (
                ReadOp(self._context, self, lambda session: read_case(session, case_id, keep))
                .quietly(NotFound)
                .run()
            ) or read
        self._persons = read.persons
        self.model.set_lines(read.lines, read.persons, read.beyond_law)
        # One sought person's name on every row says nothing: the column shows for several.
        self.table.setColumnHidden(InquiryColumn.PERSON, len(read.persons) < 2)
        self.empty_hint.setVisible(not read.lines)
        self._show_sensitive(read.lines)
        self.count_changed.emit(len(read.lines))
        self._read_course = (read.chosen, read.course)
        if read.chosen is not None:
            self.select_inquiry(read.chosen)
        if self._read_course is not None:  # the selection did not change: show it anyway
            self._on_selection_changed()

    def lines(self) -> list[InquiryLine]:
        return self.model.rows()

    def selected_line(self) -> InquiryLine | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def select_inquiry(self, inquiry_id: int) -> None:
        """Select the inquiry ``inquiry_id`` of the case shown (nothing when not there)."""
        index = self.model.index_of(inquiry_id)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def course_texts(self) -> list[list[str]]:
        """The selected inquiry's course as shown: date, what, who, details per step."""
        tree, texts = self.course_tree, []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None:
                texts.append([*(item.text(column) for column in range(3)), tree.details(item)])
        return texts

    # Actions ---------------------------------------------------------------------------

    def _step_button(self, text: str, tip: str, act: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(act)
        placed = self.steps_grid.count()
        self.steps_grid.addWidget(button, placed // 2, placed % 2)
        return button

    def new_inquiry(self) -> None:
        if self._case_id is not None:
            new_id = actions.new_inquiry(self, self._context, self._case_id)
            if new_id is not None:
                self.select_inquiry(new_id)

    def send(self) -> None:
        if (line := self.selected_line()) is not None:
            actions.send(self, self._context, line)

    def register(self) -> None:
        if (line := self.selected_line()) is not None:
            actions.register(self, self._context, line)

    def extend(self) -> None:
        if (line := self.selected_line()) is not None:
            actions.extend(self, self._context, line)

    def forward(self) -> None:
        if (line := self.selected_line()) is not None:
            new_id = actions.forward(self, self._context, line)
            if new_id is not None:
                self.select_inquiry(new_id)

    def answer(self) -> None:
        if (line := self.selected_line()) is not None:
            actions.answer(self, self._context, line, list(self._persons.items()))

    def close_inquiry(self) -> None:
        if (line := self.selected_line()) is not None:
            actions.close(self, self._context, line)

    def update_buttons(self) -> None:
        line = self.selected_line()
        status = line.status if line is not None else None
        waiting = status in WAITING
        self.new_button.setEnabled(self._case_id is not None)
        self.send_button.setEnabled(status is InquiryStatus.DRAFT)
        self.register_button.setEnabled(waiting and line is not None and line.registered_on is None)
        for button in (self.extend_button, self.forward_button, self.answer_button):
            button.setEnabled(waiting)
        self.close_button.setEnabled(line is not None and status not in ENDED)

    # Filling ---------------------------------------------------------------------------

    def _show_sensitive(self, lines: list[InquiryLine]) -> None:
        names = sorted(
            {
                line.addressee
                for line in lines
                if line.sensitive and line.status is not InquiryStatus.DRAFT
            }
        )
        self.sensitive_label.setText(
            self.tr("Written to sensitive addressees: {names}.").format(names=", ".join(names))
        )
        self.sensitive_label.setVisible(bool(names))

    def _on_selection_changed(self) -> None:
        line = self.selected_line()
        steps: Course = ([], frozenset())
        read, self._read_course = self._read_course, None
        if line is not None and read is not None and read[0] == line.id:
            steps = read[1]  # read with the lines
        elif line is not None:
            inquiry_id = line.id
            steps = (
                ReadOp(self._context, self, lambda session: course_of(session, inquiry_id))
                .quietly(NotFound)
                .run()
            ) or steps
        self._show_course(line, *steps)
        self.update_buttons()

    def _show_course(
        self,
        line: InquiryLine | None,
        steps: list[CourseStep],
        beyond_law: frozenset[date] = frozenset(),
    ) -> None:
        self.course_tree.clear()
        self.step_text.clear()
        if line is None:
            self.summary_label.setText(self.tr("Choose an inquiry to see its course."))
            return
        said = [self.tr("To {addressee}").format(addressee=addressee_text(line))]
        if line.person_id is not None and line.person_id in self._persons:
            said.append(self.tr("about {name}").format(name=self._persons[line.person_id]))
        if line.our_reference:
            said.append(self.tr("our reference {reference}").format(reference=line.our_reference))
        self.summary_label.setText(" · ".join(said))
        names = {other.id: other.addressee for other in self.model.rows()}
        for step in steps:
            self.course_tree.add_step(
                format_short_day(step.on),
                step_what(step),
                step.actor,
                step_details(step, names, beyond_law),
            )
        if line.status is InquiryStatus.DRAFT:
            self.course_tree.add_step("", self.tr("draft, not sent yet"), "")
        last = self.course_tree.topLevelItem(self.course_tree.topLevelItemCount() - 1)
        if last is not None:
            self.course_tree.setCurrentItem(last)
