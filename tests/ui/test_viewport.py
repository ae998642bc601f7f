"""The case list's viewport, made known to Python by name: the same widget Qt paints."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.viewport import viewport_of


def test_the_viewport_found_by_name_is_the_one_the_table_paints(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    viewport = viewport_of(table)
    assert viewport is table.viewport()
    header: QHeaderView = table.horizontalHeader()
    assert viewport_of(header) is header.viewport()


def test_a_viewport_set_by_code_is_the_one_returned(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    own = QWidget()
    own.setObjectName("ownViewport")
    table.setViewport(own)
    assert viewport_of(table) is own
