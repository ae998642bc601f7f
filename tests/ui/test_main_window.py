"""The main window as a caseworker uses it: find, sort, filter, open, start, remember."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caseworker import i18n
from caseworker.db import Database
from caseworker.errors import DatabaseUnavailable, ValidationError
from caseworker.vocab import CaseStatus
from tests.conftest import SampleCase
from tests.ui.conftest import add_case, heard_everything, shown_main_window
from tests.ui.fixtures_case import ScriptedDialogs
from ui import settings
from ui.app import ExceptionHook, open_database_or_explain
from ui.case_list_model import CaseColumn, locale_date
from ui.case_list_view import SEARCH_DELAY_MS
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.translations import install_translations


def families(window: MainWindow) -> list[str]:
    model = window.case_model
    return [model.index(row, CaseColumn.FAMILY).data() for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks accepts ASCII only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type as a user does and wait for the list to follow (after the typing pause)."""
    box = window.case_list.search_box
    heard_everything(qtbot, window)
    box.clear()
    with qtbot.waitSignal(window.case_model.modelReset, timeout=2000):
        type_text(box, text)
    assert box.text() == text


def status_text(window: MainWindow, name: str) -> str:
    label = window.statusBar().findChild(QLabel, name)
    assert label is not None
    return label.text()


# Finding a case -------------------------------------------------------------------------------


def test_search_ignores_letter_case_and_treats_yo_as_ye(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_case(database, "Шумовы", relative_surname="ШУМОВА", relative_given_name="ОЛЬГА")
    add_case(database, "Фёдоровы", relative_surname="Семёнова")
    add_case(database, "Ивановы", region="Тверская область")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.case_model.rowCount() == 3

    type_search(qtbot, window, "шумова")
    assert families(window) == ["Шумовы"]
    type_search(qtbot, window, "семенова")
    assert families(window) == ["Фёдоровы"]
    type_search(qtbot, window, "федоровы")
    assert families(window) == ["Фёдоровы"]
    assert status_text(window, "caseCount") == "Cases: 1"


@pytest.mark.usefixtures("sample_case")
def test_ctrl_f_focuses_the_search_and_escape_clears_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.case_list.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = main_window.case_list.search_box
    assert box.hasFocus()
    type_search(qtbot, main_window, "нет такого")
    assert main_window.case_model.rowCount() == 0
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert main_window.case_model.rowCount() == 1


def test_clicking_a_header_sorts_the_list(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    for family in ("Борисовы", "Антоновы", "Вдовины"):
        add_case(database, family)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert families(window) == ["Борисовы", "Антоновы", "Вдовины"]  # by reference

    header = window.case_list.table.horizontalHeader()
    where = QPoint(
        header.sectionViewportPosition(CaseColumn.FAMILY)
        + header.sectionSize(CaseColumn.FAMILY) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert families(window) == ["Антоновы", "Борисовы", "Вдовины"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert families(window) == ["Вдовины", "Борисовы", "Антоновы"]


def test_status_and_region_filters(qtbot: QtBot, database: Database, context: AppContext) -> None:
    add_case(database, "Петровы", region="Курская область")
    add_case(database, "Сидоровы", region="Тверская область", status=CaseStatus.CLOSED)
    add_case(database, "Кузнецовы", region="Тверская область")
    window = MainWindow(context)
    qtbot.addWidget(window)
    view = window.case_list

    view.region_filter.setCurrentIndex(view.region_filter.findText("Тверская область"))
    assert families(window) == ["Сидоровы", "Кузнецовы"]
    view.status_filter.setCurrentIndex(view.status_filter.findText("Open or located"))
    assert families(window) == ["Кузнецовы"]
    view.clear_filters()
    assert len(families(window)) == 3


# Opening a case -------------------------------------------------------------------------------


def test_selecting_a_row_opens_the_case(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    main_window: MainWindow,
    sample_case: SampleCase,
    database: Database,
) -> None:
    other = add_case(database, "Ивановы")
    main_window.case_list.refresh()
    assert not main_window.add_report_action.isEnabled()
    shown: list[int | None] = []
    show_case = main_window.case_view.show_case

    def record_show_case(case_id: int | None) -> None:
        shown.append(case_id)
        show_case(case_id)

    monkeypatch.setattr(main_window.case_view, "show_case", record_show_case)

    table = main_window.case_list.table
    row = main_window.case_model.row_of_case(other)
    assert row is not None
    rect = table.visualRect(main_window.case_model.index(row, CaseColumn.FAMILY))
    with qtbot.waitSignal(main_window.case_list.case_selected) as selected:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [other]
    assert main_window.shown_case_id == other
    assert shown == [other], "the case is loaded once"
    main_window.open_case(sample_case.case_id)
    assert shown == [other, sample_case.case_id]
    assert main_window.case_list.current_case_id() == sample_case.case_id
    assert main_window.add_report_action.isEnabled()
    assert main_window.centralWidget() is main_window.splitter


def test_a_change_refreshes_the_list_and_keeps_the_selection(
    main_window: MainWindow, sample_case: SampleCase, database: Database, context: AppContext
) -> None:
    main_window.case_list.refresh()
    assert main_window.case_list.select_case(sample_case.case_id)
    new_id = add_case(database, "Абрамовы", region="Новгородская область")
    context.notifier.notify(Change(ChangeKind.CASE, new_id))

    assert "Абрамовы" in families(main_window)
    assert main_window.case_list.current_case_id() == sample_case.case_id
    assert main_window.shown_case_id == sample_case.case_id
    assert main_window.case_list.region_filter.findText("Новгородская область") >= 0
    assert status_text(main_window, "caseCount") == "Cases: 2"


def test_status_bar_names_the_database(main_window: MainWindow, database: Database) -> None:
    assert database.display_name in status_text(main_window, "databaseName")
    assert status_text(main_window, "caseCount") == "Cases: 0"


# Empty database -------------------------------------------------------------------------------


def test_empty_database_offers_new_case_and_demo(main_window: MainWindow) -> None:
    empty = main_window.empty_state
    assert empty.isVisible()
    assert empty.new_case_button.isVisible()
    assert empty.demo_button.isVisible()


def test_load_demo_fills_the_list(qtbot: QtBot, main_window: MainWindow) -> None:
    qtbot.mouseClick(main_window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.case_model.rowCount() >= 5
    assert not main_window.empty_state.isVisible()
    assert main_window.case_view.isVisible()


def test_empty_state_gives_way_when_a_case_arrives(
    main_window: MainWindow, database: Database, context: AppContext
) -> None:
    case_id = add_case(database, "Орловы")
    context.notifier.notify(Change(ChangeKind.CASE, case_id))
    assert not main_window.empty_state.isVisible()
    assert families(main_window) == ["Орловы"]


# Remembering the layout and the settings ------------------------------------------------------


def test_window_geometry_and_splitter_are_restored(
    qtbot: QtBot, context: AppContext, settings_dir: Path
) -> None:
    first = shown_main_window(qtbot, context)
    first.resize(780, 640)
    assert (first.width(), first.height()) == (780, 640)
    first.splitter.setSizes([320, 440])
    sizes = first.splitter.sizes()
    first.close()
    assert list(settings_dir.rglob("window-state.ini"))

    second = shown_main_window(qtbot, context)
    assert (second.width(), second.height()) == (780, 640)
    assert second.splitter.sizes() == sizes


@pytest.mark.usefixtures("settings_dir")
def test_the_case_views_split_is_restored(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    first = shown_main_window(qtbot, context)
    first.open_case(sample_case.case_id)
    first.case_view.splitter.setSizes([90, 150, 300])
    case_split = first.case_view.splitter.saveState()
    first.close()

    second = shown_main_window(qtbot, context)
    # Kept until the case's page is built, as the case reopened after the first paint is shown.
    assert second.case_view.splitter_state() == case_split
    qtbot.waitUntil(lambda: second.shown_case_id == sample_case.case_id)
    assert second.case_view.splitter.saveState() == case_split


@pytest.mark.usefixtures("qtbot")
def test_settings_dialog_saves_the_name_and_language(
    main_window: MainWindow, context: AppContext
) -> None:
    dialog = main_window.open_settings()
    assert dialog.isVisible() and dialog.isModal()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.caseworker_name.setText("  Анна Волонтёрова ")
    dialog.accept()

    assert context.actor == "Анна Волонтёрова"
    store = settings.preferences_store()
    assert settings.LANGUAGE.read(store) == "ru"
    assert settings.CASEWORKER_NAME.read(store) == "Анна Волонтёрова"
    assert settings.MAIN_WINDOW_GEOMETRY.read(store).isEmpty(), "layout is kept apart"


def test_settings_dialog_refuses_a_blank_name(
    main_window: MainWindow, recorded_messages: list[str]
) -> None:
    dialog = main_window.open_settings()
    dialog.caseworker_name.setText("   ")
    with pytest.raises(ValidationError):
        dialog.check()
    dialog.accept()
    assert dialog.isVisible()
    assert len(recorded_messages) == 1


def test_settings_read_their_declared_type_and_default(settings_dir: Path) -> None:
    store = QSettings(str(settings_dir / "typed.ini"), QSettings.Format.IniFormat)
    assert settings.LANGUAGE.read(store) == ""
    settings.LANGUAGE.write(store, "en")
    assert settings.LANGUAGE.read(store) == "en"
    settings.LANGUAGE.reset(store)
    assert settings.LANGUAGE.read(store) == ""


def test_a_chosen_language_sets_the_locale_dates_follow(qapp: QApplication) -> None:
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    try:
        assert QLocale().language() == QLocale.Language.Russian
        assert locale_date(date(2026, 4, 2)) == "02.04.2026"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
        i18n.install_translator(None)


# Start-up and errors --------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_a_database_from_a_newer_version_is_explained(
    tmp_path: Path, recorded_messages: list[str]
) -> None:
    path = tmp_path / "newer.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('from_the_future')")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    assert open_database_or_explain(str(path)) is None
    assert len(recorded_messages) == 1
    assert "newer version" in recorded_messages[0]
    assert path.read_bytes() == before


@pytest.mark.usefixtures("qapp")
def test_unexpected_exceptions_are_logged_and_shown(
    recorded_messages: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    hook = ExceptionHook()
    error = RuntimeError("boom")
    with caplog.at_level(logging.ERROR):
        hook(RuntimeError, error, None)
    assert any(record.exc_info and record.exc_info[1] is error for record in caplog.records)
    assert len(recorded_messages) == 1
    assert "did not expect" in recorded_messages[0]


@pytest.mark.usefixtures("qapp")
def test_a_lost_server_reaching_the_hook_is_said_by_its_sentence_not_as_a_bug(
    recorded_messages: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    hook = ExceptionHook()
    error = DatabaseUnavailable("Caseworker cannot connect to the database server db:5432.")
    with caplog.at_level(logging.WARNING):
        hook(DatabaseUnavailable, error, None)
    assert not any(record.levelno >= logging.ERROR for record in caplog.records)
    assert recorded_messages == [error.message]


def test_a_two_letter_search_filters_as_you_type_and_enter_opens_the_first_case(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_case(database, "Ли", relative_surname="Ли")
    add_case(database, "Ивановы")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    box = window.case_list.search_box
    box.setFocus()
    type_text(box, "ли")
    qtbot.waitUntil(lambda: families(window) == ["Ли"], timeout=SEARCH_DELAY_MS + 10_000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.shown_case_id == window.case_model.case_id(0), "Enter opens the first case"


def test_ctrl_n_creates_a_case_that_opens_and_can_be_found(
    qtbot: QtBot, dialogs: ScriptedDialogs, main_window: MainWindow, sample_case: SampleCase
) -> None:
    main_window.case_list.refresh()
    dialogs.fill_and_ok({"family_name": "Волковы", "region": "Брянская область"})
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.assert_done()

    assert "Волковы" in families(main_window)
    new_id = main_window.case_list.current_case_id()
    assert new_id is not None and new_id != sample_case.case_id
    assert main_window.shown_case_id == new_id
    assert main_window.case_view.current_case_id() == new_id
    assert main_window.add_report_action.isEnabled()
    type_search(qtbot, main_window, "волков")
    assert families(main_window) == ["Волковы"]
    assert main_window.case_list.current_case_id() == new_id, "still selected"


def test_ctrl_r_adds_a_report_to_the_open_case(
    qtbot: QtBot, dialogs: ScriptedDialogs, main_window: MainWindow, sample_case: SampleCase
) -> None:
    main_window.case_list.refresh()
    main_window.case_list.select_case(sample_case.case_id)
    assert main_window.shown_case_id == sample_case.case_id
    reports = main_window.case_view.report_model
    before = reports.rowCount()
    dialogs.fill_and_ok({"claim": "captured", "event": "2026-05-01", "source_kind": "media"})
    qtbot.keyClick(main_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialogs.assert_done()
    assert reports.rowCount() == before + 1
