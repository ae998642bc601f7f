"""The review queue's decisions undone with Ctrl+Z and made again with Ctrl+Shift+Z; the
matching's progress and its cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services.report_rows import report_rows_of_person
from tests.ui.review_queue_case import add_list, key, listed, match, review_window
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.matching.review_window import ReviewWindow

SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_undoes_this_is_him_its_report_retracted_and_the_pair_back(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    state = window.state
    assert state is not None
    key(qtbot, window, Qt.Key.Key_Y)
    assert state.position == 1
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)

    key(qtbot, window, Qt.Key.Key_Z, ctrl=True)

    with database.read() as session:
        (report,) = report_rows_of_person(session, found.shumov)
    assert report.retracted_at is not None  # kept, no longer counted
    assert [(c.kind, c.case_id) for c in changes] == [(ChangeKind.REPORT, found.shumov_case)]
    assert state.position == 0  # the window shows the pair undone
    assert state.decided(state.entry.entry_id, found.shumov) is None
    assert window.entry_view.model.decision_words(1) == "Not decided"
    match(window, found.list_id)
    again = window.state
    assert again is not None
    assert found.shumov in {c.person_id for c in again.queue.matches[0].candidates}

    qtbot.keyClick(window, Qt.Key.Key_Z, SHIFT_CTRL)  # redo: decided again, a new report
    with database.read() as session:
        reports = report_rows_of_person(session, found.shumov)
    assert [r.retracted_at is None for r in reports] == [False, True]


def test_ctrl_z_undoes_not_him_and_the_pair_is_proposed_again(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    key(qtbot, window, Qt.Key.Key_PageDown)
    prompts.dialogs.fill_and_ok({"reason": "Другой год рождения по военному билету"})
    key(qtbot, window, Qt.Key.Key_N)
    match(window, found.list_id)
    state = window.state
    assert state is not None and [e.row for e in state.queue.matches] == [2]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, Qt.Key.Key_Z, ctrl=True)

    assert window.undo_stack.index() == 0
    match(window, found.list_id)
    state = window.state
    assert state is not None and [e.row for e in state.queue.matches] == [2, 3]
    (kravtsov,) = state.queue.matches[1].candidates
    assert kravtsov.person_id == found.kravtsov
    assert kravtsov.earlier_reason == ""  # undone, not "not him" any more


def _long_list(database: Database) -> int:
    rows = [(f"Петренко{n:03d}", "Іван", "Петрович", date(1980, 1, 1)) for n in range(250)]
    with database.write() as session:
        return add_list(session, rows, "Длинный список")


def test_the_matching_tells_its_progress(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    list_id = _long_list(database)
    window = ReviewWindow(context)
    qtbot.addWidget(window)
    window.show()
    said: list[str] = []
    window.run.progress_bar.valueChanged.connect(
        lambda _value: said.append(window.run.progress_label.text())
    )
    window.run.reload_lists()
    window.run.choose(list_id)
    window.run.match_button.click()
    assert window.run.cancel_button.isVisible()
    assert not window.run.match_button.isEnabled()
    with qtbot.waitSignal(window.run.matched, timeout=30_000):
        pass
    assert said and said[-1] == "Matched 250 of 250 entries"
    assert not window.run.cancel_button.isVisible()
    assert window.state is None  # nobody sought is on it
    assert "No entry of “Длинный список”" in window.placeholder.text()


def test_the_matching_can_be_cancelled(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    list_id = _long_list(database)
    window = ReviewWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.run.reload_lists()
    window.run.choose(list_id)
    window.run.start()
    job = window.run.job
    assert job is not None
    window.run.cancel_button.click()
    job.wait()

    assert window.run.job is None and window.state is None
    assert window.run.progress_label.text() == "The matching of the list was cancelled."
    assert window.run.match_button.isEnabled()
