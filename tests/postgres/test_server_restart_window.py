"""The window when its PostgreSQL server goes away: a save says so in a sentence with a
"Retry" choice, never a traceback, and once the server is back "Retry" saves; "Cancel"
leaves nothing half-done and says it once; the window keeps working afterwards."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseUnavailable
from caseworker.models import Case
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer
from tests.ui.conftest import settings_dir  # noqa: F401 (autouse: QSettings in tmp_path)
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import messages
from ui.app import open_database_or_explain
from ui.changes import Change, ChangeKind, ChangeNotifier
from ui.context import AppContext
from ui.operations import ReadOp, WriteOp
from ui.undo_commands import EditCaseCommand, push_edit


@pytest.fixture
def database(postgres_url: str) -> Iterator[Database]:
    opened = open_database(postgres_url)
    yield opened
    opened.dispose()


@pytest.fixture
def context(qapp: QApplication, database: Database, qtbot: QtBot) -> AppContext:  # noqa: ARG001
    return AppContext(
        database=database,
        actor=ACTOR,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=ScriptedPrompts(qtbot),
    )


@pytest.fixture
def halted(postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    """The server, stopped; started again after the test whatever happened."""
    postgres_server.halt()
    try:
        yield postgres_server
    finally:
        if not postgres_server.running:
            postgres_server.resume()


def _count(database: Database) -> int:
    with database.read() as session:
        return _count_in(session)


def _add(session: Session) -> str:
    return cases.create_case(session, ACTOR, family_name="Ёлкины").reference


def _count_in(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_a_save_while_the_server_is_down_offers_retry_then_saves(
    qtbot: QtBot, context: AppContext, halted: PostgresServer
) -> None:
    prompts = context.prompts
    assert isinstance(prompts, ScriptedPrompts)
    asked: list[str] = []

    def answer(error: DatabaseUnavailable) -> bool:
        asked.append(error.message)
        if len(asked) == 2:  # the first Retry while it is still down; then it is back
            halted.resume()
        return True

    prompts.answer_retry = answer
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)
    window = QWidget()
    qtbot.addWidget(window)

    reference = WriteOp(context, window, _add, Change(ChangeKind.CASE)).run()

    assert reference is not None
    assert len(asked) == 2
    assert all("Nothing was saved" in sentence for sentence in asked)
    assert all(str(halted.socket_folder) in sentence for sentence in asked)
    assert all("Traceback" not in sentence for sentence in asked)
    assert changes == [Change(ChangeKind.CASE)]  # announced once, after the commit
    assert _count(context.database) == 1


def test_cancel_leaves_nothing_and_says_it_once(
    qtbot: QtBot,
    context: AppContext,
    halted: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prompts = context.prompts
    assert isinstance(prompts, ScriptedPrompts)
    asked: list[DatabaseUnavailable] = []
    boxes: list[str] = []

    def cancel(error: DatabaseUnavailable) -> bool:
        asked.append(error)
        return False

    def record(box: QMessageBox) -> int:
        boxes.append(box.text())
        return 0

    prompts.answer_retry = cancel
    monkeypatch.setattr(QMessageBox, "exec", record)
    window = QWidget()
    qtbot.addWidget(window)

    assert WriteOp(context, window, _add).run() is None
    assert len(asked) == 1 and asked[0].answered
    assert boxes == []  # asked once; not shown again as an error
    halted.resume()
    assert WriteOp(context, window, _add).run() is not None  # the window works again
    assert _count(context.database) == 1


def test_an_edit_of_the_undo_history_offers_retry_too(
    context: AppContext, database: Database, halted: PostgresServer
) -> None:
    halted.resume()
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ёлкины", region="Курская область")
        session.flush()
        case_id, reference, version = case.id, case.reference, case.version
    halted.halt()
    prompts = context.prompts
    assert isinstance(prompts, ScriptedPrompts)
    asked: list[str] = []

    def answer(error: DatabaseUnavailable) -> bool:
        asked.append(error.message)
        halted.resume()
        return True

    prompts.answer_retry = answer
    errors: list[BaseException] = []
    step = EditCaseCommand(
        context,
        reference=reference,
        record_id=case_id,
        case_id=case_id,
        expected_version=version,
        old={"region": "Курская область"},
        new={"region": "Брянская область"},
        report_error=errors.append,
    )
    assert push_edit(context.undo_stack, step) is None
    assert errors == [] and len(asked) == 1
    with database.read() as session:
        assert cases.get_case(session, case_id).region == "Брянская область"


def test_a_background_read_offers_retry_and_reads_after(
    qtbot: QtBot, context: AppContext, halted: PostgresServer
) -> None:
    prompts = context.prompts
    assert isinstance(prompts, ScriptedPrompts)

    def answer(_error: DatabaseUnavailable) -> bool:
        halted.resume()
        return True

    prompts.answer_retry = answer
    counted: list[int] = []
    window = QWidget()
    qtbot.addWidget(window)
    job = ReadOp(context, window, _count_in).success(counted.append).run_in_background()
    qtbot.waitUntil(lambda: counted == [0], timeout=30_000)
    assert job.parent() is window


def test_the_message_names_the_server_and_offers_retry(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,  # noqa: ARG001
) -> None:
    seen: list[tuple[str, list[str]]] = []

    def click_retry(box: QMessageBox) -> int:
        names = [button.text() for button in box.buttons()]
        seen.append((box.text(), names))
        [retry] = [button for button in box.buttons() if button.text() == "Retry"]
        retry.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_retry)
    error = DatabaseUnavailable("The connection to the database server db:5432/team was lost.")
    assert messages.ask_retry(None, error) is True
    [(text, names)] = seen
    assert text == error.message
    assert sorted(names) == ["Cancel", "Retry"]


def test_at_start_an_unreachable_server_offers_retry(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,  # noqa: ARG001
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    shown: list[tuple[str, str]] = []
    answers = iter(["Retry", "Cancel"])

    def answer(box: QMessageBox) -> int:
        shown.append((box.objectName(), box.text()))
        wanted = next(answers)
        [button] = [button for button in box.buttons() if button.text() == wanted]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    url = f"postgresql+psycopg://desk:Secret-Word-42@127.0.0.1:{port}/team"
    assert open_database_or_explain(url) is None
    assert [name for name, _text in shown] == ["serverUnavailable", "serverUnavailable"]
    assert all(f"127.0.0.1:{port}/team" in text for _name, text in shown)
    assert all("Secret-Word-42" not in text for _name, text in shown)


def test_work_nobody_asked_for_asks_nothing(
    qtbot: QtBot, context: AppContext, halted: PostgresServer
) -> None:
    """A background job with its own failure handler (a refresh, a presence mark on a
    timer) gets the error; an operation quiet about lost servers shows nothing."""
    window = QWidget()
    qtbot.addWidget(window)
    heard: list[BaseException] = []
    ReadOp(context, window, _count_in).failure(heard.append).run_in_background()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=30_000)
    assert isinstance(heard[0], DatabaseUnavailable)
    assert WriteOp(context, window, _add).quietly(DatabaseUnavailable).run() is None
    assert halted.running is False  # the prompts were never asked (they would fail the test)
