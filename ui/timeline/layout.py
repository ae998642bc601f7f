"""Where each report sits on the timeline: its lane, its row in the lane, its bar and links.

Horizontal positions are day coordinates (see :mod:`ui.timeline.axis`) and do not change
with zoom or pan. Rows do change with zoom: markers (with their bars) that would touch in
one lane are stacked into rows, so two reports of the same day never hide each other.
Busy lanes get more height; when the rows needed do not fit, they are packed closer (the
markers then overlap in part but stay visible) and, at the very worst, share rows. The
packing and the contradiction links as ready-made paths are computed in
:meth:`TimelineLayout.arrange` whenever the zoom or the height changes, never in painting.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from caseworker.labels import label
from caseworker.services.timeline import ListedContradiction
from caseworker.timeline import ReportFact
from caseworker.vocab import ClaimGroup, SourceKind
from ui.timeline.links import Link, LinkChunk, link_chunks, make_links
from ui.timeline.markers import MARKER_RADIUS, GradeTier, grade_tier

ROW_PITCH = 16.0
MIN_ROW_PITCH = 7.0  # closer than this, stacked markers would hide each other
MAX_ROWS = 9
LANE_PADDING = 10.0
MARKER_GAP = 3.0  # pixels kept free between neighbours in a row


@dataclass(slots=True)
class PlacedReport:
    fact: ReportFact
    order: int  # position in time order among the reports shown
    lane: int
    centre: float  # day coordinate of the marker
    start: float  # the event's interval, as day coordinates
    end: float
    sprite_key: tuple[ClaimGroup, GradeTier, bool]
    y: float = 0.0

    @property
    def has_bar(self) -> bool:
        return self.end - self.start > 1.0


@dataclass(frozen=True, slots=True)
class Lane:
    kind: SourceKind
    label: str
    count: int
    top: float = 0.0
    height: float = 0.0


def _pack(members: list[PlacedReport], rows: int, pixels_per_day: float) -> tuple[list[int], int]:
    """First-fit rows for markers sorted by left edge; returns each one's row and rows used."""
    reach = MARKER_RADIUS + MARKER_GAP / 2
    ends = [float("-inf")] * rows
    chosen = []
    used = 1
    for placed in members:
        left = (placed.start if placed.has_bar else placed.centre) * pixels_per_day - reach
        right = (placed.end if placed.has_bar else placed.centre) * pixels_per_day + reach
        row = next((r for r in range(rows) if ends[r] <= left), -1)
        if row < 0:
            row = min(range(rows), key=ends.__getitem__)
        ends[row] = right
        chosen.append(row)
        used = max(used, row + 1)
    return chosen, used


@dataclass(slots=True)
class TimelineLayout:
    reports: list[PlacedReport]  # time order
    lanes: list[Lane]
    members: list[list[PlacedReport]]  # each lane's reports by left edge
    links: list[Link]
    by_id: dict[int, PlacedReport]
    by_centre: list[PlacedReport]
    centres: list[float]
    bars: list[PlacedReport]  # by start
    bar_starts: list[float]
    origin: float  # the day coordinate at pixel 0 of the link paths
    link_chunks: list[LinkChunk] = field(default_factory=list)
    pixels_per_day: float = 0.0
    ceiling: float = 0.0  # arches stay below this line

    @classmethod
    def build(
        cls,
        facts: Iterable[ReportFact],
        contradictions: Iterable[ListedContradiction],
        *,
        show_retracted: bool = True,
    ) -> TimelineLayout:
        shown = [fact for fact in facts if show_retracted or not fact.retracted]
        kinds = sorted({fact.source_kind for fact in shown}, key=list(SourceKind).index)
        lane_of = {kind: number for number, kind in enumerate(kinds)}
        reports = []
        members: list[list[PlacedReport]] = [[] for _ in kinds]
        for order, fact in enumerate(shown):
            start = float(fact.event.earliest.toordinal())
            end = float(fact.event.latest.toordinal() + 1)
            key = (fact.group, grade_tier(fact), fact.retracted)
            lane = lane_of[fact.source_kind]
            placed = PlacedReport(fact, order, lane, (start + end) / 2, start, end, key)
            reports.append(placed)
            members[lane].append(placed)
        for lane_members in members:
            lane_members.sort(key=lambda p: (p.start if p.has_bar else p.centre, p.order))
        by_id = {placed.fact.id: placed for placed in reports}
        by_centre = sorted(reports, key=lambda placed: (placed.centre, placed.order))
        bars = sorted((p for p in reports if p.has_bar), key=lambda placed: placed.start)
        return cls(
            reports=reports,
            lanes=[
                Lane(kind, label(kind), len(lane_members))
                for kind, lane_members in zip(kinds, members, strict=True)
            ],
            members=members,
            links=make_links(contradictions, by_id),
            by_id=by_id,
            by_centre=by_centre,
            centres=[placed.centre for placed in by_centre],
            bars=bars,
            bar_starts=[placed.start for placed in bars],
            origin=min((p.start for p in reports), default=0.0),
        )

    @property
    def first_day(self) -> float:
        return min((p.start for p in self.reports), default=0.0)

    @property
    def last_day(self) -> float:
        return max((p.end for p in self.reports), default=0.0)

    def arrange(self, pixels_per_day: float, top: float, height: float, band_top: float) -> None:
        """Lay the lanes out over ``top``..``top + height`` and pack markers at this zoom."""
        self.pixels_per_day = pixels_per_day
        count = max(1, len(self.lanes))
        room = max(0.0, height - count * LANE_PADDING)
        cap = MAX_ROWS
        while True:
            packed = [_pack(members, cap, pixels_per_day) for members in self.members]
            needed = sum(used for _, used in packed)
            if cap == 1 or needed * MIN_ROW_PITCH <= room:
                break
            cap = max(1, min(cap - 1, int(room / MIN_ROW_PITCH / count)))
        pitch = max(1.0, min(ROW_PITCH, room / max(needed, 1)))
        spare = max(0.0, height - needed * pitch - count * LANE_PADDING) / count
        lanes = []
        lane_top = top
        for lane, members, (rows, used) in zip(self.lanes, self.members, packed, strict=True):
            lane_height = used * pitch + LANE_PADDING + spare
            first_row = lane_top + lane_height / 2 - (used - 1) * pitch / 2
            for placed, row in zip(members, rows, strict=True):
                placed.y = first_row + row * pitch
            lanes.append(Lane(lane.kind, lane.label, lane.count, lane_top, lane_height))
            lane_top += lane_height
        self.lanes = lanes
        self.ceiling = top + 4
        self.link_chunks = link_chunks(
            self.links, self.origin, pixels_per_day, band_top, self.ceiling
        )

    def visible(self, start: float, end: float, margin: float) -> list[PlacedReport]:
        """Reports whose marker may show between the day coordinates ``start`` and ``end``."""
        low = bisect.bisect_left(self.centres, start - margin)
        high = bisect.bisect_right(self.centres, end + margin)
        return self.by_centre[low:high]

    def visible_bars(self, start: float, end: float) -> list[PlacedReport]:
        high = bisect.bisect_right(self.bar_starts, end)
        return [placed for placed in self.bars[:high] if placed.end >= start]
