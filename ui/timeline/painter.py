"""Paints one frame of the timeline from a prepared layout: lanes, axis, band, links, markers.

Nothing here computes a layout or allocates per marker: fonts, pens and marker sprites are
made once (:class:`TimelinePainter`). What a frame shows and where its parts lie is
:class:`~ui.timeline.frame.Frame`; the drawing is in :mod:`~ui.timeline.paint_backdrop`
(lanes, gutter, status band, today), :mod:`~ui.timeline.paint_axis` (grid and axis),
:mod:`~ui.timeline.inquiry_strip` (the inquiries) and :mod:`~ui.timeline.paint_reports`
(bars, links, markers).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont, QPainter

from ui.timeline.axis import compute_ticks
from ui.timeline.drawing_kit import BACKGROUND, FontSet, PenSet
from ui.timeline.frame import Frame
from ui.timeline.inquiry_strip import paint_inquiries, paint_inquiries_label
from ui.timeline.layout import TimelineLayout
from ui.timeline.legend import LegendPainter
from ui.timeline.markers import MarkerSprites
from ui.timeline.paint_axis import paint_axis, paint_grid
from ui.timeline.paint_backdrop import (
    paint_band,
    paint_empty,
    paint_gutter,
    paint_lanes,
    paint_today,
)
from ui.timeline.paint_reports import paint_bars, paint_links, paint_markers


class TimelinePainter:
    """Draws frames; holds the fonts, pens and sprites so that a frame allocates little."""

    def __init__(self, font: QFont, device_pixel_ratio: float = 1.0) -> None:
        self.set_font(font)
        self.sprites = MarkerSprites(device_pixel_ratio)
        self.pens = PenSet()

    def set_font(self, font: QFont) -> None:
        self.fonts = FontSet(font)
        self.legend = LegendPainter(self.fonts.small_font)

    def gutter_width(self, layout: TimelineLayout | None) -> float:
        """Room for the lane labels (and the band's), within sensible bounds."""
        labels = [lane.label for lane in layout.lanes] if layout else []
        labels.append(QCoreApplication.translate("TimelineWidget", "Official status"))
        widest = max(self.fonts.metrics.horizontalAdvance(text) for text in labels)
        return min(220.0, max(90.0, widest + 22.0))

    def paint(self, painter: QPainter, frame: Frame) -> None:
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), BACKGROUND)
        layout = frame.layout
        fonts, pens = self.fonts, self.pens
        result = frame.result
        reports = layout if layout is not None and layout.reports else None
        # A person without reports still has the inquiries written about them drawn.
        if result is None or (reports is None and not result.inquiries.shown):
            paint_empty(painter, frame, fonts)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        start = frame.offset
        end = frame.offset + frame.span
        ticks = compute_ticks(start, end, frame.pixels_per_day)
        if reports is not None:
            paint_lanes(painter, frame, reports)
        paint_grid(painter, frame, ticks)
        painter.save()
        painter.setClipRect(frame.plot)
        paint_band(painter, frame, result, fonts)
        paint_today(painter, frame, result.today, fonts, pens.today)
        paint_inquiries(painter, frame)
        if reports is not None:
            paint_bars(painter, frame, reports, start, end, pens)
            paint_links(painter, frame, reports, start, end, pens)
            paint_markers(painter, frame, reports, start, end, self.sprites, pens)
        painter.restore()
        paint_gutter(painter, frame, reports, fonts)
        paint_inquiries_label(painter, frame, fonts)
        paint_axis(painter, frame, ticks, fonts)
        self.legend.paint(
            painter, QRectF(0, 0, frame.width, frame.legend_height), bool(frame.inquiries_height)
        )
        if reports is None:
            lanes_height = frame.band_top - frame.lanes_top
            lanes = QRectF(frame.gutter, frame.lanes_top, frame.width - frame.gutter, lanes_height)
            paint_empty(painter, frame, fonts, lanes)
