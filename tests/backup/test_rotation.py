"""Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.backup.policy import backup_due
from caseworker.backup.rotation import choose_kept


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("times", "kept"),
    [
        ([], []),
        (["2026-12-02 10:00"], ["2026-12-02 10:00"]),
        # several a day: the newest of the day
        (["2026-12-02 09:00", "2026-12-02 10:00", "2026-12-02 11:00"], ["2026-12-02 11:00"]),
        # hourly for three days: one a day
        (
            [f"2026-12-0{d} {h:02}:00" for d in (1, 2, 3) for h in range(24)],
            ["2026-12-01 23:00", "2026-12-02 23:00", "2026-12-03 23:00"],
        ),
    ],
)
def test_table(times: list[str], kept: list[str]) -> None:
    assert choose_kept(at(t) for t in times) == {at(t) for t in kept}


def test_a_year_of_daily_backups() -> None:
    start = at("2026-01-01 12:00")
    times = [start + timedelta(days=n) for n in range(365)]  # to 2026-12-31, a Thursday
    kept = sorted(choose_kept(times))
    days = [t for t in times if t >= at("2026-12-25 00:00")]
    # ISO weeks: W53 of 2026 is Dec 28 – Jan 3; W52 Dec 21-27 (27 is in the days kept);
    # W51 Dec 14-20 → the 20th; W50 Dec 7-13 → the 13th.
    weeks = [at("2026-12-13 12:00"), at("2026-12-20 12:00")]
    # 12 months: the last day of each month of 2026 (December's is in the days).
    months = [
        at(f"2026-{m:02}-{d} 12:00")
        for m, d in zip(range(1, 12), [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30], strict=True)
    ]
    assert kept == sorted(set(days + weeks + months))
    assert len(kept) == 7 + 2 + 11


def test_times_in_other_zones_are_counted_in_utc() -> None:
    moscow = timezone(timedelta(hours=3))
    late = datetime(2026, 12, 3, 1, 0, tzinfo=moscow)  # 22:00 UTC on the 2nd
    early = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert choose_kept([late, early], daily=1, weekly=0, monthly=0) == {late}


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        choose_kept([datetime(2026, 12, 2)])


moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)


@given(st.lists(moments, max_size=60))
def test_rules_hold_for_any_times(times: list[datetime]) -> None:
    kept = choose_kept(times)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    assert len(kept) <= 7 + 4 + 12
    days = {t.date() for t in times}
    for day in sorted(days, reverse=True)[:7]:  # the newest of each of the last 7 days
        assert max(t for t in times if t.date() == day) in kept
    for moment in kept:  # each kept one is the newest of its day
        assert moment == max(t for t in times if t.date() == moment.date())
    months = sorted({(t.year, t.month) for t in times}, reverse=True)[:12]
    for year, month in months:
        assert max(t for t in times if (t.year, t.month) == (year, month)) in kept


@given(st.lists(moments, max_size=30))
def test_keeping_is_stable_when_nothing_new_comes(times: list[datetime]) -> None:
    kept = choose_kept(times)
    assert choose_kept(kept) == kept


@pytest.mark.parametrize(
    ("last", "now", "changed", "due"),
    [
        (None, "2026-12-02 10:00", True, True),
        (None, "2026-12-02 10:00", False, False),
        ("2026-12-02 09:00", "2026-12-02 10:00", True, True),
        ("2026-12-02 09:01", "2026-12-02 10:00", True, False),
        ("2026-12-02 08:00", "2026-12-02 10:00", False, False),
        ("2026-12-02 11:00", "2026-12-02 10:00", True, True),  # the clock went back
    ],
)
def test_backup_due(last: str | None, now: str, changed: bool, due: bool) -> None:
    assert backup_due(at(last) if last else None, at(now), changed) is due
