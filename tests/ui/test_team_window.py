"""A window on PostgreSQL sees what colleagues change (issue 15): a case added by another
process appears in its list, the open case refreshes, an open edit dialog is told at once,
who else works on the case shows in its header, and a lost connection is said and healed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from caseworker.db import Database, open_database
from caseworker.services import cases, presence
from tests.cli_runner import run_process
from tests.conftest import ACTOR
from tests.ui.conftest import shown_main_window, window_context
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_actions import edit_case
from ui.dialogs.record_dialog import RecordDialog
from ui.main_window import MainWindow
from ui.operations.background import settle_lanes

#: Generous for a loaded machine: a change shows within a second on a quiet one.
WAIT_MS = 20_000


@pytest.fixture
def server(postgres_url: str) -> Iterator[Database]:
    """The window's database on the server, with one case (Шумовы)."""
    database = open_database(postgres_url)
    with database.write() as session:
        cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-05-10")
    yield database
    database.dispose()


@pytest.fixture
def colleague(postgres_url: str, server: Database) -> Iterator[Database]:  # noqa: ARG001
    """Another caseworker's program on the same database."""
    database = open_database(postgres_url)
    yield database
    database.dispose()


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, server: Database, prompts: ScriptedPrompts
) -> Iterator[MainWindow]:
    del qapp
    shown = shown_main_window(qtbot, window_context(server, ACTOR, prompts))
    assert shown.team.changes.listening
    qtbot.waitUntil(lambda: shown.case_model.rowCount() == 1, timeout=WAIT_MS)
    # Listening, and its first "everything may have changed" told: what follows is heard.
    qtbot.waitUntil(lambda: shown.team.changes.up_to_date, timeout=WAIT_MS)
    yield shown
    shown.close()
    assert not shown.team.changes.listening
    # Work queued before the close (the open case's, a presence mark) has ended: none starts
    # after the database is closed, on a connection nobody would close.
    assert settle_lanes(60)
    # The window's last reads (a refresh after the last change) end before the database
    # closes: a connection handed back after that would be left open.
    pool = server.engine.pool
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=WAIT_MS)


def only_case(database: Database) -> int:
    """The id of the case Шумовы."""
    from sqlalchemy import text

    with database.read() as session:
        return int(session.execute(text("SELECT min(id) FROM cases")).scalar_one())


def test_the_status_bar_names_the_server_and_the_login(window: MainWindow) -> None:
    shown = window.findChild(QLabel, "databaseName")
    assert shown is not None
    assert ":5432/" in shown.text() and ", login postgres" in shown.text()


def test_a_case_added_by_another_process_shows_in_the_list(
    qtbot: QtBot, window: MainWindow, postgres_url: str
) -> None:
    result = run_process(None, "--db", postgres_url, "case", "add", "--family", "Ёлкины")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 2, timeout=WAIT_MS)
    assert window.undo_controls.note() == ""  # a colleague's change: nothing to undo here


def test_the_open_case_refreshes(qtbot: QtBot, window: MainWindow, colleague: Database) -> None:
    case_id = only_case(colleague)
    window.open_case(case_id)
    assert "Шумовы" in window.case_view.title_label.text()
    with colleague.write() as session:
        cases.update_case(session, "Петрова А.", case_id, 1, family_name="Шумовы-Ёлкины")
    qtbot.waitUntil(lambda: "Шумовы-Ёлкины" in window.case_view.title_label.text(), timeout=WAIT_MS)


def test_an_open_edit_dialog_is_told_at_once(
    qtbot: QtBot, window: MainWindow, colleague: Database, prompts: ScriptedPrompts
) -> None:
    case_id = only_case(colleague)
    told: list[str] = []

    def meanwhile(dialog: QDialog) -> bool:
        assert isinstance(dialog, RecordDialog)
        dialog.show()
        with colleague.write() as session:
            cases.update_case(session, "Петрова А.", case_id, 1, region="Тверская область")
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT_MS)
        told.append(dialog.error_label.text())
        dialog.hide()
        return False

    prompts.answer_dialog = meanwhile
    assert not edit_case(window, window._context, case_id)
    assert told and "colleague" in told[0]


def test_who_else_works_on_the_case_shows_in_its_header(
    qtbot: QtBot, window: MainWindow, colleague: Database
) -> None:
    case_id = only_case(colleague)
    window.open_case(case_id)
    label = window.case_view.findChild(QLabel, "casePresence")
    assert label is not None and not label.isVisible()
    with colleague.write() as session:
        presence.touch(session, case_id, "Петрова А.")
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    assert "Петрова А." in label.text()
    with colleague.read() as session:
        assert presence.others_on(session, case_id, "Петрова А.") == [ACTOR]
    with colleague.write() as session:
        presence.leave(session, case_id, "Петрова А.")
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=WAIT_MS)


def test_a_lost_connection_is_said_then_everything_is_read_again(
    qtbot: QtBot, window: MainWindow, colleague: Database
) -> None:
    from sqlalchemy import text

    with colleague.read() as session:
        session.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query = 'LISTEN caseworker_changes'"
            )
        )
    with colleague.write() as session:  # while the window may not be listening
        cases.create_case(session, "Петрова А.", family_name="Ёлкины", opened_on="2026-05-11")
    qtbot.waitUntil(lambda: "again" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 2, timeout=WAIT_MS)


def test_the_windows_own_change_is_announced_once(
    qtbot: QtBot, window: MainWindow, colleague: Database
) -> None:
    from ui.changes import Change, ChangeKind
    from ui.operations import WriteOp

    context = window._context
    told: list[Change] = []
    context.notifier.changed.connect(told.append)
    own = WriteOp(
        context,
        window,
        lambda session: (
            cases.create_case(session, ACTOR, family_name="Свои", opened_on="2026-05-10").id
        ),
        lambda case_id: Change(ChangeKind.CASE, case_id),
    ).run()
    with colleague.write() as session:  # heard after the window's own, in commit order
        theirs = cases.create_case(
            session, "Петрова А.", family_name="Чужие", opened_on="2026-05-11"
        ).id
    qtbot.waitUntil(lambda: any(change.case_id == theirs for change in told), timeout=WAIT_MS)
    assert [change.remote for change in told if change.case_id == own] == [False]
    assert [change.remote for change in told if change.case_id == theirs] == [True]


def test_a_change_between_the_first_read_and_listening_shows(
    qtbot: QtBot,
    qapp: QApplication,
    server: Database,
    colleague: Database,
    prompts: ScriptedPrompts,
) -> None:
    """The window reads its list before its listener is in place: a colleague's case added
    in between is heard of by no one, so the first connection announces everything."""
    import threading

    from ui.operations import JobControl
    from ui.team.listening import LISTENING

    del qapp
    release = threading.Event()
    # The listener's one thread kept busy: the window's listener waits its turn.
    LISTENING.submit(lambda _control: release.wait(WAIT_MS / 1000), JobControl())
    try:
        shown = shown_main_window(qtbot, window_context(server, ACTOR, prompts))
        qtbot.waitUntil(lambda: shown.case_model.rowCount() == 1, timeout=WAIT_MS)
        assert not shown.team.changes.up_to_date
        with colleague.write() as session:
            cases.create_case(session, "Петрова А.", family_name="Ёлкины", opened_on="2026-05-11")
    finally:
        release.set()
    qtbot.waitUntil(lambda: shown.case_model.rowCount() == 2, timeout=WAIT_MS)
    assert shown.statusBar().currentMessage() == ""  # nothing was amiss: nothing said
    shown.close()
    from sqlalchemy.pool import QueuePool

    pool = server.engine.pool
    assert isinstance(pool, QueuePool)
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=WAIT_MS)


def test_a_listener_that_ends_is_logged_and_said(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    changes = window.team.changes
    assert changes.job is not None
    changes.job.failed.emit(RuntimeError("a fault of the listener's own"))
    note = window.statusBar().findChild(QLabel, "connectionLost")
    assert note is not None and note.isVisible()  # for good, not a passing message
    assert "no longer show" in note.text()
    (logged,) = [record for record in caplog.records if "ended" in record.getMessage()]
    assert logged.exc_info is not None and "a fault" in str(logged.exc_info[1])


def test_presence_marks_never_wait_for_a_colleagues_save(
    qtbot: QtBot, window: MainWindow, colleague: Database
) -> None:
    """A colleague's long save (an import) holds the team's write lock: the window's mark is
    written meanwhile, and cleared when it closes, without "your change will be saved"."""
    waited: list[bool] = []
    window.write_wait_notice.waiting.connect(waited.append)
    case_id = only_case(colleague)

    def marked() -> list[str]:
        with colleague.read() as session:
            return presence.others_on(session, case_id, "Петрова А.")

    with colleague.write() as held:  # the write lock, held until the block ends
        cases.create_case(held, "Петрова А.", family_name="Ёлкины", opened_on="2026-05-11")
        window.open_case(case_id)
        qtbot.waitUntil(lambda: marked() == [ACTOR], timeout=WAIT_MS)
        window.close()
        assert marked() == []
    assert waited == []
