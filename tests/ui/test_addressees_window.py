"""The addressee directory window: the offices listed with their rules, added and edited,
the starter set loaded when missing, sensitive offices marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.inquiries.starter import FEDERAL_OFFICES
from caseworker.services import addressees
from tests.conftest import ACTOR
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.addressees.addressee_dialog import AddresseeDialog
from ui.addressees.addressee_model import AddresseeColumn, AddresseeModel
from ui.addressees.addressees_window import AddresseesWindow
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.main_window import MainWindow

REGIONAL = "Уполномоченный по правам человека в Вымышленной области"


def shown_directory(qtbot: QtBot, context: AppContext) -> AddresseesWindow:
    window = AddresseesWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def row_texts(window: AddresseesWindow, name: str) -> dict[AddresseeColumn, str]:
    model = window.model
    [row] = [n for n, line in enumerate(model.rows()) if line.name == name]
    return {
        column: str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))
        for column in AddresseeColumn
    }


def test_a_regional_addressee_added_appears_in_the_list(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    window = shown_directory(qtbot, context)
    assert window.model.rowCount() == 0

    def add(dialog: RecordDialog) -> None:
        assert isinstance(dialog, AddresseeDialog)
        fill(
            qtbot, dialog, {"name": REGIONAL, "kind": "ombudsman", "email": "ombudsman@example.org"}
        )
        assert "10 days" in dialog.field("deadline_days").placeholderText()  # type: ignore[attr-defined]
        dialog.tick("regional").setChecked(True)
        click_ok(qtbot, dialog)

    dialogs.then(add)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)

    shown = row_texts(window, REGIONAL)
    assert shown[AddresseeColumn.REGIONAL] == "regional"
    assert shown[AddresseeColumn.CONTACT] == "ombudsman@example.org"
    assert shown[AddresseeColumn.DAYS] == "10 (the kind's rule)"
    assert shown[AddresseeColumn.SENSITIVE] == ""
    assert window.selected_id() == window.model.rows()[0].id


def test_a_bad_value_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, database: Database
) -> None:
    window = shown_directory(qtbot, context)
    seen: list[str] = []

    def bad_then_good(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"name": REGIONAL, "kind": "ombudsman", "deadline_days": "четыре"})
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        seen.append(dialog.error_label.text())
        assert dialog.values()["name"] == REGIONAL
        fill(qtbot, dialog, {"deadline_days": "20"})
        click_ok(qtbot, dialog)

    dialogs.then(bad_then_good)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)

    assert seen == ["The days for an answer must be a whole number from 1 to 365."]
    assert row_texts(window, REGIONAL)[AddresseeColumn.DAYS] == "20"
    with database.read() as session:
        [line] = addressees.addressee_lines(session)
    assert line.deadline_days == 20


def test_a_second_office_of_the_same_name_is_refused(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, database: Database
) -> None:
    with database.write() as session:
        addressees.add_addressee(session, ACTOR, name=REGIONAL, kind="ombudsman")
    window = shown_directory(qtbot, context)
    seen: list[str] = []

    def same_name(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"name": REGIONAL, "kind": "ombudsman"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        dialog.reject()

    dialogs.then(same_name)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert seen == [f"There is already an addressee named “{REGIONAL}”."]
    assert window.model.rowCount() == 1


def test_an_office_edited_sensitive_is_marked(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, database: Database
) -> None:
    with database.write() as session:
        added = addressees.add_addressee(
            session, ACTOR, name="Орган другой стороны", kind="other_side"
        )
        office_id = added.id
    window = shown_directory(qtbot, context)
    window.select(office_id)

    def mark(dialog: RecordDialog) -> None:
        assert isinstance(dialog, AddresseeDialog)
        assert dialog.values()["name"] == "Орган другой стороны"
        dialog.tick("sensitive").setChecked(True)
        click_ok(qtbot, dialog)

    dialogs.then(mark)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)

    assert row_texts(window, "Орган другой стороны")[AddresseeColumn.SENSITIVE] == "sensitive"
    with database.read() as session:
        assert addressees.addressee_line(session, office_id).sensitive


def test_the_starter_set_is_offered_while_offices_of_it_are_missing(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts
) -> None:
    window = shown_directory(qtbot, context)
    assert window.starter_button.isVisible()
    qtbot.mouseClick(window.starter_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == len(FEDERAL_OFFICES)
    assert prompts.told == [("Addressees", f"Federal offices added: {len(FEDERAL_OFFICES)}.")]
    assert not window.starter_button.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_the_main_window_opens_the_directory_from_its_menu(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    [action] = [a for a in main_window.findChildren(type(main_window.new_case_action))
                if a.objectName() == "addresseesAction"]  # fmt: skip
    action.trigger()
    [window] = main_window.findChildren(AddresseesWindow)
    qtbot.waitExposed(window)
    action.trigger()
    assert main_window.findChildren(AddresseesWindow) == [window]


def test_the_addressee_model_passes_the_model_checks(
    qtmodeltester: ModelTester, database: Database
) -> None:
    with database.write() as session:
        addressees.add_starter_addressees(session, ACTOR)
        addressees.add_addressee(session, ACTOR, name="Орган другой стороны", kind="other_side",
                                 sensitive=True)  # fmt: skip
    with database.read() as session:
        lines = addressees.addressee_lines(session)
    model = AddresseeModel()
    qtmodeltester.check(model)
    model.set_lines(lines)
    qtmodeltester.check(model)
    row = model.row_of(next(line.id for line in lines if line.sensitive))
    assert row is not None
    index = model.index(row, AddresseeColumn.NAME)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Sensitive" in str(model.data(index, Qt.ItemDataRole.ToolTipRole))
