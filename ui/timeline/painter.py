"""Paints one frame of the timeline from a prepared layout: lanes, axis, band, links, markers.

Nothing here computes a layout or allocates per marker: fonts, pens and marker sprites are
made once (:class:`TimelinePainter`), markers outside the view are culled by bisection
(:meth:`TimelineLayout.visible`), and the links are drawn as ready-made paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from caseworker.labels import label
from caseworker.services.timeline import TimelineResult
from caseworker.vocab import ClaimGroup, OfficialStatus
from ui.timeline.axis import AxisTicks, TickUnit, compute_ticks
from ui.timeline.layout import PlacedReport, TimelineLayout
from ui.timeline.legend import LegendPainter
from ui.timeline.links import LinkStyle, add_link_path
from ui.timeline.markers import (
    CONTRADICTION_COLOUR,
    EXPLAINED_COLOUR,
    GROUP_COLOURS,
    HALO_COLOUR,
    SELECTION_COLOUR,
    SPRITE_SIZE,
    STATUS_GROUPS,
    TODAY_COLOUR,
    MarkerSprites,
)
from ui.widgets.date_field import format_day

LEGEND_HEIGHT = 26.0
BAND_HEIGHT = 22.0
BAND_GAP = 4.0
AXIS_HEIGHT = 44.0
HALF_SPRITE = SPRITE_SIZE / 2
FEW_LINKS = 250  # up to this many contradiction links are drawn bold

BACKGROUND = QColor("#ffffff")
GUTTER_BACKGROUND = QColor("#f1f3f6")
LANE_SHADE = QColor("#f7f8fa")
LANE_LINE = QColor("#dfe3e8")
MINOR_GRID = QColor("#edf0f3")
MAJOR_GRID = QColor("#d3d8de")
TEXT = QColor("#1f2328")
MUTED_TEXT = QColor("#5f6770")


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

    @property
    def lanes_top(self) -> float:
        return self.legend_height

    @property
    def band_top(self) -> float:
        return self.height - AXIS_HEIGHT - BAND_HEIGHT

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


class TimelinePainter:
    """Draws frames; holds the fonts, pens and sprites so that a frame allocates little."""

    def __init__(self, font: QFont, device_pixel_ratio: float = 1.0) -> None:
        self.set_font(font)
        self.sprites = MarkerSprites(device_pixel_ratio)
        # Pens wider than a pixel go through Qt's general stroker, some fifty times slower
        # than its one-pixel path: thousands of links are drawn as fine translucent lines.
        self._link_pens: dict[tuple[LinkStyle, bool], QPen] = {}
        for style in (LinkStyle(e, b) for e in (False, True) for b in (False, True)):
            colour = QColor(EXPLAINED_COLOUR if style.explained else CONTRADICTION_COLOUR)
            # Open links solid, explained ones dashed; a link to the status band is a thin
            # vertical line (dashed, or dotted once explained) so as not to bar the lanes.
            if style.to_band:
                line = Qt.PenStyle.DotLine if style.explained else Qt.PenStyle.DashLine
            else:
                line = Qt.PenStyle.DashLine if style.explained else Qt.PenStyle.SolidLine
            width = 1.0 if style.to_band else 1.4 if style.explained else 1.8
            self._link_pens[(style, False)] = QPen(colour, width, line)
            colour.setAlpha(110)
            self._link_pens[(style, True)] = QPen(colour, 1.0, line)
        self._strong_link_pens = (
            QPen(CONTRADICTION_COLOUR, 3.2),
            QPen(EXPLAINED_COLOUR, 2.6, Qt.PenStyle.DashLine),
        )
        self._selection_pen = QPen(SELECTION_COLOUR, 2.4)
        self._guide_pen = QPen(SELECTION_COLOUR, 1.0, Qt.PenStyle.DashLine)
        hover = QColor(SELECTION_COLOUR)
        hover.setAlpha(120)
        self._hover_pen = QPen(hover, 1.6)
        self._today_pen = QPen(TODAY_COLOUR, 1.4, Qt.PenStyle.DashLine)
        self._bar_pens: dict[tuple[ClaimGroup, bool], QPen] = {}
        for group, colour in GROUP_COLOURS.items():
            for retracted in (False, True):
                faded = QColor(colour)
                faded.setAlpha(45 if retracted else 150)
                pen = QPen(faded, 3.0)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self._bar_pens[(group, retracted)] = pen

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.bold_metrics = QFontMetricsF(self.bold_font)
        self.legend = LegendPainter(self.small_font)

    def gutter_width(self, layout: TimelineLayout | None) -> float:
        """Room for the lane labels (and the band's), within sensible bounds."""
        labels = [lane.label for lane in layout.lanes] if layout else []
        labels.append(QCoreApplication.translate("TimelineWidget", "Official status"))
        widest = max(self.metrics.horizontalAdvance(text) for text in labels)
        return min(220.0, max(90.0, widest + 22.0))

    # -- the frame ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, frame: Frame) -> None:
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), BACKGROUND)
        layout = frame.layout
        if layout is None or not layout.reports or frame.result is None:
            self._paint_empty(painter, frame)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        start = frame.offset
        end = frame.offset + frame.span
        ticks = compute_ticks(start, end, frame.pixels_per_day)
        self._paint_lanes(painter, frame, layout)
        self._paint_grid(painter, frame, ticks)
        painter.save()
        painter.setClipRect(frame.plot)
        self._paint_band(painter, frame, frame.result)
        self._paint_today(painter, frame, frame.result.today)
        self._paint_bars(painter, frame, layout, start, end)
        self._paint_links(painter, frame, layout, start, end)
        self._paint_markers(painter, frame, layout, start, end)
        painter.restore()
        self._paint_gutter(painter, frame, layout)
        self._paint_axis(painter, frame, ticks)
        self.legend.paint(painter, QRectF(0, 0, frame.width, frame.legend_height))

    def _paint_empty(self, painter: QPainter, frame: Frame) -> None:
        painter.setFont(self.font)
        painter.setPen(MUTED_TEXT)
        box = QRectF(24, 0, max(0.0, frame.width - 48), frame.height)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), frame.empty_text
        )

    def _paint_lanes(self, painter: QPainter, frame: Frame, layout: TimelineLayout) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for number, lane in enumerate(layout.lanes):
            if number % 2:
                painter.fillRect(QRectF(0, lane.top, frame.width, lane.height), LANE_SHADE)
        painter.setPen(QPen(LANE_LINE, 1.0))
        for lane in layout.lanes[1:]:
            painter.drawLine(QLineF(0, lane.top, frame.width, lane.top))

    def _paint_grid(self, painter: QPainter, frame: Frame, ticks: AxisTicks) -> None:
        top, bottom = frame.lanes_top, frame.axis_top
        painter.setPen(QPen(MINOR_GRID, 1.0))
        painter.drawLines([QLineF(x, top, x, bottom) for x in self._tick_xs(frame, ticks.minor)])
        painter.setPen(QPen(MAJOR_GRID, 1.0))
        painter.drawLines([QLineF(x, top, x, bottom) for x in self._tick_xs(frame, ticks.major)])

    def _tick_xs(self, frame: Frame, ticks: tuple[object, ...]) -> list[float]:
        xs = (round(frame.x_of(tick.position)) + 0.5 for tick in ticks)  # type: ignore[attr-defined]
        return [x for x in xs if x >= frame.gutter]

    def _paint_band(self, painter: QPainter, frame: Frame, result: TimelineResult) -> None:
        person = result.person
        status = person.official_status
        top = frame.band_top
        since = person.official_status_on
        left = frame.gutter if since is None else max(frame.gutter, frame.x_of(since.toordinal()))
        if left >= frame.width:
            return
        colour = GROUP_COLOURS[STATUS_GROUPS[status]]
        fill = QColor(colour)
        fill.setAlpha(40 if status is OfficialStatus.NOT_REPORTED else 70)
        band = QRectF(left, top, frame.width - left, BAND_HEIGHT)
        painter.fillRect(band, fill)
        painter.fillRect(QRectF(left, top, band.width(), 2.0), colour)
        if since is not None and frame.x_of(since.toordinal()) >= frame.gutter:
            painter.fillRect(QRectF(left, top, 2.0, BAND_HEIGHT), colour)
        if status is OfficialStatus.NOT_REPORTED:
            text = label(status)
        elif since is None:
            text = QCoreApplication.translate("TimelineWidget", "Officially: {status}").format(
                status=label(status)
            )
        else:
            text = QCoreApplication.translate(
                "TimelineWidget", "Officially: {status}, since {day}"
            ).format(status=label(status), day=format_day(since))
        font = self.bold_font if status is not OfficialStatus.NOT_REPORTED else self.font
        painter.setFont(font)
        painter.setPen(TEXT)
        # Measured in the font it is drawn in: bold text is wider. A status that began near
        # the right edge has its words run back over the empty row before the band rather
        # than be cut; only a plot too narrow for them all elides them.
        metrics = QFontMetricsF(font)
        start = left + 8
        if metrics.horizontalAdvance(text) > frame.width - start - 4:
            start = max(frame.gutter + 4, frame.width - 6 - metrics.horizontalAdvance(text))
        painter.drawText(
            QRectF(start, top + 2, frame.width - start - 2, BAND_HEIGHT - 2),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, frame.width - start - 4),
        )

    def _paint_today(self, painter: QPainter, frame: Frame, today: date) -> None:
        x = round(frame.x_of(today.toordinal() + 0.5)) + 0.5
        if not frame.gutter <= x <= frame.width:
            return
        painter.setPen(self._today_pen)
        painter.drawLine(QLineF(x, frame.lanes_top, x, frame.band_top + BAND_HEIGHT))
        text = QCoreApplication.translate("TimelineWidget", "today")
        width = self.small_metrics.horizontalAdvance(text) + 8
        box = QRectF(
            x - width - 2 if x + width + 2 > frame.width else x + 2,
            frame.lanes_top + 1,
            width,
            self.small_metrics.height() + 2,
        )
        painter.fillRect(box, QColor(255, 255, 255, 210))
        painter.setFont(self.small_font)
        painter.setPen(TODAY_COLOUR)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_bars(
        self, painter: QPainter, frame: Frame, layout: TimelineLayout, start: float, end: float
    ) -> None:
        batches: dict[tuple[ClaimGroup, bool], list[QLineF]] = {}
        caps: list[QLineF] = []
        x_of = frame.x_of
        for placed in layout.visible_bars(start, end):
            group, _, retracted = placed.sprite_key
            left, right, y = x_of(placed.start), x_of(placed.end), placed.y
            batches.setdefault((group, retracted), []).append(QLineF(left, y, right, y))
            caps.append(QLineF(left, y - 4, left, y + 4))
            caps.append(QLineF(right, y - 4, right, y + 4))
        for key, lines in batches.items():
            painter.setPen(self._bar_pens[key])
            painter.drawLines(lines)
        if caps:
            painter.setPen(QPen(MUTED_TEXT, 1.0))
            painter.drawLines(caps)

    def _paint_links(
        self, painter: QPainter, frame: Frame, layout: TimelineLayout, start: float, end: float
    ) -> None:
        if not layout.link_chunks:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.translate(frame.x_of(layout.origin), 0.0)
        dense = len(layout.links) > FEW_LINKS
        for chunk in layout.link_chunks:
            if chunk.right >= start and chunk.left <= end:
                painter.setPen(self._link_pens[(chunk.style, dense)])
                painter.drawPath(chunk.path)
        if frame.highlighted:
            paths = (QPainterPath(), QPainterPath())  # open, explained
            for link in layout.links:
                ends = (link.first, link.second) if link.second else (link.first,)
                if all(placed.fact.id in frame.highlighted for placed in ends):
                    path = paths[link.explained]
                    add_link_path(
                        path,
                        link,
                        layout.origin,
                        frame.pixels_per_day,
                        frame.band_top,
                        layout.ceiling,
                    )
            for pen, path in zip(self._strong_link_pens, paths, strict=True):
                if not path.isEmpty():
                    painter.setPen(pen)
                    painter.drawPath(path)
        painter.restore()

    def _paint_markers(
        self, painter: QPainter, frame: Frame, layout: TimelineLayout, start: float, end: float
    ) -> None:
        margin = SPRITE_SIZE / frame.pixels_per_day
        visible = layout.visible(start, end, margin)
        halos = [layout.by_id[i] for i in frame.highlighted if i in layout.by_id]
        if halos:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HALO_COLOUR)
            for placed in halos:
                painter.drawEllipse(frame.centre_of(placed), 12.5, 12.5)
        sprite = self.sprites.sprite
        draw = painter.drawPixmap
        gutter = frame.gutter - HALF_SPRITE
        offset = frame.offset
        scale = frame.pixels_per_day
        sprites = {key: sprite(*key) for key in {placed.sprite_key for placed in visible}}
        for placed in visible:
            draw(
                round(gutter + (placed.centre - offset) * scale),
                round(placed.y - HALF_SPRITE),
                sprites[placed.sprite_key],
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        hovered = layout.by_id.get(frame.hovered) if frame.hovered is not None else None
        if hovered is not None:
            painter.setPen(self._hover_pen)
            painter.drawEllipse(self._snapped(frame, hovered), 9.5, 9.5)
        selected = layout.by_id.get(frame.selected) if frame.selected is not None else None
        if selected is not None:
            centre = self._snapped(frame, selected)
            painter.setPen(self._guide_pen)
            painter.drawLine(QLineF(centre.x(), centre.y() + 11, centre.x(), frame.axis_top))
            painter.setPen(self._selection_pen)
            painter.drawEllipse(centre, 10.5, 10.5)

    def _snapped(self, frame: Frame, placed: PlacedReport) -> QPointF:
        """The centre of the marker's sprite as drawn (sprites sit on whole pixels)."""
        x = round(frame.x_of(placed.centre) - HALF_SPRITE) + HALF_SPRITE
        return QPointF(x, round(placed.y - HALF_SPRITE) + HALF_SPRITE)

    def _paint_gutter(self, painter: QPainter, frame: Frame, layout: TimelineLayout) -> None:
        painter.fillRect(
            QRectF(0, frame.lanes_top, frame.gutter, frame.axis_top - frame.lanes_top),
            GUTTER_BACKGROUND,
        )
        painter.setPen(QPen(LANE_LINE, 1.0))
        painter.drawLine(
            QLineF(frame.gutter - 0.5, frame.lanes_top, frame.gutter - 0.5, frame.height)
        )
        painter.setFont(self.font)
        painter.setPen(TEXT)
        width = frame.gutter - 16
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for lane in layout.lanes:
            text = self.metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(10, lane.top, width, lane.height), flags, text)
        painter.setFont(self.small_font)
        painter.setPen(MUTED_TEXT)
        text = self.small_metrics.elidedText(
            QCoreApplication.translate("TimelineWidget", "Official status"),
            Qt.TextElideMode.ElideRight,
            width,
        )
        painter.drawText(QRectF(10, frame.band_top, width, BAND_HEIGHT), flags, text)

    def _paint_axis(self, painter: QPainter, frame: Frame, ticks: AxisTicks) -> None:
        top = frame.axis_top
        painter.fillRect(
            QRectF(frame.gutter, top, frame.width - frame.gutter, AXIS_HEIGHT), BACKGROUND
        )
        painter.setPen(QPen(MUTED_TEXT, 1.0))
        painter.drawLine(QLineF(frame.gutter, top + 0.5, frame.width, top + 0.5))
        painter.drawLines([QLineF(x, top, x, top + 5) for x in self._tick_xs(frame, ticks.minor)])
        painter.setFont(self.small_font)
        painter.setPen(TEXT)
        row = self.small_metrics.height()
        centred = ticks.unit is TickUnit.DAY
        last_right = frame.gutter - 4
        for tick in ticks.minor:
            width = self.small_metrics.horizontalAdvance(tick.label)
            if centred:
                left = frame.x_of(tick.position + 0.5) - width / 2
            else:
                left = frame.x_of(tick.position) + 3
            if left < last_right + 4 or left + width > frame.width:
                continue
            painter.drawText(QPointF(left, top + 6 + self.small_metrics.ascent()), tick.label)
            last_right = left + width
        painter.setFont(self.bold_font)
        majors = ticks.major
        baseline = top + 8 + row + self.bold_metrics.ascent()
        last_right = frame.gutter - 6
        for number, tick in enumerate(majors):
            width = self.bold_metrics.horizontalAdvance(tick.label)
            left = max(frame.x_of(tick.position) + 3, frame.gutter + 3)
            following = majors[number + 1] if number + 1 < len(majors) else None
            if following is not None:
                # A period that began off screen keeps its name at the left edge until
                # the next period's name needs the room.
                left = min(left, frame.x_of(following.position) - width - 8)
            if left < last_right + 6 or left + width > frame.width or left < frame.gutter:
                continue
            painter.drawText(QPointF(left, baseline), tick.label)
            last_right = left + width
