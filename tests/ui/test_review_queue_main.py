"""The review queue from the main window: Lists > Review against a list (Ctrl+M), and a
candidate's case opened at his timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from tests.ui.review_queue_case import add_list, key, listed, match, review_window
from ui.context import AppContext
from ui.main_window import MainWindow


def test_the_lists_menu_opens_the_review_and_a_candidates_case_opens_at_his_timeline(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menu = window.findChild(QMenu, "listsMenu")
    assert menu is not None and window.review.action in menu.actions()

    review = window.review.open_review()
    assert review.isVisible()
    match(review, found.list_id)
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    key(qtbot, review, Qt.Key.Key_O, ctrl=True)

    assert window.shown_case_id == found.shumov_case
    view = window.case_view
    assert view.current_person_id() == found.shumov
    assert view.tabs.currentWidget() is view.timeline_panel
    assert not review.isVisible()  # steps aside; Ctrl+M brings it back where it was
    assert window.review.open_review() is review and review.state is not None


def test_a_list_imported_meanwhile_is_offered_when_the_review_is_active_again(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    review = review_window(qtbot, context, found.list_id)
    assert review.run.lists.count() == 1
    with database.write() as session:
        add_list(session, [("Шумов", "Алексей", "", None)], "Госпиталь № 3")
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(elsewhere.isActiveWindow)

    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)

    assert review.run.lists.count() == 2
    assert review.run.lists.currentData() == found.list_id  # the list chosen stays chosen


def test_the_open_case_shows_the_report_this_is_him_made_and_loses_it_on_undo(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(found.shumov_case)
    reports = window.case_view.report_model
    assert reports.rowCount() == 0
    review = window.review.open_review()
    match(review, found.list_id)
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)

    key(qtbot, review, Qt.Key.Key_Y)

    assert reports.rowCount() == 1  # the case reloaded on the change the decision announced
    made = reports.row_at(reports.index(0, 0))
    assert made is not None and made.retracted_at is None
    key(qtbot, review, Qt.Key.Key_Z, ctrl=True)
    undone = reports.row_at(reports.index_of(made.id))
    assert undone is not None and undone.retracted_at is not None  # kept, retracted
