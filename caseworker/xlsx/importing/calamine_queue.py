"""python-calamine parsing checked sheets in threads of its own, while the reader's thread
checks the rest of the sheet, or the next sheet (or the planner reads the stored records).

calamine lets other threads run while it parses a sheet (most of its time), and checking a
sheet (unpacking it under the container's watch, the grammar of its rows) is Python work:
the two overlap on a machine with two cores. A sheet is parsed in parts, each as soon as its
rows are checked (:class:`~caseworker.xlsx.importing.calamine_sheets.SheetPart`). Each
sheet's values come back on the reader's thread, once every part of it is parsed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from types import TracebackType

from caseworker.xlsx.importing.calamine_sheets import (
    CalamineSheet,
    CheckedSheet,
    PartValues,
    SheetPart,
    calamine_values,
    part_values,
)

#: Two parts parsed at once: the biggest sheet's, checked first, and the others beside them.
PARSERS = 2
#: Checked sheets waiting behind those calamine parses hold their bytes until parsed: past
#: this many bytes waiting, the reader waits for the first before checking more.
WAITING_BYTES = 32 * 2**20

Then = Callable[[CalamineSheet | None], None]


class CalamineQueue:
    """Parts of checked sheets parsed in the order given, two at a time; ``then`` of each
    sheet called on the queuing thread with its values (None: calamine failed on it) once
    every part of it is parsed."""

    def __init__(self) -> None:
        self._parsing = ThreadPoolExecutor(max_workers=PARSERS, thread_name_prefix="calamine")
        self._queued: deque[tuple[CheckedSheet, Then]] = deque()

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

    def parse(self, part: SheetPart) -> Future[PartValues]:
        """Parse a part of a sheet being checked, after the parts given before it."""
        return self._parsing.submit(part_values, part)

    def put(self, sheet: CheckedSheet, then: Then) -> None:
        """Hand back the checked sheet's values once its parts are parsed."""
        self._hand_back_parsed()
        self._queued.append((sheet, then))
        while sum(sheet.size for sheet, _ in list(self._queued)[PARSERS:]) > WAITING_BYTES:
            self._hand_back_first()

    def busy(self) -> bool:
        """Whether a sheet is still being parsed or waits to be."""
        return any(not parsing.done() for sheet, _ in self._queued for parsing in sheet.parts)

    def finish(self) -> None:
        """Wait for every sheet queued and hand each back."""
        while self._queued:
            waiting = [parsing for sheet, _ in self._queued for parsing in sheet.parts]
            wait(waiting, return_when=FIRST_COMPLETED)
            self._hand_back_parsed()

    def _hand_back_parsed(self) -> None:
        for queued in [queued for queued in self._queued if _parsed(queued[0])]:
            self._queued.remove(queued)
            queued[1](calamine_values(queued[0]))

    def _hand_back_first(self) -> None:
        sheet, then = self._queued.popleft()
        wait(sheet.parts)
        then(calamine_values(sheet))


def _parsed(sheet: CheckedSheet) -> bool:
    return all(parsing.done() for parsing in sheet.parts)
