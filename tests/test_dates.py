"""Event dates: days, months, years, approximate dates and periods, as intervals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.dates import EventDate, parse_day, parse_event_date
from caseworker.errors import InvalidDate
from caseworker.vocab import DatePrecision

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2026-04-02", date(2026, 4, 2), date(2026, 4, 2), DatePrecision.DAY),
        ("2.4.2026", date(2026, 4, 2), date(2026, 4, 2), DatePrecision.DAY),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28), DatePrecision.MONTH),
        ("02.2024", date(2024, 2, 1), date(2024, 2, 29), DatePrecision.MONTH),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), DatePrecision.YEAR),
        ("~2026-04-10", date(2026, 4, 3), date(2026, 4, 17), DatePrecision.APPROXIMATE),
        ("около 10.04.2026", date(2026, 4, 3), date(2026, 4, 17), DatePrecision.APPROXIMATE),
        ("2026-04-02..2026-04-10", date(2026, 4, 2), date(2026, 4, 10), DatePrecision.RANGE),
        ("03.2026 – 04.2026", date(2026, 3, 1), date(2026, 4, 30), DatePrecision.RANGE),
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30), DatePrecision.MONTH),
    ],
)
def test_event_dates_become_intervals(
    text: str, earliest: date, latest: date, precision: DatePrecision
) -> None:
    assert parse_event_date(text, today=TODAY) == EventDate(earliest, latest, precision)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("29.02.2026", "not a day that exists"),
        ("2026-13", "no month 13"),
        ("вчера", "is not a date"),
        ("2026-12-01", "in the future"),
        ("2026-04-10..2026-04-01", "starts after it ends"),
        ("1812-09-07", "too far in the past"),
        ("2026-01-01..2026-02-01..2026-03-01", "is not a date"),
        ("0000", "too far in the past"),
        ("0000..2020", "too far in the past"),
        ("00.0000", "too far in the past"),
        ("~31.12.9999", "is not a date"),
        ("2026-04-01..2100-01-01", "the period ends in the future"),
        ("2026-04-01..2026-12", "the period ends in the future"),
    ],
)
def test_bad_event_dates_get_a_sentence(text: str, reason: str) -> None:
    with pytest.raises(InvalidDate) as raised:
        parse_event_date(text, today=TODAY)
    assert reason in raised.value.message


def test_a_period_may_end_this_month_or_this_year_but_not_later() -> None:
    """Each end of a period is checked as the same date on its own would be."""
    assert parse_event_date("2026-04-01..2026-11", today=TODAY).latest == date(2026, 11, 30)
    assert parse_event_date("2025..2026", today=TODAY).latest == date(2026, 12, 31)
    with pytest.raises(InvalidDate):
        parse_event_date("2026-11", today=TODAY - timedelta(days=31))


def test_intervals_compare_as_intervals() -> None:
    april = parse_event_date("2026-04", today=TODAY)
    assert april.overlaps(parse_event_date("2026-04-30", today=TODAY))
    assert parse_event_date("2026-05-01", today=TODAY).wholly_after(april)
    assert not parse_event_date("~2026-05-03", today=TODAY).wholly_after(april)


@given(st.dates(min_value=date(1950, 1, 1), max_value=TODAY))
def test_a_day_reads_back_from_either_spelling(day: date) -> None:
    assert parse_day(day.isoformat()) == day
    assert parse_day(day.strftime("%d.%m.%Y")) == day


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=400),
    st.sampled_from(list(DatePrecision)),
)
def test_canonical_text_reads_back_to_the_same_interval(
    start: date, length: int, precision: DatePrecision
) -> None:
    if precision is DatePrecision.DAY:
        event = parse_event_date(start.isoformat(), today=TODAY)
    elif precision is DatePrecision.MONTH:
        event = parse_event_date(start.strftime("%Y-%m"), today=TODAY)
    elif precision is DatePrecision.YEAR:
        event = parse_event_date(str(start.year), today=TODAY)
    elif precision is DatePrecision.APPROXIMATE:
        event = parse_event_date("~" + start.isoformat(), today=TODAY + timedelta(days=8))
    else:
        end = min(start + timedelta(days=length), TODAY)
        event = parse_event_date(f"{start.isoformat()}..{end.isoformat()}", today=TODAY)
    assert parse_event_date(event.to_text(), today=TODAY + timedelta(days=8)) == event
