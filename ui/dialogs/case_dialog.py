"""The dialog to open a new case or edit one: family, region, status and the next action."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from caseworker.vocab import CaseStatus
from ui.dialogs.record_dialog import RecordDialog, enum_combo
from ui.widgets.date_field import DateField


class CaseDialog(RecordDialog):
    def __init__(self, parent: QWidget | None = None, *, reference: str | None = None) -> None:
        title = (
            self.tr("New case")
            if reference is None
            else self.tr("Edit case {reference}").format(reference=reference)
        )
        super().__init__(title, parent)
        self.setObjectName("caseDialog")

        family = self.group(self.tr("Family"), 0)
        self.add_field(family, "family_name", self.tr("Family"), QLineEdit(), required=True)
        self.add_field(family, "region", self.tr("Region"), QLineEdit())
        self.add_field(family, "status", self.tr("Status"), enum_combo(CaseStatus))
        self.add_field(family, "opened_on", self.tr("Opened on"), DateField())

        work = self.group(self.tr("Work"), 1)
        self.add_field(work, "assigned_to", self.tr("Assigned to"), QLineEdit())
        self.add_field(work, "next_action", self.tr("Next action"), QLineEdit())
        self.add_field(work, "next_action_due", self.tr("Due on"), DateField(allow_future=True))
        self.finish_with_notes(self.tr("Notes"), 4, focus="family_name")
