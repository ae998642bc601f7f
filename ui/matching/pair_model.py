"""Two sought persons side by side: the review queue's table of fields (the verdicts in
colour and in words) with a person, not a list entry, in its first column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from caseworker.matching import Field, field_words
from caseworker.services.matching.duplicates import DuplicatePair
from caseworker.services.matching.lists import EntryMatches, MatchCandidate
from caseworker.services.matching.review import EntryFacts, PersonFacts
from ui.matching.fields_model import FIELDS, CellRole, ComparisonModel, chance
from ui.matching.queue import Decided
from ui.widgets.table_model import AnyIndex


class PairModel(ComparisonModel):
    """The fields of one pair of sought persons: the first (lower id) in the column that
    stays put, the second beside it with each field's verdict."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pair: DuplicatePair | None = None
        self._sides: tuple[PersonFacts, PersonFacts] | None = None

    def show_pair(
        self, pair: DuplicatePair, sides: tuple[PersonFacts, PersonFacts], decided: Decided | None
    ) -> None:
        """Show ``pair``; ``sides`` both persons' facts, ``decided`` the decision made here."""
        self._pair, self._sides = pair, sides
        first, second = sides
        candidate = MatchCandidate(
            second.person_id,
            second.case_id,
            second.case_reference,
            pair.probability,
            pair.fields,
            pair.earlier_reason,
        )
        entry = EntryMatches(first.person_id, 0, (candidate,))
        facts = EntryFacts(first.person_id, 0, first.values, ())
        found = {} if decided is None else {second.person_id: decided}
        self.show_entry(entry, facts, [second], found, 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        sides, pair = self._sides, self._pair
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Vertical or sides is None or pair is None or not shown:
            return super().headerData(section, orientation, role)
        if section not in (0, 1):
            return None
        person = sides[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}, sought in case {case}").format(
                name=person.name, case=person.case_reference
            )
        if section == 0:
            return self.tr("Case {case}\nfirst of the pair").format(case=person.case_reference)
        return self.tr("Case {case}\n{chance}").format(
            case=person.case_reference, chance=chance(pair.probability)
        )

    def decision_words(self, column: int) -> str:
        assert self._entry is not None
        candidate = self._entry.candidates[column - 1]
        decided = self._decided.get(candidate.person_id)
        if decided is not None and decided.same:
            return self.tr("The same person: {reason}").format(reason=decided.reason)
        if decided is not None:
            return self.tr("Different people: {reason}").format(reason=decided.reason)
        if candidate.earlier_reason:
            return self.tr("Earlier “different people”: {reason}").format(
                reason=candidate.earlier_reason
            )
        return self.tr("Not decided")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A person's region is his family's: the matcher never compares two persons' (a
        # verdict "no data" beside two regions would mislead).
        row = index.row()
        if index.column() == 1 and 0 <= row < len(FIELDS) and FIELDS[row] is Field.REGION:
            words = self.tr("not compared: the family's region")
            if role == CellRole.WORDS:
                return words
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                value = super().data(index, Qt.ItemDataRole.DisplayRole)
                return f"{field_words(Field.REGION)}: {value} — {words}"
        return super().data(index, role)
