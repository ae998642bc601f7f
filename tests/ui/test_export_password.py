"""Protect with a password: the export dialog's fields, and the import asking the password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.xlsx import export_workbook
from caseworker.xlsx.importing.container import OLE_MAGIC
from tests.conftest import SampleCase
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.main_window import MainWindow
from ui.spreadsheets.export_dialog import ExportScopeDialog
from ui.spreadsheets.import_dialog import ImportDialog

WAIT_MS = 20_000
PASSWORD = "Пароль для юриста 7"
#: Typed key by key (Qt's test keys are ASCII).
TYPED = "Parol dlya yurista 7"


def scope_dialog(qtbot: QtBot) -> ExportScopeDialog:
    dialog = ExportScopeDialog(None, template=False, listed=None, filtered=False, open_case=None)
    qtbot.addWidget(dialog)
    return dialog


def test_the_password_fields_follow_the_check_box(qtbot: QtBot) -> None:
    dialog = scope_dialog(qtbot)
    assert not dialog.protect_box.isChecked()
    assert not dialog.password_edit.isEnabled() and not dialog.repeat_edit.isEnabled()
    for edit in (dialog.password_edit, dialog.repeat_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.protect_box.setChecked(True)
    assert dialog.password_edit.isEnabled() and dialog.repeat_edit.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.password_problem.isHidden()
    assert "Type the password" in dialog.password_problem.text()
    qtbot.keyClicks(dialog.password_edit, TYPED)
    assert dialog.password_problem.isHidden()  # typing clears the sentence
    qtbot.keyClicks(dialog.repeat_edit, TYPED[:-1])
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "differ" in dialog.password_problem.text()
    assert dialog.repeat_edit.selectedText() == TYPED[:-1]  # typed over, as a whole
    qtbot.keyClicks(dialog.repeat_edit, TYPED)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() == TYPED


def test_unprotected_the_dialog_gives_no_password(qtbot: QtBot) -> None:
    dialog = scope_dialog(qtbot)
    dialog.protect_box.setChecked(True)
    qtbot.keyClicks(dialog.password_edit, "not this")
    dialog.protect_box.setChecked(False)  # typed, then changed its mind
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() is None


def test_the_password_is_not_kept_in_the_settings(
    qtbot: QtBot, settings_dir: Path, main_window: MainWindow, prompts: ScriptedPrompts,
    sample_case: SampleCase, tmp_path: Path,
) -> None:  # fmt: skip
    """Export through the menu with a password: the workbook is protected, the message says
    so, and no settings file holds the password."""
    del sample_case

    def protect(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportScopeDialog)
        dialog.set_password(PASSWORD)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    target = tmp_path / "Для юриста.xlsx"
    prompts.answer_dialog = protect
    prompts.answer_save = lambda *_: str(target)
    exporter = main_window.spreadsheets.exporter
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as finished:
        main_window.spreadsheets.export_action.trigger()
    assert finished.args == [target]
    assert target.read_bytes().startswith(OLE_MAGIC)
    [(_title, text)] = prompts.told
    assert "protected with the password" in text
    for path in settings_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and PASSWORD.encode("utf-16-le") not in data


@pytest.fixture
def protected(database: Database, sample_case: SampleCase, tmp_path: Path) -> Path:
    del sample_case
    path = tmp_path / "Защищённая.xlsx"
    with database.read() as session:
        export_workbook(session, path, password=PASSWORD)
    return path


def test_the_import_asks_the_password_again_after_a_wrong_one(
    qtbot: QtBot, main_window: MainWindow, prompts: ScriptedPrompts, protected: Path
) -> None:
    asked: list[tuple[str, str]] = []
    answers = iter(["неверный", PASSWORD])

    def password(title: str, text: str) -> str | None:
        asked.append((title, text))
        return next(answers)

    prompts.answer_open = lambda *_: str(protected)
    prompts.answer_password = password
    importer = main_window.spreadsheets.importer
    with qtbot.waitSignal(importer.previewed, timeout=WAIT_MS) as previewed:
        main_window.spreadsheets.import_action.trigger()
    dialog = previewed.args[0]
    assert isinstance(dialog, ImportDialog)
    assert dialog.plan.clean and dialog.plan.unchanged == 5
    assert len(asked) == 2
    assert "“Защищённая.xlsx” is protected with a password" in asked[0][1]
    assert asked[1][1].startswith("The password of this workbook is not right.")
    dialog.reject()


def test_cancelling_the_password_imports_nothing(
    qtbot: QtBot, main_window: MainWindow, prompts: ScriptedPrompts, protected: Path
) -> None:
    prompts.answer_open = lambda *_: str(protected)
    prompts.answer_password = lambda *_: None
    errors: list[BaseException] = []
    prompts.answer_error = errors.append
    importer = main_window.spreadsheets.importer
    with qtbot.waitSignal(importer.finished, timeout=WAIT_MS) as finished:
        main_window.spreadsheets.import_action.trigger()
    assert finished.args == [None]
    assert errors == []
    assert importer.dialog is None and not importer.busy
    assert main_window.spreadsheets.import_action.isEnabled()
