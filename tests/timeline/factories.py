"""Building report facts for the analysis tests without a database."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from caseworker.dates import APPROXIMATE_MARGIN, EventDate
from caseworker.timeline import ReportFact
from caseworker.vocab import Claim, Credibility, DatePrecision, Reliability, SourceKind

BASE = date(2026, 3, 1)


def day(text: str) -> date:
    return date.fromisoformat(text)


def event(text: str) -> EventDate:
    """2026-04-02 (a day), 2026-04 (a month), ~2026-04-02 (about) or A..B (a period)."""
    if ".." in text:
        first, last = text.split("..")
        return EventDate(day(first), day(last), DatePrecision.RANGE)
    if text.startswith("~"):
        centre = day(text[1:])
        return EventDate(
            centre - APPROXIMATE_MARGIN, centre + APPROXIMATE_MARGIN, DatePrecision.APPROXIMATE
        )
    if len(text) == 7:
        year, month = (int(part) for part in text.split("-"))
        last_day = calendar.monthrange(year, month)[1]
        return EventDate(date(year, month, 1), date(year, month, last_day), DatePrecision.MONTH)
    return EventDate(day(text), day(text), DatePrecision.DAY)


def fact(
    report_id: int,
    claim: Claim | str,
    when: str | EventDate,
    grade: str = "B2",
    *,
    received: str | None = None,
    source_kind: SourceKind | str = SourceKind.OTHER,
    source_name: str = "",
    derived_from: int | None = None,
    place: str = "",
    retracted: bool = False,
) -> ReportFact:
    """A report fact; ``grade`` as analysts write it ("B2"), received when it happened."""
    happened = when if isinstance(when, EventDate) else event(when)
    return ReportFact(
        id=report_id,
        claim=Claim(claim),
        event=happened,
        received_on=day(received) if received else happened.latest + timedelta(days=1),
        source_kind=SourceKind(source_kind),
        source_name=source_name,
        reliability=Reliability(grade[0]),
        credibility=Credibility(grade[1]),
        derived_from_id=derived_from,
        place=place,
        retracted=retracted,
    )
