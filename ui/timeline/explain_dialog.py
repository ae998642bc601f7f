"""The dialog to mark a contradiction explained: the finding, and why it is set aside."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.dialogs.record_dialog import RecordDialog


class ExplainDialog(RecordDialog):
    """``rule`` names the finding, ``sentence`` says what disagrees; the note is required."""

    def __init__(self, parent: QWidget | None = None, *, rule: str, sentence: str) -> None:
        super().__init__(self.tr("Mark contradiction explained"), parent)
        self.setObjectName("explainDialog")
        form = self.group(rule[:1].upper() + rule[1:], 0)
        self.add_statement(
            form,
            sentence,
            "explainedSentence",
            self.tr(
                "An explained contradiction is set aside, not deleted: it stays listed with "
                "your note and no longer counts as open. You can reopen it at any time."
            ),
        )
        self.finish_with_reason(
            form,
            "note",
            self.tr("Why it is explained"),
            action=self.tr("Mark explained"),
            width=520,
        )
