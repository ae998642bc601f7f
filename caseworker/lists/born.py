"""Birth dates as published lists write them.

Lists are typed by clerks on both sides of the front, so a birth date comes in more forms
than a caseworker types in a case (:func:`caseworker.dates.parse_birth_date`, unchanged):

- a day: ``14.03.1985``, ``14/03/1985``, ``14-03-1985``, ``1985-03-14``, and with a
  two-digit year ``14.03.85``;
- a day with the month's name, Russian or Ukrainian (genitive or nominative, whole or cut
  short to three letters or more, a dot allowed) or English: ``14 марта 1985``,
  ``14 березня 1985``, ``14 мар. 1985``, ``14 March 1985``; without the day, a month:
  ``март 1985``;
- a month ``03.1985`` or ``1985-03``, a year ``1985``;
- any of these followed by the word for year: ``1985 г.``, ``1985 г.р.``, ``1985 года
  рождения``, ``1985 р.``, ``1985 р.н.``, ``1985 року народження``; and a workbook's
  time of day (``1985-03-14 00:00:00``), which is dropped.

A two-digit year is a soldier's birth year, so one at least 16 years old and at most about
75: ``00`` up to the current year's last two digits less 16 are 2000 to 2000 + that (in 2026:
``00``–``10``, born 2000–2010); the others are 19xx when that makes a man of at most 75 (in
2026: ``51``–``99``, 1951–1999). Between the two (in 2026 ``11``–``50``: 1911 would make a man
of 115, 2011 a boy of 15) the century cannot be told, and the date is refused: the full year
is needed. No year without a day (``03.85``, ``85``) is read: a number that short may as well
be an age or a month.
"""

from __future__ import annotations

import re
from datetime import date

from caseworker.dates import EventDate, birth_interval
from caseworker.errors import InvalidDate
from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.vocab import DatePrecision

__all__ = ["MONTH_NAMES", "century_of", "parse_list_birth_date"]

#: Each month's names (lower case, ё as е): Russian nominative and genitive, Ukrainian
#: nominative and genitive, English. A word names a month when it is one of these or their
#: start of three letters or more; no such start belongs to two months.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("январь", "января", "січень", "січня", "january"),
    ("февраль", "февраля", "лютий", "лютого", "february"),
    ("март", "марта", "березень", "березня", "march"),
    ("апрель", "апреля", "квітень", "квітня", "april"),
    ("май", "мая", "травень", "травня", "may"),
    ("июнь", "июня", "червень", "червня", "june"),
    ("июль", "июля", "липень", "липня", "july"),
    ("август", "августа", "серпень", "серпня", "august"),
    ("сентябрь", "сентября", "вересень", "вересня", "september"),
    ("октябрь", "октября", "жовтень", "жовтня", "october"),
    ("ноябрь", "ноября", "листопад", "листопада", "november"),
    ("декабрь", "декабря", "грудень", "грудня", "december"),
)

#: The youngest and the oldest soldier a list names, for a two-digit year's century.
YOUNGEST = 16
OLDEST = 75

_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_YEAR_WORD = re.compile(
    r"^(.*\d)\s*(?:(?:года|год|г\.?)\s*(?:рождения|р\.?)?|(?:року|рік|р\.?)\s*(?:народження|н\.?)?)$"
)
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\s*)?([^\W\d_]+)\.?\s*(\d{4}|\d{2})$")

_UNREADABLE = QT_TRANSLATE_NOOP(
    "Lists",
    "it is not a date; lists write it as 14.05.1990, 14.05.90, 14 мая 1990, 1990-05-14 or 1990.",
)


def _reason(text: str, **values: object) -> InvalidDate:
    return InvalidDate(translate("Lists", text).format(**values))


def century_of(two_digits: int, today: date) -> int | None:
    """The full year of a two-digit birth year (see the module's rule), or None when it
    makes neither a man of 16 this century nor one of at most 75 the century before. Raises
    nothing."""
    if two_digits <= today.year % 100 - YOUNGEST:
        return today.year // 100 * 100 + two_digits
    earlier = (today.year // 100 - 1) * 100 + two_digits
    return earlier if today.year - earlier <= OLDEST else None


def _month_named(word: str) -> int | None:
    if len(word) < 3:
        return None
    found = {
        number
        for number, names in enumerate(MONTH_NAMES, start=1)
        for name in names
        if name.startswith(word)
    }
    return found.pop() if len(found) == 1 else None


def _year(digits: str, today: date) -> int:
    """The year written with four digits or two. Raises :class:`InvalidDate` when the
    century of two cannot be told."""
    if len(digits) == 4:
        return int(digits)
    year = century_of(int(digits), today)
    if year is None:
        century = today.year // 100
        raise _reason(
            QT_TRANSLATE_NOOP(
                "Lists",
                "the year “{digits}” may be {earlier} or {later}: the century cannot be "
                "told, the full year is needed.",
            ),
            digits=digits,
            earlier=(century - 1) * 100 + int(digits),
            later=century * 100 + int(digits),
        )
    return year


def _parts(text: str, today: date) -> tuple[int, int | None, int | None]:
    """Year, month and day (None where not given). Raises :class:`InvalidDate`."""
    if match := _DAY_FIRST.match(text):
        day, month = int(match.group(1)), int(match.group(2))
        return _year(match.group(3), today), month, day
    if match := _YEAR_FIRST.match(text):
        year, month, day = (int(group) for group in match.groups())
        return year, month, day
    if match := _MONTH_YEAR.match(text):
        return int(match.group(2)), int(match.group(1)), None
    if match := _YEAR_MONTH.match(text):
        return int(match.group(1)), int(match.group(2)), None
    if match := _YEAR.match(text):
        return int(match.group(1)), None, None
    if match := _NAMED.match(text):
        named = _month_named(match.group(2))
        on_day = int(match.group(1)) if match.group(1) else None
        if named is not None and (on_day is not None or len(match.group(3)) == 4):
            return _year(match.group(3), today), named, on_day
    raise _reason(_UNREADABLE)


def _cleaned(text: str) -> str:
    cleaned = " ".join(text.lower().replace("ё", "е").split())
    cleaned = _TIME.sub("", cleaned).strip()
    if match := _YEAR_WORD.match(cleaned):
        cleaned = match.group(1)
    return cleaned


def parse_list_birth_date(text: str, *, today: date | None = None) -> EventDate:
    """The birth date written ``text`` in a list: a day, a month or a year (the forms in the
    module's description).

    Raises :class:`InvalidDate` with the reason, a sentence to follow the date's quotation
    ("there is no month 13."), when ``text`` is not such a date, names a month or day the
    calendar lacks, lies before 1900 or in the future.
    """
    today = today or date.today()
    year, month, day = _parts(_cleaned(text), today)
    if year < 1900:
        raise _reason(QT_TRANSLATE_NOOP("Lists", "the year {year} is before 1900."), year=year)
    if month is not None and not 1 <= month <= 12:
        raise _reason(QT_TRANSLATE_NOOP("Lists", "there is no month {month}."), month=month)
    try:
        first = date(year, month or 1, 1 if day is None else day)
    except ValueError:
        raise _reason(QT_TRANSLATE_NOOP("Lists", "that month has no day {day}."), day=day) from None
    if day is not None:
        precision = DatePrecision.DAY
    else:
        precision = DatePrecision.YEAR if month is None else DatePrecision.MONTH
    if first > today:
        raise _reason(QT_TRANSLATE_NOOP("Lists", "it lies in the future."))
    return birth_interval(first, precision)
