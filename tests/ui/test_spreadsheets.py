"""File > Export…, Export offline template… and Import…, driven through the main window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.models import AuditEntry, Report, SoughtPerson
from caseworker.services import persons, reports
from caseworker.xlsx import ImportOutcome, export_workbook
from caseworker.xlsx.export import writer as export_module
from tests.conftest import ACTOR, SampleCase
from tests.ui.conftest import add_case
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.xlsx.conftest import edit, find_row, set_cell
from ui.changes import Change, ChangeKind
from ui.main_window import MainWindow
from ui.spreadsheets import export_actions
from ui.spreadsheets.conflict_model import ConflictColumn
from ui.spreadsheets.export_dialog import ExportScope, ExportScopeDialog
from ui.spreadsheets.import_dialog import ImportDialog

WAIT_MS = 20_000


class Desk:
    """Answers the file dialogs and records the messages instead of letting them block."""

    def __init__(self, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scope = ExportScope.ALL
        self.save_to: Path | None = None
        self.open_path: Path | None = None
        self.errors: list[str] = []
        self._prompts = prompts
        prompts.answer_dialog = self._run_scope
        prompts.answer_save = lambda *_: str(self.save_to)
        prompts.answer_open = lambda *_: str(self.open_path)
        errors = self.errors

        def record_error(box: QMessageBox) -> int:
            errors.append(box.text())
            return int(QMessageBox.StandardButton.Ok)

        monkeypatch.setattr(QMessageBox, "exec", record_error)
        self.offered: list[dict[ExportScope, bool]] = []  # which scopes each dialog offered

    def _run_scope(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportScopeDialog)
        buttons = {
            ExportScope.ALL: dialog.all_button,
            ExportScope.LISTED: dialog.listed_button,
            ExportScope.OPEN_CASE: dialog.case_button,
        }
        self.offered.append({scope: button.isEnabled() for scope, button in buttons.items()})
        dialog.set_scope(self.scope)
        return True

    @property
    def told(self) -> list[str]:
        """What the messages said, in order."""
        return [text for _title, text in self._prompts.told]


@pytest.fixture
def desk(prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return Desk(prompts, monkeypatch)


def export_through_menu(
    qtbot: QtBot, window: MainWindow, desk: Desk, path: Path, *, template: bool = False
) -> Any:
    desk.save_to = path
    actions = window.spreadsheets
    action = actions.template_action if template else actions.export_action
    with qtbot.waitSignal(actions.exporter.finished, timeout=WAIT_MS) as finished:
        action.trigger()
    return finished.args[0]


def calamine_rows(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def families_in(path: Path) -> list[str]:
    rows = calamine_rows(path, "Cases")
    at = rows[0].index("Family")
    return sorted(str(row[at]) for row in rows[1:])


def open_preview(qtbot: QtBot, window: MainWindow, desk: Desk, path: Path) -> ImportDialog:
    desk.open_path = path
    importer = window.spreadsheets.importer
    with qtbot.waitSignal(importer.previewed, timeout=WAIT_MS) as previewed:
        window.spreadsheets.import_action.trigger()
    dialog = previewed.args[0]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def label_text(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label.text()


def exported(database: Database, path: Path) -> Path:
    with database.read() as session:
        export_workbook(session, path)
    return path


def audit_count(database: Database) -> int:
    with database.read() as session:
        return session.query(AuditEntry).count()


PreviewOf = Callable[[Callable[[Path], object]], ImportDialog]


@pytest.fixture
def preview_of(
    qtbot: QtBot, database: Database, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> PreviewOf:
    """Opens, through File > Import…, the preview of every case exported to a workbook that
    ``change(path)`` edited first."""

    def preview(change: Callable[[Path], object]) -> ImportDialog:
        path = exported(database, tmp_path / "cases.xlsx")
        change(path)
        return open_preview(qtbot, main_window, desk, path)

    return preview


# Export ---------------------------------------------------------------------------------------


def test_the_file_menu_offers_export_template_and_import(main_window: MainWindow) -> None:
    file_menu = main_window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [action.text() for action in file_menu.actions()]
    assert {"&Export…", "Export offline &template…", "&Import…"} <= set(texts)


@pytest.mark.usefixtures("sample_case")
def test_export_through_the_menu_writes_a_workbook(
    qtbot: QtBot, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    target = tmp_path / "Все дела.xlsx"
    written = export_through_menu(qtbot, main_window, desk, target)
    assert written == target
    workbook = load_workbook(target, read_only=True)
    assert {"Cases", "Persons", "Reports"} <= set(workbook.sheetnames)
    workbook.close()
    assert families_in(target) == ["Шумовы"]
    reports_sheet = calamine_rows(target, "Reports")
    assert len(reports_sheet) == 3  # the header and the two reports
    assert str(target) in desk.told[0]
    assert str(target) in main_window.statusBar().currentMessage()
    assert main_window.spreadsheets.export_action.isEnabled()


@pytest.mark.usefixtures("sample_case")
def test_a_large_export_through_the_menu_reads_in_a_second_process(
    qtbot: QtBot,
    main_window: MainWindow,
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One case counts as "large" here; the worker thread starts the child process.
    monkeypatch.setattr(export_module, "SEPARATE_PROCESS_FROM_CASES", 1)
    target = tmp_path / "большая.xlsx"
    assert export_through_menu(qtbot, main_window, desk, target) == target
    assert families_in(target) == ["Шумовы"]
    assert len(calamine_rows(target, "Reports")) == 3


@pytest.mark.usefixtures("sample_case")
def test_a_name_without_suffix_gets_xlsx(
    qtbot: QtBot, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    written = export_through_menu(qtbot, main_window, desk, tmp_path / "отчёт")
    assert written == tmp_path / "отчёт.xlsx"
    assert written.exists()


def test_export_of_the_filtered_list_holds_only_the_listed_cases(
    qtbot: QtBot,
    database: Database,
    main_window: MainWindow,
    desk: Desk,
    tmp_path: Path,
) -> None:
    add_case(database, "Петровы", region="Курская область")
    add_case(database, "Сидоровы", region="Тверская область")
    add_case(database, "Кузнецовы", region="Тверская область")
    main_window.case_list.refresh(None)
    view = main_window.case_list
    view.region_filter.setCurrentIndex(view.region_filter.findText("Тверская область"))
    desk.scope = ExportScope.LISTED
    target = export_through_menu(qtbot, main_window, desk, tmp_path / "tver.xlsx")
    assert desk.offered == [
        {ExportScope.ALL: True, ExportScope.LISTED: True, ExportScope.OPEN_CASE: False}
    ]
    assert families_in(target) == ["Кузнецовы", "Сидоровы"]


def test_export_of_the_open_case(
    qtbot: QtBot, database: Database, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    add_case(database, "Петровы")
    wanted = add_case(database, "Сидоровы")
    main_window.open_case(wanted)
    desk.scope = ExportScope.OPEN_CASE
    target = export_through_menu(qtbot, main_window, desk, tmp_path / "one.xlsx")
    assert families_in(target) == ["Сидоровы"]
    assert desk.offered[0][ExportScope.OPEN_CASE]


@pytest.mark.usefixtures("sample_case")
def test_the_offline_template_has_the_cases_but_no_reports(
    qtbot: QtBot, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    target = export_through_menu(qtbot, main_window, desk, tmp_path / "t.xlsx", template=True)
    assert families_in(target) == ["Шумовы"]
    assert len(calamine_rows(target, "Reports")) <= 1
    assert "template" in desk.told[0]


@pytest.mark.usefixtures("sample_case")
def test_cancel_during_export_leaves_no_file(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    main_window: MainWindow,
    desk: Desk,
    tmp_path: Path,
) -> None:
    gate = threading.Event()

    def held_export(*args: Any, **kwargs: Any) -> Any:
        # The export starts only once the test has pressed Cancel: no race with the worker.
        assert gate.wait(WAIT_MS / 1000)
        return export_workbook(*args, **kwargs)

    monkeypatch.setattr(export_actions, "export_workbook", held_export)
    desk.save_to = tmp_path / "cancelled.xlsx"
    exporter = main_window.spreadsheets.exporter
    main_window.spreadsheets.export_action.trigger()
    # The window goes on working while the export runs; no second export can start.
    assert exporter.busy and exporter.progress_dialog is not None
    assert not main_window.spreadsheets.export_action.isEnabled()
    qtbot.wait(100)
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as finished:
        cancel = exporter.progress_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
        gate.set()
    assert finished.args == [None]
    assert list(tmp_path.glob("cancelled.xlsx*")) == []
    assert "cancelled" in main_window.statusBar().currentMessage()
    assert desk.told == [] and desk.errors == []
    assert main_window.spreadsheets.export_action.isEnabled()


@pytest.mark.usefixtures("sample_case")
def test_a_file_that_cannot_be_written_is_explained(
    qtbot: QtBot, main_window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    assert export_through_menu(qtbot, main_window, desk, tmp_path / "no" / "such.xlsx") is None
    assert "such.xlsx" in desk.errors[0]


# Import ---------------------------------------------------------------------------------------


def break_a_cell(path: Path) -> None:
    def change(workbook: Workbook) -> None:
        sheet = workbook["Reports"]
        row = find_row(sheet, "Claim", "killed")
        set_cell(sheet, row, "Place", "Суджа")
        set_cell(sheet, find_row(sheet, "Claim", "wounded, in hospital"), "Claim", "живой")

    edit(path, change)


def test_the_preview_shows_counts_and_errors_and_writes_nothing(
    qtbot: QtBot,
    database: Database,
    main_window: MainWindow,
    sample_case: SampleCase,
    preview_of: PreviewOf,
) -> None:
    before = audit_count(database)  # the export only reads
    dialog = preview_of(break_a_cell)

    assert ">1<" in label_text(dialog, "updatedCount")  # the place typed in the workbook
    assert ">0<" in label_text(dialog, "createdCount")
    model = dialog.error_model
    assert model.rowCount() == 1
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown[:4] == ["Reports", 3, "Claim", "живой"]
    assert "живой" in shown[4]
    assert dialog.tabs.tabText(0) == "Invalid cells (1)"
    # Every change is listed with its record, field, value now and after.
    assert dialog.tabs.tabText(1) == "Changes (1)"
    changes = dialog.change_model
    line = [changes.index(0, column).data() for column in range(changes.columnCount())]
    assert line[0] == "Reports" and line[3] == "Place"
    assert line[2].startswith(sample_case.reference) and line[4:] == ["", "Суджа"]
    assert not dialog.apply_button.isEnabled()
    assert "Fix them in the workbook" in label_text(dialog, "importStatus")

    copy = dialog.findChild(QPushButton, "copyErrors")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard().text()
    assert "Reports\t3\tClaim\tживой\t" in clipboard

    with qtbot.waitSignal(main_window.spreadsheets.importer.finished, timeout=WAIT_MS):
        dialog.reject()
    assert audit_count(database) == before
    with database.read() as session:
        report = session.get(Report, sample_case.killed_report_id)
        assert report is not None and report.place == ""
    assert main_window.spreadsheets.import_action.isEnabled()


def conflicting_edits(database: Database, sample: SampleCase, path: Path) -> None:
    """The place and the unit change in the workbook and, meanwhile, in the database."""
    with database.write() as session:
        reports.update_report(session, ACTOR, sample.killed_report_id, None, place="Суджа")
        persons.update_person(session, ACTOR, sample.person_id, None, unit="в/ч 11111")

    def change(workbook: Workbook) -> None:
        sheet = workbook["Reports"]
        set_cell(sheet, find_row(sheet, "Claim", "killed"), "Place", "Казачья Локня")
        people = workbook["Persons"]
        set_cell(people, find_row(people, "Surname", "Шумов"), "Unit", "в/ч 22222")

    edit(path, change)


@pytest.fixture
def conflict_preview(
    database: Database, sample_case: SampleCase, preview_of: PreviewOf
) -> ImportDialog:
    """The preview of an exported workbook whose place and unit changed in the database too."""
    return preview_of(lambda path: conflicting_edits(database, sample_case, path))


def stored_place_and_unit(database: Database, sample: SampleCase) -> tuple[str, str]:
    """The killed report's place and the person's unit, as the database holds them."""
    with database.read() as session:
        report = session.get(Report, sample.killed_report_id)
        person = session.get(SoughtPerson, sample.person_id)
        assert report is not None and person is not None
        return report.place, person.unit


def click_value(qtbot: QtBot, dialog: ImportDialog, field: str, column: ConflictColumn) -> None:
    model, view = dialog.conflict_model, dialog.conflict_view
    [row] = [
        r for r in range(model.rowCount()) if model.index(r, ConflictColumn.FIELD).data() == field
    ]
    page = view.parentWidget()
    assert page is not None
    dialog.tabs.setCurrentWidget(page)
    rect = view.visualRect(model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_conflict_is_chosen_field_by_field_and_apply_writes_only_the_choices(
    qtbot: QtBot,
    database: Database,
    main_window: MainWindow,
    desk: Desk,
    sample_case: SampleCase,
    conflict_preview: ImportDialog,
) -> None:
    dialog = conflict_preview
    changes: list[Change] = []
    main_window._context.notifier.changed.connect(changes.append)

    model = dialog.conflict_model
    pairs = {
        model.index(r, ConflictColumn.FIELD).data(): (
            model.index(r, ConflictColumn.WORKBOOK).data(),
            model.index(r, ConflictColumn.DATABASE).data(),
        )
        for r in range(model.rowCount())
    }
    assert pairs == {"Place": ("Казачья Локня", "Суджа"), "Unit": ("в/ч 22222", "в/ч 11111")}
    records = {model.index(r, ConflictColumn.RECORD).data() for r in range(model.rowCount())}
    name = f"{sample_case.reference} Шумов Алексей Петрович"
    assert records == {name, f"{name}: killed, 2026-04-02"}
    assert not dialog.apply_button.isEnabled()

    click_value(qtbot, dialog, "Place", ConflictColumn.WORKBOOK)
    assert not dialog.apply_button.isEnabled()  # the unit is still to choose
    assert "1" in label_text(dialog, "importStatus")
    click_value(qtbot, dialog, "Unit", ConflictColumn.DATABASE)
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(main_window.spreadsheets.importer.finished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert isinstance(outcome, ImportOutcome)
    assert stored_place_and_unit(database, sample_case) == ("Казачья Локня", "в/ч 11111")
    assert Change(ChangeKind.ALL) in changes
    assert "cases.xlsx" in desk.told[0] and "updated" in desk.told[0]
    assert desk.errors == []


def test_keep_all_database_then_apply_changes_nothing_that_conflicted(
    qtbot: QtBot,
    database: Database,
    main_window: MainWindow,
    sample_case: SampleCase,
    conflict_preview: ImportDialog,
) -> None:
    dialog = conflict_preview
    keep_all = dialog.findChild(QWidget, "keepAllDatabase")
    assert keep_all is not None
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(keep_all, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(main_window.spreadsheets.importer.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert stored_place_and_unit(database, sample_case) == ("Суджа", "в/ч 11111")


def test_a_change_after_the_preview_is_not_overwritten(
    qtbot: QtBot, database: Database, desk: Desk, sample_case: SampleCase, preview_of: PreviewOf
) -> None:
    dialog = preview_of(
        lambda path: edit(path, lambda wb: set_cell(wb["Persons"], 2, "Unit", "в/ч 22222"))
    )
    assert dialog.apply_button.isEnabled()
    with database.write() as session:
        persons.update_person(session, ACTOR, sample_case.person_id, None, rank="сержант")

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(desk.errors), timeout=WAIT_MS)
    assert not dialog.apply_button.isEnabled()
    assert "changed after this preview" in label_text(dialog, "importStatus")
    with database.read() as session:
        person = session.get(SoughtPerson, sample_case.person_id)
        assert person is not None and person.unit == "в/ч 00000"
    dialog.reject()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"surname;given name\n", "is not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "password-protected"),
    ],
)
def test_a_refused_file_is_explained(
    qtbot: QtBot,
    main_window: MainWindow,
    desk: Desk,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "чужой.xlsx"
    path.write_bytes(content)
    desk.open_path = path
    importer = main_window.spreadsheets.importer
    with qtbot.waitSignal(importer.finished, timeout=WAIT_MS) as finished:
        main_window.spreadsheets.import_action.trigger()
    assert finished.args == [None]
    [message] = desk.errors
    assert expected in message and "чужой.xlsx" in message
    assert importer.dialog is None and main_window.spreadsheets.import_action.isEnabled()


@pytest.mark.usefixtures("desk")
def test_choosing_no_file_does_nothing(main_window: MainWindow, prompts: ScriptedPrompts) -> None:
    never: Callable[..., str] = lambda *_: ""  # noqa: E731
    prompts.answer_open = never
    prompts.answer_save = never
    assert not main_window.spreadsheets.importer.import_workbook()
    assert not main_window.spreadsheets.exporter.export(template=False)
    assert main_window.spreadsheets.import_action.isEnabled()


def test_importing_the_same_workbook_again_shows_it_was_imported_already(
    qtbot: QtBot,
    database: Database,
    main_window: MainWindow,
    sample_case: SampleCase,
    preview_of: PreviewOf,
) -> None:
    from tests.xlsx.conftest import import_all
    from tests.xlsx.test_idempotent_import import add_report_row

    def imported_once(path: Path) -> None:
        edit(path, lambda workbook: add_report_row(workbook, sample_case.reference))
        import_all(database, path)

    dialog = preview_of(imported_once)
    assert ">0<" in label_text(dialog, "createdCount")
    assert "already imported on" in label_text(dialog, "earlierImport")
    assert dialog.earlier_label.isVisibleTo(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Already present (1)"], "and nothing else: the import changes nothing"
    item = dialog.present_list.item(0).text()
    assert "captured" in item and "already imported on" in item and "cases.xlsx" in item
    with qtbot.waitSignal(main_window.spreadsheets.importer.finished, timeout=WAIT_MS):
        dialog.reject()
