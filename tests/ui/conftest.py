"""UI fixtures: settings in a temporary folder, an app context, a main window on a database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import cases, relatives
from caseworker.vocab import CaseStatus
from tests.conftest import ACTOR
from tests.ui.fixtures_case import ScriptedDialogs
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.dialogs import record_dialog
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def settings_dir(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:  # noqa: ARG001
    """Point every QSettings ini file at a temporary folder: tests never touch the user's.

    Every UI test gets the application object too (timers and models need it).
    """
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typed work discards it, as if the user said so (a test that is
    about the question replaces this answer)."""
    monkeypatch.setattr(record_dialog, "confirm_discard", lambda _dialog: True)


@pytest.fixture
def dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedDialogs]:
    """Dialogs run by the case actions play a script instead of waiting for a person."""
    scripted = ScriptedDialogs(qtbot, monkeypatch)
    yield scripted
    scripted.assert_done()


@pytest.fixture
def context(qapp: QApplication, database: Database) -> AppContext:  # noqa: ARG001 (Qt first)
    return AppContext(
        database=database, actor=ACTOR, notifier=ChangeNotifier(), undo_stack=QUndoStack()
    )


@pytest.fixture
def main_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window, shown, on a fresh (or fixture-filled) database."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_case(
    database: Database,
    family_name: str,
    *,
    region: str = "",
    status: CaseStatus = CaseStatus.OPEN,
    relative_surname: str = "",
    relative_given_name: str = "",
    relative_patronymic: str = "",
    next_action_due: date | None = None,
) -> int:
    """One case (with a relative when a surname is given), created through the services."""
    with database.write() as session:
        case = cases.create_case(
            session,
            ACTOR,
            family_name=family_name,
            region=region,
            status=status,
            next_action="Позвонить в военкомат" if next_action_due else "",
            next_action_due=next_action_due,
        )
        if relative_surname:
            relatives.add_relative(
                session,
                ACTOR,
                case.id,
                surname=relative_surname,
                given_name=relative_given_name,
                patronymic=relative_patronymic,
                relation="mother",
            )
        return case.id


def add_many_cases(database: Database, count: int) -> None:
    """``count`` plain cases in one transaction, spread over three regions."""
    regions = ("Курская область", "Тверская область", "Ростовская область")
    with database.write() as session:
        for number in range(count):
            cases.create_case(
                session,
                ACTOR,
                family_name=f"Семья {number:05d}",
                region=regions[number % len(regions)],
            )
