"""Time the case desk on an encrypted database (SQLCipher) against the same plain one.

Target (issue 14): a search keystroke and opening a case no more than 1.3 times slower on
the encrypted database than on the plain one, measured in the same run.

The plain database is made with ``caseworker.synth`` (fixed seed) plus the case with 200
reports of ``benchmarks/case_desk_data.py``; the encrypted one is its copy made by
:func:`caseworker.db.encrypt.encrypt_database`, so both hold the same rows. Both are small
(``--cases``, 5,000 by default) and sit in the page cache: the figures are the cost of
decrypting pages and checking their HMACs, not of reading the disk. The measures are those
of ``benchmarks/bench_case_desk.py`` (the window's case list updated after each letter of
realistic searches; the case view showing the case with 200 reports), taken in turns,
plain then encrypted, for ``--rounds`` rounds; the calibration line is printed before and
after.

Run: ``.venv/bin/python -m benchmarks.bench_encrypted_db [--cases 5000] [--rounds 3]``.
The databases are made in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_case_desk import percentile, typed_searches
from benchmarks.bench_worklist import calibration
from benchmarks.case_desk_data import _add_big_case, big_case_id
from caseworker.db import open_database
from caseworker.db.encrypt import encrypt_database
from caseworker.synth import synthesize

KEY = bytes(range(32))
TARGET = 1.3


def make_databases(folder: Path, cases_count: int) -> tuple[Path, Path]:
    plain = folder / "plain.sqlite"
    database = open_database(str(plain))
    try:
        synthesize(database, cases_count, 1)
        _add_big_case(database)
    finally:
        database.dispose()
    encrypted = folder / "encrypted.sqlite"
    encrypt_database(plain, encrypted, KEY)
    return plain, encrypted


def keystrokes(path: Path, key: bytes | None, queries: list[str]) -> list[float]:
    """Each letter of each query typed into the case list: the time to the list repainted."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.changes import ChangeNotifier
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    database = open_database(str(path), key=key)
    window = MainWindow(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    box = window.case_list.search_box
    timings: list[float] = []
    for query in queries:
        for length in range(1, len(query) + 1):
            box.setText(query[:length])
            started = time.perf_counter()
            window.case_list.apply_filters()
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
            while window.case_model.known_total is None:
                app.processEvents()
                time.sleep(0.001)
        box.clear()
        window.case_list.apply_filters()
    window.close()
    database.dispose()
    return timings


def open_case(path: Path, key: bytes | None, runs: int) -> list[float]:
    """The case view showing the case with 200 reports, ``runs`` times."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.case_view import CaseView
    from ui.changes import ChangeNotifier
    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    database = open_database(str(path), key=key)
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
    print(calibration())
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent) as folder:
        started = time.perf_counter()
        plain, encrypted = make_databases(Path(folder), args.cases)
        made = time.perf_counter() - started
        print(
            f"made {args.cases} cases + 1 with 200 reports in {made:.0f} s:"
            f" plain {plain.stat().st_size / 1e6:.1f} MB, "
            f"encrypted {encrypted.stat().st_size / 1e6:.1f} MB"
        )
        queries = typed_searches(plain)
        keys: dict[str, list[float]] = {"plain": [], "encrypted": []}
        opening: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(args.rounds):
            for name, path, key in (("plain", plain, None), ("encrypted", encrypted, KEY)):
                keys[name] += keystrokes(path, key, queries)
                opening[name] += open_case(path, key, 10)
        print(summary("keystroke to updated list", keys["plain"], keys["encrypted"]))
        print(summary("open a case with 200 reports", opening["plain"], opening["encrypted"]))
    print(calibration())


if __name__ == "__main__":
    main()
