"""The operation primitive: one unit of work, errors shown once, the change announced once."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from caseworker.errors import CaseworkerError, DatabaseLoginRefused, NotFound
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import ReadOp, WriteOp

WAIT_MS = 10_000


@pytest.fixture
def announced(context: AppContext) -> list[Change]:
    seen: list[Change] = []
    context.notifier.changed.connect(seen.append)
    return seen


@pytest.fixture
def shown(prompts: ScriptedPrompts) -> list[BaseException]:
    errors: list[BaseException] = []
    prompts.answer_error = errors.append
    return errors


def test_a_write_commits_and_announces_its_change_once(
    context: AppContext, announced: list[Change], shown: list[BaseException]
) -> None:
    case_id = WriteOp(
        context,
        None,
        lambda session: cases.create_case(session, ACTOR, family_name="Ивановы").id,
        lambda new_id: Change(ChangeKind.CASE, new_id),
    ).run()
    assert case_id is not None
    assert announced == [Change(ChangeKind.CASE, case_id)]
    assert shown == []
    read = ReadOp(context, None, lambda s: cases.get_case(s, case_id).family_name).run()
    assert read == "Ивановы"


def test_a_refused_write_saves_nothing_shows_one_message_and_announces_nothing(
    context: AppContext, announced: list[Change], shown: list[BaseException]
) -> None:
    def write(session: Any) -> None:
        cases.create_case(session, ACTOR, family_name="Ивановы")
        cases.get_case(session, 999)  # NotFound: the whole action is rolled back

    assert WriteOp(context, None, write, Change(ChangeKind.ALL)).run() is None
    assert [type(error) for error in shown] == [NotFound]
    assert announced == []
    assert (
        ReadOp(context, None, lambda s: cases.get_case_by_reference(s, "2026-0001")).run() is None
    )
    assert [type(error) for error in shown] == [NotFound, NotFound]


def test_a_dialog_gets_the_error_back_to_show_beside_its_fields(
    context: AppContext, shown: list[BaseException]
) -> None:
    with pytest.raises(CaseworkerError):
        WriteOp(context, None, lambda s: cases.get_case(s, 999)).run_or_raise()
    assert shown == []


def test_failure_takes_the_error_instead_of_a_message(
    context: AppContext, shown: list[BaseException]
) -> None:
    handed: list[BaseException] = []
    ReadOp(context, None, lambda s: cases.get_case(s, 999)).failure(handed.append).run()
    assert [type(error) for error in handed] == [NotFound] and shown == []


def test_in_the_background_the_outcome_comes_back_in_the_windows_thread(
    qtbot: QtBot, context: AppContext, announced: list[Change], shown: list[BaseException]
) -> None:
    results: list[int] = []
    op = WriteOp(
        context,
        None,
        lambda session: cases.create_case(session, ACTOR, family_name="Петровы").id,
        lambda new_id: Change(ChangeKind.CASE, new_id),
    )
    op.success(results.append)
    job = op.run_in_background()
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS):
        pass
    assert len(results) == 1 and announced == [Change(ChangeKind.CASE, results[0])]

    failed = ReadOp(context, None, lambda s: cases.get_case(s, 999)).run_in_background()
    with qtbot.waitSignal(failed.failed, timeout=WAIT_MS):
        pass
    assert [type(error) for error in shown] == [NotFound]


def test_run_ok_says_whether_an_action_without_a_result_succeeded(
    context: AppContext, announced: list[Change], shown: list[BaseException]
) -> None:
    """A write whose service returns nothing (or an object) is told apart from a failure."""
    assert WriteOp(context, None, lambda _session: None, Change(ChangeKind.ALL)).run_ok()
    assert announced == [Change(ChangeKind.ALL)]
    assert not WriteOp(context, None, lambda s: cases.get_case(s, 999)).run_ok()
    assert [type(error) for error in shown] == [NotFound]


def test_a_login_refused_meanwhile_is_said_without_retry(
    context: AppContext, shown: list[BaseException]
) -> None:
    """A password changed on the server while the window is open: "Retry" would be refused
    again and again; the sentence is said once (the prompts fail the test if asked)."""
    runs: list[int] = []

    def read(_session: Any) -> None:
        runs.append(1)
        raise DatabaseLoginRefused(
            "The database server refused the login ivanova: wrong password.", login="ivanova"
        )

    assert not ReadOp(context, None, read).run_ok()
    assert runs == [1]
    assert [type(error) for error in shown] == [DatabaseLoginRefused]
