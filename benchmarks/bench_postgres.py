"""Time the program on a local PostgreSQL against SQLite, on the same cases (issue 15).

- a keystroke in the case list's search box updates the list: under 50 ms median;
- opening a case with 200 reports: under 150 ms;
- a change committed in one window reaches another within 1 s: a second process listens as
  a window does (``caseworker.team.changes``, migration 0018's triggers) and reads the changed
  case's list row when told;
- 8 writer processes adding reports at once (each report its own write, as the window saves
  one): at least 100 reports a second together.

Run: ``.venv/bin/python -m benchmarks.bench_postgres [--cases N] [--only ...]``. The SQLite
database is the case desk's (``benchmarks/case_desk_data.py``, made once); a throwaway
PostgreSQL server (the tests' ``PostgresServer``: a temporary folder, a private socket, fsync
off) gets a copy of its rows (``benchmarks/bench_postgres_data.py``), migrated by the program.
Both backends are timed in the same run, in turns; the writers write to a copy of the SQLite
file and to the server's copy. A calibration is printed before and after.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from benchmarks.bench_case_desk import percentile, typed_searches
from benchmarks.bench_postgres_data import copy_into_postgres, make_durable, start_server
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import big_case_id, ensure_database
from benchmarks.keystrokes import clear_search, keystroke_ms
from caseworker.db import Database, open_database

ACTOR = "bench"


def _summary(values: list[float], unit: str = "ms") -> str:
    return (
        f"median {statistics.median(values):.1f} {unit}, p95 {percentile(values, 0.95):.1f} "
        f"{unit}, max {max(values):.1f} {unit} ({len(values)})"
    )


# -- the case list's search box and opening a case -----------------------------------------


def bench_keystrokes(
    databases: dict[str, Database], queries: list[str], slowest: dict[str, list[str]]
) -> dict[str, list[float]]:
    """Each query typed letter by letter into one main window per database, in turns; the
    five slowest keystrokes of each go into ``slowest`` (what the box held, and the time)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.changes import ChangeNotifier
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    windows = {}
    for name, database in databases.items():
        window = MainWindow(AppContext(database, ACTOR, ChangeNotifier(), QUndoStack()))
        window.resize(1280, 800)
        window.show()
        windows[name] = window
    app.processEvents()
    timings: dict[str, list[float]] = {name: [] for name in databases}
    for query in queries:
        for name, window in windows.items():
            for length in range(1, len(query) + 1):
                timings[name].append(keystroke_ms(app, window, query[:length]))
            clear_search(window)
    for window in windows.values():
        window.close()
    typed = [query[:length] for query in queries for length in range(1, len(query) + 1)]
    for name, values in timings.items():
        worst = sorted(zip(values, typed, strict=True), reverse=True)[:5]
        slowest[name] = [f"{text!r} {ms:.0f} ms" for ms, text in worst]
    return timings


def bench_open_case(databases: dict[str, Database], runs: int) -> dict[str, list[float]]:
    """``CaseView.show_case`` of the case with 200 reports, painting included, in turns."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.case_view import CaseView
    from ui.changes import ChangeNotifier
    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    views = {}
    for name, database in databases.items():
        view = CaseView(AppContext(database, ACTOR, ChangeNotifier(), QUndoStack()))
        view.resize(700, 760)
        view.show()
        views[name] = (view, big_case_id(database))
    timings: dict[str, list[float]] = {name: [] for name in databases}
    for _ in range(runs):
        for name, (view, case_id) in views.items():
            view.show_case(None)
            app.processEvents()
            started = time.perf_counter()
            view.show_case(case_id)
            app.processEvents()
            timings[name].append((time.perf_counter() - started) * 1000)
            assert view.report_model.rowCount() == 200
    for view, _ in views.values():
        view.close()
    return timings


# -- a change seen by another window -----------------------------------------------------


def _listening_window(url: str, heard: Any, ready: Any, stop: Any) -> None:
    """The second window: listens as the window's listener does, and when a case changes,
    reads its row of the case list again; puts (moment heard, moment read) on ``heard``."""
    from caseworker.services import case_list

    database = open_database(url)
    try:
        from caseworker.team.changes import Connected, TableChange, listener_for

        listener = listener_for(database)
        assert listener is not None
        for event in listener.events(stop.is_set):
            if isinstance(event, Connected):
                ready.set()
            elif isinstance(event, TableChange) and event.table == "cases" and event.case_ids:
                received = time.monotonic()
                with database.read() as session:
                    for case_id in event.case_ids:
                        case_list.matching_row(session, case_list.CaseQuery(), case_id)
                heard.put((received, time.monotonic()))
    finally:
        database.dispose()


def _plain_listener(url: str, heard: Any, ready: Any, stop: Any) -> None:
    """The same with a bare ``LISTEN`` on migration 0018's channel, for a tree without
    ``caseworker.team.changes``: the moment heard only (twice)."""
    import psycopg

    database = open_database(url)
    connection = database.engine.raw_connection()
    try:
        raw: psycopg.Connection[Any] = connection.driver_connection  # type: ignore[assignment]
        raw.autocommit = True
        raw.execute("LISTEN caseworker_changes")
        ready.set()
        while not stop.is_set():
            for _notify in raw.notifies(timeout=0.25):
                now = time.monotonic()
                heard.put((now, now))
    finally:
        connection.close()
        database.dispose()


def bench_notify(url: str, rounds: int) -> tuple[list[float], list[float]] | None:
    """Commit → heard, and commit → the other window's row read again, in ms (from the
    moment the commit starts)."""
    try:
        import caseworker.team.changes  # noqa: F401

        listen: Callable[..., None] = _listening_window
    except ImportError:
        print("notification: caseworker.team.changes is not there; a bare LISTEN instead")
        listen = _plain_listener
    spawn = multiprocessing.get_context("spawn")
    heard, ready, stop = spawn.Queue(), spawn.Event(), spawn.Event()
    child = spawn.Process(target=listen, args=(url, heard, ready, stop))
    child.start()
    database = open_database(url)
    from caseworker.models import Case
    from caseworker.services import cases

    heard_after: list[float] = []
    read_after: list[float] = []
    try:
        if not ready.wait(60):
            raise RuntimeError("the listening process did not start listening")
        with database.read() as session:
            case_id = session.scalar(select(Case.id).order_by(Case.id).limit(1)) or 0
        for number in range(rounds):
            with database.read() as session:
                version = session.get(Case, case_id).version  # type: ignore[union-attr]
            with database.write() as session:
                cases.update_case(session, ACTOR, case_id, version, region=f"Тверская {number}")
                committed = time.monotonic()  # the commit follows, on leaving the block
            try:
                received, read = heard.get(timeout=10)
            except queue.Empty:
                print(f"notification {number}: not heard within 10 s")
                continue
            heard_after.append((received - committed) * 1000)
            read_after.append((read - committed) * 1000)
            time.sleep(0.05)
    finally:
        stop.set()
        child.join(30)
        if child.is_alive():
            child.kill()
        database.dispose()
    return heard_after, read_after


# -- writers at once -------------------------------------------------------------------------


def _writer(
    address: str, person_id: int, seconds: float, barrier: Any, longest_pause: float | None
) -> tuple[int, int, float]:
    """Add reports to one person, each in its own write, for ``seconds``; (added, failed,
    seconds taken). ``longest_pause``: the PostgreSQL write lock's longest pause between
    tries, changed for an experiment (None: the program's)."""
    from caseworker.db import postgres
    from caseworker.errors import CaseworkerError
    from caseworker.services import reports
    from caseworker.vocab import Claim, Credibility, Reliability, SourceKind

    if longest_pause is not None:
        postgres._LONGEST_PAUSE_S = longest_pause

    rng = random.Random(person_id)
    database = open_database(address)
    added = failed = 0
    start = date.today() - timedelta(days=700)
    try:
        barrier.wait(timeout=120)
        began = time.monotonic()
        deadline = began + seconds
        while time.monotonic() < deadline:
            try:
                with database.write() as session:
                    reports.add_report(
                        session,
                        ACTOR,
                        person_id,
                        claim=rng.choice(list(Claim)),
                        event=(start + timedelta(days=rng.randint(0, 600))).isoformat(),
                        source_kind=rng.choice(list(SourceKind)),
                        source_name=f"источник {added}",
                        reliability=rng.choice(list(Reliability)),
                        credibility=rng.choice(list(Credibility)),
                        summary="Сведения для замера скорости записи",
                    )
                added += 1
            except CaseworkerError:
                failed += 1
        return added, failed, time.monotonic() - began
    finally:
        database.dispose()


def bench_writers(
    address: str, writers: int, seconds: float, longest_pause: float | None = None
) -> tuple[int, int, float]:
    """``writers`` processes adding reports at once; (added, failed, wall seconds)."""
    from caseworker.models import SoughtPerson

    database = open_database(address)
    with database.read() as session:  # one person each
        first = select(SoughtPerson.id).order_by(SoughtPerson.id).limit(writers)
        persons = list(session.scalars(first))
    database.dispose()
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Manager().Barrier(writers)
    started = time.monotonic()
    with spawn.Pool(writers) as pool:
        results = pool.starmap(
            _writer, [(address, person, seconds, barrier, longest_pause) for person in persons]
        )
    wall = time.monotonic() - started
    added = sum(result[0] for result in results)
    failed = sum(result[1] for result in results)
    return added, failed, max(result[2] for result in results) or wall


# -- the run ---------------------------------------------------------------------------------


def _timed(label: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - started:.1f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20, help="openings of the case per backend")
    parser.add_argument("--notify-rounds", type=int, default=30)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15.0, help="how long the writers write")
    parser.add_argument(
        "--lock-pause",
        type=float,
        help="an experiment: the PostgreSQL write lock's longest pause between tries, in "
        "seconds (caseworker.db.postgres._LONGEST_PAUSE_S), for the writers",
    )
    parser.add_argument(
        "--durable",
        action="store_true",
        help="after the copy, restart the server with fsync, synchronous_commit and "
        "full_page_writes on, as a real server runs (the tests' server has them off)",
    )
    parser.add_argument(
        "--only", choices=("keystroke", "open", "notify", "writers"), action="append"
    )
    args = parser.parse_args()
    wanted = set(args.only or ("keystroke", "open", "notify", "writers"))
    print(calibration(), flush=True)
    path = ensure_database(args.cases)
    print(f"SQLite: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    server = start_server()
    try:
        counts = _timed("copied into PostgreSQL", lambda: copy_into_postgres(path, server, "bench"))
        print(", ".join(f"{table} {count}" for table, count in counts.items() if count))
        if args.durable:
            make_durable(server)
            print("PostgreSQL restarted durable: fsync, synchronous_commit, full_page_writes on")
        else:
            print("PostgreSQL as the tests run it: fsync, synchronous_commit, full_page_writes off")
        url = server.url("bench")
        databases = {"SQLite": open_database(str(path)), "PostgreSQL": open_database(url)}
        if "keystroke" in wanted:
            slowest: dict[str, list[str]] = {}
            keys = bench_keystrokes(databases, typed_searches(path), slowest)
            for name, timings in keys.items():
                print(f"keystroke to updated list, {name}: {_summary(timings)} (target 50 ms)")
                print(f"    slowest: {', '.join(slowest[name])}")
        if "open" in wanted:
            opened = bench_open_case(databases, args.runs)
            for name, timings in opened.items():
                print(f"open a case with 200 reports, {name}: {_summary(timings)} (< 150 ms)")
        for database in databases.values():
            database.dispose()
        if "notify" in wanted:
            latency = bench_notify(url, args.notify_rounds)
            if latency is not None:
                print(f"change heard by another window: {_summary(latency[0])} (target 1 s)")
                print(f"... and its list row read again: {_summary(latency[1])}")
        if "writers" in wanted:
            with tempfile.TemporaryDirectory(prefix="bench-writers-") as folder:
                copy = Path(folder) / "writers.sqlite"
                _timed("SQLite file copied for the writers", lambda: shutil.copyfile(path, copy))
                for name, address in (("SQLite", str(copy)), ("PostgreSQL", url)):
                    pause = args.lock_pause if name == "PostgreSQL" else None
                    added, failed, seconds = bench_writers(
                        address, args.writers, args.seconds, pause
                    )
                    print(
                        f"{args.writers} writers, {name}: {added} reports in {seconds:.1f} s = "
                        f"{added / seconds:.0f} a second, {failed} failed (target 100 a second)",
                        flush=True,
                    )
    finally:
        server.stop()
    print(calibration())


if __name__ == "__main__":
    main()
