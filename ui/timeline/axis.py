"""The time axis: which ticks suit the zoom (years, months, weeks, days) and their labels.

Positions are *day coordinates*: a day ``d`` covers ``d.toordinal()`` to the next ordinal,
so a tick sits on the boundary where a day, week, month or year begins. Labels come from
the user's locale (QLocale), so month names are Russian in a Russian interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QLocale

MIN_ORDINAL = date(1900, 1, 1).toordinal()
MAX_ORDINAL = date(2200, 1, 1).toordinal()


class TickUnit(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    FIVE_YEARS = "five_years"


# The shortest distance between two labelled ticks, in pixels, for each unit's labels.
_MIN_SPACING = {
    TickUnit.DAY: 26.0,
    TickUnit.WEEK: 30.0,
    TickUnit.MONTH: 44.0,
    TickUnit.QUARTER: 44.0,
    TickUnit.YEAR: 46.0,
    TickUnit.FIVE_YEARS: 46.0,
}
_UNIT_DAYS = {
    TickUnit.DAY: 1.0,
    TickUnit.WEEK: 7.0,
    TickUnit.MONTH: 30.44,
    TickUnit.QUARTER: 91.3,
    TickUnit.YEAR: 365.25,
    TickUnit.FIVE_YEARS: 1826.0,
}


@dataclass(frozen=True, slots=True)
class Tick:
    position: float  # day coordinate
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    unit: TickUnit
    minor: tuple[Tick, ...]  # the finer ticks, labelled under the axis
    major: tuple[Tick, ...]  # the periods they belong to (month or year), a second row


def choose_unit(pixels_per_day: float) -> TickUnit:
    """The finest unit whose labels do not crowd each other at this zoom."""
    for unit in TickUnit:
        if pixels_per_day * _UNIT_DAYS[unit] >= _MIN_SPACING[unit]:
            return unit
    return TickUnit.FIVE_YEARS


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(ordinal: float) -> date:
    return date.fromordinal(int(min(max(ordinal, MIN_ORDINAL), MAX_ORDINAL)))


def _months(first: date, last: date, step: int) -> list[date]:
    """First days of months from ``first`` (rounded down to a multiple of ``step``) to ``last``."""
    index = (first.year * 12 + first.month - 1) // step * step
    found: list[date] = []
    while True:
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            return found
        found.append(day)
        index += step


def month_label(day: date, locale: QLocale, long: bool) -> str:
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return capitalised(locale.standaloneMonthName(day.month, form))


def month_year_label(day: date, locale: QLocale) -> str:
    return f"{month_label(day, locale, long=True)} {day.year}"


def compute_ticks(
    start: float, end: float, pixels_per_day: float, locale: QLocale | None = None
) -> AxisTicks:
    """Ticks for the day coordinates ``start`` to ``end`` seen at ``pixels_per_day``."""
    shown = locale or QLocale()
    unit = choose_unit(pixels_per_day)
    first, last = _day(start - 1), _day(end + 1)
    minor: list[Tick] = []
    major: list[Tick] = []
    if unit in (TickUnit.DAY, TickUnit.WEEK):
        with_weekday = unit is TickUnit.DAY and pixels_per_day >= 52
        day = first
        if unit is TickUnit.WEEK:
            day -= timedelta(days=day.weekday())
        stride = timedelta(days=1 if unit is TickUnit.DAY else 7)
        while day <= last:
            text = str(day.day)
            if with_weekday:
                weekday = shown.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                text = f"{weekday} {day.day}"
            minor.append(Tick(day.toordinal(), text))
            day += stride
        major = [
            Tick(month.toordinal(), month_year_label(month, shown))
            for month in _months(first, last, 1)
        ]
    elif unit in (TickUnit.MONTH, TickUnit.QUARTER):
        months = 1 if unit is TickUnit.MONTH else 3
        long = pixels_per_day * _UNIT_DAYS[unit] >= 90
        minor = [
            Tick(month.toordinal(), month_label(month, shown, long))
            for month in _months(first, last, months)
        ]
        major = [
            Tick(date(year, 1, 1).toordinal(), str(year))
            for year in range(first.year, last.year + 1)
        ]
    else:
        years = 1 if unit is TickUnit.YEAR else 5
        minor = [
            Tick(date(year, 1, 1).toordinal(), str(year))
            for year in range(first.year // years * years, last.year + 1, years)
            if year >= 1
        ]
    return AxisTicks(unit, tuple(minor), tuple(major))
