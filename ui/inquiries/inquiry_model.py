"""The table of a case's inquiries: addressee, status, due, late, sent, registered, person.

The rows are :class:`~caseworker.services.inquiry_lines.InquiryLine` values, their clocks
computed on the day they were read.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.services.inquiry_lines import InquiryLine
from caseworker.vocab import InquiryStatus
from ui.widgets.date_field import PROBLEM_COLOUR, format_short_day
from ui.widgets.table_model import Columns, RecordListModel

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


class InquiryColumn(Columns):
    """What a caseworker looks for first comes first: to whom, where it stands, when due."""

    ADDRESSEE = auto()
    STATUS = auto()
    DUE = auto()
    LATE = auto()
    SENT = auto()
    REGISTERED = auto()
    PERSON = auto()


_HEADERS = {
    InquiryColumn.ADDRESSEE: QT_TRANSLATE_NOOP("InquiryTableModel", "Addressee"),
    InquiryColumn.PERSON: QT_TRANSLATE_NOOP("InquiryTableModel", "About whom"),
    InquiryColumn.STATUS: QT_TRANSLATE_NOOP("InquiryTableModel", "Status"),
    InquiryColumn.SENT: QT_TRANSLATE_NOOP("InquiryTableModel", "Sent on"),
    InquiryColumn.REGISTERED: QT_TRANSLATE_NOOP("InquiryTableModel", "Registration"),
    InquiryColumn.DUE: QT_TRANSLATE_NOOP("InquiryTableModel", "Answer by"),
    InquiryColumn.LATE: QT_TRANSLATE_NOOP("InquiryTableModel", "Overdue"),
}

_COLUMNS = tuple(InquiryColumn)
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)
#: The columns shown in the problem colour when the inquiry is overdue.
_LATE_COLUMNS = frozenset({InquiryColumn.DUE, InquiryColumn.LATE})


def addressee_text(line: InquiryLine) -> str:
    """The addressee's name, marked when it is sensitive."""
    if line.sensitive:
        return translate("InquiryTableModel", "{name} (sensitive)").format(name=line.addressee)
    return line.addressee


def registered_text(line: InquiryLine) -> str:
    """The registration day and their number, as far as they are known, a line each."""
    number = ""
    if line.their_reference:
        number = translate("InquiryTableModel", "No. {number}").format(number=line.their_reference)
    return "\n".join(part for part in (format_short_day(line.registered_on), number) if part)


def _display(
    line: InquiryLine, column: InquiryColumn, persons: Mapping[int, str], late: str
) -> str:
    if column is InquiryColumn.ADDRESSEE:
        return addressee_text(line)
    if column is InquiryColumn.PERSON:
        return persons.get(line.person_id, "") if line.person_id is not None else ""
    if column is InquiryColumn.STATUS:
        return label(line.status)
    if column is InquiryColumn.SENT:
        return format_short_day(line.sent_on)
    if column is InquiryColumn.REGISTERED:
        return registered_text(line)
    if column is InquiryColumn.DUE:
        return format_short_day(line.due_on)
    return late


def _sensitive_tip(line: InquiryLine) -> str:
    return translate(
        "InquiryTableModel",
        "“{name}” is marked sensitive (for example a body of the other side): "
        "writing to it is asked for and shown on the case.",
    ).format(name=line.addressee)


class InquiryTableModel(RecordListModel[InquiryLine]):
    HEADER_CONTEXT = "InquiryTableModel"
    HEADERS = tuple(_HEADERS[column] for column in InquiryColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._problem = QBrush(PROBLEM_COLOUR)

    def set_lines(
        self,
        lines: list[InquiryLine],
        persons: Mapping[int, str],
        beyond_law: Collection[int] = (),
    ) -> None:
        """Show ``lines``; ``persons`` names the case's sought persons by id; ``beyond_law``:
        the inquiries extended beyond what the law allows (their status says so)."""
        self.beginResetModel()
        self._rows = list(lines)
        self._texts = [self._row_texts(line, persons, beyond_law) for line in self._rows]
        self.endResetModel()

    def _row_texts(
        self, line: InquiryLine, persons: Mapping[int, str], beyond_law: Collection[int]
    ) -> tuple[str, ...]:
        late = self.late_text(line)
        texts = [_display(line, column, persons, late) for column in _COLUMNS]
        if line.status is InquiryStatus.EXTENDED and line.id in beyond_law:
            texts[_COLUMNS.index(InquiryColumn.STATUS)] = self.tr("extended beyond the law")
        return tuple(texts)

    def late_text(self, line: InquiryLine) -> str:
        """How late the answer is, short under the column's title "Overdue": "5 days"; past
        the rule's maximum, marked ‼ as in the work list (:meth:`late_sentence` says it whole).

        (Plurals through ``self.tr``: lupdate sees the count only there.)"""
        if not line.overdue:
            return ""
        days = line.days_overdue
        late = self.tr("one day") if days == 1 else self.tr("%n days", None, days)
        return "‼ " + late if line.very_overdue else late

    def late_sentence(self, line: InquiryLine) -> str:
        """How late the answer is, said whole: "Overdue by 5 days."; past the rule's maximum,
        what that means."""
        days = line.days_overdue
        said = (
            self.tr("Overdue by one day.")
            if days == 1
            else self.tr("Overdue by %n days.", None, days)
        )
        if line.very_overdue:
            said += " " + self.tr(
                "Past the longest time the addressee's rule allows, extensions included "
                "(under 59-FZ, 60 days after registration)."
            )
        return said

    def _tooltip(self, line: InquiryLine, column: InquiryColumn, shown: str) -> str:
        if column is InquiryColumn.ADDRESSEE and line.sensitive:
            return _sensitive_tip(line)
        if column is InquiryColumn.LATE and line.overdue:
            return self.late_sentence(line)
        if column is InquiryColumn.DUE and line.due_on is not None:
            return self.tr(
                "The answer is due within %n days by the addressee's rule.", None, line.answer_days
            )
        return shown

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for many roles per cell while measuring and painting: answer fast.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        number, place = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= place < len(_COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][place]
        line, column = self._rows[number], _COLUMNS[place]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column, self._texts[number][place]) or None
        late = line.overdue and column in _LATE_COLUMNS
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._problem if late else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if late and line.very_overdue else None
        return None
