"""The import preview's table models: correct Qt models; conflicts are chosen like radio buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.xlsx import CellError, Choice, Conflict, ImportPlan
from caseworker.xlsx.importing.plan import Action, RowChange
from ui.spreadsheets.conflict_model import ConflictColumn, ConflictModel, ConflictRole
from ui.spreadsheets.error_model import ErrorColumn, ErrorModel, ErrorRole
from ui.spreadsheets.import_dialog import ImportDialog

ERRORS = [
    CellError("Reports", 3, "Claim", "живой", "“живой” is not a valid claim"),
    CellError("Cases", 2, "Next action due", "31.02.2026", "not a day\tin the calendar"),
]
CONFLICTS = [
    Conflict(
        "Reports",
        2,
        "uuid-1",
        "Place",
        "Казачья Локня",
        "Суджа",
        "2026-0001 Шумов Алексей Петрович: killed, 2026-04-02",
    ),
    Conflict("Persons", 2, "uuid-2", "Unit", "", "в/ч 11111", "2026-0001 Шумов Алексей Петрович"),
]


def test_the_error_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ErrorModel(ERRORS)
    qtmodeltester.check(model)
    model.set_errors([])
    qtmodeltester.check(model)


def test_errors_show_sheet_row_column_value_and_reason() -> None:
    model = ErrorModel(ERRORS)
    assert [model.index(0, c).data() for c in ErrorColumn] == [
        "Reports",
        3,
        "Claim",
        "живой",
        "“живой” is not a valid claim",
    ]
    assert model.index(1, ErrorColumn.ROW).data(ErrorRole.ERROR) == ERRORS[1]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in ErrorColumn]
    assert header == ["Sheet", "Row", "Column", "Value", "What is wrong"]


def test_errors_copy_as_tab_separated_lines() -> None:
    model = ErrorModel(ERRORS)
    lines = model.as_tsv().splitlines()
    assert lines[0] == "Sheet\tRow\tColumn\tValue\tWhat is wrong"
    assert lines[2] == "Cases\t2\tNext action due\t31.02.2026\tnot a day in the calendar"
    assert model.as_tsv([1]).splitlines()[1:] == [lines[2]]


def test_the_conflict_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ConflictModel(CONFLICTS)
    qtmodeltester.check(model)
    model.choose(0, Choice.TAKE_WORKBOOK)
    qtmodeltester.check(model)
    model.set_conflicts([])
    qtmodeltester.check(model)


def check_state(model: ConflictModel, row: int, column: ConflictColumn) -> Qt.CheckState:
    return Qt.CheckState(model.index(row, column).data(Qt.ItemDataRole.CheckStateRole))


def test_no_conflict_starts_chosen_and_an_empty_value_says_so() -> None:
    model = ConflictModel(CONFLICTS)
    assert model.unchosen() == 2 and model.choices() == {}
    assert model.index(1, ConflictColumn.WORKBOOK).data() == "(empty)"
    assert model.index(1, ConflictColumn.RECORD).data() == "2026-0001 Шумов Алексей Петрович"
    assert model.headerData(ConflictColumn.RECORD, Qt.Orientation.Horizontal) == "Record"
    assert model.index(0, ConflictColumn.WORKBOOK).data(ConflictRole.CHOICE) is None
    for column in (ConflictColumn.WORKBOOK, ConflictColumn.DATABASE):
        assert check_state(model, 0, column) == Qt.CheckState.Unchecked


def test_checking_a_value_chooses_it_and_unchecking_changes_nothing(qtbot: QtBot) -> None:
    model = ConflictModel(CONFLICTS)
    workbook = model.index(0, ConflictColumn.WORKBOOK)
    database = model.index(0, ConflictColumn.DATABASE)
    with qtbot.waitSignal(model.choices_changed):
        assert model.setData(workbook, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert check_state(model, 0, ConflictColumn.WORKBOOK) == Qt.CheckState.Checked
    assert model.setData(database, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert check_state(model, 0, ConflictColumn.WORKBOOK) == Qt.CheckState.Unchecked
    assert not model.setData(database, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.choices() == {("Reports", "uuid-1", "Place"): Choice.KEEP_DATABASE}
    assert model.unchosen() == 1
    assert not model.setData(model.index(0, ConflictColumn.FIELD), "x")


@pytest.mark.parametrize("choice", list(Choice))
def test_choose_all(choice: Choice) -> None:
    model = ConflictModel(CONFLICTS)
    model.choose_all(choice)
    assert model.unchosen() == 0
    assert set(model.choices().values()) == {choice}


def test_apply_waits_for_every_choice(qtbot: QtBot) -> None:
    updates = [RowChange(c.sheet, c.row, Action.UPDATE, {}, key=c.key) for c in CONFLICTS]
    plan = ImportPlan("cases.xlsx", "0" * 64, changes=updates, conflicts=list(CONFLICTS))
    dialog = ImportDialog(plan)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.conflict_model.choose(0, Choice.TAKE_WORKBOOK)
    assert not dialog.apply_button.isEnabled()
    dialog.conflict_model.choose(1, Choice.KEEP_DATABASE)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.apply_requested) as requested:
        dialog.apply_button.click()
    assert requested.args[0] == {
        ("Reports", "uuid-1", "Place"): Choice.TAKE_WORKBOOK,
        ("Persons", "uuid-2", "Unit"): Choice.KEEP_DATABASE,
    }


def test_the_change_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    from caseworker.xlsx.importing.preview import PreviewLine
    from ui.spreadsheets.change_model import ChangeModel

    line = PreviewLine("Reports", 3, "2026-0001 Шумов", "Place", "", "Суджа")
    qtmodeltester.check(ChangeModel([line]))
    qtmodeltester.check(ChangeModel([]))
