"""The File menu's spreadsheet actions: Export…, Export offline template…, Import…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.context import AppContext
from ui.spreadsheets.export_actions import ExportRunner
from ui.spreadsheets.import_actions import ImportRunner

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SpreadsheetActions(QObject):
    """Owns the three actions and the runners; one export or import at a time."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.exporter = ExportRunner(context, window)
        self.importer = ImportRunner(context, window)

        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setObjectName("exportWorkbook")
        self.export_action.setToolTip(
            self.tr("Export cases to an Excel workbook for offline work or review")
        )
        self.export_action.triggered.connect(lambda: self.exporter.export(template=False))

        self.template_action = QAction(self.tr("Export offline &template…"), window)
        self.template_action.setObjectName("exportTemplate")
        self.template_action.setToolTip(
            self.tr("Export cases without their reports, to enter new reports in the field")
        )
        self.template_action.triggered.connect(lambda: self.exporter.export(template=True))

        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setObjectName("importWorkbook")
        self.import_action.setToolTip(
            self.tr("Bring an edited workbook back: preview the changes, then apply them")
        )
        self.import_action.triggered.connect(self.importer.import_workbook)

        for signal in (self.exporter.finished, self.importer.finished, self.importer.previewed):
            signal.connect(self._update_actions)
        self.exporter.started.connect(self._update_actions)
        self.importer.started.connect(self._update_actions)

    def all_actions(self) -> list[QAction]:
        return [self.export_action, self.template_action, self.import_action]

    def _update_actions(self) -> None:
        idle = not (self.exporter.busy or self.importer.busy)
        for action in self.all_actions():
            action.setEnabled(idle)
