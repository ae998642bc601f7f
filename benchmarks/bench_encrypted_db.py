"""Time the case desk on an encrypted database (SQLCipher) against the same plain one.

Target (issue 14): a search keystroke and opening a case no more than 1.3 times slower on
the encrypted database than on the plain one, measured in the same run.

The plain database is ``benchmarks/case_desk_data.py``'s (``caseworker.synth``, fixed
seed, plus the case with 200 reports; ``--cases``, 5,000 by default, 100,000 as
``bench_case_desk``); the encrypted one is its copy made by
:func:`caseworker.db.encrypt.encrypt_database`, so both hold the same rows. Both are made
once under ``benchmarks/data/`` and reused. The measures are those of
``benchmarks/bench_case_desk.py`` (the window's case list updated after each letter of
realistic searches; the case view showing the case with 200 reports), plus opening the
database (``open_database``: the version check, the engine, a first read), taken in turns
(a window on each database, each keystroke and each opening done on one then the other, so
that the load of a shared machine falls on both alike), for ``--rounds`` rounds; the
calibration line is printed before and after. The files sit in the page cache after the
first round: the figures are the cost of decrypting pages and checking their HMACs, not of
reading the disk.

Run: ``.venv/bin/python -m benchmarks.bench_encrypted_db [--cases 5000] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text

from benchmarks.bench_case_desk import percentile, typed_searches
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import big_case_id, ensure_database
from benchmarks.keystrokes import clear_search, keystroke_ms
from caseworker.db import open_database
from caseworker.db.encrypt import encrypt_database

KEY = bytes(range(32))
TARGET = 1.3


def ensure_databases(cases_count: int) -> tuple[Path, Path]:
    """The case desk's plain database of ``cases_count`` cases and its encrypted copy."""
    plain = ensure_database(cases_count)
    encrypted = plain.with_name(plain.stem + ".encrypted.sqlite")
    if not encrypted.exists():
        started = time.perf_counter()
        encrypt_database(plain, encrypted, KEY)
        print(f"encrypted copy made in {time.perf_counter() - started:.1f} s (once)")
    return plain, encrypted


Timings = dict[str, list[float]]
#: The two databases by name: (path, key).
Pair = dict[str, tuple[Path, bytes | None]]


def open_read(pair: Pair, runs: int) -> Timings:
    """``open_database`` and a first read, then closed; plain and encrypted in turns."""
    timings: Timings = {name: [] for name in pair}
    for _ in range(runs):
        for name, (path, key) in pair.items():
            started = time.perf_counter()
            database = open_database(str(path), key=key)
            with database.read() as session:
                session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            timings[name].append((time.perf_counter() - started) * 1000)
            database.dispose()
    return timings


def keystrokes(pair: Pair, queries: list[str]) -> Timings:
    """Each letter of each query typed into the case list of a window on each database, in
    turns: the time to the list repainted."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.changes import ChangeNotifier
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    windows = {}
    for name, (path, key) in pair.items():
        database = open_database(str(path), key=key)
        window = MainWindow(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
        window.resize(1280, 800)
        window.show()
        windows[name] = (database, window)
    app.processEvents()
    timings: Timings = {name: [] for name in pair}
    for query in queries:
        for length in range(1, len(query) + 1):
            for name, (_database, window) in windows.items():
                timings[name].append(keystroke_ms(app, window, query[:length]))
        for _database, window in windows.values():
            clear_search(window)
    for database, window in windows.values():
        window.close()
        database.dispose()
    return timings


def open_case(pair: Pair, runs: int) -> Timings:
    """The case view showing the case with 200 reports, on each database in turns."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.case_view import CaseView
    from ui.changes import ChangeNotifier
    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    views = {}
    for name, (path, key) in pair.items():
        database = open_database(str(path), key=key)
        view = CaseView(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
        view.resize(700, 760)
        view.show()
        views[name] = (database, view, big_case_id(database))
    timings: Timings = {name: [] for name in pair}
    for _ in range(runs):
        for name, (_database, view, case_id) in views.items():
            view.show_case(None)
            app.processEvents()
            started = time.perf_counter()
            view.show_case(case_id)
            app.processEvents()
            timings[name].append((time.perf_counter() - started) * 1000)
            assert view.report_model.rowCount() == 200
    for database, view, _case_id in views.values():
        view.close()
        database.dispose()
    return timings


def summary(name: str, plain: list[float], encrypted: list[float]) -> str:
    ratio = statistics.median(encrypted) / statistics.median(plain)
    verdict = "within" if ratio <= TARGET else "OVER"
    return (
        f"{name}: plain median {statistics.median(plain):.1f} ms "
        f"(p95 {percentile(plain, 0.95):.1f}), encrypted median "
        f"{statistics.median(encrypted):.1f} ms (p95 {percentile(encrypted, 0.95):.1f}), "
        f"{ratio:.2f}x over {len(plain)} / {len(encrypted)} ({verdict} the target {TARGET}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plain, encrypted = ensure_databases(args.cases)
    print(
        f"{args.cases} cases + 1 with 200 reports: plain {plain.stat().st_size / 1e6:.1f} MB, "
        f"encrypted {encrypted.stat().st_size / 1e6:.1f} MB"
    )
    print(calibration())
    queries = typed_searches(plain)
    pair: Pair = {"plain": (plain, None), "encrypted": (encrypted, KEY)}
    measures: dict[str, Timings] = {
        measure: {name: [] for name in pair} for measure in ("open", "keys", "case")
    }
    for _ in range(args.rounds):
        for measure, timings in (
            ("open", open_read(pair, 5)),
            ("keys", keystrokes(pair, queries)),
            ("case", open_case(pair, 10)),
        ):
            for name, values in timings.items():
                measures[measure][name] += values
    for measure, title in (
        ("open", "open the database and read"),
        ("keys", "keystroke to updated list"),
        ("case", "open a case with 200 reports"),
    ):
        print(summary(title, measures[measure]["plain"], measures[measure]["encrypted"]))
    print(calibration())


if __name__ == "__main__":
    main()
