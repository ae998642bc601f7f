"""The questions that record why: "not him: why?" in the review queue, and, through
:class:`ReasonDialog`, the duplicates' "the same person" and "different people". The reason
is required and kept with the decision."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from caseworker.errors import CaseworkerError
from ui.dialogs.record_dialog import RecordDialog


class ReasonDialog(RecordDialog):
    """A pair (``description``, in bold), a sentence on what the decision does
    (``explanation``) and the required field "reason"; OK says ``action``, and Ctrl+Enter
    presses it (Enter makes a new line in the reason)."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        names: tuple[str, str],
        description: str,
        explanation: str,
        caption: str,
        action: str,
    ) -> None:
        """``names``: the dialog's object name and that of the pair's description."""
        super().__init__(title, parent)
        self.setObjectName(names[0])
        form = self.group(self.tr("The pair"), 0)
        self.add_statement(form, description, names[1], explanation)
        self.finish_with_reason(form, "reason", caption, action=action, width=520)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def show_problem(self, error: CaseworkerError) -> None:
        """The sentence under the reason, the dialog taller by it (nothing squeezed)."""
        super().show_problem(error)
        self.resize_to_width(self.width())


class NotHimDialog(ReasonDialog):
    """``description`` says which pair: the entry's row and the candidate's name and case."""

    def __init__(self, parent: QWidget | None = None, *, description: str) -> None:
        super().__init__(
            self.tr("Not him"),
            parent,
            names=("notHimDialog", "notHimPair"),
            description=description,
            explanation=self.tr(
                "The reason is kept with the decision. The pair is not proposed again "
                "unless the list entry or the person's name, birth date or service number "
                "changes; then it comes back with this reason."
            ),
            caption=self.tr("Reason"),
            action=self.tr("Not him (Ctrl+Enter)"),
        )
