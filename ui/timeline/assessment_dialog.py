"""The dialog to record the caseworker's own judgement of a person's status."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from caseworker.vocab import AssessedStatus, Confidence
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit


class AssessmentDialog(RecordDialog):
    """``suggestion`` is what the reports suggest, shown as a reminder, never as the answer."""

    def __init__(self, parent: QWidget | None = None, *, person_name: str, suggestion: str) -> None:
        super().__init__(self.tr("Assess the status of {name}").format(name=person_name), parent)
        self.setObjectName("assessmentDialog")
        form = self.group(self.tr("Your judgement"), 0)
        hint = QLabel(suggestion)
        hint.setObjectName("assessmentSuggestion")
        hint.setWordWrap(True)
        form.addRow(hint)
        # Nothing is chosen for the caseworker: the suggestion above is a reminder, and a
        # status picked in advance would be recorded as theirs by a hurried OK.
        choose = self.tr("— choose —")
        for name, caption, widget in (
            ("status", self.tr("Status"), enum_combo(AssessedStatus, none_text=choose)),
            ("confidence", self.tr("Confidence"), enum_combo(Confidence, none_text=choose)),
            ("rationale", self.tr("Why"), note_edit(5)),
        ):
            self.add_field(form, name, caption, widget, required=True)
        explanation = QLabel(
            self.tr(
                "Your assessment is kept apart from the suggestion, with your name and the "
                "time. A new assessment does not erase the earlier ones."
            )
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.finish_columns()
        self.field("status").setFocus()
        self.resize(520, self.sizeHint().height())
