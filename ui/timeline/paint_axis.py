"""The time axis of a timeline frame: the grid lines across the plot, the ticks and the
names of days, months and years under it."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainter, QPen

from ui.timeline.axis import AxisTicks, TickUnit
from ui.timeline.drawing_kit import BACKGROUND, MAJOR_GRID, MINOR_GRID, MUTED_TEXT, TEXT, FontSet
from ui.timeline.frame import AXIS_HEIGHT, Frame


def tick_xs(frame: Frame, ticks: tuple[object, ...]) -> list[float]:
    xs = (round(frame.x_of(tick.position)) + 0.5 for tick in ticks)  # type: ignore[attr-defined]
    return [x for x in xs if x >= frame.gutter]


def paint_grid(painter: QPainter, frame: Frame, ticks: AxisTicks) -> None:
    top, bottom = frame.lanes_top, frame.axis_top
    painter.setPen(QPen(MINOR_GRID, 1.0))
    painter.drawLines([QLineF(x, top, x, bottom) for x in tick_xs(frame, ticks.minor)])
    painter.setPen(QPen(MAJOR_GRID, 1.0))
    painter.drawLines([QLineF(x, top, x, bottom) for x in tick_xs(frame, ticks.major)])


def paint_axis(painter: QPainter, frame: Frame, ticks: AxisTicks, fonts: FontSet) -> None:
    top = frame.axis_top
    painter.fillRect(QRectF(frame.gutter, top, frame.width - frame.gutter, AXIS_HEIGHT), BACKGROUND)
    painter.setPen(QPen(MUTED_TEXT, 1.0))
    painter.drawLine(QLineF(frame.gutter, top + 0.5, frame.width, top + 0.5))
    painter.drawLines([QLineF(x, top, x, top + 5) for x in tick_xs(frame, ticks.minor)])
    painter.setFont(fonts.small_font)
    painter.setPen(TEXT)
    small_metrics = fonts.small_metrics
    row = small_metrics.height()
    centred = ticks.unit is TickUnit.DAY
    last_right = frame.gutter - 4
    for tick in ticks.minor:
        width = small_metrics.horizontalAdvance(tick.label)
        if centred:
            left = frame.x_of(tick.position + 0.5) - width / 2
        else:
            left = frame.x_of(tick.position) + 3
        if left < last_right + 4 or left + width > frame.width:
            continue
        painter.drawText(QPointF(left, top + 6 + small_metrics.ascent()), tick.label)
        last_right = left + width
    painter.setFont(fonts.bold_font)
    majors = ticks.major
    baseline = top + 8 + row + fonts.bold_metrics.ascent()
    last_right = frame.gutter - 6
    for number, tick in enumerate(majors):
        width = fonts.bold_metrics.horizontalAdvance(tick.label)
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
