"""The one background mechanism: long work in worker threads, polled by a timer.

The work function runs in a worker thread (of a :class:`Lane`) and touches no Qt object: it
reports progress, hands over partial results and asks whether it was cancelled through a
:class:`JobControl` (plain Python, guarded by a lock); :func:`reading` and :func:`writing`
give it a unit of work of its own. A timer in the GUI thread reads the progress and collects
the results, so the window never freezes and every signal is emitted in the GUI thread.

- :class:`BackgroundJob`: one long job (export, import, adding or copying files) with
  progress, cancel and partial results;
- :class:`JobSet`: many small jobs under one timer (thumbnails, the case list's pages of
  contradiction counts), each result told as it comes; with ``superseding`` a newer job
  replaces the ones before it, which end unheard (the case list's count on each keystroke).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from caseworker.db import Database

T = TypeVar("T")

POLL_MS = 50


class Lane:
    """A few named worker threads for one kind of work, so that kinds never queue behind
    each other (a count is not kept waiting by an export). Threads start when first used."""

    def __init__(self, name: str, workers: int) -> None:
        self.name = name
        self.workers = workers
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._under_way: set[Future[Any]] = set()
        _LANES.append(self)

    def submit(self, work: Callable[[JobControl], T], control: JobControl) -> Future[T]:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix=self.name)
            future = self._executor.submit(work, control)
            self._under_way.add(future)
        future.add_done_callback(self._ended)
        return future

    def _ended(self, future: Future[Any]) -> None:
        with self._lock:
            self._under_way.discard(future)

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until the work submitted so far has ended, heard or not; whether it did
        within ``timeout`` seconds. Raises nothing."""
        with self._lock:
            under_way = list(self._under_way)
        _done, not_done = wait(under_way, timeout)
        return not not_done


#: Every lane, for :func:`settle_lanes`.
_LANES: list[Lane] = []


def settle_lanes(timeout: float | None = 30.0) -> bool:
    """Wait until every lane's work has ended (before the database is closed: a worker still
    reading would hold a server connection past it); whether all did within ``timeout``
    seconds each. Raises nothing."""
    settled = [lane.settle(timeout) for lane in list(_LANES)]
    return all(settled)


# Two threads each: an abandoned import preview, or a stale count, may still be running
# while the next job starts.
LONG_WORK = Lane("operations", 2)
FILES = Lane("evidence-files", 2)
COUNTS = Lane("case-count", 2)
#: One worker analyses the case list's loaded pages, one page after the other.
ANALYSIS = Lane("case-contradictions", 1)
THUMBNAILS = Lane("thumbnails", max(1, min(4, (os.cpu_count() or 2) - 1)))


class JobControl:
    """The worker's side: report progress, hand over partial results, ask for a cancel.
    Safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._progress = (0, 0)
        self._posted: list[Any] = []
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self._progress = (done, total)

    def progress(self) -> tuple[int, int]:
        with self._lock:
            return self._progress

    def post(self, item: Any) -> None:
        """Hand a partial result to the window: ``posted(item)``, in order, in the GUI thread."""
        with self._lock:
            self._posted.append(item)

    def take_posted(self) -> list[Any]:
        with self._lock:
            posted, self._posted = self._posted, []
            return posted

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


Work = Callable[[JobControl], Any]


def _in_unit(
    unit: Callable[[], AbstractContextManager[Session]], work: Callable[[Session, JobControl], T]
) -> Callable[[JobControl], T]:
    def run(control: JobControl) -> T:
        with unit() as session:
            return work(session, control)

    return run


def reading(
    database: Database, work: Callable[[Session, JobControl], T]
) -> Callable[[JobControl], T]:
    """Background work in one read transaction of its own (opened in the worker thread)."""
    return _in_unit(database.read, work)


def writing(
    database: Database, work: Callable[[Session, JobControl], T]
) -> Callable[[JobControl], T]:
    """Background work as one write transaction of its own: all of it, or nothing."""
    return _in_unit(database.write, work)


class _Polled(QObject):
    """Futures watched by a timer in the GUI thread, which runs only while there are some."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, lane: Lane, poll_ms: int, parent: QObject | None) -> None:
        super().__init__(parent)
        self._lane = lane
        self._jobs: list[tuple[Future[Any], JobControl]] = []
        #: Work forgotten while it ran: unheard, but maybe still holding a connection.
        self._unheard: list[Future[Any]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._collect)

    def _submit(self, work: Work, control: JobControl) -> JobControl:
        self._jobs.append((self._lane.submit(work, control), control))
        if not self._poll.isActive():  # a burst of small jobs does not put off collecting
            self._poll.start()
        return control

    def _forget(self) -> None:
        """Cancel every job and stop listening: work not begun never runs, the rest ends unheard."""
        for future, control in self._jobs:
            control.cancel()
            if not future.cancel():  # begun: it ends unheard
                self._unheard.append(future)
        self._unheard = [future for future in self._unheard if not future.done()]
        self._jobs.clear()
        self._poll.stop()

    def settle(self, timeout: float | None = None) -> bool:
        """Stop listening and wait until the work under way, told or forgotten, has ended,
        so that no worker still reads the database (before it is closed); whether it all
        ended within ``timeout`` seconds. Raises nothing."""
        self._forget()
        _done, not_done = wait(self._unheard, timeout)
        self._unheard = list(not_done)
        return not not_done

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work under way is done and tell its outcome now (tests; quitting;
        callers that cannot wait); whether it all ended within ``timeout`` seconds."""
        _done, not_done = wait([future for future, _control in self._jobs], timeout)
        self._collect()
        return not not_done

    def _collect(self) -> None:
        finished: list[tuple[Future[Any], JobControl]] = []
        running: list[tuple[Future[Any], JobControl]] = []
        for job in self._jobs:
            (finished if job[0].done() else running).append(job)
        self._jobs = running
        if not self._jobs:
            self._poll.stop()
        for future, _control in finished:
            self._tell(future)

    def _tell(self, future: Future[Any]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(future.result())


class BackgroundJob(_Polled):
    """Runs ``work(control)`` in a worker thread; tells progress and the outcome by signals.

    ``progressed(done, total)`` and ``posted(item)`` (what the work handed over with
    ``control.post``) come while it runs; then ``succeeded(result)`` or ``failed(exception)``,
    once. All are emitted in the GUI thread. A job abandoned before it ends is told nothing
    more (its work may still finish, unheard); the work itself decides whether to stop early
    by asking ``control.cancelled()``.
    """

    progressed = Signal(int, int)
    posted = Signal(object)

    def __init__(
        self,
        work: Work,
        parent: QObject | None = None,
        *,
        lane: Lane = LONG_WORK,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(lane, poll_ms, parent)
        self._work = work
        self.control = JobControl()
        self._started = False
        self._shown = (0, 0)

    @property
    def running(self) -> bool:
        return bool(self._jobs)

    def start(self) -> None:
        if self._started:
            raise RuntimeError("the job was started already")
        self._started = True
        self._submit(self._work, self.control)

    def cancel(self) -> None:
        """Ask the work to stop; the outcome (usually a cancel error) is still told."""
        self.control.cancel()

    def abandon(self) -> None:
        """Stop listening: the work finishes (or stops) unheard."""
        self._forget()

    def _collect(self) -> None:
        if self._jobs:
            future, control = self._jobs[0]
            ended = future.done()  # before taking what was posted: nothing comes after it
            for item in control.take_posted():
                self.posted.emit(item)
            progress = control.progress()
            if progress != self._shown:
                self._shown = progress
                self.progressed.emit(*progress)
            if ended:
                super()._collect()


class JobSet(_Polled):
    """Many small jobs in one lane under one timer: ``succeeded(result)`` or
    ``failed(exception)`` for each, in the GUI thread, in the order they end.

    ``superseding``: starting a job forgets those before it (their work ends unheard), so
    only the newest is told — what a search needs on each keystroke.
    """

    def __init__(
        self,
        lane: Lane,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        superseding: bool = False,
    ) -> None:
        super().__init__(lane, poll_ms, parent)
        self._superseding = superseding

    def start(self, work: Work) -> JobControl:
        if self._superseding:
            self._forget()
        return self._submit(work, JobControl())

    def pending(self) -> int:
        return len(self._jobs)

    def cancel(self) -> None:
        """Forget every job under way (work not begun never runs; the rest ends unheard)."""
        self._forget()
