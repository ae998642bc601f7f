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
        if layout is None or not layout.reports or frame.result is None:
            paint_empty(painter, frame, fonts)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        start = frame.offset
        end = frame.offset + frame.span
        ticks = compute_ticks(start, end, frame.pixels_per_day)
        paint_lanes(painter, frame, layout)
        paint_grid(painter, frame, ticks)
        painter.save()
        painter.setClipRect(frame.plot)
        paint_band(painter, frame, frame.result, fonts)
        paint_today(painter, frame, frame.result.today, fonts, pens.today)
        paint_inquiries(painter, frame)
        paint_bars(painter, frame, layout, start, end, pens)
        paint_links(painter, frame, layout, start, end, pens)
        paint_markers(painter, frame, layout, start, end, self.sprites, pens)
        painter.restore()
        paint_gutter(painter, frame, layout, fonts)
        paint_inquiries_label(painter, frame, fonts)
        paint_axis(painter, frame, ticks, fonts)
        self.legend.paint(
            painter, QRectF(0, 0, frame.width, frame.legend_height), bool(frame.inquiries_height)
        )
