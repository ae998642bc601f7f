"""The team parts of the window on SQLite (issue 15): no listener, who else works on the open
case read every minute, the mark cleared on closing; colleagues' changes as the views'
changes; an open edit dialog told of a change to its record. (A window on PostgreSQL:
tests/ui/test_team_window.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import presence
from caseworker.team.changes import RowChange, TableChange
from tests.conftest import SampleCase, reopen
from ui.changes import Change, ChangeKind
from ui.dialogs.case_dialog import CaseDialog
from ui.main_window import MainWindow
from ui.team.editing import changed_under, mark_editing, warn_open_dialogs
from ui.team.listening import changes_of
from ui.team.presence import presence_text

WAIT_MS = 10_000


def change(table: str, rows: tuple[RowChange, ...] | None, cases: set[int] | None) -> TableChange:
    return TableChange(table, "update", rows, None if cases is None else frozenset(cases))


def test_heard_changes_become_the_views_changes() -> None:
    assert changes_of(change("reports", (RowChange(7, 2, 3),), {3})) == {
        Change(ChangeKind.REPORT, 3, 7, remote=True)
    }
    assert changes_of(change("persons", None, {3, 4})) == {
        Change(ChangeKind.PERSON, 3, remote=True),
        Change(ChangeKind.PERSON, 4, remote=True),
    }
    assert changes_of(change("inquiry_events", None, None)) is None  # every case
    assert changes_of(change("addressees", (RowChange(1, 2, None),), set())) is None
    assert changes_of(change("case_presence", None, {3})) == set()
    assert all(c.remote for c in changes_of(change("cases", None, {1})) or ())


def test_presence_text_names_the_others() -> None:
    assert presence_text([]) == ""
    assert "Петрова А." in presence_text(["Петрова А."])
    assert "Петрова А., Сидоров Б." in presence_text(["Петрова А.", "Сидоров Б."])


def test_the_window_shows_who_else_is_on_the_case(
    qtbot: QtBot, main_window: MainWindow, sample_case: SampleCase, db_path: Path
) -> None:
    """Two windows on one SQLite file (or, in a PostgreSQL run, on one database)."""
    on_server = main_window._context.database.engine.dialect.name == "postgresql"
    assert main_window.team.changes.listening == on_server  # SQLite has no notifications
    main_window.open_case(sample_case.case_id)
    label = main_window.case_view.findChild(QLabel, "casePresence")
    assert label is not None and not label.isVisible()
    other = reopen(db_path)  # a second window on the same file
    try:
        with other.write() as session:
            presence.touch(session, sample_case.case_id, "Петрова А.")
        main_window.team.presence.touch()  # what the minute's timer does
        qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
        assert "Петрова А." in label.text()
        with other.read() as session:  # this window's own mark, seen from the other
            qtbot.waitUntil(
                lambda: bool(presence.others_on(session, sample_case.case_id, "Петрова А.")),
                timeout=WAIT_MS,
            )
        main_window.close()
        main_window.team.presence.stop()
        with other.read() as session:
            assert presence.others_on(session, sample_case.case_id, "Петрова А.") == []
    finally:
        other.dispose()


def test_an_open_edit_dialog_is_told_of_a_newer_version(
    qtbot: QtBot, database: Database, sample_case: SampleCase
) -> None:
    del database
    dialog = CaseDialog()
    qtbot.addWidget(dialog)
    mark_editing(dialog, "case", sample_case.case_id, 3)
    dialog.show()
    same = change("cases", (RowChange(sample_case.case_id, 3, sample_case.case_id),), None)
    other = change("persons", (RowChange(sample_case.case_id, 9, sample_case.case_id),), None)
    assert not changed_under(dialog, same)  # its own version: nothing new
    gone = TableChange("cases", "delete", same.rows, frozenset())
    assert changed_under(dialog, gone)
    assert warn_open_dialogs(other) == []
    assert not dialog.error_label.isVisible()
    newer = change("cases", (RowChange(sample_case.case_id, 4, sample_case.case_id),), None)
    assert warn_open_dialogs(newer) == [dialog]
    assert dialog.error_label.isVisible()
    assert "colleague" in dialog.error_label.text()
