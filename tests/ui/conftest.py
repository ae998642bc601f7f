"""UI fixtures: settings in a temporary folder, an app context, a main window on a database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import cases, relatives
from caseworker.vocab import CaseStatus
from tests.conftest import ACTOR
from tests.ui.fixtures_case import ScriptedDialogs
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_view import CaseView
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations.background import settle_lanes


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


@pytest.fixture
def prompts(qtbot: QtBot) -> ScriptedPrompts:
    """The one way tests answer the program's questions: the context's prompts, scripted
    (dialogs play steps, file dialogs and questions get the answers a test sets, closing a
    dialog with typed work discards it unless a test is about that question)."""
    return ScriptedPrompts(qtbot)


@pytest.fixture
def dialogs(prompts: ScriptedPrompts) -> Iterator[ScriptedDialogs]:
    """The dialogs the prompts run: each plays the next step of the script."""
    yield prompts.dialogs
    prompts.dialogs.assert_done()


@pytest.fixture
def recorded_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes shown with ``exec()`` are recorded instead of blocking the test."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def context(
    qapp: QApplication,  # noqa: ARG001 (Qt first)
    database: Database,
    prompts: ScriptedPrompts,
) -> Iterator[AppContext]:
    """The window's context on the test's database. At the end, before the database is
    closed, the background work a test left (a count superseded, a model never closed) is
    waited for: a worker still reading would hold a server connection past it."""
    yield window_context(database, ACTOR, prompts)
    assert settle_lanes(60), "background work still under way after a minute"


def window_context(database: Database, actor: str, prompts: ScriptedPrompts) -> AppContext:
    """A window's context on ``database``, working as ``actor``, asking ``prompts``."""
    return AppContext(
        database=database,
        actor=actor,
        notifier=ChangeNotifier(),
        undo_stack=QUndoStack(),
        prompts=prompts,
    )


def shown_main_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window on ``context``, shown (closed with the test)."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def heard_everything(qtbot: QtBot, window: MainWindow) -> None:
    """On a server, wait until the window listens and has refreshed everything once (its
    first refresh would otherwise land in the middle of what the test types)."""
    changes = window.team.changes
    if changes.job is not None:
        qtbot.waitUntil(lambda: changes.up_to_date, timeout=20_000)  # a loaded machine


@pytest.fixture
def main_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window, shown, on a fresh (or fixture-filled) database."""
    return shown_main_window(qtbot, context)


def shown_case_view(qtbot: QtBot, context: AppContext, case_id: int, width: int) -> CaseView:
    """The case view of ``case_id``, ``width`` by 760 pixels, on screen."""
    view = CaseView(context)
    qtbot.addWidget(view)
    view.resize(width, 760)
    view.show_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    return view


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
