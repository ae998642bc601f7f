"""The inquiries' strip of a timeline frame: each inquiry on the days it was sent and ended.

A thin strip between the official status band and the time axis, apart from the reports'
lanes: an open envelope on the day an inquiry was sent, a line as long as it waited, a
filled envelope on the day it was answered (a bar when it was closed without an answer, an
arrow when it was forwarded), and the time past its due date in the problem colour. While
it still waits, a dashed line runs on to its due date. Inquiries at the same time take
rows of their own (:mod:`ui.timeline.inquiry_rows`, which also keeps the strip as tall for
every person of the case; where the case has no inquiries there is no strip).

Placing is cheap (a person has a few dozen inquiries at most), so painting and the mouse
place them afresh for the frame at hand rather than keeping a layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from caseworker.services.timeline import TimelineResult
from caseworker.services.timeline_inquiries import TimelineInquiry
from caseworker.vocab import InquiryStatus
from ui.timeline.drawing_kit import LANE_LINE, MUTED_TEXT, FontSet
from ui.timeline.frame import Frame
from ui.timeline.inquiry_rows import ROW_PITCH, STRIP_PADDING, strip_rows
from ui.timeline.markers import CONTRADICTION_COLOUR

INQUIRY_COLOUR = QColor("#3f5873")
LATE_COLOUR = CONTRADICTION_COLOUR
ENVELOPE_WIDTH = 11.0
ENVELOPE_HEIGHT = 8.0
HIT_REACH = 5.0


@dataclass(frozen=True, slots=True)
class PlacedInquiry:
    """An inquiry where the frame draws it; x in pixels, days as day coordinates."""

    inquiry: TimelineInquiry
    sent: float  # the middle of the day it was sent
    due: float | None  # the end of its due day
    stop: float  # where it stopped waiting: the middle of the day it ended, or of today
    y: float

    @property
    def end(self) -> float:
        """Its right end: the stop, or a due date still to come."""
        return max(self.stop, self.due or self.stop)

    def marker(self) -> QPointF:
        return QPointF(self.sent, self.y)


def inquiry_days(result: TimelineResult | None) -> list[float]:
    """The day coordinates a "fit all" should show for the inquiries: sent, due, ended."""
    if result is None:
        return []
    days: list[float] = []
    for inquiry in result.inquiries.shown:
        days.append(float(inquiry.sent_on.toordinal()))
        for day in (inquiry.line.due_on, inquiry.ended_on):
            if day is not None:
                days.append(day.toordinal() + 1.0)
    return days


def place_inquiries(frame: Frame) -> list[PlacedInquiry]:
    """The frame's inquiries, by the day sent, each in its row (:mod:`.inquiry_rows`)."""
    result = frame.result
    if result is None:
        return []
    _, rows = strip_rows(result.inquiries, result.today)
    today = result.today.toordinal() + 0.5
    first = frame.inquiries_top + STRIP_PADDING + ROW_PITCH / 2
    placed = []
    for inquiry, row in zip(result.inquiries.shown, rows, strict=True):
        due = (
            None
            if inquiry.line.due_on is None
            else frame.x_of(inquiry.line.due_on.toordinal() + 1.0)
        )
        if inquiry.ended_on is not None and not inquiry.late:
            due = None  # answered or ended in time: its due date no longer matters
        ended = today if inquiry.ended_on is None else inquiry.ended_on.toordinal() + 0.5
        placed.append(
            PlacedInquiry(
                inquiry,
                frame.x_of(inquiry.sent_on.toordinal() + 0.5),
                due,
                frame.x_of(ended),
                first + row * ROW_PITCH,
            )
        )
    return placed


def inquiry_at(frame: Frame, position: QPointF) -> PlacedInquiry | None:
    """The inquiry whose envelope or line is under ``position``, nearest envelope first."""
    if position.x() < frame.gutter:
        return None
    best: PlacedInquiry | None = None
    best_distance = float("inf")
    for placed in place_inquiries(frame):
        if abs(position.y() - placed.y) > HIT_REACH:
            continue
        if not placed.sent - HIT_REACH <= position.x() <= placed.end + HIT_REACH:
            continue
        distance = min(abs(position.x() - placed.sent), abs(position.x() - placed.stop))
        if distance < best_distance:
            best, best_distance = placed, distance
    return best


def envelope_path(centre: QPointF, scale: float = 1.0) -> tuple[QRectF, QPainterPath]:
    """An envelope's outline and its flap, around ``centre``."""
    width, height = ENVELOPE_WIDTH * scale, ENVELOPE_HEIGHT * scale
    box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    flap = QPainterPath(box.topLeft())
    flap.lineTo(QPointF(centre.x(), centre.y() + height * 0.12))
    flap.lineTo(box.topRight())
    return box, flap


def paint_envelope(
    painter: QPainter, centre: QPointF, *, answered: bool, scale: float = 1.0
) -> None:
    """An open envelope (sent) or a filled one (the answer)."""
    box, flap = envelope_path(centre, scale)
    painter.setPen(QPen(INQUIRY_COLOUR, 1.2))
    painter.setBrush(INQUIRY_COLOUR if answered else QColor("white"))
    painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("white") if answered else INQUIRY_COLOUR, 1.1))
    painter.drawPath(flap)


def paint_late(painter: QPainter, centre: QPointF) -> None:
    """The legend's symbol of the time past a due date."""
    painter.setPen(_late_pen())
    painter.drawLine(QLineF(centre.x() - 7, centre.y(), centre.x() + 7, centre.y()))


def _late_pen() -> QPen:
    pen = QPen(LATE_COLOUR, 3.0)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _paint_lines(painter: QPainter, shown: Iterable[PlacedInquiry]) -> None:
    waited = QPen(INQUIRY_COLOUR, 1.4)
    waited.setCapStyle(Qt.PenCapStyle.FlatCap)
    to_come = QPen(INQUIRY_COLOUR, 1.0, Qt.PenStyle.DashLine)
    late = _late_pen()
    for placed in shown:
        inquiry, y = placed.inquiry, placed.y
        in_time_until = placed.stop if placed.due is None else min(placed.stop, placed.due)
        painter.setPen(waited)
        painter.drawLine(QLineF(placed.sent, y, in_time_until, y))
        if placed.due is None:
            pass
        elif inquiry.late:
            painter.setPen(late)
            painter.drawLine(QLineF(placed.due, y, placed.stop, y))
        elif placed.due > placed.stop:
            painter.setPen(to_come)
            painter.drawLine(QLineF(placed.stop, y, placed.due, y))
        if placed.due is not None:
            painter.setPen(QPen(LATE_COLOUR if inquiry.late else INQUIRY_COLOUR, 1.2))
            painter.drawLine(QLineF(placed.due, y - 4, placed.due, y + 4))
        if inquiry.line.status is InquiryStatus.CLOSED:
            painter.setPen(QPen(INQUIRY_COLOUR, 2.0))
            painter.drawLine(QLineF(placed.stop, y - 4, placed.stop, y + 4))
        elif inquiry.line.status is InquiryStatus.FORWARDED:
            painter.setPen(QPen(INQUIRY_COLOUR, 1.4))
            painter.setBrush(INQUIRY_COLOUR)
            x = placed.stop
            painter.drawPolygon(
                QPolygonF([QPointF(x - 4, y - 4), QPointF(x + 2, y), QPointF(x - 4, y + 4)])
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_inquiries(painter: QPainter, frame: Frame) -> None:
    """The strip's rule and every inquiry on it (the caller clips to the plot)."""
    if not frame.inquiries_height:
        return
    top = round(frame.inquiries_top) + 0.5
    painter.setPen(QPen(LANE_LINE, 1.0))
    painter.drawLine(QLineF(frame.gutter, top, frame.width, top))
    shown = [
        placed
        for placed in place_inquiries(frame)
        if placed.end >= frame.gutter - ENVELOPE_WIDTH
        and placed.sent <= frame.width + ENVELOPE_WIDTH
    ]
    _paint_lines(painter, shown)
    for placed in shown:
        if placed.inquiry.answered:
            paint_envelope(painter, QPointF(placed.stop, placed.y), answered=True)
        paint_envelope(painter, placed.marker(), answered=False)


def paint_inquiries_label(painter: QPainter, frame: Frame, fonts: FontSet) -> None:
    """The strip's name in the gutter."""
    if not frame.inquiries_height:
        return
    painter.setFont(fonts.small_font)
    painter.setPen(MUTED_TEXT)
    width = frame.gutter - 16
    text = fonts.small_metrics.elidedText(
        QCoreApplication.translate("TimelineWidget", "Inquiries"),
        Qt.TextElideMode.ElideRight,
        width,
    )
    painter.drawText(
        QRectF(10, frame.inquiries_top, width, frame.inquiries_height),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        text,
    )
