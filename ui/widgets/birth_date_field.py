"""A birth date as families know it: the day, the month or only the year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseworker.dates import parse_birth_date
from caseworker.labels import label
from caseworker.vocab import DatePrecision
from ui.widgets.date_field import EventDateField, format_event

translate = QCoreApplication.translate


class BirthDateField(EventDateField):
    """14.03.1992, 03.1992 or 1992; may stay empty. Loaded and read like an event date."""

    interpretation_beside = True
    NOTE_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("BirthDateField", "14.03.1992, 03.1992 or 1992"))
        self._help = translate(
            "BirthDateField",
            "The day (14.03.1992), or only the month (03.1992) or the year (1992) when that "
            "is all the family knows.",
        )
        self.setToolTip(self._help)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)

    def _interpret(self, text: str) -> str:
        birth = parse_birth_date(text)
        if birth.precision is DatePrecision.DAY:
            return format_event(birth)
        return f"{format_event(birth)} · {label(birth.precision)}"

    def _empty_problem(self) -> str:
        return ""
