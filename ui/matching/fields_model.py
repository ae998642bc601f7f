"""The table of fields of one list entry and its candidates, side by side.

One row per compared field (surname, given name, patronymic, date of birth, service number,
unit, region) and a last row for the decision; the first column is the entry as published,
then one column per candidate, the most probable first. A candidate's cell holds its value
and the field's verdict (match, close, mismatch, blank), given in words as well as by the
colour the view paints, so that colour never says it alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import auto
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from caseworker.matching import Field, Verdict, field_words, likely, verdict_words
from caseworker.matching.words import percent_words
from caseworker.services.matching.lists import EntryMatches
from caseworker.services.matching.review import EntryFacts, PersonFacts
from ui.matching.queue import Decided
from ui.widgets.table_model import AnyIndex, Roles, read_only_flags

FIELDS: tuple[Field, ...] = tuple(Field)
#: The row after the fields: what was decided on each candidate.
DECISION_ROW = len(FIELDS)
#: Said where a side has nothing in a field.
NOTHING = "—"


class CellRole(Roles):
    #: A candidate cell's :class:`Verdict` (None in the entry's column and the decision row).
    VERDICT = auto()
    #: The verdict in words ("matches"), or the decision in words.
    WORDS = auto()
    #: The decision row: True for "this is him", False for "not him", None when undecided.
    DECIDED = auto()


def percent(probability: float) -> str:
    """The probability as a whole percentage, never "100 %" (see ``percent_words``)."""
    return percent_words(probability)


def chance(probability: float) -> str:
    """The probability as a percentage, with "likely" from :data:`LIKELY_FROM` on."""
    shown = percent(probability)
    if likely(probability):
        return QCoreApplication.translate("ComparisonModel", "{percent}, likely").format(
            percent=shown
        )
    return shown


class ComparisonModel(QAbstractTableModel):
    """The fields of the entry shown and of each of its candidates."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entry: EntryMatches | None = None
        self._facts: EntryFacts | None = None
        self._persons: Sequence[PersonFacts] = ()
        self._decided: Mapping[int, Decided] = {}
        self.chosen = 0

    def show_entry(
        self,
        entry: EntryMatches,
        facts: EntryFacts,
        persons: Sequence[PersonFacts],
        decided: Mapping[int, Decided],
        chosen: int,
    ) -> None:
        """Show ``entry``; ``persons`` its candidates' facts in its order, ``decided`` the
        decisions made here by person id, ``chosen`` the candidate chosen."""
        self.beginResetModel()
        self._entry, self._facts, self._persons = entry, facts, tuple(persons)
        self._decided = dict(decided)
        self.chosen = chosen
        self.endResetModel()

    def candidates(self) -> int:
        return 0 if self._entry is None else len(self._entry.candidates)

    # Shape ---------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._entry is None else len(FIELDS) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._entry is None else 1 + self.candidates()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    # Headers -------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            if section == DECISION_ROW:
                return self.tr("Decision")
            return field_words(FIELDS[section]) if 0 <= section < len(FIELDS) else None
        if self._entry is None or not 0 <= section <= self.candidates():
            return None
        if section == 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The list entry as published, row {row} of the file").format(
                    row=self._entry.row
                )
            return self.tr("On the list\nrow {row}").format(row=self._entry.row)
        return self.candidate_heading(section - 1, tooltip=role == Qt.ItemDataRole.ToolTipRole)

    def candidate_heading(self, number: int, *, tooltip: bool = False) -> str:
        """Candidate ``number``'s heading: its key, case, probability and "likely"."""
        assert self._entry is not None
        candidate = self._entry.candidates[number]
        chances = chance(candidate.probability)
        if tooltip:
            return self.tr(
                "Candidate {number}: {name}, case {case}; probability {chance}. "
                "Press {number} to choose him."
            ).format(
                number=number + 1,
                name=self._persons[number].name,
                case=candidate.case_reference,
                chance=chances,
            )
        mark = "▶ " if number == self.chosen else ""
        return self.tr("{mark}{number}. Case {case}\n{chance}").format(
            mark=mark, number=number + 1, case=candidate.case_reference, chance=chances
        )

    # Cells ---------------------------------------------------------------------------------

    def _value(self, row: int, column: int) -> str:
        assert self._facts is not None
        values = self._facts.values if column == 0 else self._persons[column - 1].values
        return values.get(FIELDS[row], "")

    def verdict(self, row: int, column: int) -> Verdict | None:
        if self._entry is None or column < 1 or not 0 <= row < len(FIELDS):
            return None
        return self._entry.candidates[column - 1].fields.get(FIELDS[row], Verdict.BLANK)

    def decision_words(self, column: int) -> str:
        """The decision row's text for candidate column ``column``."""
        assert self._entry is not None
        candidate = self._entry.candidates[column - 1]
        decided = self._decided.get(candidate.person_id)
        if decided is not None and decided.same:
            return self.tr("This is him")
        if decided is not None:
            return self.tr("Not him: {reason}").format(reason=decided.reason)
        if candidate.earlier_reason:
            return self.tr("Earlier “not him”: {reason}").format(reason=candidate.earlier_reason)
        return self.tr("Not decided")

    def _decided_same(self, column: int) -> bool | None:
        if self._entry is None or column < 1:
            return None
        decided = self._decided.get(self._entry.candidates[column - 1].person_id)
        return None if decided is None else decided.same

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._entry is None:
            return None
        row, column = index.row(), index.column()
        if row == DECISION_ROW:
            text = "" if column == 0 else self.decision_words(column)
            if role == CellRole.DECIDED:
                return self._decided_same(column)
            shown_as = (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
                CellRole.WORDS,
            )
            if role in shown_as:
                return text
            return None
        value = self._value(row, column)
        verdict = self.verdict(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value or NOTHING
        if role == CellRole.VERDICT:
            return verdict
        if role == CellRole.WORDS:
            return "" if verdict is None else verdict_words(verdict)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = value or NOTHING
            if verdict is None:
                return f"{field_words(FIELDS[row])}: {shown}"
            return f"{field_words(FIELDS[row])}: {shown} — {verdict_words(verdict)}"
        return None
