"""Python's cyclic garbage collector paused while an import is read and planned.

Reading a workbook makes hundreds of thousands of lists, tuples and dicts that live until
the plan is made; the collector, started by their number alone, would walk all of them
again and again (a tenth of the time of a plan), and finds no cycle in them. Memory is
still freed as usual when nothing refers to an object; cycles made meanwhile (by this
thread or another) are collected when the last import in progress ends. (The timeline's
analysis does the same, :mod:`caseworker.timeline`.)
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
