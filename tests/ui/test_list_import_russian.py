"""The list import window in Russian: counts in their plural forms, the result in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker import i18n
from caseworker.vocab import Claim
from tests.lists.conftest import MESSY_CSV
from ui.context import AppContext
from ui.lists.import_dialog import ListImportDialog
from ui.translations import install_translations


@pytest.fixture
def russian_window(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    assert translators, "the Russian .qm is built (make translations)"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install_translator(None)


@pytest.mark.usefixtures("russian_window")
def test_the_counts_and_the_result_read_in_russian(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "обмен.csv"
    path.write_bytes(MESSY_CSV.encode("cp1251"))
    dialog = ListImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.read_file(path)
    assert dialog.wait()
    assert dialog.source.message.text() == (
        "Прочитан «обмен.csv»: 5 строк под заголовком, 5 столбцов."
    )
    assert dialog.counts.text() == "3 записи, 2 строки с ошибками"

    dialog.import_button.click()
    assert dialog.details.problem("name") == "Заполните поле «Название списка»."

    form = dialog.details
    form.name_edit.setText("Обмен 14 ноября")
    form.set_publisher("Координационный штаб")
    form.date_field.setText("14.11.2025")
    form.means_combo.setCurrentIndex(form.means_combo.findData(Claim.RELEASED.value))
    dialog.import_button.click()
    assert dialog.wait()
    assert dialog.status.text() == (
        "Список «Обмен 14 ноября» сохранён под № 1: 3 записи. Не импортированы из-за ошибок "
        "2 строки (они перечислены в предпросмотре)."
    )
