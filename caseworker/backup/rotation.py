"""Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months
that have backups (as ``restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12``).

Days, weeks and months are counted in UTC, the time the backups are named by. A pure function:
the caller deletes the rest, and only after a new backup has been verified.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import UTC, datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def _day(moment: datetime) -> Hashable:
    return moment.astimezone(UTC).date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.astimezone(UTC).isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    utc = moment.astimezone(UTC)
    return (utc.year, utc.month)


def _newest_per_bucket(
    newest_first: list[datetime], bucket: Callable[[datetime], Hashable], limit: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= limit:
            break
        key = bucket(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def choose_kept(
    times: Iterable[datetime],
    *,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> set[datetime]:
    """The times (aware datetimes) of the backups to keep; the newest is always among them.

    Raises ValueError for a naive datetime (its time zone would be a guess)."""
    moments = sorted(set(times), reverse=True)
    if any(moment.tzinfo is None for moment in moments):
        raise ValueError("backup times must carry their time zone")
    kept = _newest_per_bucket(moments, _day, daily)
    kept |= _newest_per_bucket(moments, _week, weekly)
    kept |= _newest_per_bucket(moments, _month, monthly)
    if moments:
        kept.add(moments[0])
    return kept
