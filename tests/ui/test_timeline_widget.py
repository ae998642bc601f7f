"""The painted timeline: selecting, highlighting, zooming, panning, keys, export, empty state."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker.dates import EventDate
from caseworker.db import Database
from caseworker.services import persons, reports
from caseworker.services.timeline import ListedContradiction, TimelineResult, load_timeline
from caseworker.timeline import PersonFacts, ReportFact, analyse
from caseworker.vocab import (
    Claim,
    Credibility,
    DatePrecision,
    OfficialStatus,
    Reliability,
    SourceKind,
)
from tests.conftest import ACTOR, SampleCase
from ui.timeline import TimelineWidget

TODAY = date(2026, 5, 20)


@pytest.fixture
def widget(qtbot: QtBot) -> TimelineWidget:
    shown = TimelineWidget()
    qtbot.addWidget(shown)
    shown.resize(900, 420)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def sample_timeline(database: Database, sample_case: SampleCase) -> TimelineResult:
    with database.read() as session:
        return load_timeline(session, sample_case.person_id, today=TODAY)


def _send_mouse(widget: TimelineWidget, kind: QEvent.Type, at: QPoint, held: bool) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(at),
        QPointF(widget.mapToGlobal(at)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _wheel(widget: TimelineWidget, at: QPoint, steps: int, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(widget.mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _days(shown: tuple[date, date]) -> int:
    return (shown[1] - shown[0]).days


def test_clicking_a_marker_selects_its_report(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    position = widget.marker_position(sample_case.alive_report_id)
    assert position is not None and widget.rect().contains(position)
    assert widget.report_at(position) == sample_case.alive_report_id

    with qtbot.waitSignal(widget.report_selected) as selected:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position)

    assert selected.args == [sample_case.alive_report_id]
    assert widget.selected_report_id() == sample_case.alive_report_id


def test_clicking_beside_the_markers_selects_nothing(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult
) -> None:
    widget.set_timeline(sample_timeline)
    with qtbot.assertNotEmitted(widget.report_selected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() - 5, 60))
    assert widget.selected_report_id() is None


def test_hovering_a_marker_names_the_report(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    position = widget.marker_position(sample_case.killed_report_id)
    assert position is not None
    with qtbot.waitSignal(widget.report_hovered) as hovered:
        qtbot.mouseMove(widget, position)
    assert hovered.args == [sample_case.killed_report_id]


def test_highlighting_a_contradictions_reports_changes_the_picture(
    widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    finding = sample_timeline.contradictions[0].contradiction
    assert set(finding.report_ids) == {sample_case.killed_report_id, sample_case.alive_report_id}
    before = widget.render_image(QSize(800, 400))

    widget.highlight_reports(finding.report_ids)

    assert widget.highlighted_report_ids() == set(finding.report_ids)
    assert widget.render_image(QSize(800, 400)) != before
    widget.highlight_reports([])
    assert widget.highlighted_report_ids() == frozenset()


def test_zoom_in_and_out_change_the_visible_range(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult
) -> None:
    widget.set_timeline(sample_timeline)
    fitted = widget.visible_range()

    with qtbot.waitSignal(widget.visible_range_changed):
        widget.zoom_in()
    zoomed = widget.visible_range()
    assert _days(zoomed) < _days(fitted)
    assert fitted[0] <= zoomed[0] and zoomed[1] <= fitted[1]

    widget.zoom_out()
    widget.zoom_out()
    assert _days(widget.visible_range()) > _days(zoomed)
    widget.fit_all()
    assert widget.visible_range() == fitted


def test_ctrl_wheel_zooms_around_the_mouse(
    widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    fitted = widget.visible_range()
    anchor = widget.marker_position(sample_case.killed_report_id)
    assert anchor is not None

    _wheel(widget, anchor, 2, Qt.KeyboardModifier.ControlModifier)

    assert _days(widget.visible_range()) < _days(fitted)
    moved = widget.marker_position(sample_case.killed_report_id)
    assert moved is not None and abs(moved.x() - anchor.x()) <= 3


def test_plain_wheel_and_dragging_pan(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult
) -> None:
    widget.set_timeline(sample_timeline)
    widget.zoom_in()
    widget.zoom_in()
    start = widget.visible_range()

    middle = widget.rect().center()
    with qtbot.assertNotEmitted(widget.report_selected):
        _send_mouse(widget, QEvent.Type.MouseButtonPress, middle, held=True)
        _send_mouse(widget, QEvent.Type.MouseMove, middle + QPoint(100, 0), held=True)
        _send_mouse(widget, QEvent.Type.MouseMove, middle + QPoint(200, 0), held=True)
        _send_mouse(widget, QEvent.Type.MouseButtonRelease, middle + QPoint(200, 0), held=False)

    dragged = widget.visible_range()
    assert dragged[0] < start[0]  # dragging to the right brings earlier days in
    assert _days(dragged) == pytest.approx(_days(start), abs=1)

    _wheel(widget, middle, -2, Qt.KeyboardModifier.NoModifier)
    assert widget.visible_range()[0] > dragged[0]


def test_arrow_keys_move_the_selection_in_time_order(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    widget.setFocus()
    with qtbot.waitSignal(widget.report_selected) as first:
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert first.args == [sample_case.killed_report_id]

    with qtbot.waitSignal(widget.report_selected) as second:
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert second.args == [sample_case.alive_report_id]

    with qtbot.assertNotEmitted(widget.report_selected):
        qtbot.keyClick(widget, Qt.Key.Key_Right)  # already the last report
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.selected_report_id() == sample_case.killed_report_id


def test_keys_zoom_and_fit(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult
) -> None:
    widget.set_timeline(sample_timeline)
    fitted = widget.visible_range()
    qtbot.keyClick(widget, Qt.Key.Key_Plus)
    assert _days(widget.visible_range()) < _days(fitted)
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert widget.visible_range() == fitted


def test_select_report_selects_quietly(
    qtbot: QtBot, widget: TimelineWidget, sample_timeline: TimelineResult, sample_case: SampleCase
) -> None:
    widget.set_timeline(sample_timeline)
    with qtbot.assertNotEmitted(widget.report_selected):
        widget.select_report(sample_case.killed_report_id)
    assert widget.selected_report_id() == sample_case.killed_report_id
    widget.select_report(None)
    assert widget.selected_report_id() is None


def test_retracted_reports_are_faded_or_hidden(
    database: Database, widget: TimelineWidget, sample_case: SampleCase
) -> None:
    with database.write() as session:
        reports.retract_report(
            session, ACTOR, sample_case.killed_report_id, None, "Перепутали однофамильцев"
        )
    with database.read() as session:
        result = load_timeline(session, sample_case.person_id, today=TODAY)
    widget.set_timeline(result)
    assert sample_case.killed_report_id in widget.shown_report_ids()

    widget.set_show_retracted(False)

    assert widget.shown_report_ids() == [sample_case.alive_report_id]
    assert widget.marker_position(sample_case.killed_report_id) is None


def test_reports_of_the_same_day_and_source_do_not_hide_each_other(
    database: Database, widget: TimelineWidget, sample_case: SampleCase
) -> None:
    with database.write() as session:
        twin = reports.add_report(
            session,
            ACTOR,
            sample_case.person_id,
            claim="killed",
            event="2026-04-02",
            source_kind="unit",
            source_name="начальник штаба",
            reliability="C",
            credibility="3",
            received_on="2026-04-06",
        )
    with database.read() as session:
        widget.set_timeline(load_timeline(session, sample_case.person_id, today=TODAY))

    first = widget.marker_position(sample_case.killed_report_id)
    second = widget.marker_position(twin.id)
    assert first is not None and second is not None
    assert (first - second).manhattanLength() >= 7
    assert widget.report_at(first) == sample_case.killed_report_id
    assert widget.report_at(second) == twin.id


def test_export_png_writes_a_picture_of_the_expected_size(
    tmp_path: Path, widget: TimelineWidget, sample_timeline: TimelineResult
) -> None:
    widget.set_timeline(sample_timeline)
    path = tmp_path / "timeline.png"

    written = widget.export_png(path, QSize(1000, 500))

    assert written == QSize(1000, 500)
    picture = QImage(str(path))
    assert not picture.isNull()
    assert picture.size() == QSize(1000, 500)
    assert widget.export_png(tmp_path / "default.png").width() >= 1200


def test_empty_states(database: Database, widget: TimelineWidget, sample_case: SampleCase) -> None:
    widget.set_timeline(None)
    assert widget.empty_message()
    assert not widget.render_image(QSize(400, 200)).isNull()

    with database.write() as session:
        person = persons.add_person(
            session, ACTOR, sample_case.case_id, surname="Ёлкин", given_name="Пётр"
        )
    with database.read() as session:
        widget.set_timeline(load_timeline(session, person.id, today=TODAY))
    assert "No reports" in widget.empty_message()
    assert widget.shown_report_ids() == []
    widget.repaint()
    assert widget.marker_position(1) is None


def _day_event(day: date) -> EventDate:
    return EventDate(day, day, DatePrecision.DAY)


def _many_reports(count: int) -> TimelineResult:
    rng = random.Random(5)
    first = date(2024, 6, 1)
    facts = [
        ReportFact(
            id=number,
            claim=rng.choice(list(Claim)),
            event=_day_event(first + timedelta(days=rng.randrange(700))),
            received_on=date(2026, 5, 1),
            source_kind=rng.choice(list(SourceKind)),
            reliability=rng.choice(list(Reliability)),
            credibility=rng.choice(list(Credibility)),
            summary="Сообщение",
            retracted=rng.random() < 0.02,
        )
        for number in range(1, count + 1)
    ]
    person = PersonFacts(OfficialStatus.MISSING, date(2024, 7, 1))
    analysis = analyse(facts, person, today=TODAY)
    listed = tuple(ListedContradiction(found) for found in analysis.contradictions)
    return TimelineResult(1, person, TODAY, analysis.reports, listed, analysis.suggestion)


def test_five_thousand_reports_paint(qtbot: QtBot, widget: TimelineWidget) -> None:
    result = _many_reports(5000)
    widget.set_timeline(result)
    widget.repaint()
    widget.zoom_in()
    widget.zoom_in()
    widget.repaint()
    with qtbot.waitSignal(widget.report_selected):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_report_id() == result.reports[0].id
    assert len(widget.shown_report_ids()) == 5000
