"""The one background mechanism: long work in a worker thread, polled by a timer.

The work function runs in a thread of its own with its own database session and touches no
Qt object: it reports progress and asks whether it was cancelled through a :class:`JobControl`
(plain Python, guarded by a lock). A timer in the GUI thread reads the progress and collects
the result, so the window never freezes and every signal is emitted in the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from caseworker.db import Database

T = TypeVar("T")

POLL_MS = 50

# Two threads: an abandoned import preview may still be running while the next job starts.
_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="operations")


class JobControl:
    """The worker's side: report progress, ask for a cancel. Safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._progress = (0, 0)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self._progress = (done, total)

    def progress(self) -> tuple[int, int]:
        with self._lock:
            return self._progress

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


Work = Callable[[JobControl], Any]


def reading(
    database: Database, work: Callable[[Session, JobControl], T]
) -> Callable[[JobControl], T]:
    """Background work in one read transaction of its own (opened in the worker thread)."""

    def run(control: JobControl) -> T:
        with database.read() as session:
            return work(session, control)

    return run


def writing(
    database: Database, work: Callable[[Session, JobControl], T]
) -> Callable[[JobControl], T]:
    """Background work as one write transaction of its own: all of it, or nothing."""

    def run(control: JobControl) -> T:
        with database.write() as session:
            return work(session, control)

    return run


class BackgroundJob(QObject):
    """Runs ``work(control)`` in a worker thread; tells progress and the outcome by signals.

    ``succeeded(result)`` or ``failed(exception)`` is emitted once, in the GUI thread. A job
    cancelled before it ends is told nothing more (its work may still finish, unheard);
    the work itself decides whether to stop early by asking ``control.cancelled()``.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.control = JobControl()
        self._future: Future[Any] | None = None
        self._shown = (0, 0)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def running(self) -> bool:
        return self._future is not None

    def start(self) -> None:
        if self._future is not None:
            raise RuntimeError("the job is already running")
        self._future = _WORKERS.submit(self._work, self.control)
        self._poll.start()

    def cancel(self) -> None:
        """Ask the work to stop; the outcome (usually a cancel error) is still told."""
        self.control.cancel()

    def abandon(self) -> None:
        """Stop listening: the work finishes (or stops) unheard."""
        self.control.cancel()
        self._future = None
        self._poll.stop()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work is done and tell its outcome now (tests; quitting)."""
        future = self._future
        if future is not None:
            future.exception(timeout)
            self._collect()

    def _collect(self) -> None:
        future = self._future
        if future is None:
            return
        progress = self.control.progress()
        if progress != self._shown:
            self._shown = progress
            self.progressed.emit(*progress)
        if not future.done():
            return
        self._future = None
        self._poll.stop()
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(future.result())
