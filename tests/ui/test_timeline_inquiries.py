"""Inquiries on the timeline: a strip of envelopes apart from the reports, their tooltips,
the time past the due date in red, the legend, and a click showing the inquiry."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from tests.conftest import SampleCase
from tests.timeline.inquiry_cases import SentInquiries, send_inquiries, timeline_of
from tests.ui.conftest import shown_case_view
from ui.context import AppContext
from ui.timeline import TimelineWidget
from ui.timeline.frame import BAND_HEIGHT, LEAST_LANE_HEIGHT
from ui.timeline.inquiry_strip import LATE_COLOUR, inquiry_at, place_inquiries
from ui.timeline.markers import MARKER_RADIUS
from ui.timeline.tooltip import inquiry_tooltip


@pytest.fixture
def sent(database: Database, sample_case: SampleCase) -> SentInquiries:
    return send_inquiries(database, sample_case)


@pytest.fixture
def widget(qtbot: QtBot) -> TimelineWidget:
    shown = TimelineWidget()
    qtbot.addWidget(shown)
    shown.resize(1000, 460)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_each_inquiry_stands_in_its_strip_and_names_itself(
    database: Database, widget: TimelineWidget, sample_case: SampleCase, sent: SentInquiries
) -> None:
    widget.set_timeline(timeline_of(database, sample_case.person_id))

    assert widget.shown_inquiry_ids() == [sent.closed, sent.late, sent.in_time, sent.overdue]
    position = widget.inquiry_position(sent.overdue)
    assert position is not None and widget.rect().contains(position)
    assert widget.inquiry_at(position) == sent.overdue
    assert widget.report_at(position) is None
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, position, widget.mapToGlobal(position))
    )
    text = QToolTip.text()
    for words in (
        "Военная прокуратура округа (тест)",
        "sent",
        "Sent on 15 Sep",
        "Answer due by 18 Oct",
        "No answer: overdue by 43 days",
        "About the whole case",
    ):
        assert words in text, words
    late_at = widget.inquiry_position(sent.late)
    assert late_at is not None
    late = inquiry_at(widget._frame(), late_at.toPointF())
    assert late is not None
    assert "14 days after the due date" in inquiry_tooltip(late.inquiry)
    assert f"The answer is report {sent.report_id}" in inquiry_tooltip(late.inquiry)


def test_the_strip_lies_apart_from_the_reports_between_the_band_and_the_axis(
    database: Database, widget: TimelineWidget, sample_case: SampleCase, sent: SentInquiries
) -> None:
    widget.set_timeline(timeline_of(database, sample_case.person_id))
    frame = widget._frame()
    lowest_report = max(
        widget.marker_position(report_id).y()  # type: ignore[union-attr]
        for report_id in widget.shown_report_ids()
    )
    assert lowest_report + MARKER_RADIUS < frame.band_top
    for inquiry_id in widget.shown_inquiry_ids():
        y = widget.inquiry_position(inquiry_id).y()  # type: ignore[union-attr]
        assert frame.band_top + BAND_HEIGHT < y < frame.axis_top
    # Three at the same time: each in a row of its own.
    rows = {placed.inquiry.id: placed.y for placed in place_inquiries(frame)}
    assert len({rows[sent.late], rows[sent.in_time], rows[sent.overdue]}) == 3


def drawn_in_red(widget: TimelineWidget, inquiry_id: int, day: date) -> bool:
    """Whether the inquiry's row is painted in the problem colour on ``day``."""
    frame = widget._frame()
    placed = next(p for p in place_inquiries(frame) if p.inquiry.id == inquiry_id)
    x = round(frame.x_of(day.toordinal() + 0.5))
    return widget.grab().toImage().pixelColor(x, round(placed.y)) == LATE_COLOUR


def test_the_time_past_the_due_date_is_red(
    database: Database, widget: TimelineWidget, sample_case: SampleCase, sent: SentInquiries
) -> None:
    widget.set_timeline(timeline_of(database, sample_case.person_id))
    assert drawn_in_red(widget, sent.overdue, date(2026, 11, 10))  # overdue since 19 October
    assert not drawn_in_red(widget, sent.overdue, date(2026, 10, 1))  # still in time then
    assert drawn_in_red(widget, sent.late, date(2026, 10, 15))  # answered on 20 October
    assert not drawn_in_red(widget, sent.in_time, date(2026, 9, 25))


@pytest.mark.usefixtures("sent")
def test_the_legend_explains_the_strip_only_where_there_is_one(
    database: Database, widget: TimelineWidget, sample_case: SampleCase
) -> None:
    legend = widget._painter.legend
    texts = [item.text for item in legend.items if item.inquiries]
    assert texts == ["inquiry sent", "answered", "past the due date"]

    widget.set_timeline(timeline_of(database, sample_case.person_id))
    assert widget._frame().lanes_top == legend.height_for(widget.width(), inquiries=True)
    assert texts[0] in [item.text for row in legend.rows(widget.width()) for item, _x in row]
    without = [item for row in legend.rows(600, False) for item, _x in row]
    assert without == [item for item in legend.items if not item.inquiries]


def test_switching_persons_of_a_case_moves_nothing(
    database: Database, widget: TimelineWidget, sample_case: SampleCase, sent: SentInquiries
) -> None:
    widget.set_timeline(timeline_of(database, sample_case.person_id))
    husband = widget._frame()
    widget.set_timeline(timeline_of(database, sent.brother_id))
    brother = widget._frame()
    assert widget.shown_inquiry_ids() == [sent.overdue, sent.brothers]
    assert (brother.lanes_top, brother.band_top, brother.inquiries_top) == (
        husband.lanes_top,
        husband.band_top,
        husband.inquiries_top,
    )
    # He has no reports yet: his inquiries are drawn all the same, under the sentence.
    assert widget.shown_report_ids() == [] and "No reports" in widget.empty_message()
    position = widget.inquiry_position(sent.brothers)
    assert position is not None and widget.inquiry_at(position) == sent.brothers
    assert drawn_in_red(widget, sent.brothers, date(2026, 11, 20))


def test_a_case_without_inquiries_has_no_strip(
    database: Database, widget: TimelineWidget, sample_case: SampleCase
) -> None:
    widget.set_timeline(timeline_of(database, sample_case.person_id))
    frame = widget._frame()
    assert frame.inquiries_height == 0 and widget.shown_inquiry_ids() == []
    assert frame.lanes_top == widget._painter.legend.height_for(widget.width(), inquiries=False)


def test_clicking_an_inquiry_shows_it_on_the_inquiries_tab(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase, sent: SentInquiries
) -> None:
    view = shown_case_view(qtbot, context, sample_case.case_id, width=1280)
    view.tabs.setCurrentWidget(view.timeline_panel)
    timeline = view.timeline_panel.timeline
    qtbot.waitUntil(lambda: bool(timeline.shown_inquiry_ids()))
    position = timeline.inquiry_position(sent.in_time)
    assert isinstance(position, QPoint)

    with qtbot.waitSignal(view.timeline_panel.inquiry_selected) as selected:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=position)

    assert selected.args == [sent.in_time]
    assert view.tabs.currentWidget() is view.inquiries_panel
    line = view.inquiries_panel.selected_line()
    assert line is not None and line.id == sent.in_time
    assert timeline.selected_report_id() is None


def test_lanes_never_overlap_in_a_short_panel_it_scrolls_instead(
    qtbot: QtBot, database: Database, widget: TimelineWidget, sample_case: SampleCase
) -> None:
    """At 1280x800 the legend, the status band and the inquiries' strip leave the lanes
    little room: the timeline asks for the height its lanes need rather than piling their
    labels on one another (the panel around it scrolls)."""
    send_inquiries(database, sample_case)
    widget.set_timeline(timeline_of(database, sample_case.person_id))
    widget.resize(1000, 150)
    qtbot.wait(10)
    assert widget.height() >= widget.minimumHeight() > 150
    frame = widget._frame()
    lanes = widget._layout.lanes if widget._layout is not None else []
    assert len(lanes) >= 2
    assert all(lane.height >= LEAST_LANE_HEIGHT for lane in lanes)
    assert all(a.top + a.height <= b.top + 0.5 for a, b in pairwise(lanes))
    assert lanes[-1].top + lanes[-1].height <= frame.band_top + 0.5
