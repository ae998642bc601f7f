"""The "Lists" menu of the main window and its entry "Import a published list…", which opens
one import dialog (raised when it is open already)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.context import AppContext
from ui.lists.words import ListImport

if TYPE_CHECKING:
    # The dialog reads workbooks: it is imported when first opened, not at start-up.
    from ui.lists.import_dialog import ListImportDialog

translate = QCoreApplication.translate

#: The "Lists" menu's objectName, for other entries to find it.
LISTS_MENU = "listsMenu"


class ListActions:
    """The menu entries about published lists; :meth:`open_import` is what the entry does."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        self._context = context
        self._window = window
        self.dialog: ListImportDialog | None = None
        self.import_action = QAction(translate("ListActions", "&Import a published list…"), window)
        self.import_action.setObjectName("importListAction")
        self.import_action.setToolTip(
            translate(
                "ListActions",
                "Import a list published by others (an exchange, a hospital, a casualty list) "
                "from an Excel workbook, a CSV file or pasted text",
            )
        )
        self.import_action.triggered.connect(self.open_import)

    def menu(self) -> QMenu:
        """The "Lists" menu, added to the window's menu bar (before Help when it is there)."""
        menu = QMenu(translate("ListActions", "&Lists"), self._window)
        menu.setObjectName(LISTS_MENU)
        menu.addAction(self.import_action)
        return menu

    def open_import(self) -> ListImportDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from ui.lists.import_dialog import ListImportDialog

        dialog = ListImportDialog(self._context, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def _imported(self, result: object) -> None:
        from caseworker.services.published_lists import ImportedList

        assert isinstance(result, ImportedList)
        if not result.created:
            return  # the dialog says the file was imported before
        self._window.statusBar().showMessage(
            ListImport.tr("List No. {id} imported: %n record(s).", None, result.entries).format(
                id=result.list_id
            ),
            15000,
        )
