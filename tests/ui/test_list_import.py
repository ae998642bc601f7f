"""The list import window: a messy file read and previewed with its bad rows listed, the
mapping remembered per publisher, the list's details checked field by field, a hostile file
refused in the dialog, the import's result, the same file twice and a newer edition."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.lists import ListField
from caseworker.models import ListEntry, PublishedList
from caseworker.vocab import Claim
from tests.lists.conftest import MESSY_CSV, write_xlsx
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.context import AppContext
from ui.lists.import_dialog import ListImportDialog
from ui.main_window import MainWindow

PUBLISHER = "Комитет «Северный берег»"


def _dialog(qtbot: QtBot, context: AppContext) -> ListImportDialog:
    dialog = ListImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _read(dialog: ListImportDialog, prompts: ScriptedPrompts, path: Path) -> None:
    prompts.answer_open = lambda _title, _folder: str(path)
    dialog.choose_file()
    assert dialog.wait()


def _describe(dialog: ListImportDialog, publisher: str = PUBLISHER) -> None:
    form = dialog.details
    form.name_edit.setText("Обмен 14 ноября")
    form.set_publisher(publisher)
    form.date_field.setText("14.11.2025")
    form.means_combo.setCurrentIndex(form.means_combo.findData(Claim.RELEASED.value))


def _import(dialog: ListImportDialog) -> None:
    dialog.import_button.click()
    assert dialog.wait()


def _counts(database: Database) -> tuple[int, int]:
    with database.read() as session:
        lists = session.scalar(select(func.count()).select_from(PublishedList))
        entries = session.scalar(select(func.count()).select_from(ListEntry))
    return lists or 0, entries or 0


@pytest.fixture
def messy_csv(tmp_path: Path) -> Path:
    path = tmp_path / "обмен.csv"
    path.write_bytes(MESSY_CSV.encode("cp1251"))
    return path


def test_a_messy_csv_is_previewed_with_its_bad_rows_and_imported(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path
) -> None:
    dialog = _dialog(qtbot, context)
    _read(dialog, prompts, messy_csv)

    assert dialog.mapping.mapping()[ListField.FULL_NAME] == "ФИО"
    assert dialog.counts.text() == "3 records, 2 rows with errors"
    assert dialog.entry_model.index(0, 1).data() == "Шумов"
    errors = dialog.error_model.errors()
    assert [error.row for error in errors] == [4, 5]
    assert "no name" in errors[0].message
    assert "31.02.1989" in errors[1].message
    assert "Лодыгин" in dialog.error_model.index(1, 2).data()
    assert _counts(context.database) == (0, 0)

    _describe(dialog)
    _import(dialog)

    assert dialog.outcome is not None and dialog.outcome.created
    said = dialog.status.text()
    assert f"saved as No. {dialog.outcome.list_id}: 3 records." in said
    assert "Not imported, for the errors listed under the preview: 2 rows." in said
    assert _counts(context.database) == (1, 3)
    assert not dialog.import_button.isEnabled()


def test_the_same_file_twice_is_one_list(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path
) -> None:
    first = _dialog(qtbot, context)
    _read(first, prompts, messy_csv)
    _describe(first)
    _import(first)
    again = _dialog(qtbot, context)
    _read(again, prompts, messy_csv)
    _describe(again)
    _import(again)

    assert again.outcome is not None and not again.outcome.created
    assert again.outcome.list_id == first.outcome.list_id if first.outcome else False
    assert "imported before" in again.status.text()
    assert _counts(context.database) == (1, 3)


def test_a_newer_edition_says_what_is_new_and_what_disappeared(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path, tmp_path: Path
) -> None:
    first = _dialog(qtbot, context)
    _read(first, prompts, messy_csv)
    _describe(first)
    _import(first)
    newer = tmp_path / "обмен-2.csv"
    newer.write_text(
        "ФИО;Дата рождения;Личный номер\n"
        "Шумов Алексей Викторович;14.05.1990;АВ-123456\n"
        "Ветров Игнат Олегович;1992;\n",
        encoding="utf-8",
    )
    second = _dialog(qtbot, context)
    _read(second, prompts, newer)
    _describe(second)
    combo = second.details.edition_combo
    assert first.outcome is not None
    combo.setCurrentIndex(combo.findData(first.outcome.list_id))
    _import(second)

    assert "new: 1 record; no longer listed: 2 records." in second.status.text()


def test_the_mapping_is_remembered_for_the_publisher(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    # Headers no rule recognises: the caseworker says which is which.
    first_file = tmp_path / "первый.csv"
    first_file.write_text("Боец;Год;Откуда\nШумов Алексей Викторович;1990;Тверь\n", "utf-8")
    first = _dialog(qtbot, context)
    _read(first, prompts, first_file)
    assert first.mapping.mapping() == {}
    assert "surname, or the whole name" in first.counts.text()
    assert not first.import_button.isEnabled()
    first.mapping.choose("Боец", ListField.FULL_NAME)
    first.mapping.choose("Год", ListField.BORN)
    first.mapping.choose("Откуда", ListField.REGION)
    first.mapping.choose("Год", ListField.BORN)
    assert first.wait()
    assert first.counts.text() == "1 record, 0 rows with errors"
    _describe(first)
    _import(first)
    assert first.outcome is not None and first.outcome.created

    second_file = tmp_path / "второй.csv"
    second_file.write_text("Боец;Год;Откуда\nЗаречный Пётр Ильич;1987;Курск\n", "utf-8")
    second = _dialog(qtbot, context)
    _read(second, prompts, second_file)
    assert second.mapping.mapping() == {}  # no publisher yet
    second.details.set_publisher(PUBLISHER)  # choosing the publisher applies its mapping
    assert second.wait()
    expected = {ListField.FULL_NAME: "Боец", ListField.BORN: "Год", ListField.REGION: "Откуда"}
    assert second.mapping.mapping() == expected
    assert PUBLISHER in second.mapping_note.text()
    assert second.entry_model.index(0, 7).data() == "Курск"

    # With the publisher chosen first, the file's columns come mapped as they are read.
    third = _dialog(qtbot, context)
    third.details.set_publisher(PUBLISHER)
    _read(third, prompts, second_file)
    assert third.mapping.mapping() == expected


def test_one_field_holds_one_column(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path
) -> None:
    dialog = _dialog(qtbot, context)
    _read(dialog, prompts, messy_csv)
    dialog.mapping.choose("Примечание", ListField.FULL_NAME)
    assert dialog.mapping.mapping()[ListField.FULL_NAME] == "Примечание"
    assert "ФИО" not in dialog.mapping.mapping().values()


def test_empty_details_are_said_by_their_fields_and_nothing_is_saved(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path
) -> None:
    dialog = _dialog(qtbot, context)
    _read(dialog, prompts, messy_csv)
    dialog.import_button.click()

    form = dialog.details
    assert form.problem("name") == "The list's name must be given."
    assert form.problem("publisher") == "The publisher must be given."
    assert "publication date" in form.problem("published_on")
    assert form.problem("means")
    assert form.problem("address") == ""
    assert "nothing was saved" in dialog.status.text()
    assert dialog.job is None
    assert _counts(context.database) == (0, 0)

    _describe(dialog)
    _import(dialog)
    assert form.problem("name") == ""
    assert _counts(context.database) == (1, 3)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("старый.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old Excel file"),
        ("двоичный.csv", b"\x00\x01\x02" * 100, "not a text file or a workbook"),
        ("битый.xlsx", b"PK\x03\x04" + b"\xff" * 300, "“битый.xlsx”"),
    ],
)
def test_a_hostile_file_is_refused_in_the_dialog(
    qtbot: QtBot,
    context: AppContext,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    messy_csv: Path,
    name: str,
    content: bytes,
    said: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    dialog = _dialog(qtbot, context)
    _read(dialog, prompts, messy_csv)
    assert dialog.import_button.isEnabled()
    _read(dialog, prompts, path)

    assert said in dialog.source.message.text()
    assert dialog.table is None
    assert dialog.mapping.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert _counts(context.database) == (0, 0)


def test_pasted_text_is_read_as_a_list(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context)
    dialog.source.paste_edit.setPlainText("Фамилия\tИмя\tГод рождения\nВетров\tИгнат\t1992\n")
    dialog.source.read_button.click()
    assert dialog.wait()

    said = dialog.source.message.text()
    assert said == "Read the pasted text: 1 row under the header, 3 columns."
    assert dialog.counts.text() == "1 record, 0 rows with errors"
    assert dialog.entry_model.index(0, 2).data() == "Игнат"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_lists_menu_opens_the_import(main_window: MainWindow) -> None:
    menu = main_window.findChild(QMenu, "listsMenu")
    assert menu is not None
    action = next(a for a in menu.actions() if a.objectName() == "importListAction")
    action.trigger()
    dialog = main_window.lists.dialog
    assert isinstance(dialog, ListImportDialog)
    action.trigger()
    assert main_window.lists.dialog is dialog  # one at a time
    dialog.reject()


def test_closing_asks_before_a_list_read_and_not_imported_is_lost(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, messy_csv: Path
) -> None:
    dialog = _dialog(qtbot, context)
    asked: list[str] = []

    def keep(shown: QWidget) -> bool:
        asked.append(shown.windowTitle())
        return False

    prompts.answer_discard = keep
    dialog.reject()  # nothing read, nothing typed: it closes
    assert not dialog.isVisible() and asked == []

    dialog.show()
    _read(dialog, prompts, messy_csv)
    dialog.reject()
    assert dialog.isVisible() and asked == ["Import a published list"]

    _describe(dialog)
    _import(dialog)
    dialog.reject()  # imported: nothing to lose
    assert not dialog.isVisible() and len(asked) == 1


def test_a_workbook_is_read_and_a_cancelled_import_saves_nothing(
    qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Фамилия", "Имя", "Отчество", "Год рождения"]]
    rows += [[f"Ветров{number}", "Игнат", "Олегович", 1970 + number % 30] for number in range(3000)]
    workbook = write_xlsx(tmp_path / "госпиталь.xlsx", rows)
    dialog = _dialog(qtbot, context)
    _read(dialog, prompts, workbook)
    assert dialog.counts.text() == "3000 records, 0 rows with errors"
    _describe(dialog)

    dialog.import_button.click()
    assert dialog.job is not None
    dialog.cancel_import()  # as Cancel under the progress bar: the rows are still being read
    assert dialog.wait()

    assert dialog.status.text() == "The import was cancelled; nothing was saved."
    assert dialog.import_button.isEnabled()
    assert _counts(context.database) == (0, 0)
