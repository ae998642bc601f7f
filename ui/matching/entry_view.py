"""One entry of the review queue: where it is in the queue, its row as published, the table
of fields beside every candidate, and what is known of the chosen candidate."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.matching.candidate_table import CandidateTable
from ui.matching.fields_model import ComparisonModel, chance
from ui.matching.queue import QueueState


def _label(name: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EntryView(QWidget):
    """The entry the queue is at, with its candidates side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewEntry")
        self.position_label = _label("reviewPosition", self, wrap=False)
        font = self.position_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.position_label.setFont(font)
        self.published_label = _label("reviewPublished", self)
        self.model = ComparisonModel(self)
        self.table = CandidateTable(self.model, self)
        self.earlier_label = _label("reviewEarlier", self)
        self.chosen_label = _label("reviewChosen", self)
        chosen_font = self.chosen_label.font()
        chosen_font.setBold(True)
        self.chosen_label.setFont(chosen_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.position_label)
        layout.addWidget(self.published_label)
        layout.addWidget(self.table)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.chosen_label)

    def show_state(self, state: QueueState) -> None:
        """Show the entry ``state`` is at, with the candidate it has chosen."""
        entry, facts = state.entry, state.facts
        locale = QLocale()
        position = self.tr("Entry {number} of %n", None, len(state)).format(
            number=locale.toString(state.position + 1)
        )
        status = (
            self.tr("decided")
            if state.entry_decided(state.position)
            else self.tr("%n candidates", None, len(entry.candidates))
        )
        self.position_label.setText(
            self.tr("{position} · row {row} of the file · {status}").format(
                position=position, row=entry.row, status=status
            )
        )
        cells = [f"{header}: {text}" for header, text in facts.published if text.strip()]
        published = " · ".join(cells) or facts.full_name
        if facts.note:
            published = f"{published} · {facts.note}"
        self.published_label.setText(self.tr("As published: {row}").format(row=published))
        decided = {
            c.person_id: found
            for c in entry.candidates
            if (found := state.decided(entry.entry_id, c.person_id)) is not None
        }
        persons = [state.person(c.person_id) for c in entry.candidates]
        self.model.show_entry(entry, facts, persons, decided, state.chosen)
        self.table.show_chosen()
        self._show_chosen(state)

    def _show_chosen(self, state: QueueState) -> None:
        candidate = state.candidate
        person = state.person(candidate.person_id)
        self.chosen_label.setText(
            self.tr("Candidate {number}: {name}, case {case}, {chance}").format(
                number=state.chosen + 1,
                name=person.name,
                case=candidate.case_reference,
                chance=chance(candidate.probability),
            )
        )
        decided = state.decided(state.entry.entry_id, candidate.person_id)
        earlier = candidate.earlier_reason if decided is None else ""
        self.earlier_label.setText(
            self.tr(
                "This pair was judged “not him” before: “{reason}”. It is proposed again "
                "because the name, birth date or service number of one side changed since."
            ).format(reason=earlier)
            if earlier
            else ""
        )
        self.earlier_label.setVisible(bool(earlier))
