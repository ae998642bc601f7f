"""python-calamine parsing checked sheets in threads of its own, while the reader's thread
checks the next sheet (or the planner reads the stored records).

calamine lets other threads run while it parses a sheet (most of its time), and checking a
sheet (unpacking it under the container's watch, the grammar of its rows) is Python work:
the two overlap on a machine with two cores. Each sheet's values come back on the reader's
thread, as their parsing ends.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from types import TracebackType

from caseworker.xlsx.importing.calamine_sheets import CalamineSheet, CheckedSheet, calamine_values

#: Two sheets parsed at once: the biggest, checked first, and the others beside it.
PARSERS = 2
#: Checked sheets waiting behind those calamine parses hold their bytes until parsed: past
#: this many bytes waiting, the reader waits for the first before checking more.
WAITING_BYTES = 32 * 2**20

Then = Callable[[CalamineSheet | None], None]


class CalamineQueue:
    """Checked sheets parsed in the order queued, two at a time; ``then`` of each called on
    the queuing thread with its values (None: calamine failed on it) once parsed."""

    def __init__(self) -> None:
        self._parsing = ThreadPoolExecutor(max_workers=PARSERS, thread_name_prefix="calamine")
        self._queued: deque[tuple[Future[CalamineSheet | None], int, Then]] = deque()

    def __enter__(self) -> CalamineQueue:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # After a refusal nothing more is parsed (a parse under way ends first).
        self._parsing.shutdown(wait=True, cancel_futures=True)
        self._queued.clear()

    def put(self, sheet: CheckedSheet, then: Then) -> None:
        """Parse the checked sheet after those queued before it."""
        self._hand_back_parsed()
        self._queued.append((self._parsing.submit(calamine_values, sheet), sheet.size, then))
        while sum(size for _, size, _ in list(self._queued)[PARSERS:]) > WAITING_BYTES:
            self._hand_back_first()

    def busy(self) -> bool:
        """Whether a sheet is still being parsed or waits to be."""
        return any(not future.done() for future, _, _ in self._queued)

    def finish(self) -> None:
        """Wait for every sheet queued and hand each back."""
        while self._queued:
            wait([future for future, _, _ in self._queued], return_when=FIRST_COMPLETED)
            self._hand_back_parsed()

    def _hand_back_parsed(self) -> None:
        for queued in [queued for queued in self._queued if queued[0].done()]:
            self._queued.remove(queued)
            queued[2](queued[0].result())

    def _hand_back_first(self) -> None:
        future, _, then = self._queued.popleft()
        then(future.result())
