"""A window that keeps still: nothing moves under the mouse, and the layout is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseworker.actor import ENV_VARIABLE
from caseworker.models import AuditEntry
from caseworker.services import cases, reports
from tests.conftest import ACTOR, SampleCase
from tests.ui.fixtures_case import ScriptedDialogs, type_text
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import case_actions, settings
from ui.case_list_model import CaseColumn
from ui.case_split import LIST_SHARE
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.file_folders import remember_folder, start_folder
from ui.first_start import ask_name_at_first_start
from ui.main_window import MainWindow
from ui.prompts import Prompts
from ui.report_table_model import ReportRow, describe
from ui.undo_commands import EditCaseCommand, EditReportCommand, push_edit
from ui.widgets.date_field import InterpretingField


def drag_splitter(splitter: QSplitter, by: int) -> None:
    """Drag the handle between the two panes ``by`` pixels, as a mouse does."""
    handle = splitter.handle(1)
    start = QPointF(handle.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, where, held in (
        (QEvent.Type.MouseButtonPress, start, buttons),
        (QEvent.Type.MouseMove, start + QPointF(by, 0), buttons),
        (QEvent.Type.MouseButtonRelease, start + QPointF(by, 0), Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, where, handle.mapToGlobal(where), Qt.MouseButton.LeftButton, held, keys
        )
        QApplication.sendEvent(handle, event)


def shown_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def positions(dialog: QWidget, names: list[str]) -> dict[str, QPoint]:
    placed = {}
    for name in names:
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        placed[name] = widget.mapTo(dialog, QPoint(0, 0))
    return placed


def date_field(dialog: ReportDialog, name: str) -> InterpretingField:
    field = dialog.field(name)
    assert isinstance(field, InterpretingField)
    return field


# Dates: their notes have their room before they say anything --------------------------------


def test_typing_a_date_moves_no_field(qtbot: QtBot, prompts: ScriptedPrompts) -> None:
    dialog = ReportDialog(person_name="Шумов Алексей Петрович", origins=[])
    dialog.prompts = prompts
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = dialog.field_names()
    before = positions(dialog, names)
    height = dialog.height()

    event = date_field(dialog, "event")
    event.setFocus()
    type_text(qtbot, event, "~02.04.2026")  # a reading appears under the field as it is typed
    QApplication.processEvents()
    assert event.interpretation.text()
    assert positions(dialog, names) == before

    stated = date_field(dialog, "stated_on")
    stated.setFocus()
    type_text(qtbot, stated, "2.4")
    dialog.field("place").setFocus()  # leaving it: its problem shows under it
    QApplication.processEvents()
    assert stated.problem_label.text()
    assert positions(dialog, names) == before
    assert dialog.height() == height


def test_a_problem_too_long_for_its_room_shows_its_first_sentence(
    qtbot: QtBot, prompts: ScriptedPrompts
) -> None:
    dialog = ReportDialog(person_name="Шумов Алексей Петрович", origins=[])
    dialog.prompts = prompts
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    event = date_field(dialog, "event")
    event.setFocus()
    type_text(qtbot, event, "yesterday")
    dialog.field("place").setFocus()
    QApplication.processEvents()

    assert event.problem_label.text() == "“yesterday” is not a date."
    assert event.toolTip().startswith("“yesterday” is not a date. Write it as 2026-04-02")
    assert event.problem() == event.toolTip()


# The list and the open case ------------------------------------------------------------------


def test_the_list_has_the_room_while_no_case_is_open(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    window = shown_window(qtbot, context)
    listed, right = window.splitter.sizes()
    assert right < listed  # the right pane only says that no case is open

    window.resize(1920, 1080)  # a larger window: the list takes the new width
    QApplication.processEvents()
    assert window.splitter.sizes()[1] == right

    window.open_case(sample_case.case_id)
    listed, right = window.splitter.sizes()
    assert abs(listed - round((listed + right) * LIST_SHARE)) <= 1


def test_a_name_the_list_elides_shows_whole_in_its_tooltip(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    window = shown_window(qtbot, context)
    window.open_case(sample_case.case_id)
    model = window.case_model
    for column, whole in (
        (CaseColumn.FAMILY, "Шумовы · Курская область\nШумов А. П."),  # when they are hidden
        (CaseColumn.REGION, "Курская область"),
        (CaseColumn.PERSONS, "Шумов А. П."),
    ):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == whole


def test_the_split_and_the_open_case_are_there_at_the_next_start(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    first = shown_window(qtbot, context)
    first.open_case(sample_case.case_id)
    drag_splitter(first.splitter, -120)
    sizes = first.splitter.sizes()
    assert sizes[0] < sizes[1]
    first.close()

    second = shown_window(qtbot, context)
    qtbot.waitUntil(lambda: second.shown_case_id == sample_case.case_id)
    assert second.case_list.current_case_id() == sample_case.case_id
    assert second.splitter.sizes() == sizes


def test_the_last_case_appears_after_the_first_paint_in_the_room_kept_for_it(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    first = shown_window(qtbot, context)
    first.open_case(sample_case.case_id)
    drag_splitter(first.splitter, 2000)  # the case's pane at the least it needs
    least = first.splitter.sizes()[1]
    first.close()

    second = MainWindow(context)
    qtbot.addWidget(second)
    second.resize(1000, 800)  # narrower: the saved split alone would leave the case less
    second.show()  # laid out as it is first painted; no event handled yet
    assert second.shown_case_id is None
    assert second.case_list.current_case_id() == sample_case.case_id
    sizes = second.splitter.sizes()
    assert sizes[1] >= least
    assert second.case_view.empty_label.text() == ""  # not "No case is open" meanwhile
    qtbot.waitUntil(lambda: second.shown_case_id == sample_case.case_id)
    assert second.case_view.current_case_id() == sample_case.case_id
    assert second.splitter.sizes() == sizes


def test_a_split_never_chosen_is_not_kept(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    first = shown_window(qtbot, context)
    automatic = first.splitter.sizes()
    first.close()  # no case opened, the splitter never moved

    second = shown_window(qtbot, context)
    second.open_case(sample_case.case_id)
    assert second.splitter.sizes() != automatic


@pytest.mark.usefixtures("settings_dir")
def test_a_last_case_that_is_gone_or_on_another_database_is_not_opened(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    store = settings.window_state_store()
    name = context.database.display_name
    for remembered in (f"999 {name}", f"{sample_case.case_id} /elsewhere/other.sqlite", "x"):
        settings.LAST_CASE.write(store, remembered)
        store.sync()
        window = shown_window(qtbot, context)
        assert window.last_case.pending is None, remembered
        assert window.shown_case_id is None, remembered
        window.hide()


# Undo and redo -------------------------------------------------------------------------------


def grade_edit(context: AppContext, report_id: int, credibility: str) -> EditReportCommand:
    with context.database.read() as session:
        report = reports.get_report(session, report_id)
        row = ReportRow.from_report(report)
        old = {"credibility": report.credibility}
        case_id = report.person.case_id
    return EditReportCommand(
        context,
        description=describe(row),
        record_id=report_id,
        case_id=case_id,
        expected_version=row.version,
        old=old,
        new={"credibility": credibility},
        report_error=case_actions._report_later(context),
    )


def region_edit(context: AppContext, sample: SampleCase, region: str) -> EditCaseCommand:
    with context.database.read() as session:
        case = cases.get_case(session, sample.case_id)
        old, version = {"region": case.region}, case.version
    return EditCaseCommand(
        context,
        reference=sample.reference,
        record_id=sample.case_id,
        case_id=sample.case_id,
        expected_version=version,
        old=old,
        new={"region": region},
        report_error=case_actions._report_later(context),
    )


def tool_button(window: MainWindow, action: QAction) -> QWidget:
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    button = toolbar.widgetForAction(action)
    assert button is not None
    return button


def test_the_undo_buttons_keep_their_width_and_say_the_step_in_their_tooltip(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    window = shown_window(qtbot, context)
    controls = window.undo_controls
    find = tool_button(window, window.find_action)
    undo = tool_button(window, controls.undo_button)
    where, width = find.mapTo(window, QPoint(0, 0)), undo.width()
    assert not controls.undo_button.isEnabled()

    command = grade_edit(context, sample_case.killed_report_id, "3")
    assert push_edit(context.undo_stack, command) is None
    QApplication.processEvents()

    assert controls.undo_button.isEnabled()
    assert controls.undo_button.text() == "Undo"
    assert undo.width() == width
    assert find.mapTo(window, QPoint(0, 0)) == where
    assert command.text() in controls.undo_button.toolTip()
    assert command.text() in window.undo_action.text()  # the Edit menu names the step

    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert reports.get_report(session, sample_case.killed_report_id).credibility == "2"
    assert controls.redo_button.isEnabled()
    assert find.mapTo(window, QPoint(0, 0)) == where


def test_a_change_undo_cannot_take_back_is_said_so(
    qtbot: QtBot,
    context: AppContext,
    sample_case: SampleCase,
    dialogs: ScriptedDialogs,
) -> None:
    window = shown_window(qtbot, context)
    command = region_edit(context, sample_case, "Брянская область")
    assert push_edit(context.undo_stack, command) is None
    controls = window.undo_controls
    assert controls.note() == ""

    dialogs.fill_and_ok({"surname": "Шумов", "given_name": "Пётр"})
    assert case_actions.add_person(window, context, sample_case.case_id) is not None

    assert controls.note() == "Adding a sought person cannot be undone."
    assert controls.note_label.isVisible()
    assert command.text() in controls.note_label.toolTip()  # what Undo would do instead
    assert controls.note_action.isVisible()  # the Edit menu says it too
    assert controls.note_action.text() == controls.note()

    context.undo_stack.undo()  # an undoable step again: the note goes
    assert controls.note() == ""
    assert not controls.note_action.isVisible()


def test_an_undo_refused_after_an_import_says_why_and_keeps_the_rest(
    qtbot: QtBot,
    context: AppContext,
    sample_case: SampleCase,
    recorded_messages: list[str],
) -> None:
    window = shown_window(qtbot, context)
    stack = context.undo_stack
    assert push_edit(stack, region_edit(context, sample_case, "Брянская область")) is None
    grade = grade_edit(context, sample_case.killed_report_id, "3")
    step = grade.text()
    assert push_edit(stack, grade) is None

    # An import (through the same service) sets the grade to what its workbook holds.
    with context.database.write() as session:
        reports.update_report(session, ACTOR, sample_case.killed_report_id, None, credibility="1")
    context.notifier.notify(Change(ChangeKind.ALL, action="The import"))
    assert window.undo_controls.note().startswith("The import cannot be undone.")

    stack.undo()
    assert len(recorded_messages) == 1
    assert "can no longer be undone" in recorded_messages[0]
    assert "by an import or in another window" in recorded_messages[0]
    assert step in recorded_messages[0]
    with context.database.read() as session:
        assert reports.get_report(session, sample_case.killed_report_id).credibility == "1"

    assert stack.count() == 1  # only the refused step left the history
    assert stack.undoText() == f"Edit case {sample_case.reference}"
    stack.undo()
    with context.database.read() as session:
        assert cases.get_case(session, sample_case.case_id).region == "Курская область"
    assert len(recorded_messages) == 1


# Closing a dialog with typed work ------------------------------------------------------------


class DiscardQuestion:
    """Answers the question before typed work is lost, and counts how often it is asked."""

    def __init__(self, prompts: ScriptedPrompts) -> None:
        self.asked = 0
        self.discard = False
        prompts.answer_discard = self._answer

    def _answer(self, _dialog: QWidget) -> bool:
        self.asked += 1
        return self.discard


@pytest.fixture
def question(prompts: ScriptedPrompts) -> DiscardQuestion:
    return DiscardQuestion(prompts)


def open_case_dialog(qtbot: QtBot, prompts: ScriptedPrompts) -> CaseDialog:
    dialog = CaseDialog()
    dialog.prompts = prompts
    qtbot.addWidget(dialog)
    dialog.load({"status": "open"})
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_dialog_with_nothing_typed_closes_without_a_question(
    qtbot: QtBot, question: DiscardQuestion, prompts: ScriptedPrompts
) -> None:
    dialog = open_case_dialog(qtbot, prompts)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert question.asked == 0


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_typed_work_is_discarded_only_when_the_user_says_so(
    qtbot: QtBot, question: DiscardQuestion, prompts: ScriptedPrompts, how: str
) -> None:
    dialog = open_case_dialog(qtbot, prompts)
    family = dialog.field("family_name")
    family.setFocus()
    type_text(qtbot, family, "Шумовы")

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(family, Qt.Key.Key_Escape)
        elif how == "cancel":
            cancel = dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        else:
            dialog.close()

    leave()
    assert question.asked == 1
    assert dialog.isVisible()
    assert dialog.values()["family_name"] == "Шумовы"

    question.discard = True
    leave()
    assert question.asked == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_question_keeps_editing_unless_discard_is_chosen(
    qtbot: QtBot, prompts: ScriptedPrompts
) -> None:
    prompts.answer_discard = Prompts().confirm_discard  # the question itself, as the program asks
    dialog = open_case_dialog(qtbot, prompts)
    dialog.field("region").setFocus()
    type_text(qtbot, dialog.field("region"), "Тверская область")
    seen: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        [chosen] = [b for b in box.buttons() if b.text() == button]
        chosen.click()

    QTimer.singleShot(0, lambda: answer("Keep editing"))
    dialog.reject()
    assert dialog.isVisible()
    assert "New case" in seen[0]
    QTimer.singleShot(0, lambda: answer("Discard"))
    dialog.reject()
    assert not dialog.isVisible()


# File dialogs start where the caseworker was ------------------------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a documents folder in it."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return folder


@pytest.mark.usefixtures("sample_case")
def test_file_dialogs_start_in_the_documents_then_where_the_last_one_was_left(
    qtbot: QtBot,
    context: AppContext,
    home: Path,
    tmp_path: Path,
    prompts: ScriptedPrompts,
) -> None:
    window = shown_window(qtbot, context)
    offered: list[str] = []
    chosen = tmp_path / "Выгрузки" / "дела.xlsx"
    chosen.parent.mkdir()

    def ask_save_path(_title: str, suggested: str) -> str:
        offered.append(suggested)
        return str(chosen)

    def ask_open_path(_title: str, folder: str) -> str:
        offered.append(folder)
        return ""

    prompts.answer_dialog = lambda _dialog: True
    prompts.answer_save = ask_save_path
    prompts.answer_open = ask_open_path

    window.spreadsheets.import_action.trigger()
    assert Path(offered[-1]) == home / "Documents"
    assert Path(offered[-1]) != Path.cwd()

    exporter = window.spreadsheets.exporter
    with qtbot.waitSignal(exporter.finished, timeout=20_000):
        window.spreadsheets.export_action.trigger()
    assert Path(offered[-1]).parent == home / "Documents"
    assert chosen.exists()

    window.spreadsheets.import_action.trigger()
    assert Path(offered[-1]) == chosen.parent
    assert start_folder() == chosen.parent


def test_a_folder_that_is_gone_is_not_offered(home: Path, tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    remember_folder(gone / "дела.xlsx")
    assert start_folder() == gone
    gone.rmdir()
    assert start_folder() == home / "Documents"
    (home / "Documents").rmdir()
    assert start_folder() == home


# A search that finds nothing -----------------------------------------------------------------


def test_a_search_that_finds_nothing_says_so_and_closes_the_case(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    window = shown_window(qtbot, context)
    window.open_case(sample_case.case_id)
    view = window.case_list
    table_at = view.table.mapTo(window, QPoint(0, 0))

    view.search_box.setText("Незнакомов")
    view.apply_filters()
    assert window.case_model.rowCount() == 0
    assert view.nothing_label.isVisible()
    assert view.nothing_label.text() == "Nothing found for “Незнакомов”."
    assert window.shown_case_id is None
    assert window.case_view.current_case_id() is None
    assert not window.add_report_action.isEnabled()
    assert view.table.mapTo(window, QPoint(0, 0)) == table_at  # the message moved nothing

    view.clear_search()
    assert not view.nothing_label.isVisible()
    assert window.case_model.rowCount() == 1

    view.status_filter.setCurrentIndex(view.status_filter.findText("closed"))
    assert view.nothing_label.text() == "No case matches the chosen filters."


# The caseworker's name -----------------------------------------------------------------------


def test_the_name_is_asked_at_the_first_start_and_goes_into_the_audit_trail(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VARIABLE)
    preferences = settings.preferences_store()
    window = shown_window(qtbot, context)
    dialog = ask_name_at_first_start(window, preferences, context)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.name_edit, "   ")
    assert not dialog.save_button.isEnabled()
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, " Анна Волонтёрова ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert settings.CASEWORKER_NAME.read(preferences) == "Анна Волонтёрова"
    assert context.actor == "Анна Волонтёрова"
    dialogs.fill_and_ok({"family_name": "Шумовы"})
    window.new_case()
    with context.database.read() as session:
        who = {entry.actor for entry in session.scalars(select(AuditEntry))}
    assert who == {"Анна Волонтёрова"}
    assert ask_name_at_first_start(window, preferences, context) is None  # asked once


def test_not_now_asks_again_at_the_next_start(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferences = settings.preferences_store()
    window = shown_window(qtbot, context)
    assert ask_name_at_first_start(window, preferences, context) is None  # $CASEWORKER_USER
    monkeypatch.delenv(ENV_VARIABLE)
    dialog = ask_name_at_first_start(window, preferences, context)
    assert dialog is not None
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert settings.CASEWORKER_NAME.read(preferences) == ""
    assert context.actor == ACTOR
    later = ask_name_at_first_start(window, preferences, context)
    assert later is not None
    later.close()
