"""A sought person's timeline in the printed summary: an image resource of the document,
drawn wider and finer than the text so that its labels stay readable and sharp on paper."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QFont, QImage

from caseworker.services.case_summary import PersonSummary
from ui.timeline.layout import TimelineLayout
from ui.timeline.picture import render_timeline_picture

#: The timeline picture is drawn this many times wider than the text, then shrunk onto the
#: page: its labels come out at a readable size beside the body text.
PICTURE_ZOOM = 1.25
PICTURE_SHARPNESS = 2.5
#: The picture's height: room for the caption, legend, status band and axis, and each lane.
PICTURE_FRAME_HEIGHT = 190
PICTURE_LANE_HEIGHT = 50
PICTURE_POINTS = 9.0


def picture_url(person: PersonSummary) -> QUrl:
    return QUrl(f"caseworker-timeline://person/{person.id}.png")


def picture_size(person: PersonSummary, text_width: float) -> QSize:
    """The picture in its own pixels: wider than the text, as tall as its lanes need."""
    timeline = person.timeline
    lanes = TimelineLayout.build(
        timeline.reports, timeline.contradictions, show_retracted=True
    ).lanes
    width = round(text_width * PICTURE_ZOOM)
    height = PICTURE_FRAME_HEIGHT + PICTURE_LANE_HEIGHT * len(lanes)
    return QSize(width, max(round(width * 0.3), min(height, round(width * 0.6))))


def picture_html(person: PersonSummary, text_width: float) -> str:
    """The timeline picture as wide as the text (nothing while there are no reports)."""
    if not person.reports:
        return ""
    size = picture_size(person, text_width)
    width = round(text_width)
    height = round(text_width * size.height() / size.width())
    url = picture_url(person).toString()
    image = f'<img src="{url}" width="{width}" height="{height}"/>'
    return f'<p style="margin-top: 6pt">{image}</p>'


def picture(person: PersonSummary, text_width: float, font: QFont, made_on: date) -> QImage:
    """The picture itself, in ``font`` at :data:`PICTURE_POINTS`."""
    picture_font = QFont(font)
    picture_font.setPointSizeF(PICTURE_POINTS)
    return render_timeline_picture(
        person.timeline,
        picture_size(person, text_width),
        picture_font,
        made_on=made_on,
        scale=PICTURE_SHARPNESS,
    )
