"""Run one slow step of the keys (Argon2id, a rewrap) off the window's thread.

The unlock dialog opens before the application context exists, but the program's one
background mechanism needs none: a :class:`~ui.operations.BackgroundJob` runs the work in a
worker thread, a timer in the window's thread ticks (for a countdown), and
:attr:`Background.finished` hands over the result or the error as a done future.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from caseworker.security.throttle import THROTTLE, Throttle, delay_after
from ui.operations import BackgroundJob

POLL_MS = 50


class Background(QObject):
    """Does one function at a time in a thread; ``finished`` carries its done future."""

    finished = Signal(object)
    #: Every poll while the work runs (to update a countdown).
    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._future: Future[Any] | None = None
        self._job: BackgroundJob | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def busy(self) -> bool:
        return self._future is not None

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work`` in a worker thread. Raises RuntimeError when work is already running."""
        if self._future is not None:
            raise RuntimeError("one step at a time")
        future: Future[Any] = Future()
        self._future = future
        job = BackgroundJob(lambda _control: work(), self)
        job.succeeded.connect(future.set_result)
        job.failed.connect(future.set_exception)  # handed to the window, which shows it
        job.start()
        self._job = job
        self._timer.start()

    def _poll(self) -> None:
        future = self._future
        if future is None or not future.done():
            self.ticked.emit()
            return
        self._timer.stop()
        self._future = None
        if self._job is not None:  # its work may hold the dialog: no cycle left behind
            self._job.deleteLater()
            self._job = None
        self.finished.emit(future)


class AnnouncedThrottle(Throttle):
    """The program's throttle (its count and its wait), telling ``announce`` how long it is
    about to wait before it answers a wrong guess, so the window can show a countdown."""

    def __init__(self, announce: Callable[[float], None], base: Throttle = THROTTLE) -> None:
        super().__init__(base.sleep)
        self._base = base
        self._announce = announce

    def failed(self, key: str) -> float:
        coming = delay_after(self._base.failures(key) + 1)
        if coming:
            self._announce(coming)
        return self._base.failed(key)

    def succeeded(self, key: str) -> None:
        self._base.succeeded(key)

    def failures(self, key: str) -> int:
        return self._base.failures(key)

    def reset(self) -> None:
        self._base.reset()
