"""How long an import holds the database's write lock, against the same import done the old
way (each record flushed on its own, each case's summary refreshed after every record).

Run: ``.venv/bin/python -m benchmarks.bench_import_lock [--cases N] [--runs N]``.
Synthetic cases (seed 7) are exported, the place of every report is edited and a new
report is added per case; the import is planned (no lock), then applied in one write
transaction, whose length is what another window would wait. Each run applies to a fresh
copy of the database, once each way. Target: the lock is held for a fraction of what it
was (issue 10: an import of 11 s made a colleague's save fail after 10 s).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from openpyxl import load_workbook

from benchmarks.calibration import calibration
from caseworker.db import open_database
from caseworker.services import cases, records
from caseworker.synth import synthesize
from caseworker.xlsx import apply_import, export_workbook, plan_import


def make_workbook(folder: Path, count: int) -> tuple[Path, Path, int]:
    db = folder / "cases.sqlite"
    database = open_database(str(db))
    synthesize(database, count, 7, actor="bench")
    book = folder / "cases.xlsx"
    with database.read() as session:
        export_workbook(session, book)
    database.dispose()
    workbook = load_workbook(book)
    sheet = workbook["Reports"]
    header = [cell.value for cell in sheet[1]]
    place = header.index("Place") + 1
    rows = sheet.max_row
    for row in range(2, rows + 1):
        sheet.cell(row, place).value = f"место {row}"
    for row in range(2, min(rows, count + 1) + 1):  # a new report per case, give or take
        values = {header[i]: sheet.cell(row, i + 1).value for i in range(len(header))}
        new = sheet.max_row + 1
        for name in (
            "Case reference",
            "Person",
            "Person key",
            "Claim",
            "Event date",
            "Source kind",
        ):
            sheet.cell(new, header.index(name) + 1).value = values[name]
        sheet.cell(new, header.index("Summary") + 1).value = f"новое {row}"
    workbook.save(book)
    return db, book, rows - 1


@contextlib.contextmanager
def old_way() -> Iterator[None]:
    """Flush each record on its own and refresh the case summary after each (the baseline)."""
    with (
        mock.patch.object(records, "flushed_together", lambda _s: contextlib.nullcontext()),
        mock.patch.object(cases, "case_summaries_deferred", lambda _s: contextlib.nullcontext()),
    ):
        yield


def lock_seconds(db: Path, book: Path, folder: Path, baseline: bool) -> float:
    copy = folder / ("old.sqlite" if baseline else "new.sqlite")
    shutil.copy(db, copy)
    database = open_database(str(copy))
    with database.read() as session:
        plan = plan_import(session, book)
    assert plan.clean, plan.errors[:3]
    with old_way() if baseline else contextlib.nullcontext():
        started = time.perf_counter()
        with database.write() as session:
            apply_import(session, "bench", plan)
        seconds = time.perf_counter() - started
    database.dispose()
    copy.unlink()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(calibration(), flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db, book, edited = make_workbook(folder, args.cases)
        old, new = [], []
        for _ in range(args.runs):
            old.append(lock_seconds(db, book, folder, baseline=True))
            new.append(lock_seconds(db, book, folder, baseline=False))
        print(f"{args.cases} cases, {edited} reports edited, about {args.cases} new")
        print(f"write lock held, old way: median {statistics.median(old):.2f} s  {old}")
        print(f"write lock held, now:     median {statistics.median(new):.2f} s  {new}")
        print(f"ratio now / old: {statistics.median(new) / statistics.median(old):.2f}")


if __name__ == "__main__":
    main()
