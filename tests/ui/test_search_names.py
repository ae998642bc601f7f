"""The case list's search box finds a soldier by his name in any spelling, or one typo off."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from tests.conftest import add_person
from tests.ui.conftest import add_case
from tests.ui.test_main_window import families, status_text, type_search
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.mark.parametrize("query", ["Oleksii Shumov", "Шумов Олексій", "Шумав Алексей"])
def test_a_latin_ukrainian_or_mistyped_name_lists_his_case(
    qtbot: QtBot, database: Database, context: AppContext, query: str
) -> None:
    for family, person in (("Шумовы", "Шумов Алексей Петрович"), ("Кравцы", "Кравец Олег")):
        case_id = add_case(database, family)
        with database.write() as session:
            add_person(session, case_id, person)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.case_model.rowCount() == 2

    type_search(qtbot, window, query)
    assert families(window) == ["Шумовы"]
    assert status_text(window, "caseCount") == "Cases: 1"


def test_the_first_letter_typed_reads_the_name_tables_in_a_worker(
    qtbot: QtBot, context: AppContext
) -> None:
    """A word is looked up by its names' keys from its second letter on: the tables those
    keys come from are read while the first letter's list is shown, not at the second."""
    from caseworker.names.tables import latin_x, uk_ru

    uk_ru.cache_clear()
    latin_x.cache_clear()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.case_list.search_box.setText("ш")
    qtbot.waitUntil(lambda: uk_ru.cache_info().currsize == latin_x.cache_info().currsize == 1)
