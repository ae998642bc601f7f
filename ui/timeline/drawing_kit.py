"""What a timeline frame is drawn with: the chart's colours, and the pens and fonts made once
rather than per frame. (The markers' colours are in :mod:`ui.timeline.markers`.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from caseworker.vocab import ClaimGroup
from ui.timeline.links import LinkStyle
from ui.timeline.markers import (
    CONTRADICTION_COLOUR,
    EXPLAINED_COLOUR,
    GROUP_COLOURS,
    SELECTION_COLOUR,
    TODAY_COLOUR,
)

BACKGROUND = QColor("#ffffff")
GUTTER_BACKGROUND = QColor("#f1f3f6")
LANE_SHADE = QColor("#f7f8fa")
LANE_LINE = QColor("#dfe3e8")
MINOR_GRID = QColor("#edf0f3")
MAJOR_GRID = QColor("#d3d8de")
TEXT = QColor("#1f2328")
MUTED_TEXT = QColor("#5f6770")
#: The legend's symbols that stand for any colour, and its words.
LEGEND_NEUTRAL = QColor("#59616b")
LEGEND_TEXT = QColor("#3b424a")


class FontSet:
    """The body, small and bold fonts of the timeline, with their metrics."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.bold_metrics = QFontMetricsF(self.bold_font)


class PenSet:
    """The pens of links, claim bars, the selection and today's line."""

    def __init__(self) -> None:
        # Pens wider than a pixel go through Qt's general stroker, some fifty times slower
        # than its one-pixel path: thousands of links are drawn as fine translucent lines.
        self.links: dict[tuple[LinkStyle, bool], QPen] = {}
        for style in (LinkStyle(e, b) for e in (False, True) for b in (False, True)):
            colour = QColor(EXPLAINED_COLOUR if style.explained else CONTRADICTION_COLOUR)
            # Open links solid, explained ones dashed; a link to the status band is a thin
            # vertical line (dashed, or dotted once explained) so as not to bar the lanes.
            if style.to_band:
                line = Qt.PenStyle.DotLine if style.explained else Qt.PenStyle.DashLine
            else:
                line = Qt.PenStyle.DashLine if style.explained else Qt.PenStyle.SolidLine
            width = 1.0 if style.to_band else 1.4 if style.explained else 1.8
            self.links[(style, False)] = QPen(colour, width, line)
            colour.setAlpha(110)
            self.links[(style, True)] = QPen(colour, 1.0, line)
        #: The links between highlighted reports: open, explained.
        self.strong_links = (
            QPen(CONTRADICTION_COLOUR, 3.2),
            QPen(EXPLAINED_COLOUR, 2.6, Qt.PenStyle.DashLine),
        )
        self.selection = QPen(SELECTION_COLOUR, 2.4)
        self.guide = QPen(SELECTION_COLOUR, 1.0, Qt.PenStyle.DashLine)
        hover = QColor(SELECTION_COLOUR)
        hover.setAlpha(120)
        self.hover = QPen(hover, 1.6)
        self.today = QPen(TODAY_COLOUR, 1.4, Qt.PenStyle.DashLine)
        self.bars: dict[tuple[ClaimGroup, bool], QPen] = {}
        for group, colour in GROUP_COLOURS.items():
            for retracted in (False, True):
                faded = QColor(colour)
                faded.setAlpha(45 if retracted else 150)
                pen = QPen(faded, 3.0)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.bars[(group, retracted)] = pen
