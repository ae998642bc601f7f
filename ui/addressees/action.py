"""The menu entry that opens the addressee directory (:mod:`ui.addressees.addressees_window`,
loaded when the entry is first chosen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.addressees.addressees_window import AddresseesWindow

translate = QCoreApplication.translate


def addressees_action(window: QWidget, context: AppContext) -> QAction:
    """The menu entry of ``window`` that opens its addressee directory (one window, raised
    when already open)."""
    action = QAction(translate("AddresseesWindow", "&Addressees…"), window)
    action.setObjectName("addresseesAction")
    action.setToolTip(
        translate("AddresseesWindow", "The offices inquiries go to, with their deadlines")
    )
    opened: list[AddresseesWindow] = []

    def open_window() -> None:
        if not opened:
            from ui.addressees.addressees_window import AddresseesWindow

            opened.append(AddresseesWindow(context, window))
        elif opened[0].isVisible():
            opened[0].raise_()
            opened[0].activateWindow()
        opened[0].show()

    action.triggered.connect(open_window)
    return action
