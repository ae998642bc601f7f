"""The interface keeps its language when its translations file is rewritten while it runs.

Qt maps a translations file into memory rather than reading it: the file rewritten in place
(a rebuilt catalogue, an update of the program) changed what a running window read as its
words. Its whole interface turned to English at that moment, and a later look-up in the
changed file crashed the window (a segmentation fault in ``QCoreApplication.translate``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from caseworker import i18n
from ui.translations import TRANSLATIONS_DIR, install_translations

CATALOGUE = TRANSLATIONS_DIR / "caseworker_ru.qm"


@pytest.fixture
def private_folder(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """A copy of the Russian catalogue, installed from there; uninstalled afterwards."""
    assert CATALOGUE.is_file(), "the Russian .qm is built (make translations)"
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(CATALOGUE, folder)
    previous = QLocale()
    translators = install_translations(qapp, "ru", folder=folder)
    assert translators
    yield folder
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install_translator(None)


def case_list_header() -> str:
    return QCoreApplication.translate("CaseListModel", "Reference")


def test_words_stay_russian_when_the_file_is_rewritten_in_place(private_folder: Path) -> None:
    assert case_list_header() == "Номер"
    catalogue = private_folder / CATALOGUE.name
    size = catalogue.stat().st_size
    with catalogue.open("r+b") as rewritten:  # in place, as a rebuild writes it
        rewritten.write(b"\0" * size)
    assert case_list_header() == "Номер"
    assert i18n.translate("CaseListModel", "Reference") == "Номер"


def test_words_stay_russian_when_the_file_is_removed(private_folder: Path) -> None:
    (private_folder / CATALOGUE.name).unlink()
    assert case_list_header() == "Номер"


def test_a_missing_catalogue_leaves_english(tmp_path: Path, qapp: QApplication) -> None:
    previous = QLocale()
    translators = install_translations(qapp, "ru", folder=tmp_path)  # Qt's own, if any
    try:
        assert case_list_header() == "Reference"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
        i18n.install_translator(None)
