"""A figure of the machine a benchmark ran on, printed beside every benchmark's results.

Two fixed pieces of work, best of three each: a pure-Python loop (``sum(range(10**7))``,
which the interpreter's speed decides) and SHA-256 of 64 MB (which the processor's speed
decides), with the load average at that moment. Figures from two machines, or from one
machine at two moments, compare through these: a machine that needs twice the loop time
is expected to need about twice the time for the program's Python work.

Run alone: ``.venv/bin/python -m benchmarks.calibration``.
"""

from __future__ import annotations

import hashlib
import os
import time

LOOP = 10**7
BLOCK_MB = 64


def _best_of_three(work: object) -> float:
    assert callable(work)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def loop_seconds() -> float:
    """The best of three ``sum(range(10**7))``, in seconds."""
    return _best_of_three(lambda: sum(range(LOOP)))


def calibration() -> str:
    """One line: the loop's time, SHA-256 of 64 MB, and the load average."""
    loop = loop_seconds()
    block = bytes(BLOCK_MB * 1024 * 1024)
    digest = _best_of_three(lambda: hashlib.sha256(block).hexdigest())
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"calibration: sum(range(10**7)) {loop * 1000:.0f} ms, "
        f"SHA-256 of {BLOCK_MB} MB {digest * 1000:.0f} ms (best of 3); load {load}"
    )


if __name__ == "__main__":
    print(calibration())
