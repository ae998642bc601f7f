"""Only the operation primitive opens units of work and starts threads (issue 11).

The window modules still to be moved onto ``ui.operations`` are listed here by name; the
list may only shrink: a module that opens a session or starts a thread of its own fails
this test unless it is on it.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
PRIMITIVE = {"operations/ops.py", "operations/background.py"}
SESSIONS = re.compile(r"database\.(read|write)\(\)")
THREADS = re.compile(r"import threading|\bQThread\b|\bQThreadPool\b|ThreadPoolExecutor")

# To be moved onto ui.operations by the rest of the window-layer redesign; do not add to it.
STILL_OPENING_SESSIONS: set[str] = set()
STILL_STARTING_THREADS = {
    "evidence/evidence_actions.py",
}


def _modules_matching(pattern: re.Pattern[str]) -> set[str]:
    return {
        path.relative_to(UI).as_posix()
        for path in UI.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    } - PRIMITIVE


def test_no_new_window_module_opens_a_unit_of_work() -> None:
    assert _modules_matching(SESSIONS) <= STILL_OPENING_SESSIONS


def test_no_new_window_module_starts_a_thread() -> None:
    assert _modules_matching(THREADS) <= STILL_STARTING_THREADS


def test_the_lists_of_modules_still_to_move_only_shrink() -> None:
    """A module moved onto the primitive leaves the list, so it cannot slip back."""
    assert _modules_matching(SESSIONS) >= STILL_OPENING_SESSIONS
    assert _modules_matching(THREADS) >= STILL_STARTING_THREADS
