"""Assigning a case and "My cases" in the window (issue 15): the dialog offers the names,
the change is one undoable step, and the check box narrows the list to the actor's cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caseworker.actor import ENV_VARIABLE, acting_as_login, current_actor
from caseworker.db import Database, open_database
from caseworker.errors import DatabaseForbidden
from caseworker.services import cases
from caseworker.team.assignment import team_names
from tests.conftest import ACTOR, postgres_run
from tests.postgres.team_server import CASEWORKER, NAMES, staffed_team
from tests.postgres_server import PostgresServer
from tests.ui.conftest import add_case
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import case_actions, settings
from ui.case_list_model import CaseColumn
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.dialogs.case_dialog import CaseDialog
from ui.first_start import name_is_known
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.team.assign_button import assign_button
from ui.team.assign_dialog import AssignDialog, assign_case


def assigned_to(database: Database, case_id: int) -> str:
    with database.read() as session:
        return cases.get_case(session, case_id).assigned_to


def assign(database: Database, case_id: int, name: str) -> None:
    with database.write() as session:
        cases.update_case(session, ACTOR, case_id, None, assigned_to=name)


def shown(window: MainWindow) -> set[str]:
    model = window.case_model
    return {model.index(row, CaseColumn.FAMILY).data() for row in range(model.rowCount())}


def test_my_cases_shows_only_the_cases_assigned_to_the_one_working(
    qtbot: QtBot, database: Database, main_window: MainWindow
) -> None:
    mine = add_case(database, "Шумовы")
    theirs = add_case(database, "Ершовы")
    add_case(database, "Лесковы")
    assign(database, mine, ACTOR)
    assign(database, theirs, "Петров С.")
    main_window.case_list.refresh()
    assert shown(main_window) == {"Шумовы", "Ершовы", "Лесковы"}
    check = main_window.case_list.mine_filter
    assert check.text() == "My cases"
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert shown(main_window) == {"Шумовы"}
    main_window.case_list.clear_filters()
    assert not check.isChecked()
    assert shown(main_window) == {"Шумовы", "Ершовы", "Лесковы"}


def test_my_cases_with_none_says_no_case_matches(
    qtbot: QtBot, database: Database, main_window: MainWindow
) -> None:
    add_case(database, "Шумовы")
    main_window.case_list.refresh()
    qtbot.mouseClick(main_window.case_list.mine_filter, Qt.MouseButton.LeftButton)
    assert shown(main_window) == set()
    assert main_window.case_list.nothing_label.isVisible()


def test_the_dialog_offers_the_names_and_assigns_in_one_undoable_step(
    database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    case_id = add_case(database, "Шумовы")
    assign(database, add_case(database, "Ершовы"), "Петров С.")
    offered: list[str] = []

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssignDialog)
        names = dialog.names
        offered.extend(names.itemText(index) for index in range(names.count()))
        names.setEditText("  Иванова   М. ")
        return True

    prompts.answer_dialog = choose
    assert assign_case(None, context, case_id)
    if postgres_run():  # the team's names, as the server knows them (test_roles*.py)
        with database.read() as session:
            assert offered == team_names(session, ACTOR)
    else:  # the names on cases, and one's own
        assert offered == [ACTOR, "Петров С."]  # Latin letters sort first
    assert assigned_to(database, case_id) == "Иванова М."
    context.undo_stack.undo()
    assert assigned_to(database, case_id) == ""
    context.undo_stack.redo()
    assert assigned_to(database, case_id) == "Иванова М."


def test_on_a_file_the_case_dialog_assigns_too(
    database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    case_id = add_case(database, "Шумовы")

    def assign_there(dialog: QDialog) -> bool:
        assert isinstance(dialog, CaseDialog)
        field = dialog.field("assigned_to")
        assert isinstance(field, QLineEdit) and not field.isReadOnly()
        return False

    prompts.answer_dialog = assign_there
    assert not case_actions.edit_case(None, context, case_id)


def test_cancelling_or_keeping_the_name_changes_nothing(
    database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    case_id = add_case(database, "Шумовы")
    prompts.answer_dialog = lambda _dialog: False
    assert not assign_case(None, context, case_id)
    prompts.answer_dialog = lambda _dialog: True  # the name shown, as it was
    assert not assign_case(None, context, case_id)
    assert context.undo_stack.count() == 0


def test_the_case_header_has_an_assign_button(
    qtbot: QtBot, database: Database, main_window: MainWindow, prompts: ScriptedPrompts
) -> None:
    case_id = add_case(database, "Шумовы")
    main_window.open_case(case_id)

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssignDialog)
        dialog.names.setEditText(ACTOR)
        return True

    prompts.answer_dialog = choose
    button = main_window.case_view.findChild(QPushButton, "assignCaseButton")
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert assigned_to(database, case_id) == ACTOR
    qtbot.waitUntil(lambda: ACTOR in main_window.case_view.facts_label.text())


def test_a_login_named_on_the_server_is_not_asked_its_name_nor_changes_it(
    postgres_server: PostgresServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts: ScriptedPrompts,
) -> None:
    monkeypatch.delenv(ENV_VARIABLE)
    preferences = settings.preferences_store()
    assert not name_is_known(preferences)
    with staffed_team(postgres_server, tmp_path) as team:
        database = open_database(team.url(CASEWORKER))
        try:
            settings.CASEWORKER_NAME.write(preferences, "Имя из настроек")
            with acting_as_login(database):
                assert current_actor("Имя из настроек") == NAMES[CASEWORKER]
                dialog = SettingsDialog(preferences, prompts, database=database)
                dialog.load()
                assert dialog.caseworker_name.text() == NAMES[CASEWORKER]
                assert dialog.caseworker_name.isReadOnly()
                dialog.save()
                dialog.deleteLater()
            assert settings.CASEWORKER_NAME.read(preferences) == "Имя из настроек"
            settings.CASEWORKER_NAME.write(preferences, "")
            with acting_as_login(database):
                assert name_is_known(preferences)
        finally:
            database.dispose()
    assert not name_is_known(preferences)


def test_a_caseworker_assigning_on_the_server_is_told_their_role_may_not(
    postgres_server: PostgresServer, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    with staffed_team(postgres_server, tmp_path) as team:
        reference = team.cli(CASEWORKER, "case", "add", "--family", "Шумовы").stdout.strip()
        database = open_database(team.url(CASEWORKER))
        try:
            with acting_as_login(database):
                context = AppContext(
                    database=database,
                    actor=current_actor(),
                    notifier=ChangeNotifier(),
                    undo_stack=QUndoStack(),
                    prompts=prompts,
                )
            with database.read() as session:
                case_id = cases.get_case_by_reference(session, reference).id
            shown_errors: list[BaseException] = []
            prompts.answer_error = shown_errors.append

            def choose(dialog: QDialog) -> bool:
                assert isinstance(dialog, AssignDialog)
                dialog.names.setEditText(NAMES[CASEWORKER])
                return True

            prompts.answer_dialog = choose
            read_only: list[bool] = []

            def look(dialog: QDialog) -> bool:
                assert isinstance(dialog, CaseDialog)
                field = dialog.field("assigned_to")
                assert isinstance(field, QLineEdit)
                read_only.append(field.isReadOnly())
                return False

            prompts.answer_dialog = look
            assert not case_actions.edit_case(None, context, case_id)
            assert read_only == [True]  # the case's other fields stay editable
            prompts.answer_dialog = choose
            button = assign_button(QWidget(), context, lambda: case_id)
            assert not button.isEnabled()  # the server's grants say so beforehand
            assert "coordinator" in button.toolTip()
            assert not assign_case(None, context, case_id)
            assert [type(error) for error in shown_errors] == [DatabaseForbidden]
            assert context.undo_stack.count() == 0
            assert assigned_to(database, case_id) == ""
        finally:
            database.dispose()


def test_a_caseworker_opening_a_case_on_the_server_cannot_assign_it(
    postgres_server: PostgresServer, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    """The new-case dialog limits "Assigned to" as the edit dialog does: the server would
    refuse a caseworker's case assigned to a colleague (and opens theirs unassigned)."""
    with staffed_team(postgres_server, tmp_path) as team:
        database = open_database(team.url(CASEWORKER))
        try:
            with acting_as_login(database):
                context = AppContext(
                    database=database,
                    actor=current_actor(),
                    notifier=ChangeNotifier(),
                    undo_stack=QUndoStack(),
                    prompts=prompts,
                )
            read_only: list[bool] = []

            def fill(dialog: QDialog) -> bool:
                assert isinstance(dialog, CaseDialog)
                family, field = dialog.field("family_name"), dialog.field("assigned_to")
                assert isinstance(family, QLineEdit) and isinstance(field, QLineEdit)
                read_only.append(field.isReadOnly())
                family.setText("Чижовы")
                dialog.accept()  # saves through the dialog's handler, as OK does
                return dialog.result() == QDialog.DialogCode.Accepted

            prompts.answer_dialog = fill
            case_id = case_actions.new_case(None, context)
            assert read_only == [True]
            assert case_id is not None and assigned_to(database, case_id) == ""
        finally:
            database.dispose()
