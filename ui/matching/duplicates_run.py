"""The top of the duplicates window: "Find", and the search's progress with its cancel
button; the search runs in the background (``BackgroundJob``), as a list's matching does
(:mod:`ui.matching.matching_run`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from caseworker.services.matching.duplicate_review import DuplicateQueue, duplicate_queue
from caseworker.services.matching.duplicates import DuplicatesCancelled
from ui.context import AppContext
from ui.matching.background_run import BackgroundRun
from ui.operations import JobControl

if TYPE_CHECKING:
    from ui.operations import Session


class DuplicatesRun(BackgroundRun):
    """Searches the sought persons for duplicates: ``started()``, then ``found(queue)``."""

    found = Signal(object)
    cancelled_error = DuplicatesCancelled

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "duplicates", self.tr("&Stop the search"), parent)
        self.find_button = QPushButton(self.tr("&Find again"), self)
        self.find_button.setObjectName("duplicatesFind")
        self.find_button.setAutoDefault(False)
        self.find_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.find_button.setToolTip(
            self.tr("Compare every sought person with every other again (F5)")
        )
        self.find_button.clicked.connect(self.start)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_bar, 1)
        layout.addWidget(self.progress_label, 1)
        layout.addWidget(self.cancel_button)
        layout.addStretch(0)
        layout.addWidget(self.find_button)
        self._show_running(False)

    def start(self) -> None:
        """Search in the background."""

        def work(session: Session, control: JobControl) -> DuplicateQueue:
            return duplicate_queue(session, progress=control.report, cancelled=control.cancelled)

        self._run(work, self.tr("Reading the sought persons…"))

    def _progress_words(self, done: int, total: int) -> str:
        text = self.tr("Checked {done} of %n groups of similar names", None, total)
        return text.format(done=QLocale().toString(done))

    def _deliver(self, result: object) -> None:
        self.found.emit(result)

    def _running_changed(self, running: bool) -> None:
        self.find_button.setEnabled(not running)
