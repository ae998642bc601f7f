"""The contradiction links: which reports a finding joins, and their curves as paths."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from caseworker.services.timeline import ListedContradiction
from caseworker.timeline import ContradictionRule

if TYPE_CHECKING:
    from ui.timeline.layout import PlacedReport

LINK_CHUNK = 48  # links per ready-made path: enough to batch, few enough to cull


@dataclass(frozen=True, slots=True)
class Link:
    """A contradiction drawn between two reports, or from one report to the status band."""

    first: PlacedReport
    second: PlacedReport | None  # None: the report disagrees with the official status
    explained: bool
    report_ids: tuple[int, ...]

    @property
    def left(self) -> float:
        if self.second is None:
            return self.first.centre
        return min(self.first.centre, self.second.centre)

    @property
    def right(self) -> float:
        if self.second is None:
            return self.first.centre
        return max(self.first.centre, self.second.centre)

    @property
    def style(self) -> LinkStyle:
        return LinkStyle(self.explained, self.second is None)


@dataclass(frozen=True, slots=True)
class LinkStyle:
    explained: bool
    to_band: bool


@dataclass(slots=True)
class LinkChunk:
    """Links of one style whose x extent lies within ``left``..``right`` (day coordinates)."""

    left: float
    right: float
    style: LinkStyle
    path: QPainterPath  # in pixels from the layout's origin, at the arranged zoom


def make_links(
    contradictions: Iterable[ListedContradiction], by_id: Mapping[int, PlacedReport]
) -> list[Link]:
    """A link between reports next to each other in time within each finding.

    A finding about the official status names one report; it is linked to the status
    band. Findings without reports shown (staleness, hidden reports) draw nothing.
    """
    links = []
    for listed in contradictions:
        ids = listed.contradiction.report_ids
        ends = sorted((by_id[i] for i in ids if i in by_id), key=lambda placed: placed.order)
        if len(ends) == 1 and listed.contradiction.rule is ContradictionRule.OFFICIAL_BEHIND:
            links.append(Link(ends[0], None, listed.explained, ids))
        for first, second in itertools.pairwise(ends):
            links.append(Link(first, second, listed.explained, ids))
    return links


def add_link_path(
    path: QPainterPath,
    link: Link,
    origin: float,
    pixels_per_day: float,
    band_top: float,
    ceiling: float = 0.0,
) -> None:
    """Add the curve of ``link`` to ``path``, in pixels from the day coordinate ``origin``."""
    start = QPointF((link.first.centre - origin) * pixels_per_day, link.first.y)
    path.moveTo(start)
    if link.second is None:
        path.lineTo(start.x(), band_top)
        return
    end = QPointF((link.second.centre - origin) * pixels_per_day, link.second.y)
    dx = end.x() - start.x()
    # An arch over the reports: flat for near neighbours, higher for distant ones.
    lift = min(60.0, 14.0 + abs(dx) * 0.2)
    high = min(start.y(), end.y()) - lift
    if high < ceiling:  # no room above the top lane: hang the arch below instead
        high = max(start.y(), end.y()) + lift
    path.cubicTo(start.x() + dx * 0.25, high, end.x() - dx * 0.25, high, end.x(), end.y())


def link_chunks(
    links: Iterable[Link], origin: float, pixels_per_day: float, band_top: float, ceiling: float
) -> list[LinkChunk]:
    """The links as a few paths per style, each covering a stretch of time."""
    chunks = []
    by_style: dict[LinkStyle, list[Link]] = {}
    for link in links:
        by_style.setdefault(link.style, []).append(link)
    for style, members in by_style.items():
        members.sort(key=lambda link: link.left)
        for first in range(0, len(members), LINK_CHUNK):
            chunk = members[first : first + LINK_CHUNK]
            path = QPainterPath()
            for link in chunk:
                add_link_path(path, link, origin, pixels_per_day, band_top, ceiling)
            right = max(link.right for link in chunk)
            chunks.append(LinkChunk(chunk[0].left, right, style, path))
    return chunks
