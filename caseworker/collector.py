"""Python's cyclic garbage collector paused while much short-lived data is made.

Reading and planning an import, or analysing a large timeline, makes hundreds of thousands
of lists, tuples, dicts and small objects, none of them in a reference cycle; the collector,
woken by their number alone, would walk every live object of the program again and again (a
third of a 10,000-report analysis, a tenth of an import's plan) and find nothing. Memory is
still freed as usual when nothing refers to an object. The collector is process-wide and the
blocks may nest and run in several threads at once (the case list analyses in the background
while an import is planned): the last block to end restores the state the first one found,
and cycles made meanwhile are collected then.

The program's own start loads its modules the same way (:func:`loading_modules`): about
115,000 functions, classes, tables and other objects the collector tracks, which live as
long as the program and would be walked by every full collection for nothing — during the
start (a tenth of it on an old laptop) and ever after. The few cycles the imports leave
behind (a few hundred kilobytes) are frozen with them rather than collected.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the block (blocks may nest, and run in several threads:
    it is enabled again, if it was, when the last ends)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


@contextmanager
def loading_modules() -> Iterator[None]:
    """Pause the collector while the block loads modules, then move every object made so far
    out of its way for good (:func:`gc.freeze`: later collections skip them) before giving
    it back. Frozen first, none of them is walked then either: given back first, it would
    at once collect everything the block made (35 ms here, a tenth of a second on an old
    laptop, to free a few hundred kilobytes of cycles the imports left)."""
    with collector_paused():
        yield
        gc.freeze()
