"""The Family tab's and the addressee directory's dialogs opened for
tests/ui/test_text_fits.py, on a demo case, each through its button's action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.addressees.addressees_window import AddresseesWindow
from ui.main_window import MainWindow


def open_the_family_dialogs(window: MainWindow, note: Callable[[QWidget], None]) -> None:
    """What the family was told and the interval, from the Family tab of the open case; the
    addressee directory (noted itself) with its dialog to add an office and to edit one."""
    view = window.case_view
    view.tabs.setCurrentWidget(view.family_panel)
    view.family_panel.record_told()
    view.family_panel.change_interval()

    [action] = [a for a in window.findChildren(QAction) if a.objectName() == "addresseesAction"]
    action.trigger()
    [directory] = window.findChildren(AddresseesWindow)
    note(directory)
    directory.add_addressee()
    directory.select(directory.model.rows()[0].id)
    directory.edit_addressee()
    directory.close()
