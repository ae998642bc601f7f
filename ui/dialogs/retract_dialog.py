"""The dialog to retract a report: it stays in the record, greyed, with the reason given."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.dialogs.record_dialog import RecordDialog


class RetractDialog(RecordDialog):
    """``description`` says which report: its claim, event date and source."""

    def __init__(self, parent: QWidget | None = None, *, description: str) -> None:
        super().__init__(self.tr("Retract report"), parent)
        self.setObjectName("retractDialog")
        form = self.group(self.tr("Report"), 0)
        self.add_statement(
            form,
            description,
            "retractedReport",
            self.tr(
                "A retracted report is never deleted: it stays in the case, struck out, "
                "with your reason, and no longer counts in the analysis."
            ),
        )
        self.finish_with_reason(
            form, "reason", self.tr("Reason"), action=self.tr("Retract"), width=480
        )
