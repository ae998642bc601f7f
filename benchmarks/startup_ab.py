"""Compare the start of two source trees, their runs alternating.

``python -m benchmarks.startup_ab TREE TREE [--runs 12] [--cases 100000]`` starts the program
from each tree in turn (``git worktree add /tmp/before <commit>``; a worktree needs the
compiled translation, ``resources/translations/caseworker_ru.qm``, copied in) on the
benchmark database, offscreen, as :mod:`benchmarks.startup` does, and prints each tree's
median and fastest start and its processor time. Alternating the runs cancels what the
machine's own load does to both: on a busy host a change of a few per cent shows here when
two separate benchmark runs disagree by more. Run it under ``benchmarks.slow_machine`` for
the old laptop's figures. ``--databases BEFORE AFTER`` gives each tree a database of its own,
when a migration lies between them (a copy of the benchmark database taken down with
``alembic downgrade``: the earlier tree refuses a newer database).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from benchmarks import startup
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import ensure_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument(
        "--databases", nargs=2, type=Path, help="each tree's own database (default: the same)"
    )
    args = parser.parse_args()
    print(calibration(), flush=True)
    environment = startup.child_environment("offscreen", None)
    trees = [tree.resolve() for tree in args.trees]
    databases = dict(zip(trees, args.databases or [ensure_database(args.cases)] * 2, strict=True))
    for tree in trees:  # not timed: compiled modules written, the disk cache warm
        startup.start_once(databases[tree], "cases", environment, tree=tree)
    runs: dict[Path, list[startup.Run]] = {tree: [] for tree in trees}
    for _ in range(args.runs):
        for tree in trees:
            runs[tree].append(startup.start_once(databases[tree], "cases", environment, tree=tree))
    for tree, timed in runs.items():
        seconds = [run.seconds for run in timed]
        processor = statistics.median(run.processor for run in timed)
        print(
            f"{tree}: median {statistics.median(seconds):.3f} s, fastest {min(seconds):.3f} s, "
            f"processor {processor:.3f} s ({len(timed)} runs)"
        )
    print(startup.load())


if __name__ == "__main__":
    main()
