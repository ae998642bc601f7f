"""Run one benchmark on an earlier checkout and on this one, taking turns, in one run.

Run: ``.venv/bin/python -m benchmarks.side_by_side --base DIR [--rounds N] -- ARGS...``,
where ``DIR`` is a checkout of the earlier commit (``git worktree add /tmp/base REV``) and
``ARGS`` the benchmark's own command line after ``python``, e.g.
``-m benchmarks.bench_timeline_open --runs 30``. Each round runs the benchmark once in the
earlier checkout and once in this one, with the same interpreter and environment, so that
whatever else the machine is doing weighs on both alike; their outputs are printed one under
the other, labelled. The earlier checkout finds its own ``caseworker`` and ``ui`` first
(the benchmark runs with the checkout as its working folder and first import path).
The benchmark databases under ``benchmarks/data/`` are shared: the earlier checkout gets a
link to this one's folder when it has none.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def _run(checkout: Path, args: list[str]) -> str:
    environment = dict(os.environ, PYTHONPATH=str(checkout), QT_QPA_PLATFORM="offscreen")
    finished = subprocess.run(
        [sys.executable, *args],
        cwd=checkout,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    output = finished.stdout
    if finished.returncode != 0:
        output += f"\n(exit {finished.returncode})\n{finished.stderr[-2000:]}"
    return output


def _share_data(base: Path) -> None:
    data = base / "benchmarks" / "data"
    if not data.exists():
        data.symlink_to(HERE / "benchmarks" / "data", target_is_directory=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="a checkout of the earlier commit")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the benchmark's args")
    options = parser.parse_args()
    command = [arg for arg in options.command if arg != "--"] if options.command else []
    if not command:
        parser.error("give the benchmark's command line after --")
    base = options.base.resolve()
    _share_data(base)
    for round_number in range(1, options.rounds + 1):
        for label, checkout in (("before", base), ("now", HERE)):
            print(f"===== round {round_number}, {label} ({checkout})", flush=True)
            print(_run(checkout, command), flush=True)


if __name__ == "__main__":
    main()
