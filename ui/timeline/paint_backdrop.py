"""What a timeline frame is drawn on: the shaded lanes and their labels in the gutter, the
official status band, today's line, and the sentence shown when there is nothing to draw."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from caseworker.labels import label
from caseworker.services.timeline import TimelineResult
from caseworker.vocab import OfficialStatus
from ui.timeline.drawing_kit import (
    GUTTER_BACKGROUND,
    LANE_LINE,
    LANE_SHADE,
    MUTED_TEXT,
    TEXT,
    FontSet,
)
from ui.timeline.frame import BAND_HEIGHT, Frame
from ui.timeline.layout import TimelineLayout
from ui.timeline.markers import GROUP_COLOURS, STATUS_GROUPS, TODAY_COLOUR
from ui.widgets.date_field import format_day


def paint_empty(
    painter: QPainter, frame: Frame, fonts: FontSet, area: QRectF | None = None
) -> None:
    """The frame's sentence in place of the reports, across ``area`` (default: all of it)."""
    painter.setFont(fonts.font)
    painter.setPen(MUTED_TEXT)
    area = area or QRectF(0, 0, frame.width, frame.height)
    box = area.adjusted(24, 0, -24, 0)
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), frame.empty_text
    )


def paint_lanes(painter: QPainter, frame: Frame, layout: TimelineLayout) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for number, lane in enumerate(layout.lanes):
        if number % 2:
            painter.fillRect(QRectF(0, lane.top, frame.width, lane.height), LANE_SHADE)
    painter.setPen(QPen(LANE_LINE, 1.0))
    for lane in layout.lanes[1:]:
        painter.drawLine(QLineF(0, lane.top, frame.width, lane.top))


def paint_band(painter: QPainter, frame: Frame, result: TimelineResult, fonts: FontSet) -> None:
    """The official status from the day it was reported, and what it is, in words."""
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
    font = fonts.bold_font if status is not OfficialStatus.NOT_REPORTED else fonts.font
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


def paint_today(
    painter: QPainter, frame: Frame, today: date, fonts: FontSet, today_pen: QPen
) -> None:
    x = round(frame.x_of(today.toordinal() + 0.5)) + 0.5
    if not frame.gutter <= x <= frame.width:
        return
    painter.setPen(today_pen)
    painter.drawLine(QLineF(x, frame.lanes_top, x, frame.axis_top))
    text = QCoreApplication.translate("TimelineWidget", "today")
    width = fonts.small_metrics.horizontalAdvance(text) + 8
    box = QRectF(
        x - width - 2 if x + width + 2 > frame.width else x + 2,
        frame.lanes_top + 1,
        width,
        fonts.small_metrics.height() + 2,
    )
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setFont(fonts.small_font)
    painter.setPen(TODAY_COLOUR)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def paint_gutter(
    painter: QPainter, frame: Frame, layout: TimelineLayout | None, fonts: FontSet
) -> None:
    """The lanes' labels left of the plot (none without reports), and the status band's."""
    painter.fillRect(
        QRectF(0, frame.lanes_top, frame.gutter, frame.axis_top - frame.lanes_top),
        GUTTER_BACKGROUND,
    )
    painter.setPen(QPen(LANE_LINE, 1.0))
    painter.drawLine(QLineF(frame.gutter - 0.5, frame.lanes_top, frame.gutter - 0.5, frame.height))
    painter.setFont(fonts.font)
    painter.setPen(TEXT)
    width = frame.gutter - 16
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    for lane in layout.lanes if layout is not None else ():
        text = fonts.metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(10, lane.top, width, lane.height), flags, text)
    painter.setFont(fonts.small_font)
    painter.setPen(MUTED_TEXT)
    text = fonts.small_metrics.elidedText(
        QCoreApplication.translate("TimelineWidget", "Official status"),
        Qt.TextElideMode.ElideRight,
        width,
    )
    painter.drawText(QRectF(10, frame.band_top, width, BAND_HEIGHT), flags, text)
