"""The top of the duplicates window: "Find", and the search's progress with its cancel
button; the search runs in the background (``BackgroundJob``), as a list's matching does
(:mod:`ui.matching.matching_run`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from caseworker.services.matching.duplicate_review import DuplicateQueue, duplicate_queue
from caseworker.services.matching.duplicates import DuplicatesCancelled
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, reading

if TYPE_CHECKING:
    from ui.operations import Session


class DuplicatesRun(QWidget):
    """Searches the sought persons for duplicates: ``started()``, then ``found(queue)``."""

    found = Signal(object)
    started = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._job: BackgroundJob | None = None
        self.find_button = QPushButton(self.tr("&Find again"), self)
        self.find_button.setObjectName("duplicatesFind")
        self.find_button.setAutoDefault(False)
        self.find_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.find_button.setToolTip(
            self.tr("Compare every sought person with every other again (F5)")
        )
        self.find_button.clicked.connect(self.start)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("duplicatesProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("duplicatesProgressText")
        self.cancel_button = QPushButton(self.tr("&Stop the search"), self)
        self.cancel_button.setObjectName("duplicatesCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_bar, 1)
        layout.addWidget(self.progress_label, 1)
        layout.addWidget(self.cancel_button)
        layout.addStretch(0)
        layout.addWidget(self.find_button)
        self._show_running(False)

    @property
    def job(self) -> BackgroundJob | None:
        """The search under way, if any (tests wait for it)."""
        return self._job

    def start(self) -> None:
        """Search in the background."""
        if self._job is not None:
            self._job.abandon()

        def work(session: Session, control: JobControl) -> DuplicateQueue:
            return duplicate_queue(session, progress=control.report, cancelled=control.cancelled)

        self._job = BackgroundJob(reading(self._context.database, work), self)
        self._job.progressed.connect(self._progressed)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading the sought persons…"))
        self._show_running(True)
        self._job.start()
        self.started.emit()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        text = self.tr("Checked {done} of %n groups of similar names", None, total)
        self.progress_label.setText(text.format(done=QLocale().toString(done)))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _succeeded(self, queue: DuplicateQueue) -> None:
        self._job = None
        self._show_running(False)
        self.progress_label.hide()
        self.found.emit(queue)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._show_running(False)
        if isinstance(error, DuplicatesCancelled):
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
        self.find_button.setEnabled(not running)
