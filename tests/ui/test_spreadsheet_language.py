"""The window suggests the workbook's file name in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from caseworker import i18n
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.main_window import MainWindow
from ui.translations import install_translations


@pytest.fixture
def russian_window(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install_translator(None)


@pytest.fixture
def suggested(prompts: ScriptedPrompts) -> list[str]:
    """The file names the save dialog is opened with (it is then cancelled)."""
    names: list[str] = []

    def ask(_title: str, name: str) -> str:
        names.append(name)
        return ""

    prompts.answer_dialog = lambda _dialog: True
    prompts.answer_save = ask
    return names


@pytest.mark.usefixtures("russian_window", "sample_case")
@pytest.mark.parametrize(
    ("template", "expected"),
    [(False, "Дела {day}.xlsx"), (True, "Шаблон для автономного ввода {day}.xlsx")],
)
def test_the_suggested_file_name_is_russian(
    main_window: MainWindow,
    suggested: list[str],
    template: bool,
    expected: str,
) -> None:
    assert not main_window.spreadsheets.exporter.export(template=template)
    [name] = suggested
    assert name.endswith(expected.format(day=date.today().isoformat()))
