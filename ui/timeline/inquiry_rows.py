"""The rows of the inquiries' strip: which row each inquiry takes, and how many rows there are.

Rows are packed by days, not pixels, so zooming and panning never move an inquiry to
another row. Each inquiry takes the first row free from the day it was sent to the day it
stopped waiting (or its due date still to come), a few days kept free between two. The
strip is as tall as the rows all of the case's inquiries need (at most :data:`MAX_ROWS`),
whichever person is shown, so that switching persons moves nothing; a person's own
inquiries never need more (they are some of the case's), and beyond the limit they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from caseworker.services.timeline import TimelineResult
from caseworker.services.timeline_inquiries import TimelineInquiries, TimelineInquiry

MAX_ROWS = 3
ROW_PITCH = 10.0
STRIP_PADDING = 4.0  # above the first row and below the last
GAP_DAYS = 5.0


def span(inquiry: TimelineInquiry, today: date) -> tuple[float, float]:
    """The days (as day coordinates) an inquiry's marks cover."""
    start = float(inquiry.sent_on.toordinal())
    stopped = inquiry.ended_on or today
    end = stopped.toordinal() + 1.0
    if inquiry.ended_on is None and inquiry.line.due_on is not None:
        end = max(end, inquiry.line.due_on.toordinal() + 1.0)
    return start, end


def _pack(inquiries: Sequence[TimelineInquiry], today: date, rows: int) -> list[int]:
    """First-fit rows for inquiries in the order sent; where none is free, the one ending first."""
    ends = [float("-inf")] * rows
    chosen = []
    for inquiry in inquiries:
        start, end = span(inquiry, today)
        row = next((r for r in range(rows) if ends[r] + GAP_DAYS <= start), -1)
        if row < 0:
            row = min(range(rows), key=ends.__getitem__)
        ends[row] = max(ends[row], end)
        chosen.append(row)
    return chosen


@lru_cache(maxsize=16)
def strip_rows(inquiries: TimelineInquiries, today: date) -> tuple[int, tuple[int, ...]]:
    """How many rows the strip has (0: the case has no inquiries), and each shown one's row."""
    if not inquiries.case_has_any:
        return 0, ()
    everyone = sorted((*inquiries.shown, *inquiries.others), key=lambda i: (i.sent_on, i.id))
    needed = max(_pack(everyone, today, MAX_ROWS + 1), default=0) + 1
    rows = min(MAX_ROWS, needed)
    return rows, tuple(_pack(inquiries.shown, today, rows))


def strip_height(inquiries: TimelineInquiries, today: date) -> float:
    """The strip's height in pixels (0 where the case has no inquiries)."""
    rows, _ = strip_rows(inquiries, today)
    return 0.0 if rows == 0 else STRIP_PADDING * 2 + rows * ROW_PITCH


def has_strip(result: TimelineResult | None) -> bool:
    """Whether a timeline of ``result`` has the inquiries' strip (and its legend)."""
    return result is not None and result.inquiries.case_has_any
