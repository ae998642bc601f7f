"""Time the spreadsheet export and import on 100,000 reports against bare readers and writers.

Run: ``.venv/bin/python -m benchmarks.bench_xlsx [--reports N] [--runs N] [--export-only]``.
The data is made here with :mod:`caseworker.synth` (seed 7: cases are added until the
reports reach N) in a temporary folder. Targets: the export takes at most 1.3 times a bare
openpyxl write-only dump of the same rows, with peak memory under 300 MB (the export runs in
a child process; its resident memory is sampled together with that of the process the
export starts to make its rows); the import (planning it: reading, checking and
comparing every row) takes at most twice a bare python-calamine read of the workbook (every
sheet's values as Python lists), issue 16. The import is timed twice, its values read by
python-calamine (as the program does, ``plan_import`` given the file: planning begins while
calamine parses) and by the XML reader it had before (``values="xml"``, read, then planned),
and a bare openpyxl read-only pass is timed too, for the figures before issue 16.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from benchmarks.calibration import calibration
from caseworker.db import open_database
from caseworker.synth import synthesize
from caseworker.xlsx import export_workbook, plan_import, read_workbook
from caseworker.xlsx.importing.reader import Values


def make_database(path: Path, reports: int) -> dict[str, int]:
    database = open_database(str(path))
    totals = {"cases": 0, "persons": 0, "relatives": 0, "reports": 0}
    seed = 7
    while totals["reports"] < reports:
        missing = reports - totals["reports"]
        summary = synthesize(database, max(50, missing // 10), seed, actor="bench")
        for name in totals:
            totals[name] += getattr(summary, name)
        seed += 1
    database.dispose()
    return totals


def child_export(db: str, out: str) -> None:
    """Run in a fresh process: the export alone, its time and peak memory as JSON.

    Memory is sampled every 20 ms: the resident size of this process and of the process the
    export starts to make its rows, and their sum. (``ru_maxrss`` would count the memory of
    the benchmark's own process, which this one was forked from.)
    """
    database = open_database(db)
    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    with database.read() as session:
        export_workbook(session, out)
    seconds = time.perf_counter() - started
    sampler.stop()
    print(json.dumps({"seconds": seconds, **sampler.peaks()}))


class MemorySampler(threading.Thread):
    """The peak resident memory of this process, of its children, and of both together."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self._stopped = threading.Event()
        self.own = self.children = self.together = 0

    def run(self) -> None:
        while not self._stopped.wait(0.02):
            own = _resident(os.getpid())
            children = sum(_resident(pid) for pid in _children())
            self.own = max(self.own, own)
            self.children = max(self.children, children)
            self.together = max(self.together, own + children)

    def stop(self) -> None:
        self._stopped.set()
        self.join()

    def peaks(self) -> dict[str, float]:
        mb = 1024 * 1024
        return {
            "peak_mb": self.own / mb,
            "rows_mb": self.children / mb,
            "together_mb": self.together / mb,
        }


def _children() -> list[int]:
    pids = []
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            pids += [int(pid) for pid in (task / "children").read_text().split()]
    return pids


def _resident(pid: int) -> int:
    """Resident bytes of ``pid`` (0 once it has ended)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def timed_export(db: Path, out: Path) -> float:
    database = open_database(str(db))
    started = time.perf_counter()
    with database.read() as session:
        export_workbook(session, out)
    seconds = time.perf_counter() - started
    database.dispose()
    return seconds


def timed_plan(db: Path, path: Path, values: Values = "calamine") -> float:
    database = open_database(str(db))
    started = time.perf_counter()
    with database.read() as session:
        # The program's way: the planner begins while calamine parses the last sheets.
        source = path if values == "calamine" else read_workbook(path, values=values)
        planned = plan_import(session, source)
    seconds = time.perf_counter() - started
    database.dispose()
    assert (planned.created, planned.updated, len(planned.errors)) == (0, 0, 0)
    return seconds


def sheet_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path, read_only=True)
    rows = {name: list(workbook[name].iter_rows(values_only=True)) for name in workbook.sheetnames}
    workbook.close()
    return rows


def bare_dump(rows: dict[str, list[tuple[Any, ...]]], out: Path) -> float:
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, values in rows.items():
        sheet = workbook.create_sheet(name)
        for row in values:
            sheet.append(row)
    workbook.save(out)
    return time.perf_counter() - started


def bare_read(path: Path) -> float:
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True)
    for name in workbook.sheetnames:
        for _ in workbook[name].iter_rows(values_only=True):
            pass
    workbook.close()
    return time.perf_counter() - started


def bare_calamine(path: Path) -> float:
    """Every sheet's values read by python-calamine, as Python lists."""
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()
    workbook.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export-only", action="store_true", help="skip the import measure")
    parser.add_argument("--child-export", nargs=2, metavar=("DB", "OUT"))
    args = parser.parse_args()
    if args.child_export:
        child_export(*args.child_export)  # its output is read as JSON: no calibration line
        return
    print(calibration(), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        db, out = Path(folder) / "bench.sqlite", Path(folder) / "export.xlsx"
        totals = make_database(db, args.reports)
        print("data:", totals)
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_xlsx", "--child-export", str(db), str(out)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        exported = json.loads(child.stdout)
        rows = sheet_rows(out)
        # Other work on the machine skews single figures: alternate the runs, keep the best.
        exports, dumps, plans, reads = [], [], [], []
        xml_plans: list[float] = []
        calamines: list[float] = []
        for _ in range(args.runs):
            exports.append(timed_export(db, out))
            dumps.append(bare_dump(rows, Path(folder) / "bare.xlsx"))
        del rows
        if not args.export_only:
            for _ in range(args.runs):
                plans.append(timed_plan(db, out))
                calamines.append(bare_calamine(out))
                xml_plans.append(timed_plan(db, out, "xml"))
                reads.append(bare_read(out))
        export, dump = min(exports), min(dumps)
        print(f"export  {export:.2f} s   bare write-only dump {dump:.2f} s   "
              f"ratio {export / dump:.2f} (target 1.3)")  # fmt: skip
        print("  runs (export / dump):", _pairs(exports, dumps))
        print(f"export peak memory {exported['peak_mb']:.0f} MB, its rows process "
              f"{exported['rows_mb']:.0f} MB, together {exported['together_mb']:.0f} MB "
              "(target 300); "
              f"child process export {exported['seconds']:.2f} s")  # fmt: skip
        if plans:
            plan, bare, xml, read = min(plans), min(calamines), min(xml_plans), min(reads)
            print(f"import  {plan:.2f} s   bare python-calamine read {bare:.2f} s   "
                  f"ratio {plan / bare:.2f} (target 2.0)")  # fmt: skip
            print("  runs (import / calamine):", _pairs(plans, calamines))
            print(f"import with the XML reader {xml:.2f} s   ratio to calamine {xml / bare:.2f}; "
                  f"bare openpyxl read-only pass {read:.2f} s   import / openpyxl "
                  f"{plan / read:.2f}, with the XML reader {xml / read:.2f}")  # fmt: skip
            print("  runs (XML reader import / openpyxl read):", _pairs(xml_plans, reads))


def _pairs(ours: list[float], bare: list[float]) -> str:
    return ", ".join(f"{a:.2f} / {b:.2f}" for a, b in zip(ours, bare, strict=True))


if __name__ == "__main__":
    main()
