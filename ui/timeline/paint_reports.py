"""The reports in a timeline frame: the bars of dates known only roughly, the contradiction
links, the markers, and the highlighted, hovered and selected ones.

Nothing here allocates per marker: markers outside the view are culled by bisection
(:meth:`TimelineLayout.visible`), each drawn as a ready-made sprite, and the links are drawn
as ready-made paths.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from caseworker.vocab import ClaimGroup
from ui.timeline.drawing_kit import MUTED_TEXT, PenSet
from ui.timeline.frame import Frame
from ui.timeline.layout import PlacedReport, TimelineLayout
from ui.timeline.links import add_link_path
from ui.timeline.markers import HALO_COLOUR, SPRITE_SIZE, MarkerSprites

HALF_SPRITE = SPRITE_SIZE / 2
FEW_LINKS = 250  # up to this many contradiction links are drawn bold


def paint_bars(
    painter: QPainter, frame: Frame, layout: TimelineLayout, start: float, end: float, pens: PenSet
) -> None:
    batches: dict[tuple[ClaimGroup, bool], list[QLineF]] = {}
    caps: list[QLineF] = []
    x_of = frame.x_of
    for placed in layout.visible_bars(start, end):
        group, _, retracted = placed.sprite_key
        left, right, y = x_of(placed.start), x_of(placed.end), placed.y
        batches.setdefault((group, retracted), []).append(QLineF(left, y, right, y))
        caps.append(QLineF(left, y - 4, left, y + 4))
        caps.append(QLineF(right, y - 4, right, y + 4))
    for key, lines in batches.items():
        painter.setPen(pens.bars[key])
        painter.drawLines(lines)
    if caps:
        painter.setPen(QPen(MUTED_TEXT, 1.0))
        painter.drawLines(caps)


def paint_links(
    painter: QPainter, frame: Frame, layout: TimelineLayout, start: float, end: float, pens: PenSet
) -> None:
    if not layout.link_chunks:
        return
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.translate(frame.x_of(layout.origin), 0.0)
    dense = len(layout.links) > FEW_LINKS
    for chunk in layout.link_chunks:
        if chunk.right >= start and chunk.left <= end:
            painter.setPen(pens.links[(chunk.style, dense)])
            painter.drawPath(chunk.path)
    if frame.highlighted:
        paths = (QPainterPath(), QPainterPath())  # open, explained
        for link in layout.links:
            ends = (link.first, link.second) if link.second else (link.first,)
            if all(placed.fact.id in frame.highlighted for placed in ends):
                path = paths[link.explained]
                add_link_path(
                    path,
                    link,
                    layout.origin,
                    frame.pixels_per_day,
                    frame.band_top,
                    layout.ceiling,
                )
        for pen, path in zip(pens.strong_links, paths, strict=True):
            if not path.isEmpty():
                painter.setPen(pen)
                painter.drawPath(path)
    painter.restore()


def paint_markers(
    painter: QPainter,
    frame: Frame,
    layout: TimelineLayout,
    start: float,
    end: float,
    sprites: MarkerSprites,
    pens: PenSet,
) -> None:
    margin = SPRITE_SIZE / frame.pixels_per_day
    visible = layout.visible(start, end, margin)
    halos = [layout.by_id[i] for i in frame.highlighted if i in layout.by_id]
    if halos:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HALO_COLOUR)
        for placed in halos:
            painter.drawEllipse(frame.centre_of(placed), 12.5, 12.5)
    sprite = sprites.sprite
    draw = painter.drawPixmap
    gutter = frame.gutter - HALF_SPRITE
    offset = frame.offset
    scale = frame.pixels_per_day
    shown = {key: sprite(*key) for key in {placed.sprite_key for placed in visible}}
    for placed in visible:
        draw(
            round(gutter + (placed.centre - offset) * scale),
            round(placed.y - HALF_SPRITE),
            shown[placed.sprite_key],
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    hovered = layout.by_id.get(frame.hovered) if frame.hovered is not None else None
    if hovered is not None:
        painter.setPen(pens.hover)
        painter.drawEllipse(_snapped(frame, hovered), 9.5, 9.5)
    selected = layout.by_id.get(frame.selected) if frame.selected is not None else None
    if selected is not None:
        centre = _snapped(frame, selected)
        painter.setPen(pens.guide)
        painter.drawLine(QLineF(centre.x(), centre.y() + 11, centre.x(), frame.axis_top))
        painter.setPen(pens.selection)
        painter.drawEllipse(centre, 10.5, 10.5)


def _snapped(frame: Frame, placed: PlacedReport) -> QPointF:
    """The centre of the marker's sprite as drawn (sprites sit on whole pixels)."""
    x = round(frame.x_of(placed.centre) - HALF_SPRITE) + HALF_SPRITE
    return QPointF(x, round(placed.y - HALF_SPRITE) + HALF_SPRITE)
