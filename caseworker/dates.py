"""Parsing and formatting of dates: exact days, month-only, year-only and approximate dates.

An event date is stored as an interval ``earliest..latest`` with a precision, so that
"April 2026" and "about 2 April" compare with other dates as intervals do.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from caseworker.errors import InvalidDate
from caseworker.i18n import translate
from caseworker.vocab import DatePrecision

APPROXIMATE_MARGIN = timedelta(days=7)

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DOTTED_MONTH = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_APPROX_PREFIX = re.compile(r"^(~|≈|ca\.?|около|примерно|about)\s*", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|—|–|\s-\s)\s*")


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as an interval with the precision it was known to."""

    earliest: date
    latest: date
    precision: DatePrecision

    def overlaps(self, other: EventDate) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest

    def wholly_after(self, other: EventDate) -> bool:
        return self.earliest > other.latest

    def to_text(self) -> str:
        """The canonical text form, which :func:`parse_event_date` reads back."""
        if self.precision is DatePrecision.DAY:
            return self.earliest.isoformat()
        if self.precision is DatePrecision.MONTH:
            return self.earliest.strftime("%Y-%m")
        if self.precision is DatePrecision.YEAR:
            return f"{self.earliest.year:04d}"
        if self.precision is DatePrecision.APPROXIMATE:
            return "~" + (self.earliest + APPROXIMATE_MARGIN).isoformat()
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"


def _invalid(text: str) -> InvalidDate:
    return InvalidDate(
        translate(
            "Dates",
            "“{text}” is not a date. Write it as 2026-04-02 or 02.04.2026; "
            "a month as 2026-04; an approximate date as ~2026-04-02; "
            "a period as 2026-04-02..2026-04-10.",
        ).format(text=text)
    )


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate(
            translate("Dates", "“{text}” is not a day that exists in the calendar.").format(
                text=text
            )
        ) from None


def _month_bounds(year: int, month: int, text: str) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise InvalidDate(
            translate("Dates", "“{text}”: there is no month {month}.").format(
                text=text, month=month
            )
        )
    start = _make_date(year, month, 1, text)
    return start, start.replace(day=calendar.monthrange(year, month)[1])


def parse_day(text: str) -> date:
    """Parse one exact day written as ISO (2026-04-02) or as Russians write it (02.04.2026)."""
    cleaned = text.strip()
    if match := _ISO_DAY.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DOTTED_DAY.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise _invalid(text)
    _check_year(year, text)
    return _make_date(year, month, day, text)


def _check_year(year: int, text: str) -> None:
    if year < 1900:
        raise InvalidDate(translate("Dates", "“{text}” is too far in the past.").format(text=text))


def _parse_single(text: str) -> EventDate:
    try:
        return _parse_single_unchecked(text)
    except (ValueError, OverflowError) as error:  # e.g. ~31.12.9999 runs off the calendar
        if isinstance(error, InvalidDate):
            raise
        raise _invalid(text) from error


def _parse_single_unchecked(text: str) -> EventDate:
    cleaned = text.strip()
    approx = _APPROX_PREFIX.match(cleaned)
    if approx:
        centre = parse_day(cleaned[approx.end() :])
        return EventDate(
            centre - APPROXIMATE_MARGIN, centre + APPROXIMATE_MARGIN, DatePrecision.APPROXIMATE
        )
    if match := _ISO_MONTH.match(cleaned):
        year, month = int(match.group(1)), int(match.group(2))
        _check_year(year, text)
        return EventDate(*_month_bounds(year, month, text), DatePrecision.MONTH)
    if match := _DOTTED_MONTH.match(cleaned):
        month, year = int(match.group(1)), int(match.group(2))
        _check_year(year, text)
        return EventDate(*_month_bounds(year, month, text), DatePrecision.MONTH)
    if match := _YEAR.match(cleaned):
        year = int(match.group(1))
        _check_year(year, text)
        return EventDate(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR)
    day = parse_day(cleaned)
    return EventDate(day, day, DatePrecision.DAY)


def parse_event_date(text: str, *, today: date | None = None) -> EventDate:
    """Parse an event date: a day, a month, a year, ``~day`` or ``start..end``.

    Raises :class:`InvalidDate` with a sentence for the caseworker when the text is not a
    date, names a day that does not exist, lies in the future or runs backwards.
    """
    cleaned = text.strip()
    if not cleaned:
        raise InvalidDate(translate("Dates", "The event date is missing."))
    parts = _RANGE_SPLIT.split(cleaned)
    if len(parts) == 1:
        result = _parse_single(cleaned)
    elif len(parts) == 2:
        first, last = _parse_single(parts[0]), _parse_single(parts[1])
        if first.earliest > last.latest:
            raise InvalidDate(
                translate("Dates", "“{text}”: the period starts after it ends.").format(text=text)
            )
        result = EventDate(first.earliest, last.latest, DatePrecision.RANGE)
        # The end is checked as a date of its own would be: "..2026-11" may run to the end of
        # this month, "..2100" may not.
        if last.earliest > (today or date.today()):
            raise InvalidDate(
                translate("Dates", "“{text}”: the period ends in the future.").format(text=text)
            )
    else:
        raise _invalid(text)
    check_not_future(result.earliest, text, today=today)
    return result


BIRTH_PRECISIONS = (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)


def birth_interval(first_day: date, precision: DatePrecision) -> EventDate:
    """A birth date stored as its first day and precision, as an interval."""
    if precision is DatePrecision.YEAR:
        return EventDate(date(first_day.year, 1, 1), date(first_day.year, 12, 31), precision)
    if precision is DatePrecision.MONTH:
        last = calendar.monthrange(first_day.year, first_day.month)[1]
        return EventDate(first_day.replace(day=1), first_day.replace(day=last), precision)
    return EventDate(first_day, first_day, DatePrecision.DAY)


def parse_birth_date(text: str, *, today: date | None = None) -> EventDate:
    """A birth date as families know it: a day, a month (05.1990, 1990-05) or a year (1990).

    Raises :class:`InvalidDate` for anything else, or a date in the future.
    """
    result = _parse_single(text)
    if result.precision not in BIRTH_PRECISIONS:
        raise InvalidDate(
            translate(
                "Dates",
                "“{text}” is not a birth date. Write the day (14.03.1992), the month "
                "(03.1992) or the year (1992).",
            ).format(text=text)
        )
    check_not_future(result.earliest, text, today=today)
    return result


def birth_text(value: EventDate | None) -> str:
    """A birth date as Russians write it: 14.03.1992, 03.1992 or 1992."""
    if value is None:
        return ""
    if value.precision is DatePrecision.YEAR:
        return f"{value.earliest.year:04d}"
    if value.precision is DatePrecision.MONTH:
        return value.earliest.strftime("%m.%Y")
    return value.earliest.strftime("%d.%m.%Y")


def event_date_from_bounds(earliest: date, latest: date, precision: DatePrecision) -> EventDate:
    return EventDate(earliest, latest, precision)


def check_not_future(value: date, text: str | None = None, *, today: date | None = None) -> None:
    if value > (today or date.today()):
        raise InvalidDate(
            translate("Dates", "“{text}” lies in the future.").format(
                text=text or value.isoformat()
            )
        )


def parse_optional_day(text: str | None, *, allow_future: bool = False) -> date | None:
    """Parse an optional exact day; empty text means no date."""
    if text is None or not text.strip():
        return None
    value = parse_day(text)
    if not allow_future:
        check_not_future(value, text)
    return value
