"""A birth date as families know it: the day, the month or only the year."""

from __future__ import annotations

from caseworker.dates import parse_birth_date
from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.vocab import DatePrecision
from ui.widgets.date_field import EventDateField, FormatHelp, format_event

#: What a birth date field reads.
_FORMATS = QT_TRANSLATE_NOOP("BirthDateField", "14.03.1992, 03.1992 or 1992")
_HELP = QT_TRANSLATE_NOOP(
    "BirthDateField",
    "The day (14.03.1992), or only the month (03.1992) or the year (1992) when that "
    "is all the family knows.",
)


class BirthDateField(EventDateField):
    """14.03.1992, 03.1992 or 1992; may stay empty. Loaded and read like an event date."""

    interpretation_beside = True
    NOTE_LINES = 2
    FORMAT_HELP = FormatHelp("BirthDateField", _FORMATS, _HELP, "00.00.00000")

    def _interpret(self, text: str) -> str:
        birth = parse_birth_date(text)
        if birth.precision is DatePrecision.DAY:
            return format_event(birth)
        return f"{format_event(birth)} · {label(birth.precision)}"

    def _empty_problem(self) -> str:
        return ""
