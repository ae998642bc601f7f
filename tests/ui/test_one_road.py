"""Only the operation primitive opens units of work, starts threads and announces changes.

Every window module reads and writes through ``ui.operations`` (``ReadOp``, ``WriteOp``) and
runs long work in its one background mechanism (``BackgroundJob``, ``JobSet``).
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
PRIMITIVE = {"operations/ops.py", "operations/background.py"}
SESSIONS = re.compile(r"database\.(read|write)\(\)")
ANNOUNCES = re.compile(r"\.notify\(|\.changed\.emit\(")
THREADS = re.compile(
    r"import threading|\bQThread\b|\bQThreadPool\b|\bQRunnable\b|ThreadPoolExecutor"
)


def _modules_matching(pattern: re.Pattern[str]) -> set[str]:
    return {
        path.relative_to(UI).as_posix()
        for path in UI.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    } - PRIMITIVE


def test_only_the_primitive_opens_a_unit_of_work() -> None:
    assert _modules_matching(SESSIONS) == set()


def test_only_the_primitive_starts_a_thread() -> None:
    assert _modules_matching(THREADS) == set()


def test_only_the_primitive_announces_a_change() -> None:
    """Views refresh from one road: a module announcing by hand would skip what it adds."""
    assert _modules_matching(ANNOUNCES) - {"changes.py"} == set()


def test_the_patterns_see_what_the_primitive_does() -> None:
    """So they would see it anywhere else."""
    assert SESSIONS.search((UI / "operations/ops.py").read_text(encoding="utf-8"))
    assert ANNOUNCES.search((UI / "operations/ops.py").read_text(encoding="utf-8"))
    assert THREADS.search((UI / "operations/background.py").read_text(encoding="utf-8"))
