"""The File menu's spreadsheet actions: Export…, Export offline template…, Import…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.spreadsheets.export_actions import ExportRunner
    from ui.spreadsheets.import_actions import ImportRunner


class SpreadsheetActions(QObject):
    """Owns the three actions and the runners; one export or import at a time.

    Each runner is made when it is first used: the workbook code and openpyxl then load,
    not at start-up (a third of a second on a slow machine).
    """

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._exporter: ExportRunner | None = None
        self._importer: ImportRunner | None = None

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
        self.import_action.triggered.connect(lambda: self.importer.import_workbook())

    @property
    def exporter(self) -> ExportRunner:
        if self._exporter is None:
            from ui.spreadsheets.export_actions import ExportRunner

            self._exporter = ExportRunner(self._context, self._window)
            self._exporter.started.connect(self._update_actions)
            self._exporter.finished.connect(self._update_actions)
        return self._exporter

    @property
    def importer(self) -> ImportRunner:
        if self._importer is None:
            from ui.spreadsheets.import_actions import ImportRunner

            self._importer = ImportRunner(self._context, self._window)
            for signal in (self._importer.started, self._importer.previewed):
                signal.connect(self._update_actions)
            self._importer.finished.connect(self._update_actions)
        return self._importer

    def all_actions(self) -> list[QAction]:
        return [self.export_action, self.template_action, self.import_action]

    def _update_actions(self) -> None:
        runners = (self._exporter, self._importer)
        idle = not any(runner is not None and runner.busy for runner in runners)
        for action in self.all_actions():
            action.setEnabled(idle)
