"""Time and weigh a password-protected export and its import against the plain ones.

Run: ``.venv/bin/python -m benchmarks.bench_xlsx_protected [--reports N] [--runs N]``.
The data is :mod:`benchmarks.bench_xlsx`'s (seed 7, cases added until the reports reach N).
A protected workbook is made whole in memory (no plain byte on disk: openpyxl's sheets are
kept in memory rather than in temporary files, and the zip too) and then encrypted, so its
peak memory is the figure to watch beside the time; the import decrypts into memory before
reading. Each export runs in a fresh child process, its resident memory sampled; the
plans run here, in turns.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_xlsx import MemorySampler, make_database
from benchmarks.calibration import calibration
from caseworker.db import open_database
from caseworker.xlsx import export_workbook, plan_import

PASSWORD = "Пароль для юриста 7"


def child_export(db: str, out: str, password: str | None) -> None:
    """Run in a fresh process: the export alone, its time and peak memory as JSON."""
    database = open_database(db)
    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    with database.read() as session:
        export_workbook(session, out, password=password)
    seconds = time.perf_counter() - started
    sampler.stop()
    print(json.dumps({"seconds": seconds, **sampler.peaks()}))


def exported(db: Path, out: Path, password: str | None) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.bench_xlsx_protected", "--child-export"]
    command += [str(db), str(out), password or ""]
    child = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(child.stdout)
    return result


def timed_plan(db: Path, path: Path, password: str | None) -> float:
    database = open_database(str(db))
    started = time.perf_counter()
    with database.read() as session:
        planned = plan_import(session, path, password=password)
    seconds = time.perf_counter() - started
    database.dispose()
    assert (planned.created, planned.updated, len(planned.errors)) == (0, 0, 0)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child-export", nargs=3, metavar=("DB", "OUT", "PASSWORD"))
    args = parser.parse_args()
    print(calibration(), flush=True)
    if args.child_export:
        db, out, password = args.child_export
        child_export(db, out, password or None)
        return
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        plain, protected = Path(folder) / "plain.xlsx", Path(folder) / "protected.xlsx"
        print("data:", make_database(db, args.reports))
        exports: dict[str, list[dict[str, float]]] = {"plain": [], "protected": []}
        plans: dict[str, list[float]] = {"plain": [], "protected": []}
        for _ in range(args.runs):  # in turns: other work on the machine skews single runs
            exports["plain"].append(exported(db, plain, None))
            exports["protected"].append(exported(db, protected, PASSWORD))
        for _ in range(args.runs):
            plans["plain"].append(timed_plan(db, plain, None))
            plans["protected"].append(timed_plan(db, protected, PASSWORD))
        for kind in ("plain", "protected"):
            best = min(exports[kind], key=lambda run: run["seconds"])
            peak = max(run["together_mb"] for run in exports[kind])
            size = (plain if kind == "plain" else protected).stat().st_size / 2**20
            print(
                f"{kind:9}  export {best['seconds']:.2f} s, peak memory {peak:.0f} MB "
                f"(with its rows process), file {size:.1f} MB; import plan "
                f"{min(plans[kind]):.2f} s"
            )
        ratio = min(r["seconds"] for r in exports["protected"]) / min(
            r["seconds"] for r in exports["plain"]
        )
        print(f"protected / plain: export {ratio:.2f}, "
              f"import {min(plans['protected']) / min(plans['plain']):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
