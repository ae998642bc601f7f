"""What one frame of the timeline shows (:class:`Frame`) and where its parts lie.

From the top: the legend, the lanes of reports, the official status band, the strip of
inquiries (where the case has any), the time axis; the lane labels in a gutter on the left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from caseworker.services.timeline import TimelineResult
from ui.timeline.inquiry_rows import strip_height
from ui.timeline.layout import PlacedReport, TimelineLayout

LEGEND_HEIGHT = 26.0
BAND_HEIGHT = 22.0
BAND_GAP = 4.0
AXIS_HEIGHT = 44.0
#: The least height of a lane: a row of markers and its label, apart from the next lane.
LEAST_LANE_HEIGHT = 26.0
#: The least height of the whole timeline, however few its lanes.
LEAST_HEIGHT = 120


@dataclass(slots=True)
class Frame:
    """What one frame shows: the layout, the view, the marks and the frame's size."""

    width: float
    height: float
    gutter: float
    offset: float  # the day coordinate at the plot's left edge
    pixels_per_day: float
    result: TimelineResult | None = None
    layout: TimelineLayout | None = None
    selected: int | None = None
    hovered: int | None = None
    highlighted: frozenset[int] = field(default_factory=frozenset)
    empty_text: str = ""
    #: The legend's height at this width (it takes more rows where one is too narrow).
    legend_height: float = LEGEND_HEIGHT

    def least_height(self, lanes: int) -> int:
        """The height below which ``lanes`` lanes would overlap (the panel scrolls then)."""
        fixed = self.legend_height + BAND_GAP + BAND_HEIGHT + AXIS_HEIGHT
        return max(LEAST_HEIGHT, round(fixed + self.inquiries_height + lanes * LEAST_LANE_HEIGHT))

    @property
    def lanes_top(self) -> float:
        return self.legend_height

    @property
    def inquiries_height(self) -> float:
        """The inquiries' strip, as tall for every person of a case (none without any)."""
        result = self.result
        return 0.0 if result is None else strip_height(result.inquiries, result.today)

    @property
    def inquiries_top(self) -> float:
        return self.axis_top - self.inquiries_height

    @property
    def band_top(self) -> float:
        return self.inquiries_top - BAND_HEIGHT

    @property
    def lanes_height(self) -> float:
        return max(0.0, self.band_top - BAND_GAP - self.lanes_top)

    @property
    def axis_top(self) -> float:
        return self.height - AXIS_HEIGHT

    @property
    def plot(self) -> QRectF:
        """The area of the lanes and the status band, right of the lane labels."""
        return QRectF(
            self.gutter, self.lanes_top, self.width - self.gutter, self.axis_top - self.lanes_top
        )

    @property
    def span(self) -> float:
        """How many days the plot shows."""
        return (self.width - self.gutter) / self.pixels_per_day

    def x_of(self, day: float) -> float:
        return self.gutter + (day - self.offset) * self.pixels_per_day

    def centre_of(self, placed: PlacedReport) -> QPointF:
        return QPointF(self.x_of(placed.centre), placed.y)
