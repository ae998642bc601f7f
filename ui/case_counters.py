"""The case list's two background counters: how many cases match, and each case's findings.

Both run their work in a worker thread with its own session and touch no Qt object there: a
timer in the window's thread collects the results, and an error in the worker is raised
there, so it reaches the error hook like any other. The paging model
(:class:`ui.case_list_model.CaseListModel`) starts them and shows what they tell.
"""

from __future__ import annotations

from collections.abc import Collection
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from caseworker.db import Database
from caseworker.services import case_list
from caseworker.services.case_list import CaseQuery
from caseworker.services.timeline import open_contradiction_counts

COUNT_POLL_MS = 10
# Counts are rare and short; two workers let a stale count finish while the new one runs.
_COUNT_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="case-count")
# One worker analyses the loaded pages' timelines, one page after the other.
_ANALYSIS_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="case-contradictions")


def _count_cases(database: Database, query: CaseQuery) -> int:
    """Runs in a worker thread, with its own session."""
    with database.read() as session:
        return case_list.count_cases(session, query)


class CaseCounter(QObject):
    """Counts the cases matching a query in a worker thread; only the newest count is told.

    The worker touches no Qt object: a timer in the GUI thread collects its result, and an
    error in the worker is raised there, so it reaches the error hook like any other.
    """

    counted = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._future: Future[int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(COUNT_POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self, query: CaseQuery) -> None:
        self.cancel()
        self._future = _COUNT_WORKERS.submit(_count_cases, self._database, query)
        self._poll.start()

    def cancel(self) -> None:
        """Forget the count under way (a running one finishes unheard)."""
        if self._future is not None:
            self._future.cancel()
        self._future = None
        self._poll.stop()

    def wait(self) -> int:
        """The count under way, waiting for it (tests, and callers that cannot wait)."""
        future, self._future = self._future, None
        self._poll.stop()
        if future is None:
            raise RuntimeError("no count under way")
        return future.result()

    def _collect(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self.cancel()
        self.counted.emit(future.result())


Counts = dict[int, tuple[int, bool]]


def _analyse_cases(database: Database, case_ids: list[int]) -> Counts:
    """Runs in a worker thread, with its own session."""
    with database.read() as session:
        return open_contradiction_counts(session, case_ids)


class ContradictionCounter(QObject):
    """Analyses the timelines of the cases on each loaded page in a worker thread.

    The page query stays as fast as typing needs; the column fills in a moment later. As
    with :class:`CaseCounter`, the worker touches no Qt object and a timer collects results.
    """

    counted = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._futures: list[Future[Counts]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(COUNT_POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self, case_ids: Collection[int]) -> None:
        if not case_ids:
            return
        self._futures.append(
            _ANALYSIS_WORKER.submit(_analyse_cases, self._database, list(case_ids))
        )
        self._poll.start()

    def cancel(self) -> None:
        """Forget the pages under way (a running one finishes unheard)."""
        for future in self._futures:
            future.cancel()
        self._futures.clear()
        self._poll.stop()

    def wait(self) -> None:
        """Collect every page under way, waiting for them (tests)."""
        for future in list(self._futures):
            future.result()
        self._collect()

    def _collect(self) -> None:
        done = [future for future in self._futures if future.done()]
        self._futures = [future for future in self._futures if not future.done()]
        if not self._futures:
            self._poll.stop()
        for future in done:
            self.counted.emit(future.result())
