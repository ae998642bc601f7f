"""The review queue's decision keys: held down they decide once, Y and N as the buttons say,
idle while a list is being matched; a second man on one row refused with a sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.models import MatchDecision
from caseworker.services import cases
from caseworker.services.report_rows import report_rows_of_person
from tests.conftest import ACTOR, add_person
from tests.ui.review_queue_case import key, listed, review_window
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.context import AppContext
from ui.matching.review_window import ReviewWindow


def decisions(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(MatchDecision)) or 0


def deciding_enabled(window: ReviewWindow) -> list[bool]:
    return [
        window.same_action.isEnabled(),
        window.not_same_action.isEnabled(),
        window.undo_action.isEnabled(),
        window.redo_action.isEnabled(),
        window.same_button.isEnabled(),
        window.not_same_button.isEnabled(),
        window.undo_button.isEnabled(),
    ]


def test_a_decision_key_held_down_decides_once_and_the_buttons_name_y_and_n(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)

    for action in (window.same_action, window.not_same_action):
        assert not action.autoRepeat()
    assert not window.undo_action.autoRepeat() and not window.redo_action.autoRepeat()
    assert window.same_button.text().endswith("(Y)")
    assert window.not_same_button.text().endswith("(N)")
    assert "Y" in [s.toString() for s in window.same_action.shortcuts()]
    assert [s.toString() for s in window.not_same_action.shortcuts()] == ["N"]


@pytest.mark.usefixtures("prompts")
def test_deciding_and_undo_wait_while_the_list_is_matched_again(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    key(qtbot, window, Qt.Key.Key_Y)
    assert decisions(database) == 1 and window.undo_stack.count() == 1

    window.run.start()
    job = window.run.job
    assert job is not None
    assert deciding_enabled(window) == [False] * 7
    key(qtbot, window, Qt.Key.Key_Y)
    key(qtbot, window, Qt.Key.Key_Z, ctrl=True)
    window.this_is_him()
    window.not_him()  # no question asked (the prompts would fail on one)
    assert decisions(database) == 1 and window.undo_stack.index() == 1
    job.wait()

    assert deciding_enabled(window) == [True, True, True, True, True, True, True]
    state = window.state
    assert state is not None and [e.row for e in state.queue.matches] == [3]

    window.run.start()  # stopped this time: the keys come back all the same
    stopped = window.run.job
    assert stopped is not None
    window.run.cancel_button.click()
    stopped.wait()
    assert window.run.job is None
    assert deciding_enabled(window) == [True, True, True, True, True, True, True]


def test_a_second_man_on_a_decided_row_is_refused_with_a_sentence(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = listed(database)
    with database.write() as session:
        orlovs = cases.create_case(session, ACTOR, family_name="Шумовы-Орловы")
        namesake = add_person(
            session, orlovs.id, "Шумов Алексей Викторович", birth_date="04.05.1990"
        ).id
        shumov_reference = cases.get_case(session, found.shumov_case).reference
    window = review_window(qtbot, context, found.list_id)
    state = window.state
    assert state is not None
    assert [c.person_id for c in state.entry.candidates] == [found.shumov, namesake]
    key(qtbot, window, Qt.Key.Key_Y)  # the first is him: on to the next entry
    key(qtbot, window, Qt.Key.Key_PageUp)
    key(qtbot, window, Qt.Key.Key_2)
    errors: list[BaseException] = []
    prompts.answer_error = errors.append

    key(qtbot, window, Qt.Key.Key_Y)

    (error,) = errors
    assert shumov_reference in str(error) and "Undo that decision first" in str(error)
    assert (state.position, state.candidate.person_id) == (0, namesake)  # stays
    assert state.decided(state.entry.entry_id, namesake) is None
    assert window.undo_stack.count() == 1
    with database.read() as session:
        assert report_rows_of_person(session, namesake) == []
