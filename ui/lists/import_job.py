"""The import under way: one background job in one write transaction, and the progress
dialog over the import dialog whose Cancel asks the job to stop (it then saves nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.operations import BackgroundJob, JobControl
from ui.spreadsheets.runner import progress_dialog


class ImportJob(QObject):
    """``succeeded(result)`` or ``failed(error)``, once, after the progress dialog closed."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[JobControl], Any], parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.progress: QProgressDialog | None = progress_dialog(
            parent,
            self.tr("Importing the list"),
            self.tr("Importing “{name}”…").format(name=name),
            self.tr("Cancel"),
        )
        self.progress.setObjectName("listImportProgress")
        self.progress.canceled.connect(self.cancel)
        self.job = BackgroundJob(work, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(lambda result: self._end(self.succeeded, result))
        self.job.failed.connect(lambda error: self._end(self.failed, error))

    def start(self) -> None:
        self.job.start()

    def cancel(self) -> None:
        """Ask the import to stop; it rolls back and fails with its cancel sentence."""
        self.job.cancel()

    def wait(self, timeout: float) -> bool:
        return self.job.wait(timeout)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _end(self, signal: Any, value: object) -> None:
        if self.progress is not None:
            self.progress.blockSignals(True)  # closing it emits canceled()
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        signal.emit(value)
