"""The case view's header (reference, family, facts, next action) and its Details tab.

The strings keep the case view's translation context.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker.i18n import Plurals
from caseworker.labels import label
from caseworker.services.case_overview import CaseOverview
from ui.team.assign_button import assign_button
from ui.widgets.date_field import PROBLEM_COLOUR, format_day

if TYPE_CHECKING:
    from ui.case_view import CaseView

translate = QCoreApplication.translate


class CaseHeader(Plurals):
    """The header's plural messages."""


def build_header(view: CaseView) -> QWidget:
    header = QFrame()
    header.setObjectName("caseHeader")
    header.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(header)
    top = QHBoxLayout()
    view.title_label = QLabel()
    view.title_label.setObjectName("caseTitle")
    font = QFont(view.title_label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    view.title_label.setFont(font)
    view.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    top.addWidget(view.title_label, 1)
    view.edit_case_button = QPushButton(translate("CaseView", "Edit case…"))
    view.edit_case_button.setObjectName("editCaseButton")
    view.edit_case_button.clicked.connect(view.edit_case)
    top.addWidget(view.edit_case_button, 0, Qt.AlignmentFlag.AlignTop)
    assign = assign_button(view, view._context, view.current_case_id)
    top.addWidget(assign, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(top)
    view.facts_label = QLabel()
    view.facts_label.setObjectName("caseFacts")
    view.facts_label.setWordWrap(True)
    layout.addWidget(view.facts_label)
    view.next_action_label = QLabel()
    view.next_action_label.setObjectName("caseNextAction")
    view.next_action_label.setWordWrap(True)
    layout.addWidget(view.next_action_label)
    layout.addWidget(view.presence_label)  # who else works on the case now
    layout.addWidget(view.family_panel.override_label)
    return header


def build_details_tab(view: CaseView) -> QWidget:
    """The selected person's facts and the case notes."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    view.details_box = QGroupBox()
    view.details_form = QFormLayout(view.details_box)
    view.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.addWidget(view.details_box)
    notes_box = QGroupBox(translate("CaseView", "Case notes"))
    notes_layout = QVBoxLayout(notes_box)
    view.case_notes_label = QLabel()
    view.case_notes_label.setWordWrap(True)
    view.case_notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    notes_layout.addWidget(view.case_notes_label)
    layout.addWidget(notes_box)
    layout.addStretch(1)
    scroll.setWidget(inner)
    return scroll


def fill_header(view: CaseView, case: CaseOverview) -> None:
    view.title_label.setText(f"{case.reference} · {case.family_name}")
    facts = [
        case.region or translate("CaseView", "region not given"),
        label(case.status),
        translate("CaseView", "assigned to {name}").format(name=case.assigned_to)
        if case.assigned_to
        else translate("CaseView", "not assigned"),
        translate("CaseView", "opened {day}").format(day=format_day(case.opened_on)),
    ]
    view.facts_label.setText(" · ".join(facts))
    view.case_notes_label.setText(case.notes or translate("CaseView", "No notes."))
    show_next_action(view, case.next_action, case.next_action_due)


def show_next_action(view: CaseView, action: str, due: date | None) -> None:
    """The next action and when it is due; an overdue one in the problem colour, bold."""
    palette = QPalette(view.palette())
    if not action and due is None:
        text = translate("CaseView", "Next action: none planned")
    elif due is None:
        text = translate("CaseView", "Next action: {action}").format(action=action)
    else:
        late = (date.today() - due).days
        when = translate("CaseView", "due {day}").format(day=format_day(due))
        if late > 0:
            overdue = (
                translate("CaseView", "overdue by one day")
                if late == 1
                else CaseHeader.tr("overdue by %n days", None, late)
            )
            when += " · " + overdue
            palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        elif late == 0:
            when += " · " + translate("CaseView", "due today")
        text = translate("CaseView", "Next action: {action} ({when})").format(
            action=action or translate("CaseView", "not described"), when=when
        )
    label = view.next_action_label
    label.setText(text)
    label.setPalette(palette)
    font = label.font()
    font.setBold(palette.color(QPalette.ColorRole.WindowText) == PROBLEM_COLOUR)
    label.setFont(font)


def fill_details(view: CaseView, name: str, details: list[tuple[str, str]] | None) -> None:
    """The Details tab for the selected person (hidden when there is none)."""
    while view.details_form.rowCount():
        view.details_form.removeRow(0)
    view.details_box.setVisible(details is not None)
    view.details_box.setTitle(name)
    for caption, value in details or []:
        shown = QLabel(value or "—")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        view.details_form.addRow(caption, shown)
