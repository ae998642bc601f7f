"""The timeline as a picture (for a letter, or the printed case summary), with its caption.

A picture leaves the program: whoever reads it must see whose timeline it is, from which
case and as of which day, so a caption with the person's name, the case reference and the
day it was made runs along its top.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from caseworker.services.timeline import TimelineResult
from caseworker.timeline.sentences import day_text
from ui.timeline.frame import Frame
from ui.timeline.inquiry_rows import has_strip
from ui.timeline.inquiry_strip import inquiry_days
from ui.timeline.layout import TimelineLayout
from ui.timeline.painter import TimelinePainter

#: A "fit all" shows at least three weeks, so that a single report does not fill the width.
MIN_FIT_SPAN_DAYS = 21.0
CAPTION_PADDING = 8.0
CAPTION_BACKGROUND = QColor("#f1f3f6")
CAPTION_TEXT = QColor("#1f2328")
CAPTION_RULE = QColor("#c9ced6")

translate = QCoreApplication.translate


def fit_extent(result: TimelineResult | None, layout: TimelineLayout | None) -> tuple[float, float]:
    """The day coordinates a "fit all" shows: every report, the status change, the
    inquiries' days and today."""
    today = (result.today if result else date.today()).toordinal()
    inquiries = inquiry_days(result)
    if layout is None or not layout.reports:
        if not inquiries:
            return today - 365.0, today + 1.0
        return min(inquiries), max(*inquiries, today + 1.0)
    days = [layout.first_day, layout.last_day, today + 1.0, *inquiries]
    if result is not None and result.person.official_status_on is not None:
        days.append(float(result.person.official_status_on.toordinal()))
    return min(days), max(days)


def caption_lines(result: TimelineResult, made_on: date) -> tuple[str, str]:
    """The caption's two lines: whose timeline, then the case and the day it was made."""
    made = day_text(made_on)
    if result.case_reference:
        second = translate("TimelinePicture", "Case {reference} · timeline made on {day}").format(
            reference=result.case_reference, day=made
        )
    else:
        second = translate("TimelinePicture", "Timeline made on {day}").format(day=made)
    name = result.person_name or translate("TimelinePicture", "Sought person #{id}").format(
        id=result.person_id
    )
    return name, second


def _paint_caption(painter: QPainter, width: float, font: QFont, lines: tuple[str, str]) -> float:
    """Draw the caption strip along the top; its height."""
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() * 1.15)
    first, second = QFontMetricsF(bold), QFontMetricsF(font)
    height = CAPTION_PADDING * 2 + first.height() + second.height() + 2
    painter.fillRect(QRectF(0, 0, width, height), CAPTION_BACKGROUND)
    painter.setPen(QPen(CAPTION_RULE, 1.0))
    painter.drawLine(0, int(height) - 1, int(width), int(height) - 1)
    painter.setPen(CAPTION_TEXT)
    box = QRectF(CAPTION_PADDING * 1.5, CAPTION_PADDING, width - CAPTION_PADDING * 3, height)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    painter.setFont(bold)
    painter.drawText(
        box, flags, first.elidedText(lines[0], Qt.TextElideMode.ElideRight, box.width())
    )
    painter.setFont(font)
    box.translate(0, first.height() + 2)
    painter.drawText(
        box, flags, second.elidedText(lines[1], Qt.TextElideMode.ElideRight, box.width())
    )
    return height


def render_timeline_picture(
    result: TimelineResult | None,
    size: QSize,
    font: QFont,
    *,
    show_retracted: bool = True,
    highlighted: Collection[int] = frozenset(),
    empty_text: str = "",
    made_on: date | None = None,
    scale: float = 1.0,
) -> QImage:
    """The whole timeline, fitted to ``size`` (logical pixels), its caption on top.

    ``scale`` makes the picture that many times finer (2.0 for paper), drawn the same.
    """
    image = QImage(
        QSize(round(size.width() * scale), round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    tools = TimelinePainter(font, scale)
    layout = None
    if result is not None and result.reports:
        layout = TimelineLayout.build(
            result.reports, result.contradictions, show_retracted=show_retracted
        )
    painter = QPainter(image)
    try:
        top = 0.0
        if result is not None:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            top = _paint_caption(
                painter, size.width(), font, caption_lines(result, made_on or date.today())
            )
        gutter = tools.gutter_width(layout)
        first, last = fit_extent(result, layout)
        span = max(last - first, MIN_FIT_SPAN_DAYS)
        margin = span * 0.05
        pixels_per_day = (size.width() - gutter) / (span + 2 * margin)
        frame = Frame(
            width=size.width(),
            height=max(1.0, size.height() - top),
            gutter=gutter,
            offset=(first + last) / 2 - span / 2 - margin,
            pixels_per_day=pixels_per_day,
            result=result,
            layout=layout,
            highlighted=frozenset(highlighted),
            empty_text=empty_text,
            legend_height=tools.legend.height_for(size.width(), has_strip(result)),
        )
        if layout is not None:
            layout.arrange(pixels_per_day, frame.lanes_top, frame.lanes_height, frame.band_top)
        painter.translate(0, top)
        painter.setClipRect(QRectF(0, 0, frame.width, frame.height))
        tools.paint(painter, frame)
    finally:
        painter.end()
    return image
