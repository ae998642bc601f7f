"""Time the case desk on 100,000 cases (issue 2's speed targets, issue 16's on an old laptop).

- start to a usable case list: under 1.5 s (a fresh process, from launch to the first page
  of the list painted);
- a keystroke in the search box updates the list: under 50 ms median, 100 ms at the 95th
  percentile (realistic searches typed letter by letter: surnames, references, phone and
  service numbers, units);
- opening a case with 200 reports: under 100 ms;
- the window's resident memory after the searches and the opening: under 300 MB.

On the issue's 2-core machine: ``.venv/bin/python -m benchmarks.slow_machine -- .venv/bin/python
-m benchmarks.bench_case_desk`` (see :mod:`benchmarks.slow_machine`).

Run: ``.venv/bin/python -m benchmarks.bench_case_desk [--cases N]``. The database is made
once under ``benchmarks/data/`` by ``benchmarks/case_desk_data.py``.

The window in the keystroke and opening figures runs as the program's does: its modules
loaded as ``main.py`` loads them (the cycle collector paused, then frozen) and cycles
collected by the window's own timer (``ui/cycle_collector.py``). ``--collector unfrozen``
loads them without freezing (the program before the tenth session), ``--collector python``
leaves collection to Python (how these figures were taken before that session).

``--startup xvfb`` (or ``offscreen``) times only the start, as a user starts the program:
on a new database and on the N-case one, under a virtual X server of its own (Xvfb) or
offscreen, with the processor time of each step (``benchmarks/startup.py``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import startup
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import big_case_id, ensure_database
from benchmarks.keystrokes import clear_search, keystroke_ms

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[1]


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_startup(path: Path, runs: int) -> list[float]:
    environment = startup.child_environment("offscreen", None)
    return [startup.start_once(path, "cases", environment).seconds for _ in range(runs)]


def typed_searches(path: Path) -> list[str]:
    """Realistic searches from the data itself: surnames, references, phones, units."""
    import sqlite3

    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        surnames = [
            r[0]
            for r in connection.execute("SELECT surname FROM persons WHERE id % 9973 = 1 LIMIT 6")
        ]
        references = [
            r[0]
            for r in connection.execute("SELECT reference FROM cases WHERE id % 19997 = 7 LIMIT 3")
        ]
        phones = [
            r[0][-7:]
            for r in connection.execute(
                "SELECT phone FROM relatives WHERE phone != '' AND id % 30011 = 3 LIMIT 2"
            )
        ]
        numbers = [
            r[0]
            for r in connection.execute(
                "SELECT service_number FROM persons WHERE service_number != '' "
                "AND id % 40009 = 5 LIMIT 2"
            )
        ]
        relatives = [
            r[0]
            for r in connection.execute(
                "SELECT given_name FROM relatives WHERE id % 50021 = 9 LIMIT 2"
            )
        ]
    connection.close()
    return [name.lower() for name in surnames] + references + phones + numbers + relatives


def load_window_modules(collector: str) -> None:
    """Load the window's modules as ``main.py`` does (see the module's docstring)."""
    import contextlib

    from caseworker.collector import loading_modules

    with loading_modules() if collector == "program" else contextlib.nullcontext():
        import ui.app
        import ui.case_view
        import ui.main_window  # noqa: F401


def collect_as_the_window(app: QCoreApplication, collector: str) -> None:
    """Collect cycles as the program's window does (unless ``collector`` is "python")."""
    if collector != "python":
        from ui.cycle_collector import CycleCollector

        CycleCollector(app)


def bench_keystrokes(path: Path, collector: str) -> list[tuple[str, float]]:
    """Every keystroke of the typed searches: the search box's text and its milliseconds."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from caseworker.db import open_database
    from ui.changes import ChangeNotifier
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    collect_as_the_window(app, collector)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    database = open_database(str(path))
    window = MainWindow(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    timings: list[tuple[str, float]] = []
    for query in typed_searches(path):
        for length in range(1, len(query) + 1):
            timings.append((query[:length], keystroke_ms(app, window, query[:length])))
        clear_search(window)
    window.close()
    database.dispose()
    return timings


def bench_open_case(path: Path, runs: int) -> list[float]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from caseworker.db import open_database
    from ui.case_view import CaseView
    from ui.changes import ChangeNotifier
    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    database = open_database(str(path))
    case_id = big_case_id(database)
    view = CaseView(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
    view.resize(700, 760)
    view.show()
    timings = []
    for _ in range(runs):
        view.show_case(None)
        app.processEvents()
        started = time.perf_counter()
        view.show_case(case_id)
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    assert view.report_model.rowCount() == 200
    database.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--startup",
        choices=("xvfb", "offscreen"),
        help="time only the start, on a new database and on the N-case one",
    )
    parser.add_argument(
        "--collector",
        choices=("program", "unfrozen", "python"),
        default="program",
        help="how the window's modules load and its cycles are collected (see above)",
    )
    parser.add_argument(
        "--priority",
        action="store_true",
        help="with --startup: run the program at a higher priority (nice -10, as root)",
    )
    parser.add_argument(
        "--dont-write-bytecode",
        action="store_true",
        help="with --startup: the program writes no compiled modules (PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument(
        "--slowest", type=int, default=0, metavar="N", help="name the N slowest keystrokes"
    )
    args = parser.parse_args()
    print(calibration(), flush=True)
    path = ensure_database(args.cases)
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    if args.startup:
        startup.bench(args.startup, args.runs, path, args.priority, not args.dont_write_bytecode)
        return

    starts = bench_startup(path, args.runs)
    print(
        f"start to usable case list: median {statistics.median(starts):.2f} s, "
        f"max {max(starts):.2f} s over {len(starts)} runs (target < 1.5 s)"
    )
    load_window_modules(args.collector)
    typed = bench_keystrokes(path, args.collector)
    keys = [ms for _, ms in typed]
    print(
        f"keystroke to updated list: median {statistics.median(keys):.1f} ms, "
        f"p95 {percentile(keys, 0.95):.1f} ms, max {max(keys):.1f} ms over {len(keys)} "
        f"keystrokes (targets 50 / 100 ms)"
    )
    if args.slowest:
        slowest = sorted(typed, key=lambda keystroke: -keystroke[1])[: args.slowest]
        print("slowest keystrokes: " + ", ".join(f"{text!r} {ms:.1f}" for text, ms in slowest))
    opening = bench_open_case(path, 20)
    print(
        f"open a case with 200 reports: median {statistics.median(opening):.1f} ms, "
        f"max {max(opening):.1f} ms over {len(opening)} runs (target < 100 ms)"
    )
    print(
        f"resident memory after the searches and the opening: {resident_mb():.0f} MB "
        "(target < 300 MB)"
    )


if __name__ == "__main__":
    main()
