"""The progress strip of a search that runs in the background (a list's matching, the
duplicate search): a progress bar, a sentence and a stop button, the job started, followed,
stopped and its outcome handed on. A subclass lays the widgets out with its own controls,
names the work and the words, and says what to do with the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from caseworker.errors import CaseworkerError
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, reading

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

Work = Callable[["Session", JobControl], Any]


class BackgroundRun(QWidget):
    """``started()`` when a run begins; the subclass's own signal when it ends well."""

    started = Signal()
    #: The error a stopped run raises: its sentence is shown, not reported as a failure.
    cancelled_error: type[CaseworkerError] = CaseworkerError

    def __init__(
        self, context: AppContext, name: str, stop_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._job: BackgroundJob | None = None
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName(f"{name}Progress")
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName(f"{name}ProgressText")
        self.cancel_button = QPushButton(stop_text, self)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def job(self) -> BackgroundJob | None:
        """The run under way, if any (tests wait for it)."""
        return self._job

    def _run(self, work: Work, first_words: str) -> None:
        """Start ``work`` in a read transaction of its own, abandoning a run under way."""
        if self._job is not None:
            self._job.abandon()
        self._job = BackgroundJob(reading(self._context.database, work), self)
        self._job.progressed.connect(self._progressed)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(first_words)
        self._show_running(True)
        self._job.start()
        self.started.emit()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(translate("BackgroundRun", "Stopping…"))

    def _progress_words(self, done: int, total: int) -> str:
        """The sentence under way: ``done`` of ``total``."""
        raise NotImplementedError

    def _deliver(self, result: Any) -> None:
        """Hand the result on (emit the subclass's signal)."""
        raise NotImplementedError

    def _running_changed(self, running: bool) -> None:
        """Enable or disable the subclass's own controls."""

    def _progressed(self, done: int, total: int) -> None:
        self.progress_label.setText(self._progress_words(done, total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _succeeded(self, result: Any) -> None:
        self._job = None
        self._show_running(False)
        self.progress_label.hide()
        self._deliver(result)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._show_running(False)
        if isinstance(error, self.cancelled_error):
            self.progress_label.setText(error.message)
            self.progress_label.show()
            return
        self.progress_label.hide()
        self._context.prompts.report_error(self, error)

    def _show_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress_label.setVisible(running)
        self._running_changed(running)
