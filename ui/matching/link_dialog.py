"""The questions of the duplicates window: "the same person" asks for the written
justification, "different people" for the reason; both are required and kept."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.matching.reason_dialog import ReasonDialog


class SamePersonDialog(ReasonDialog):
    """``description`` names both persons and their cases."""

    def __init__(self, parent: QWidget | None = None, *, description: str) -> None:
        super().__init__(
            self.tr("The same person"),
            parent,
            names=("samePersonDialog", "samePersonPair"),
            description=description,
            explanation=self.tr(
                "Both stay as they are, nothing is merged: each case shows the link and the "
                "other case's reference. Say what shows that they are one man (the same "
                "service number, the families' letters…)."
            ),
            caption=self.tr("Justification"),
            action=self.tr("The same person (Ctrl+Enter)"),
        )


class DifferentPeopleDialog(ReasonDialog):
    """``description`` names both persons and their cases."""

    def __init__(self, parent: QWidget | None = None, *, description: str) -> None:
        super().__init__(
            self.tr("Different people"),
            parent,
            names=("differentPeopleDialog", "differentPeoplePair"),
            description=description,
            explanation=self.tr(
                "The reason is kept. The pair is not proposed again unless the name, birth "
                "date or service number of one of them changes; then it comes back with this "
                "reason. No chain of links can make them one man."
            ),
            caption=self.tr("Reason"),
            action=self.tr("Different people (Ctrl+Enter)"),
        )
