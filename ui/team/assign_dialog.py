"""Assigning a case: a coordinator chooses who works on it, among the team's names.

On a team's server the names are the team's caseworkers and coordinators as the server
knows them; on one person's file, the names already on cases and one's own. Any other name
may be typed, and an empty one gives the case to nobody. The change is one undoable step,
the same as editing the case's "Assigned to"; a login that may not assign (a caseworker's)
gets the server's refusal as a sentence, and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.team.assignment import Assignment, assignment_of, may_assign
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.operations import ReadOp
from ui.undo_commands import EditCaseCommand, push_edit

translate = QCoreApplication.translate
#: The longest name a case keeps (``cases.assigned_to``).
NAME_LENGTH = 100


class AssignDialog(QDialog):
    """Choose (or type) who works on the case; :meth:`chosen` is the name, "" for nobody."""

    def __init__(self, assignment: Assignment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(
            self.tr("Assign case {reference}").format(reference=assignment.reference)
        )
        explanation = QLabel(
            self.tr(
                "Who works on this case? They find it under “My cases”. Leave the name "
                "empty to give the case to nobody."
            )
        )
        explanation.setWordWrap(True)
        self.names = QComboBox(self)
        self.names.setObjectName("assigneeNames")
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names.setMinimumContentsLength(24)
        self.names.addItems(assignment.names)
        line = self.names.lineEdit()
        if line is not None:  # an editable box has one
            line.setMaxLength(NAME_LENGTH)
            line.setPlaceholderText(self.tr("nobody"))
        self.names.setEditText(assignment.assigned_to)
        form = QFormLayout()
        form.addRow(self.tr("&Assigned to:"), self.names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.names.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str:
        return " ".join(self.names.currentText().split())


def assign_case(parent: QWidget | None, context: AppContext, case_id: int) -> bool:
    """Ask whom the case goes to and save it as one undoable step; True when it changed.

    Errors (the server refusing, the case changed meanwhile) are shown, never raised.
    """
    assignment: Assignment | None = ReadOp(
        context, parent, lambda session: assignment_of(session, case_id, context.actor)
    ).run()
    if assignment is None:
        return False
    dialog = AssignDialog(assignment, parent)
    try:
        if not context.prompts.run_dialog(dialog):
            return False
        chosen = dialog.chosen()
    finally:
        dialog.deleteLater()
    if chosen == assignment.assigned_to:
        return False
    step = EditCaseCommand(
        context,
        record_id=case_id,
        case_id=case_id,
        expected_version=assignment.version,
        old={"assigned_to": assignment.assigned_to},
        new={"assigned_to": chosen},
        report_error=lambda error: context.prompts.report_error(parent, error),
        reference=assignment.reference,
    )
    error = push_edit(context.undo_stack, step)
    if error is not None:
        context.prompts.report_error(parent, error)
        return False
    return True


def limit_assignment(dialog: RecordDialog, context: AppContext) -> RecordDialog:
    """A case's edit dialog with its "Assigned to" read-only where the server's grants say
    this login may not change it (a caseworker's or a reader's); ``dialog`` itself."""
    field = dialog.field("assigned_to")
    if isinstance(field, QLineEdit) and ReadOp(context, dialog, may_assign).run() is False:
        field.setReadOnly(True)
        field.setToolTip(
            translate("AssignDialog", "Only a coordinator assigns cases on the team's server.")
        )
    return dialog
