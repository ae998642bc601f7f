"""The Today window: the work list with overdue inquiries red, most days late first; each
row opens its case at the right place; the overdue count in the main window at start;
printed on A4 pages; exported to a workbook that reads back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.services import inquiries
from caseworker.services.worklist_rows import Section, WorkRow, work_sheet
from tests.conftest import ACTOR
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.worklist_family import shumov_family
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations import announce
from ui.widgets.date_field import PROBLEM_COLOUR
from ui.worklist.model import WorkColumn, WorkListModel
from ui.worklist.window import WorkListWindow


@dataclass(frozen=True)
class Overdue:
    case_id: int
    reference: str
    person_id: int
    relative_id: int
    very_late: int  # 37 days overdue, past the longest legal term
    late: int  # 7 days overdue


@pytest.fixture
def overdue(database: Database) -> Overdue:
    """Two inquiries of one case overdue today (59-FZ, no registration day: due 33 days
    after sending), one of them very overdue (63 days after sending)."""
    today = date.today()
    with database.write() as session:
        family = shumov_family(session)
        late = family.inquiry(session, today - timedelta(days=40))
        very_late = family.inquiry(session, today - timedelta(days=70), applicant=True)
        return Overdue(
            family.case_id, family.reference, family.person_id, family.relative_id, very_late,
            late,
        )  # fmt: skip


def shown_work_list(main_window: MainWindow) -> WorkListWindow:
    main_window.today.action.trigger()
    window = main_window.today.work_list
    assert window is not None and window.isVisible()
    if window.job is not None:
        window.job.wait()
    assert window.sheet is not None
    return window


def texts(model: WorkListModel, number: int) -> list[str]:
    return [model.index(number, column).data() for column in WorkColumn]


def test_overdue_inquiries_are_red_with_their_days_most_late_first(
    main_window: MainWindow, overdue: Overdue
) -> None:
    window = shown_work_list(main_window)
    model = window.model
    assert texts(model, 0)[0] == "Overdue inquiries (2)"
    case, who, addressee, what, _when = texts(model, 1)
    assert (case, who, addressee) == (
        overdue.reference,
        "Шумов Алексей (applicant Шумова Мария)",
        "Минобороны",
    )
    assert "37 days overdue" in what and what.startswith("‼") and "very overdue" in what
    assert "7 days overdue" in texts(model, 2)[3] and "very" not in texts(model, 2)[3]
    for number in (1, 2):
        colour = model.index(number, WorkColumn.WHAT).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QBrush) and colour.color() == PROBLEM_COLOUR
    very = model.index(1, WorkColumn.CASE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(very, QFont) and very.bold()
    assert model.index(2, WorkColumn.CASE).data(Qt.ItemDataRole.FontRole) is None
    # Every section has its heading and count; the first overdue row is current.
    headings = [texts(model, n)[0] for n in range(model.rowCount()) if model.is_heading(n)]
    assert headings[1:] == [
        "Answers due within 7 days (0)",
        "Answers not recorded as reports (0)",
        "Drafts not sent (0)",
        "Families not told within their interval (0)",
        "No news for a long time (0)",
        "Official status behind the facts (0)",
    ]
    assert window.sheet is not None
    assert window.current_row() == window.sheet.rows(Section.OVERDUE)[0]
    assert "2 overdue" in window.summary_label.text()


def test_enter_on_an_inquiry_row_opens_it_on_the_inquiries_tab(
    qtbot: QtBot, main_window: MainWindow, overdue: Overdue
) -> None:
    window = shown_work_list(main_window)
    window.view.setCurrentIndex(window.model.index(2, 0))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    view = main_window.case_view
    assert main_window.shown_case_id == overdue.case_id
    assert view.tabs.currentWidget() is view.inquiries_panel
    line = view.inquiries_panel.selected_line()
    assert line is not None and line.id == overdue.late
    assert view.current_person_id() == overdue.person_id
    # The list stepped aside to show the case; Ctrl+T brings it back at the same row.
    assert not window.isVisible()
    assert "Ctrl+T" in main_window.statusBar().currentMessage()
    assert shown_work_list(main_window) is window
    assert window.current_row() == window.model.row_at(window.model.index(2, 0))


def test_double_click_and_the_open_button_open_the_row(
    qtbot: QtBot, main_window: MainWindow, overdue: Overdue
) -> None:
    window = shown_work_list(main_window)
    rect = window.view.visualRect(window.model.index(1, WorkColumn.WHAT))
    # A double click is a press, a release and a second press (as a person makes it).
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    line = main_window.case_view.inquiries_panel.selected_line()
    assert line is not None and line.id == overdue.very_late

    main_window.case_view.inquiries_panel.select_inquiry(overdue.late)
    window.view.setCurrentIndex(window.model.index(1, 0))
    window.open_button.click()
    line = main_window.case_view.inquiries_panel.selected_line()
    assert line is not None and line.id == overdue.very_late


def test_a_family_row_opens_the_family_log_and_a_person_row_the_timeline(
    main_window: MainWindow, overdue: Overdue
) -> None:
    family = WorkRow(
        Section.FAMILIES_WAITING, overdue.case_id, overdue.reference, "Шумова Мария", "",
        "20 days without news", None, 20, relative_id=overdue.relative_id,
    )  # fmt: skip
    main_window.today.open_row(family)
    view = main_window.case_view
    assert main_window.shown_case_id == overdue.case_id
    assert view.tabs.currentWidget() is view.family_panel
    assert view.current_relative_id() == overdue.relative_id

    stale = WorkRow(
        Section.STALE, overdue.case_id, overdue.reference, "Шумов Алексей", "",
        "No news for 200 days.", date(2026, 1, 1), 200, person_id=overdue.person_id,
    )  # fmt: skip
    main_window.today.open_row(stale)
    assert view.tabs.currentWidget() is view.timeline_panel
    assert view.current_person_id() == overdue.person_id


def test_the_overdue_count_at_start_follows_changes(
    qtbot: QtBot, context: AppContext, database: Database, overdue: Overdue
) -> None:
    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.today.wait()
    label = main_window.today.overdue_label
    assert label.text() == "Overdue inquiries: 2" and label.isVisible()
    assert label.palette().color(label.foregroundRole()) == PROBLEM_COLOUR

    with database.write() as session:
        inquiries.close_inquiry(session, ACTOR, overdue.late, None, "Не нужно")
    announce(context, Change(ChangeKind.ALL))
    qtbot.waitUntil(lambda: label.text() == "Overdue inquiries: 1")


def test_the_window_refreshes_after_a_change(
    qtbot: QtBot, main_window: MainWindow, database: Database, overdue: Overdue, context: AppContext
) -> None:
    window = shown_work_list(main_window)
    with database.write() as session:
        inquiries.close_inquiry(session, ACTOR, overdue.late, None, "Не нужно")
    announce(context, Change(ChangeKind.ALL))
    announce(context, Change(ChangeKind.ALL))
    qtbot.waitUntil(lambda: window.job is not None)
    assert window.job is not None
    window.job.wait()
    assert window.model.index(0, 0).data() == "Overdue inquiries (1)"
    window.refresh_button.click()
    assert window.job is not None and not window.refresh_button.isEnabled()
    window.job.wait()
    assert window.refresh_button.isEnabled()


def test_print_produces_pages(
    main_window: MainWindow, overdue: Overdue, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = shown_work_list(main_window)
    target = tmp_path / "today.pdf"

    def print_to_file(dialog: QPrintDialog) -> bool:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().name() == "A4"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    prompts.answer_print = print_to_file
    window.print_button.click()
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 1
    text = re.sub(r"\s+", " ", document.getAllText(0).text().replace("\u200b", ""))
    assert "Overdue inquiries (2)" in text and overdue.reference in text
    assert "Overdue: 2" in text and "Page 1 of" in text
    assert "sent to the printer" in window.summary_label.text()

    prompts.answer_print = lambda _dialog: False
    assert window.print_list() == 0


def test_export_writes_a_workbook_whose_rows_read_back(
    main_window: MainWindow, overdue: Overdue, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = shown_work_list(main_window)
    suggested: list[str] = []

    def save(_title: str, offered: str) -> str:
        suggested.append(offered)
        return str(tmp_path / "today")

    prompts.answer_save = save
    window.export_button.click()
    assert suggested[0].endswith(f"Work list {date.today().isoformat()}.xlsx")
    path = tmp_path / "today.xlsx"
    page = openpyxl.load_workbook(path).active
    assert page is not None
    rows = list(page.iter_rows(values_only=True))
    assert rows[0][:3] == ("Section", "Case", "Who")
    assert [(row[0], row[1], row[6]) for row in rows[1:]] == [
        ("Overdue inquiries", overdue.reference, 37),
        ("Overdue inquiries", overdue.reference, 7),
    ]
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert read[1][5] == date.today() - timedelta(days=37)


@pytest.mark.usefixtures("overdue")
def test_an_export_into_a_missing_folder_is_refused_in_a_sentence(
    main_window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = shown_work_list(main_window)
    errors: list[BaseException] = []
    prompts.answer_error = errors.append
    prompts.answer_save = lambda _title, _offered: str(tmp_path / "gone" / "today.xlsx")
    assert window.export_list() is None
    assert len(errors) == 1 and "does not exist" in str(errors[0])
    assert not (tmp_path / "gone").exists()


def test_an_empty_work_list_has_nothing_to_open(main_window: MainWindow) -> None:
    window = shown_work_list(main_window)
    assert not window.model.first_row().isValid()
    assert not window.open_button.isEnabled()
    assert window.print_button.isEnabled() and window.export_button.isEnabled()
    main_window.today.wait()
    assert main_window.today.overdue_label.text() == "Overdue inquiries: 0"


@pytest.mark.usefixtures("overdue")
def test_readable_at_1280_by_800(main_window: MainWindow) -> None:
    window = shown_work_list(main_window)
    frame = window.frameGeometry()
    assert frame.width() <= 1280 and frame.height() <= 800
    assert not window.view.horizontalScrollBar().isVisible()
    for column in WorkColumn:
        assert window.view.horizontalHeader().sectionSize(column) >= 60


def test_the_action_is_on_the_menu_and_toolbar_with_ctrl_t(main_window: MainWindow) -> None:
    action = main_window.today.action
    assert action.shortcut().toString() == "Ctrl+T"
    assert main_window.findChild(type(action), "openWorkList") is action
    case_menu = main_window.menuBar().actions()[2].menu()
    assert isinstance(case_menu, QMenu) and action in case_menu.actions()
    toolbar = main_window.findChild(QToolBar, "mainToolBar")
    assert isinstance(toolbar, QToolBar) and action in toolbar.actions()


@pytest.mark.usefixtures("overdue")
def test_the_model(qtmodeltester: ModelTester, database: Database) -> None:
    model = WorkListModel()
    with database.read() as session:
        model.set_sheet(work_sheet(session, date.today()))
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    assert model.row_at(QModelIndex()) is None
