"""How a report looks on the timeline: colour by claim group, shape by grade, as sprites.

The legend, in words (the widget draws a small one too):

* **colour** tells what the report claims: green alive (alive, wounded, captured,
  released), dark red dead (killed, remains recovered or identified), amber missing,
  light grey "no information";
* **shape** tells how far to trust it: a filled circle for a credible report (source A-C
  and information 1-3), a diamond for a middling one, a small hollow circle for a weak one
  (source E or F, or information 5 or 6: unreliable, improbable or not judged);
* a retracted report is drawn faded and struck through.

Markers are blitted from pre-rendered sprites: thousands of ``drawPixmap`` calls cost a
few milliseconds, where filling as many ellipses through a path costs a hundred.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from caseworker.timeline import ReportFact
from caseworker.vocab import ClaimGroup, Credibility, OfficialStatus, Reliability

SPRITE_SIZE = 18  # logical pixels; markers are drawn centred in it
MARKER_RADIUS = 6.5

GROUP_COLOURS: dict[ClaimGroup, QColor] = {
    ClaimGroup.ALIVE: QColor("#2e7d32"),
    ClaimGroup.DEAD: QColor("#5d1010"),
    ClaimGroup.UNKNOWN: QColor("#d18b00"),
    ClaimGroup.NONE: QColor("#9aa3ad"),
}
GROUPS = tuple(GROUP_COLOURS)

STATUS_GROUPS: dict[OfficialStatus, ClaimGroup] = {
    OfficialStatus.NOT_REPORTED: ClaimGroup.NONE,
    OfficialStatus.MISSING: ClaimGroup.UNKNOWN,
    OfficialStatus.CAPTURED: ClaimGroup.ALIVE,
    OfficialStatus.WOUNDED: ClaimGroup.ALIVE,
    OfficialStatus.ALIVE: ClaimGroup.ALIVE,
    OfficialStatus.KILLED: ClaimGroup.DEAD,
}

CONTRADICTION_COLOUR = QColor("#e0271b")
EXPLAINED_COLOUR = QColor("#8c939b")
SELECTION_COLOUR = QColor("#1565c0")
HALO_COLOUR = QColor(255, 196, 0, 150)
TODAY_COLOUR = QColor("#1565c0")


class GradeTier(IntEnum):
    CREDIBLE = 0
    MIDDLING = 1
    WEAK = 2


_WEAK_RELIABILITY = frozenset({Reliability.E, Reliability.F})
_WEAK_CREDIBILITY = frozenset({Credibility.IMPROBABLE, Credibility.CANNOT_JUDGE})


def grade_tier(fact: ReportFact) -> GradeTier:
    if fact.credible:
        return GradeTier.CREDIBLE
    if fact.reliability in _WEAK_RELIABILITY or fact.credibility in _WEAK_CREDIBILITY:
        return GradeTier.WEAK
    return GradeTier.MIDDLING


def marker_path(tier: GradeTier, centre: QPointF, scale: float = 1.0) -> QPainterPath:
    """The outline of a marker of ``tier`` around ``centre``."""
    path = QPainterPath()
    radius = MARKER_RADIUS * scale
    if tier is GradeTier.CREDIBLE:
        path.addEllipse(centre, radius, radius)
    elif tier is GradeTier.MIDDLING:
        r = radius * 1.15
        x, y = centre.x(), centre.y()
        path.addPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
        path.closeSubpath()
    else:
        path.addEllipse(centre, radius * 0.7, radius * 0.7)
    return path


def paint_marker(
    painter: QPainter, tier: GradeTier, colour: QColor, centre: QPointF, scale: float = 1.0
) -> None:
    """One marker drawn directly (sprites and the legend use this)."""
    outline = colour.darker(135) if colour.lightness() > 150 else colour
    path = marker_path(tier, centre, scale)
    if tier is GradeTier.CREDIBLE:
        painter.setPen(QPen(colour.darker(150), 1.0))
        painter.setBrush(colour)
    elif tier is GradeTier.MIDDLING:
        painter.setPen(QPen(outline, 1.6))
        painter.setBrush(_tint(colour))
    else:
        painter.setPen(QPen(outline, 1.8))
        painter.setBrush(QColor("white"))
    painter.drawPath(path)


def _tint(colour: QColor) -> QColor:
    """The colour mixed with four parts of white: a light fill that keeps its hue."""
    return QColor(
        (colour.red() + 4 * 255) // 5,
        (colour.green() + 4 * 255) // 5,
        (colour.blue() + 4 * 255) // 5,
    )


class MarkerSprites:
    """Rendered markers for each (claim group, grade tier, retracted) at one pixel ratio.

    Each is rendered when first painted, then reused: the window starts without rendering
    the markers of a timeline nobody has looked at yet.
    """

    def __init__(self, device_pixel_ratio: float = 1.0) -> None:
        self.device_pixel_ratio = device_pixel_ratio
        self._sprites: dict[tuple[ClaimGroup, GradeTier, bool], QPixmap] = {}

    def _render(self, group: ClaimGroup, tier: GradeTier, retracted: bool) -> QPixmap:
        ratio = self.device_pixel_ratio
        side = round(SPRITE_SIZE * ratio)
        pixmap = QPixmap(side, side)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(SPRITE_SIZE / 2, SPRITE_SIZE / 2)
        if retracted:
            painter.setOpacity(0.3)
        paint_marker(painter, tier, GROUP_COLOURS[group], centre)
        if retracted:
            painter.setOpacity(0.8)
            painter.setPen(QPen(QColor("#555555"), 1.3))
            painter.drawLine(QPointF(3.5, SPRITE_SIZE - 3.5), QPointF(SPRITE_SIZE - 3.5, 3.5))
        painter.end()
        return pixmap

    def sprite(self, group: ClaimGroup, tier: GradeTier, retracted: bool) -> QPixmap:
        key = (group, tier, retracted)
        found = self._sprites.get(key)
        if found is None:
            found = self._sprites[key] = self._render(group, tier, retracted)
        return found


def sprite_rect() -> QRectF:
    return QRectF(0, 0, SPRITE_SIZE, SPRITE_SIZE)
