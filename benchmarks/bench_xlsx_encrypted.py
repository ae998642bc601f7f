"""Time the spreadsheet export and import on an encrypted database against the plain one.

Target (issue 14): export and import no more than 1.2 times slower on the encrypted database
(SQLCipher) than on the same plain one, measured in the same run.

The data is :mod:`benchmarks.bench_xlsx`'s (seed 7, cases added until the reports reach
``--reports``, 100,000 by default: about 10,600 cases), made once under ``benchmarks/data/``
with its encrypted copy (:func:`caseworker.db.encrypt.encrypt_database`, so both hold the same
rows). Each export runs in a fresh child process (the program's export: its rows made by a
further process from 1,000 cases on, unless ``--in-process``), on the plain database then on
the encrypted one, in turns; then the import (planning it: reading, checking and comparing
every row of the workbook exported from the plain database, which changes nothing) on each
in turns, here. Medians and the ratio of medians, of the time and of the processor time
(an export's with that of its rows' process: less swayed by the load of a shared machine);
the calibration and the load average before and after.

``--case-desk`` takes the 100,000-case database of :mod:`benchmarks.bench_encrypted_db` and its
encrypted copy instead (about 950,000 reports: minutes an export).

Run: ``.venv/bin/python -m benchmarks.bench_xlsx_encrypted [--reports N] [--runs N]
[--in-process] [--case-desk] [--export-only | --import-only]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_xlsx import MemorySampler, make_database
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import DATA
from caseworker.db import open_database
from caseworker.db.encrypt import encrypt_database
from caseworker.security.keys import DerivedKeys
from caseworker.xlsx import export_workbook, plan_import

KEY = bytes(range(32))
#: As the window opens a protected database: with its keys (the export then hands the
#: database key to the process making its rows).
KEYS = DerivedKeys(KEY, bytes(range(32, 64)), bytes(range(64, 96)))
TARGET = 1.2


def ensure_databases(reports: int) -> tuple[Path, Path]:
    """The plain database of about ``reports`` reports and its encrypted copy (made once)."""
    plain = DATA / f"xlsx_{reports}.sqlite"
    encrypted = DATA / f"xlsx_{reports}.encrypted.sqlite"
    if not plain.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        partial = plain.with_name(plain.stem + ".partial.sqlite")
        for leftover in DATA.glob(partial.name + "*"):
            leftover.unlink()
        print("data:", make_database(partial, reports), "(once)")
        database = open_database(str(partial))
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
        partial.rename(plain)
    if not encrypted.exists():
        started = time.perf_counter()
        encrypt_database(plain, encrypted, KEY)
        print(f"encrypted copy made in {time.perf_counter() - started:.1f} s (once)")
    return plain, encrypted


def child_export(db: str, out: str, encrypted: bool, in_process: bool) -> None:
    """Run in a fresh process: the export alone, its time and peak memory as JSON."""
    database = open_database(db, keys=KEYS if encrypted else None)
    sampler = MemorySampler()
    sampler.start()
    started, used = time.perf_counter(), _processor()
    with database.read() as session:
        export_workbook(session, out, separate_process=False if in_process else None)
    seconds, used = time.perf_counter() - started, _processor() - used
    sampler.stop()
    database.dispose()
    print(json.dumps({"seconds": seconds, "processor": used, **sampler.peaks()}))


def _processor() -> float:
    """Processor seconds of this process and of its ended children (the rows' process)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def exported(db: Path, out: Path, encrypted: bool, in_process: bool) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.bench_xlsx_encrypted", "--child-export"]
    command += [str(db), str(out), "encrypted" if encrypted else "plain"]
    command += ["--in-process"] if in_process else []
    child = subprocess.run(command, capture_output=True, text=True)
    if child.returncode != 0:
        sys.exit(f"the export failed: {child.stderr.strip()[-2000:]}")
    result: dict[str, float] = json.loads(child.stdout)
    return result


def timed_plan(db: Path, path: Path, encrypted: bool) -> tuple[float, float]:
    """Seconds and processor seconds of planning the import of ``path`` into ``db``."""
    database = open_database(str(db), keys=KEYS if encrypted else None)
    started, used = time.perf_counter(), time.process_time()
    with database.read() as session:
        planned = plan_import(session, path)
    seconds, used = time.perf_counter() - started, time.process_time() - used
    database.dispose()
    assert (planned.created, planned.updated, len(planned.errors)) == (0, 0, 0)
    return seconds, used


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f}"


def line(measure: str, plain: list[float], encrypted: list[float]) -> str:
    ratio = statistics.median(encrypted) / statistics.median(plain)
    verdict = "within" if ratio <= TARGET else "OVER"
    return (
        f"{measure}: plain median {statistics.median(plain):.2f} s "
        f"[{', '.join(f'{s:.2f}' for s in plain)}], encrypted median "
        f"{statistics.median(encrypted):.2f} s [{', '.join(f'{s:.2f}' for s in encrypted)}]: "
        f"{ratio:.2f}x ({verdict} the target {TARGET}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--in-process", action="store_true", help="the export makes its rows in its own process"
    )
    parser.add_argument(
        "--case-desk",
        action="store_true",
        help="the 100,000-case database of bench_encrypted_db instead (950,000 reports)",
    )
    parser.add_argument("--export-only", action="store_true")
    parser.add_argument(
        "--import-only", action="store_true", help="one export, not timed, then the imports"
    )
    parser.add_argument("--child-export", nargs=3, metavar=("DB", "OUT", "KIND"))
    args = parser.parse_args()
    if args.child_export:
        db, out, kind = args.child_export
        child_export(db, out, kind == "encrypted", args.in_process)
        return
    if args.case_desk:
        from benchmarks import bench_encrypted_db

        assert bench_encrypted_db.KEY == KEY
        plain, encrypted = bench_encrypted_db.ensure_databases(100_000)
    else:
        plain, encrypted = ensure_databases(args.reports)
    print(
        f"plain {plain.stat().st_size / 1e6:.1f} MB, encrypted "
        f"{encrypted.stat().st_size / 1e6:.1f} MB; rows made "
        + ("in the export's process" if args.in_process else "as the program does")
    )
    print(calibration())
    print(f"before: {load()}")
    outputs = {"plain": DATA / "xlsx-export-plain.xlsx", "encrypted": DATA / "xlsx-export-enc.xlsx"}
    exports: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
    plans: dict[str, list[tuple[float, float]]] = {"plain": [], "encrypted": []}
    try:
        if args.import_only:
            exported(plain, outputs["plain"], False, args.in_process)
        for _ in range(0 if args.import_only else args.runs):  # in turns: against the load
            for name, path in (("plain", plain), ("encrypted", encrypted)):
                run = exported(path, outputs[name], name == "encrypted", args.in_process)
                exports[name].append(run)
                print(
                    f"  export {name}: {run['seconds']:.2f} s, processor {run['processor']:.2f} s"
                )
        if not args.export_only:
            for _ in range(args.runs):
                for name, path in (("plain", plain), ("encrypted", encrypted)):
                    planned = timed_plan(path, outputs["plain"], name == "encrypted")
                    plans[name].append(planned)
                    print(f"  import {name}: {planned[0]:.2f} s, processor {planned[1]:.2f} s")
        sizes = {name: path.stat().st_size / 1e6 for name, path in outputs.items() if path.exists()}
    finally:
        for path in outputs.values():
            path.unlink(missing_ok=True)
    print(f"after: {load()}")
    print(calibration())
    if exports["plain"]:
        seconds = {name: [run["seconds"] for run in runs] for name, runs in exports.items()}
        print(line("export", seconds["plain"], seconds["encrypted"]))
        used = {name: [run["processor"] for run in runs] for name, runs in exports.items()}
        print(line("  processor time", used["plain"], used["encrypted"]))
        for name, runs in exports.items():
            peak = max(run["together_mb"] for run in runs)
            print(
                f"  {name}: peak memory {peak:.0f} MB (with its rows process), {sizes[name]:.1f} MB"
            )
    if plans["plain"]:
        wall = {name: [run[0] for run in runs] for name, runs in plans.items()}
        print(line("import (plan)", wall["plain"], wall["encrypted"]))
        used = {name: [run[1] for run in runs] for name, runs in plans.items()}
        print(line("  processor time", used["plain"], used["encrypted"]))


if __name__ == "__main__":
    main()
