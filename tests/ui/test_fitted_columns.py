"""A short list's columns fitted to its width: what shows, what steps aside, what scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ui.widgets.fitted_columns import NAME_LEAST_CHARACTERS, Column, FittedColumns

ROW = ["Соколов Дмитрий Игоревич", "14.03.1992", "в/ч 00417, 2-я рота", "Сокол"]


def a_list(qtbot: QtBot, width: int) -> QTreeWidget:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    fitted = FittedColumns(
        tree,
        [
            Column("Name"),
            Column("Born"),
            Column("Unit", least="в/ч 00000", aside=2),
            Column("Call sign", aside=1),
        ],
    )
    tree.addTopLevelItem(QTreeWidgetItem(ROW))
    tree.resize(width, 200)
    tree.show()
    qtbot.waitExposed(tree)
    fitted.fit()
    QApplication.processEvents()
    return tree


def shown(tree: QTreeWidget) -> list[str]:
    item = tree.topLevelItem(0)
    assert item is not None
    return [item.text(column) for column in range(4) if not tree.isColumnHidden(column)]


def needed(tree: QTreeWidget, text: str) -> int:
    return tree.fontMetrics().horizontalAdvance(text)


def test_a_wide_list_shows_every_column_whole(qtbot: QtBot) -> None:
    tree = a_list(qtbot, 900)
    assert shown(tree) == ROW
    assert all(tree.columnWidth(n) > needed(tree, text) for n, text in enumerate(ROW))
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.header().toolTip() == ""


def test_a_narrower_list_lets_the_least_important_step_aside_and_says_so(
    qtbot: QtBot,
) -> None:
    tree = a_list(qtbot, 380)  # the unit narrowed still leaves no room for the call sign
    assert shown(tree) == ROW[:3]
    assert "Call sign" in tree.header().toolTip()
    assert tree.columnWidth(0) > needed(tree, ROW[0])  # the name whole before the unit goes
    assert not tree.horizontalScrollBar().isVisible()


def test_a_list_too_narrow_for_its_least_scrolls_across_and_keeps_the_name_readable(
    qtbot: QtBot,
) -> None:
    tree = a_list(qtbot, 120)
    assert shown(tree) == ROW[:2]
    least = NAME_LEAST_CHARACTERS * tree.fontMetrics().averageCharWidth()
    assert tree.columnWidth(0) >= least
    assert tree.horizontalScrollBar().isVisible()
