"""Slowing repeated wrong guesses within one process.

The first three wrong passphrases (or recovery codes) of a keys file cost nothing more than
Argon2id's own time; from the fourth on, each is answered only after a delay that doubles,
1, 2, 4, 8, 16 s, then 30 s at most. The right passphrase clears the count. The count lives in
memory: it slows a person at the keyboard, or a script driving the program; someone who has
copied the keys file guesses elsewhere, and only Argon2id's cost (about a second and 256 MiB a
guess) slows them.

The program uses :data:`THROTTLE`; tests give their own :class:`Throttle` or replace its
``sleep`` (tests/security/conftest.py does, so that no test waits unless it asks).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

FREE_FAILURES = 3
FIRST_DELAY = 1.0
MAX_DELAY = 30.0


def delay_after(failures: int) -> float:
    """Seconds to wait after the ``failures``-th wrong guess in a row."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2.0 ** (failures - FREE_FAILURES - 1))


class Throttle:
    """Counts wrong guesses per keys file and waits after each beyond the free ones."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self.sleep = sleep
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()

    def failed(self, key: str) -> float:
        """Count a wrong guess at ``key`` and wait as :func:`delay_after` says; the delay."""
        with self._lock:
            failures = self._failures.get(key, 0) + 1
            self._failures[key] = failures
        delay = delay_after(failures)
        if delay:
            self.sleep(delay)
        return delay

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def failures(self, key: str) -> int:
        with self._lock:
            return self._failures.get(key, 0)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()


#: The program's throttle.
THROTTLE = Throttle()
