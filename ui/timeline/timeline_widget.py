"""The custom-painted timeline of one sought person: lanes by source, markers, links, zoom.

What it shows and how it is painted is :class:`~ui.timeline.timeline_canvas.TimelineCanvas`;
this module adds what the user does with it.

Mouse: hover for a report's or an inquiry's summary, click to select (an inquiry: to show
it), drag or wheel to pan, Ctrl+wheel to zoom around the pointer. Keys: Left / Right move
the selection in time order, Home / End jump to the first / last report, + / - zoom, 0 fits
the whole timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ui.timeline.inquiry_strip import PlacedInquiry, inquiry_at, place_inquiries
from ui.timeline.layout import PlacedReport
from ui.timeline.timeline_canvas import TimelineCanvas
from ui.timeline.tooltip import inquiry_tooltip, report_tooltip

WHEEL_ZOOM_STEP = 1.2


class TimelineWidget(TimelineCanvas):
    """The timeline canvas the user hovers, clicks, drags, wheels and steps through by keys."""

    #: The user selected this report (a click or an arrow key); not sent by select_report().
    report_selected = Signal(int)
    #: The user clicked an inquiry in the inquiries' strip (its id).
    inquiry_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._press: QPointF | None = None
        self._press_offset = 0.0
        self._dragging = False

    # -- the inquiries' strip ----------------------------------------------------------------

    def shown_inquiry_ids(self) -> list[int]:
        """The inquiries drawn in the strip (whether in view or not), by the day sent."""
        return [placed.inquiry.id for placed in place_inquiries(self._frame())]

    def inquiry_position(self, inquiry_id: int) -> QPoint | None:
        """Where the inquiry's envelope (the day it was sent) is drawn (None: not drawn)."""
        for placed in place_inquiries(self._frame()):
            if placed.inquiry.id == inquiry_id:
                return placed.marker().toPoint()
        return None

    def inquiry_at(self, position: QPoint | QPointF) -> int | None:
        """The inquiry whose envelope or line is under ``position``, if any."""
        placed = self._inquiry_hit(QPointF(position))
        return placed.inquiry.id if placed else None

    def _inquiry_hit(self, position: QPointF) -> PlacedInquiry | None:
        return inquiry_at(self._frame(), position)

    # -- the selection by the user ---------------------------------------------------------------

    def _choose(self, placed: PlacedReport) -> None:
        """The user chose a report: select it, show it, tell the panel."""
        self._selected = placed.fact.id
        self._ensure_visible(placed)
        self.update()
        self.report_selected.emit(placed.fact.id)

    def _step_selection(self, step: int) -> None:
        if self._layout is None or not self._layout.reports:
            return
        reports = self._layout.reports
        current = self._placed(self._selected)
        if current is None:
            index = 0 if step > 0 else len(reports) - 1
        else:
            index = min(max(current.order + step, 0), len(reports) - 1)
        if current is None or index != current.order:
            self._choose(reports[index])

    def _select_end(self, *, last: bool) -> None:
        if self._layout is not None and self._layout.reports:
            placed = self._layout.reports[-1 if last else 0]
            if placed.fact.id != self._selected:
                self._choose(placed)

    # -- events --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            placed = self._hit(QPointF(event.pos()))
            inquiry = None if placed else self._inquiry_hit(QPointF(event.pos()))
            if inquiry is not None:
                rect = QRect(inquiry.marker().toPoint(), QSize(1, 1))
                QToolTip.showText(
                    event.globalPos(),
                    inquiry_tooltip(inquiry.inquiry),
                    self,
                    rect.adjusted(-9, -6, 9, 6),
                )
            elif placed is None:
                QToolTip.hideText()
                event.ignore()
            else:
                rect = QRect(self.marker_position(placed.fact.id) or event.pos(), QSize(1, 1))
                QToolTip.showText(
                    event.globalPos(),
                    report_tooltip(placed.fact),
                    self,
                    rect.adjusted(-9, -9, 9, 9),
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_offset = self._offset
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().x() - self._press.x()
            if not self._dragging and abs(moved) >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_hovered(None)
            if self._dragging:
                self._offset = self._press_offset
                self._pan(moved)
            event.accept()
            return
        placed = self._hit(event.position())
        self._set_hovered(placed.fact.id if placed else None)
        if placed is None and self._inquiry_hit(event.position()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                placed = self._hit(event.position())
                inquiry = None if placed else self._inquiry_hit(event.position())
                if placed is not None:
                    self._choose(placed)
                elif inquiry is not None:
                    self.inquiry_selected.emit(inquiry.inquiry.id)
            self._press = None
            self._dragging = False
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                anchor = event.position().x() - self._gutter
                anchor = min(max(anchor, 0.0), self._plot_width())
                self._zoom(WHEEL_ZOOM_STEP**steps, anchor)
        else:
            # A mouse wheel scrolls vertically, a touchpad may scroll sideways: both pan.
            amount = delta.x() if abs(delta.x()) > abs(delta.y()) else delta.y()
            self._pan(amount / 120 * self._plot_width() * 0.12)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Right:
            self._step_selection(1)
        elif key == Qt.Key.Key_Left:
            self._step_selection(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._select_end(last=key == Qt.Key.Key_End)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_all()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
