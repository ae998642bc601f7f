"""The state, view and painting of the timeline widget: what it shows and where.

:class:`TimelineCanvas` shows a :class:`~caseworker.services.timeline.TimelineResult`. Its view
is a day coordinate at the left edge (``offset``) and a zoom (pixels per day); the layout
(:mod:`ui.timeline.layout`) is rebuilt when the timeline changes and re-packed when the zoom
or the height changes, and painting (:mod:`ui.timeline.painter`) only draws it. What the
mouse and the keys do is added by :class:`ui.timeline.timeline_widget.TimelineWidget`.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageWriter, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.errors import CaseworkerError
from caseworker.services.timeline import TimelineResult
from ui.timeline.axis import MAX_ORDINAL, MIN_ORDINAL
from ui.timeline.frame import Frame
from ui.timeline.inquiry_rows import has_strip
from ui.timeline.layout import PlacedReport, TimelineLayout
from ui.timeline.markers import MARKER_RADIUS
from ui.timeline.painter import TimelinePainter
from ui.timeline.picture import MIN_FIT_SPAN_DAYS, fit_extent, render_timeline_picture

translate = QCoreApplication.translate

MIN_SPAN_DAYS = 4.0
ZOOM_STEP = 1.5
HIT_RADIUS = MARKER_RADIUS + 3
EXPORT_MINIMUM = QSize(1200, 600)


class TimelineCanvas(QWidget):
    """Every report about one person along a time axis, one lane per kind of source."""

    #: The report under the mouse changed (an id, or None).
    report_hovered = Signal(object)
    #: The first and last day in view changed (two ``date`` objects).
    visible_range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineWidget")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self._painter = TimelinePainter(self.font(), self.devicePixelRatioF())
        self._result: TimelineResult | None = None
        self._layout: TimelineLayout | None = None
        self._gutter = self._painter.gutter_width(None)
        self._show_retracted = True
        today = date.today().toordinal()
        self._pixels_per_day = 2.0
        self._offset = today - 365.0
        self._fitted = True
        self._selected: int | None = None
        self._hovered: int | None = None
        self._highlighted: frozenset[int] = frozenset()
        self._last_range: tuple[date, date] | None = None

    # -- the public interface ------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def set_timeline(self, result: TimelineResult | None) -> None:
        """Show ``result``; None (or a person without reports) shows a friendly empty state.

        A new result for the person already shown keeps the zoom and the selection where
        they still apply; another person's timeline opens fitted to all reports.
        """
        same_person = (
            result is not None
            and self._result is not None
            and result.person_id == self._result.person_id
            and self._layout is not None
        )
        self._result = result
        ids = {fact.id for fact in result.reports} if result else set()
        if self._selected not in ids:
            self._selected = None
        self._highlighted = self._highlighted & ids if same_person else frozenset()
        self._set_hovered(None)
        self._rebuild()
        if same_person and not self._fitted:
            self._arrange()
            self._view_changed()
        else:
            self.fit_all()

    def timeline(self) -> TimelineResult | None:
        return self._result

    def select_report(self, report_id: int | None) -> None:
        """Select a report (None: nothing) and bring it into view; emits nothing."""
        placed = self._placed(report_id)
        self._selected = report_id if placed is not None else None
        if placed is not None:
            self._ensure_visible(placed)
        self.update()

    def selected_report_id(self) -> int | None:
        return self._selected

    def highlight_reports(self, report_ids: Collection[int]) -> None:
        """Draw a halo around these reports (and thicken their links), bringing them in view."""
        self._highlighted = frozenset(report_ids)
        shown = [
            self._layout.by_id[i]
            for i in self._highlighted
            if self._layout and i in self._layout.by_id
        ]
        if shown:
            self._bring_into_view(min(p.start for p in shown), max(p.end for p in shown))
        self.update()

    def highlighted_report_ids(self) -> frozenset[int]:
        """The highlighted reports that are on the timeline as shown."""
        if self._layout is None:
            return frozenset()
        return frozenset(i for i in self._highlighted if i in self._layout.by_id)

    def set_show_retracted(self, show: bool) -> None:
        """Show retracted reports (faded and struck through) or hide them."""
        if show == self._show_retracted:
            return
        self._show_retracted = show
        self._set_hovered(None)
        self._rebuild()
        self._arrange()
        self.update()

    def shows_retracted(self) -> bool:
        return self._show_retracted

    def shown_report_ids(self) -> list[int]:
        """The reports drawn (whether in view or not), in time order."""
        return [placed.fact.id for placed in self._layout.reports] if self._layout else []

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, self._plot_width() / 2)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, self._plot_width() / 2)

    def fit_all(self) -> None:
        """Zoom and pan so that every report, the status change and today are in view."""
        first, last = self._extent()
        span = max(last - first, MIN_FIT_SPAN_DAYS)
        middle = (first + last) / 2
        margin = span * 0.05
        self._pixels_per_day = self._plot_width() / (span + 2 * margin)
        self._offset = middle - span / 2 - margin
        self._fitted = True
        self._arrange()
        self._view_changed()

    def pan_by(self, pixels: float) -> None:
        """Move the view as a drag by ``pixels`` to the right would (earlier days come in)."""
        self._pan(pixels)

    def visible_range(self) -> tuple[date, date]:
        """The first and the last day in view."""
        first = self._offset
        last = self._offset + self._plot_width() / self._pixels_per_day
        return _day(first), _day(max(first, last - 1e-6))

    def empty_message(self) -> str:
        """The text shown instead of a timeline; empty when there are reports to show."""
        if self._result is None:
            return translate(
                "TimelineWidget",
                "Choose a sought person to see the reports about them in time order.",
            )
        if not self._result.reports:
            return translate(
                "TimelineWidget",
                "No reports about this person yet.\n\nAdd what the family, the unit, the "
                "authorities or anyone else has said, and each report appears here in time order.",
            )
        if self._layout is None or not self._layout.reports:
            return translate(
                "TimelineWidget",
                "Every report about this person has been retracted. Show retracted reports "
                "to see them.",
            )
        return ""

    def marker_position(self, report_id: int) -> QPoint | None:
        """Where the report's marker is drawn, in widget coordinates (None if not shown)."""
        placed = self._placed(report_id)
        if placed is None:
            return None
        centre = self._frame().centre_of(placed)
        return QPoint(math.floor(centre.x()), math.floor(centre.y()))

    def report_at(self, position: QPoint | QPointF) -> int | None:
        """The report whose marker is under ``position`` (widget coordinates), if any."""
        placed = self._hit(QPointF(position))
        return placed.fact.id if placed else None

    def render_image(self, size: QSize | None = None) -> QImage:
        """The whole timeline (fitted, without the hover or selection marks) as a picture,
        captioned with the person's name, the case reference and today's date.

        ``size`` defaults to the widget's size, at least 1200 × 600 pixels.
        """
        if size is None:
            size = self.size().expandedTo(EXPORT_MINIMUM)
        return render_timeline_picture(
            self._result,
            size,
            self.font(),
            show_retracted=self._show_retracted,
            highlighted=self._highlighted,
            empty_text=self.empty_message(),
        )

    def export_png(self, path: str | Path, size: QSize | None = None) -> QSize:
        """Write :meth:`render_image` to ``path`` as PNG; returns the picture's size."""
        image = self.render_image(size)
        writer = QImageWriter(str(path), b"png")
        if not writer.write(image):
            raise CaseworkerError(
                translate(
                    "TimelineWidget", "The picture could not be written to {path}: {reason}"
                ).format(path=path, reason=writer.errorString())
            )
        return image.size()

    # -- layout and view -----------------------------------------------------------------------

    def _rebuild(self) -> None:
        result = self._result
        if result is None or not result.reports:
            self._layout = None
        else:
            self._layout = TimelineLayout.build(
                result.reports, result.contradictions, show_retracted=self._show_retracted
            )
        self._gutter = self._painter.gutter_width(self._layout)

    def _frame(self) -> Frame:
        return Frame(
            width=self.width(),
            height=self.height(),
            gutter=self._gutter,
            offset=self._offset,
            pixels_per_day=self._pixels_per_day,
            result=self._result,
            layout=self._layout,
            selected=self._selected,
            hovered=self._hovered,
            highlighted=self.highlighted_report_ids(),
            empty_text=self.empty_message(),
            legend_height=self._painter.legend.height_for(self.width(), has_strip(self._result)),
        )

    def _arrange(self) -> None:
        if self._layout is None:
            return
        frame = self._frame()
        # Lanes never overlap: below their least height the panel scrolls instead.
        self.setMinimumHeight(frame.least_height(len(self._layout.lanes)))
        self._layout.arrange(
            self._pixels_per_day, frame.lanes_top, frame.lanes_height, frame.band_top
        )

    def _plot_width(self) -> float:
        return max(40.0, self.width() - self._gutter)

    def _extent(self) -> tuple[float, float]:
        """The day coordinates a "fit all" should show."""
        return fit_extent(self._result, self._layout)

    def _zoom_limits(self) -> tuple[float, float]:
        first, last = self._extent()
        widest = min(max(3 * (last - first), 3 * 365.0), 200 * 365.0)
        return self._plot_width() / widest, self._plot_width() / MIN_SPAN_DAYS

    def _zoom(self, factor: float, anchor: float) -> None:
        """Zoom by ``factor`` keeping the day under ``anchor`` (pixels into the plot) in place."""
        low, high = self._zoom_limits()
        scale = min(max(self._pixels_per_day * factor, low), high)
        if scale == self._pixels_per_day:
            return
        day = self._offset + anchor / self._pixels_per_day
        self._pixels_per_day = scale
        self._offset = day - anchor / scale
        self._fitted = False
        self._clamp_offset()
        self._arrange()
        self._view_changed()

    def _pan(self, pixels: float) -> None:
        self._offset -= pixels / self._pixels_per_day
        self._fitted = False
        self._clamp_offset()
        self._view_changed()

    def _clamp_offset(self) -> None:
        """Keep some of the timeline in view: never pan into empty centuries."""
        first, last = self._extent()
        span = self._plot_width() / self._pixels_per_day
        self._offset = min(max(self._offset, first - span * 0.8), last - span * 0.2)
        self._offset = min(max(self._offset, MIN_ORDINAL), MAX_ORDINAL - span)

    def _bring_into_view(self, start: float, end: float) -> None:
        span = self._plot_width() / self._pixels_per_day
        margin = HIT_RADIUS * 2 / self._pixels_per_day
        if start - margin >= self._offset and end + margin <= self._offset + span:
            return
        if end - start + 2 * margin > span:
            needed = (end - start) * 1.2 + 2 * margin
            low, _ = self._zoom_limits()
            self._pixels_per_day = max(low, self._plot_width() / needed)
            span = self._plot_width() / self._pixels_per_day
            self._arrange()
        self._offset = (start + end) / 2 - span / 2
        self._fitted = False
        self._view_changed()

    def _ensure_visible(self, placed: PlacedReport) -> None:
        self._bring_into_view(placed.centre, placed.centre)

    def _view_changed(self) -> None:
        self.update()
        shown = self.visible_range()
        if shown != self._last_range:
            self._last_range = shown
            self.visible_range_changed.emit(*shown)

    # -- reports under the mouse and the selection ----------------------------------------------

    def _placed(self, report_id: int | None) -> PlacedReport | None:
        if report_id is None or self._layout is None:
            return None
        return self._layout.by_id.get(report_id)

    def _hit(self, position: QPointF) -> PlacedReport | None:
        if self._layout is None or position.x() < self._gutter:
            return None
        frame = self._frame()
        day = self._offset + (position.x() - self._gutter) / self._pixels_per_day
        best: PlacedReport | None = None
        best_distance = HIT_RADIUS * HIT_RADIUS
        for placed in self._layout.visible(day, day, HIT_RADIUS / self._pixels_per_day):
            centre = frame.centre_of(placed)
            distance = (centre.x() - position.x()) ** 2 + (centre.y() - position.y()) ** 2
            if distance <= best_distance:  # "<=": the marker drawn last lies on top
                best, best_distance = placed, distance
        return best

    def _set_hovered(self, report_id: int | None) -> None:
        if report_id != self._hovered:
            self._hovered = report_id
            self.update()
            self.report_hovered.emit(report_id)

    # -- events --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.devicePixelRatioF() != self._painter.sprites.device_pixel_ratio:
            self._painter = TimelinePainter(self.font(), self.devicePixelRatioF())
        painter = QPainter(self)
        try:
            self._painter.paint(painter, self._frame())
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_all()
        else:
            self._arrange()
            self._view_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._painter.set_font(self.font())
            self._rebuild()
            self._arrange()
            self.update()
        super().changeEvent(event)


def _day(coordinate: float) -> date:
    ordinal = math.floor(coordinate)
    return date.fromordinal(min(max(ordinal, MIN_ORDINAL), MAX_ORDINAL))
