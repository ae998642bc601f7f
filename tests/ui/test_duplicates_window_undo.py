"""The duplicates window's decisions undone with Ctrl+Z and made again with Ctrl+Shift+Z;
the search's cancel; the window from the main window's Lists menu, and either person's case
opened at his timeline (fictional people only)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services.matching.links import linked_persons
from tests.ui.duplicates_case import duplicates_window, key, search_again, sought_twice, wait
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.matching.duplicates_window import DuplicatesWindow
from ui.matching.fields_model import DECISION_ROW
from ui.operations import BackgroundJob

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | CTRL


def test_ctrl_z_withdraws_the_link_and_ctrl_shift_z_links_again(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    one, two, _three = found.shumov
    window = duplicates_window(qtbot, context)
    prompts.dialogs.fill_and_ok({"reason": "Один личный номер"})
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)

    key(qtbot, window, Qt.Key.Key_Z, CTRL)

    with database.read() as session:
        assert not linked_persons(session, one)
    assert [c.kind for c in changes] == [ChangeKind.PERSON]  # the cases read it again
    state = window.state
    assert state is not None
    assert state.position == 0  # the window shows the pair undone
    assert state.decided((one, two)) is None
    model = window.pair_view.model
    assert model.data(model.index(DECISION_ROW, 1)) == "Not decided"
    assert window.status_label.text() == "Decision undone: the pair is proposed again."
    search_again(window)
    again = window.state
    assert again is not None and (one, two) in [p.person_ids for p in again.queue.pairs]

    key(qtbot, window, Qt.Key.Key_Z, SHIFT_CTRL)  # redo: linked again, a new decision
    with database.read() as session:
        assert [p.person_id for p in linked_persons(session, one)] == [two]


def test_the_search_tells_its_progress_and_can_be_cancelled(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    sought_twice(database)
    # Both workers of the lane busy: the search waits, cancelled before it begins.
    release = threading.Event()
    holders = [BackgroundJob(lambda _c: release.wait(10)) for _ in range(2)]
    for holder in holders:
        holder.start()
    window = DuplicatesWindow(context)
    qtbot.addWidget(window)
    window.show()  # starts the search
    run = window.run
    assert run.job is not None
    assert run.cancel_button.isVisible() and not run.find_button.isEnabled()
    run.cancel_button.click()
    assert run.progress_label.text() == "Stopping…"
    release.set()
    for holder in holders:
        holder.wait()
    wait(window)

    assert run.job is None and window.state is None
    assert run.progress_label.text() == "The search for duplicate persons was cancelled."
    assert run.find_button.isEnabled()
    said: list[str] = []
    run.find_button.click()
    job = run.job
    assert job is not None
    job.progressed.connect(lambda _done, _total: said.append(run.progress_label.text()))
    wait(window)
    assert said and said[-1].startswith("Checked ")
    assert window.state is not None and len(window.state) == 4


def test_the_lists_menu_opens_the_duplicates_and_either_case_opens(
    qtbot: QtBot, database: Database, main_window: MainWindow
) -> None:
    found = sought_twice(database)
    menu = main_window.findChild(QMenu, "listsMenu")
    assert menu is not None and main_window.duplicates.action in menu.actions()

    window = main_window.duplicates.open_duplicates()
    wait(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, Qt.Key.Key_O, SHIFT_CTRL)

    assert main_window.shown_case_id == found.shumov_cases[1]
    view = main_window.case_view
    assert view.current_person_id() == found.shumov[1]
    assert view.tabs.currentWidget() is view.timeline_panel
    assert not window.isVisible()  # steps aside; Ctrl+Shift+M brings it back
    again = main_window.duplicates.open_duplicates()
    assert again is window and window.state is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, Qt.Key.Key_O, CTRL)
    assert main_window.shown_case_id == found.shumov_cases[0]
