"""What the export and the import runners share: the window they serve, one background job
at a time, and the progress dialog shown while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.context import AppContext
from ui.operations import BackgroundJob
from ui.operations.background import LONG_WORK, Lane, Work

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: How long a job must run before its progress dialog appears.
PROGRESS_DELAY_MS = 400


def progress_dialog(parent: QWidget, title: str, text: str, cancel: str | None) -> QProgressDialog:
    """A window-modal progress dialog that waits a moment before it shows; no cancel button
    when ``cancel`` is None. It stays until :meth:`JobRunner.end_job` closes it."""
    progress = QProgressDialog(text, cancel or "", 0, 0, parent)
    if cancel is None:
        progress.setCancelButton(None)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    return progress


class ProgressRunner(QObject):
    """One background job at a time with its progress dialog, which can cancel it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.progress_dialog: QProgressDialog | None = None

    def run_with_progress(
        self,
        work: Work,
        shown: ProgressShown,
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        lane: Lane = LONG_WORK,
    ) -> None:
        """Start ``work`` in the background with the progress dialog ``shown`` describes;
        its Cancel asks the work to stop (the outcome is still told)."""
        self.job = BackgroundJob(work, self, lane=lane)
        progress = progress_dialog(shown.parent, shown.title, shown.text, shown.cancel)
        progress.setObjectName(shown.name)
        progress.canceled.connect(self.cancel)
        self.progress_dialog = progress
        self.job.progressed.connect(self._show_progress)
        self.job.succeeded.connect(succeeded)
        self.job.failed.connect(failed)
        self.job.start()

    def cancel(self) -> None:
        """Stop the work under way; it ends with nothing written."""
        if self.job is not None:
            self.job.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        progress = self.progress_dialog
        if progress is None or progress.wasCanceled() or total <= 0:
            return
        progress.setMaximum(total)
        progress.setValue(min(done, total))

    def end_job(self) -> None:
        """Close the progress dialog and let the finished job go."""
        if self.progress_dialog is not None:
            # Closing a progress dialog emits canceled(): the job is over, not cancelled.
            self.progress_dialog.blockSignals(True)
            self.progress_dialog.reset()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None


@dataclass(frozen=True)
class ProgressShown:
    """What a progress dialog says: over which widget, its title, its text, its Cancel
    button's words, and its object name (tests find it by that)."""

    parent: QWidget
    title: str
    text: str
    cancel: str
    name: str


class JobRunner(ProgressRunner):
    """Runs one background job at a time for the main window, with its progress dialog."""

    #: The work is under way.
    started = Signal()
    #: The work ended: what it made, or None when it did not finish.
    finished = Signal(object)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
