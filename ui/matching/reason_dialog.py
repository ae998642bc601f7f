"""The question "not him: why?": the reason is required and kept with the decision."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from caseworker.errors import CaseworkerError
from ui.dialogs.record_dialog import RecordDialog


class NotHimDialog(RecordDialog):
    """``description`` says which pair: the entry's row and the candidate's name and case."""

    def __init__(self, parent: QWidget | None = None, *, description: str) -> None:
        super().__init__(self.tr("Not him"), parent)
        self.setObjectName("notHimDialog")
        form = self.group(self.tr("The pair"), 0)
        self.add_statement(
            form,
            description,
            "notHimPair",
            self.tr(
                "The reason is kept with the decision. The pair is not proposed again "
                "unless the list entry or the person's name, birth date or service number "
                "changes; then it comes back with this reason."
            ),
        )
        self.finish_with_reason(
            form, "reason", self.tr("Reason"), action=self.tr("Not him (Ctrl+Enter)"), width=520
        )
        # Enter makes a new line in the reason; Ctrl+Enter records it, as in the queue.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def show_problem(self, error: CaseworkerError) -> None:
        """The sentence under the reason, the dialog taller by it (nothing squeezed)."""
        super().show_problem(error)
        self.resize_to_width(self.width())
