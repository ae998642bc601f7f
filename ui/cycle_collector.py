"""Python's cycle collector, run only in the window's thread.

Python collects reference cycles in whichever thread happens to allocate past the
collector's threshold: as often a worker thread (thumbnails, counts, a backup) as the
window's. A cycle may hold a Qt object owned by Python alone, such as a dialog without a
parent whose bound method a background job keeps; collecting it in a worker thread runs the
widget's C++ destructor there, racing the window's thread. The program then dies at a moment
no one can predict: a segmentation fault, or gone without a word, with no Python traceback.

So the window switches automatic collection off and collects here: a timer in the window's
thread looks at the collector's counts and collects the generations past their thresholds,
as Python would have. Reference counting still frees, at once and in any thread, everything
that is not in a cycle; only cycles wait for the next check (:data:`CHECK_MS`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the collector's counts are looked at.
CHECK_MS = 500


class CycleCollector(QObject):
    """While it lives (from :meth:`__init__` to :meth:`stop`), cycles are collected only by
    its timer, in the thread it was made in (the window's)."""

    def __init__(self, parent: QObject | None = None, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count is past its threshold, as Python's own
        collector would (nothing while the youngest is under its threshold); return how
        many unreachable objects were found."""
        if gc.isenabled():
            gc.disable()  # turned back on since (a module that holds it off for a while)
        young_threshold, middle_threshold, old_threshold = self._thresholds
        young, middle, old = gc.get_count()
        if young_threshold <= 0 or young <= young_threshold:
            return 0
        generation = 2 if old > old_threshold else 1 if middle > middle_threshold else 0
        return gc.collect(generation)

    def stop(self) -> None:
        """Stop checking and give collection back to Python (as it was found)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
