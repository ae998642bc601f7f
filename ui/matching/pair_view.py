"""One pair of possible duplicates: where it is in the queue, both persons with their cases
(and whether one case holds both), the probability, and the table of fields."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.matching.candidate_table import CandidateTable
from ui.matching.duplicates_queue import DuplicatesState
from ui.matching.fields_model import chance
from ui.matching.pair_model import PairModel


def _label(name: str, parent: QWidget, *, wrap: bool = True, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class PairView(QWidget):
    """The pair the queue is at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPair")
        self.position_label = _label("duplicatesPosition", self, wrap=False, bold=True)
        font = self.position_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.position_label.setFont(font)
        self.persons_label = _label("duplicatesPersons", self)
        self.chance_label = _label("duplicatesChance", self, bold=True)
        self.model = PairModel(self)
        self.table = CandidateTable(self.model, self)
        self.earlier_label = _label("duplicatesEarlier", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.position_label)
        layout.addWidget(self.persons_label)
        layout.addWidget(self.chance_label)
        layout.addWidget(self.table)
        layout.addWidget(self.earlier_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Two persons alike: both columns as wide.
        self.table.set_entry_width(self.table.side_width())

    def show_state(self, state: DuplicatesState) -> None:
        """Show the pair ``state`` is at."""
        pair = state.pair
        first, second = state.sides
        decided = state.decided(pair.person_ids)
        position = self.tr("Pair {number} of %n", None, len(state)).format(
            number=QLocale().toString(state.position + 1)
        )
        if decided is None:
            status = self.tr("not decided")
        elif decided.same:
            status = self.tr("decided: the same person")
        else:
            status = self.tr("decided: different people")
        self.position_label.setText(
            self.tr("{position} · {status}").format(position=position, status=status)
        )
        if pair.same_case:
            persons = self.tr(
                "{one} and {two}, both in case {case}: perhaps entered twice in one case."
            ).format(one=first.name, two=second.name, case=first.case_reference)
        else:
            persons = self.tr("{one} (case {one_case}) and {two} (case {two_case})").format(
                one=first.name,
                one_case=first.case_reference,
                two=second.name,
                two_case=second.case_reference,
            )
        self.persons_label.setText(persons)
        self.chance_label.setText(
            self.tr("Probability that they are one man: {chance}").format(
                chance=chance(pair.probability)
            )
        )
        self.model.show_pair(pair, state.sides, decided)
        earlier = pair.earlier_reason if decided is None else ""
        self.earlier_label.setText(
            self.tr(
                "This pair was judged “different people” before: “{reason}”. It is proposed "
                "again because the name, birth date or service number of one of them changed "
                "since."
            ).format(reason=earlier)
            if earlier
            else ""
        )
        self.earlier_label.setVisible(bool(earlier))
