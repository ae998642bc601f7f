"""The timeline's legend: what every marker shape, colour and link style means, and the
marks of the inquiries' strip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from caseworker.labels import label
from caseworker.vocab import Claim, ClaimGroup
from ui.timeline.drawing_kit import LEGEND_NEUTRAL, LEGEND_TEXT
from ui.timeline.inquiry_strip import paint_envelope, paint_late
from ui.timeline.markers import (
    CONTRADICTION_COLOUR,
    EXPLAINED_COLOUR,
    GROUP_COLOURS,
    GradeTier,
    paint_marker,
)

SYMBOL_WIDTH = 16.0
ITEM_GAP = 12.0
GROUP_GAP = 22.0
ROW_HEIGHT = 22.0
MARGIN_LEFT = 10.0
MARGIN_RIGHT = 6.0

Symbol = Callable[[QPainter, QPointF], None]


@dataclass(frozen=True, slots=True)
class LegendItem:
    symbol: Symbol
    text: str
    width: float
    starts_group: bool
    #: Explains the inquiries' strip: listed only where the strip is drawn.
    inquiries: bool = False


def _shape(tier: GradeTier, colour: QColor = LEGEND_NEUTRAL) -> Symbol:
    return lambda painter, centre: paint_marker(painter, tier, colour, centre, 0.85)


def _retracted(painter: QPainter, centre: QPointF) -> None:
    painter.setOpacity(0.3)
    paint_marker(painter, GradeTier.CREDIBLE, LEGEND_NEUTRAL, centre, 0.85)
    painter.setOpacity(0.8)
    painter.setPen(QPen(QColor("#555555"), 1.3))
    painter.drawLine(QLineF(centre.x() - 5, centre.y() + 5, centre.x() + 5, centre.y() - 5))
    painter.setOpacity(1.0)


def _envelope(answered: bool) -> Symbol:
    return lambda painter, centre: paint_envelope(painter, centre, answered=answered)


def _link(explained: bool) -> Symbol:
    def draw(painter: QPainter, centre: QPointF) -> None:
        path = QPainterPath(QPointF(centre.x() - 7, centre.y() + 4))
        path.cubicTo(
            centre.x() - 3,
            centre.y() - 6,
            centre.x() + 3,
            centre.y() - 6,
            centre.x() + 7,
            centre.y() + 4,
        )
        if explained:
            painter.setPen(QPen(EXPLAINED_COLOUR, 1.3, Qt.PenStyle.DashLine))
        else:
            painter.setPen(QPen(CONTRADICTION_COLOUR, 1.7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    return draw


class LegendPainter:
    """Lays the legend's items out once per font, in as many rows as the width needs.

    Every item is always drawn: where one row is too narrow the legend takes a second row
    (the frame asks :meth:`height_for` its width) rather than leaving colours unexplained.
    """

    def __init__(self, font: QFont) -> None:
        self.font = font
        metrics = QFontMetricsF(font)
        translate = QCoreApplication.translate
        entries: list[tuple[Symbol, str, bool]] = [
            (
                _shape(GradeTier.CREDIBLE),
                translate("TimelineWidget", "credible (A–C and 1–3)"),
                True,
            ),
            (_shape(GradeTier.MIDDLING), translate("TimelineWidget", "middling grade"), False),
            (_shape(GradeTier.WEAK), translate("TimelineWidget", "weak (E–F or 5–6)"), False),
            # Each colour names every claim it stands for.
            (
                _shape(GradeTier.CREDIBLE, GROUP_COLOURS[ClaimGroup.ALIVE]),
                translate("TimelineWidget", "alive, wounded, captured, released"),
                True,
            ),
            (
                _shape(GradeTier.CREDIBLE, GROUP_COLOURS[ClaimGroup.DEAD]),
                translate("TimelineWidget", "killed, remains found"),
                False,
            ),
            (
                _shape(GradeTier.CREDIBLE, GROUP_COLOURS[ClaimGroup.UNKNOWN]),
                label(Claim.MISSING),
                False,
            ),
            (
                _shape(GradeTier.CREDIBLE, GROUP_COLOURS[ClaimGroup.NONE]),
                label(Claim.NO_INFORMATION),
                False,
            ),
            (_link(False), translate("TimelineWidget", "contradiction"), True),
            (_link(True), translate("TimelineWidget", "explained"), False),
            (_retracted, translate("TimelineWidget", "retracted"), False),
        ]
        inquiries: list[tuple[Symbol, str, bool]] = [
            (_envelope(False), translate("TimelineWidget", "inquiry sent"), True),
            (_envelope(True), translate("TimelineWidget", "answered"), False),
            (paint_late, translate("TimelineWidget", "past the due date"), False),
        ]
        self.items = [
            LegendItem(
                symbol,
                text,
                SYMBOL_WIDTH + 4 + metrics.horizontalAdvance(text),
                starts,
                inquiries=number >= len(entries),
            )
            for number, (symbol, text, starts) in enumerate([*entries, *inquiries])
        ]
        self._ascent = metrics.ascent()
        self._height = metrics.height()

    def rows(self, width: float, inquiries: bool = True) -> list[list[tuple[LegendItem, float]]]:
        """The items with their left edges, row by row, for a legend ``width`` wide (those
        of the inquiries' strip only with ``inquiries``)."""
        rows: list[list[tuple[LegendItem, float]]] = [[]]
        x = MARGIN_LEFT
        for item in self.items:
            if item.inquiries and not inquiries:
                continue
            if rows[-1]:
                x += GROUP_GAP if item.starts_group else ITEM_GAP
                if x + item.width > width - MARGIN_RIGHT:
                    rows.append([])
                    x = MARGIN_LEFT
            rows[-1].append((item, x))
            x += item.width
        return rows

    def height_for(self, width: float, inquiries: bool = True) -> float:
        """How tall the legend is at ``width``: a row each ``ROW_HEIGHT``."""
        return ROW_HEIGHT * len(self.rows(width, inquiries))

    def paint(self, painter: QPainter, rect: QRectF, inquiries: bool = True) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.font)
        for number, row in enumerate(self.rows(rect.width(), inquiries)):
            middle = rect.top() + ROW_HEIGHT * number + ROW_HEIGHT / 2
            baseline = middle - self._height / 2 + self._ascent
            for item, x in row:
                left = rect.left() + x
                item.symbol(painter, QPointF(left + SYMBOL_WIDTH / 2, middle))
                painter.setPen(LEGEND_TEXT)
                painter.drawText(QPointF(left + SYMBOL_WIDTH + 4, baseline), item.text)
        painter.restore()
