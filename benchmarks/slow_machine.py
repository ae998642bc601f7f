"""Run a command as on an older 2-core machine: each core gives a share of its time.

``.venv/bin/python -m benchmarks.slow_machine [--share 0.38] -- .venv/bin/python -m
benchmarks.bench_case_desk`` (as root: it makes control groups). Two cgroup v1 ``cpu``
groups are capped at ``share`` of one core each, handed out every 5 ms: one for the main
thread of every process the command starts (the window's thread), one for all their other
threads (the list's count, the analyses, the database's workers), moved there as they appear
(every 2 ms). A pure-Python loop then takes 1/share times as long, as on an older processor,
and a background thread does not take the window thread's time, as on a second core.
Issue 16's machine needed about 300 ms for ``sum(range(10**7))`` where this one needs
110-120 ms: ``--share 0.38`` brings the calibration line there. The host's own speed varies
(129-141 ms on some afternoons): choose the share that makes the calibration line read
285-330 ms (0.44 then).
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import threading
from pathlib import Path

PERIOD_US = 5000
ROOT = Path("/sys/fs/cgroup/cpu")
WATCH_S = 0.002


def _group(name: str, share: float) -> Path:
    """A cgroup capped at ``share`` of a core."""
    group = ROOT / name
    group.mkdir(exist_ok=True)
    (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
    (group / "cpu.cfs_quota_us").write_text(str(max(1000, round(PERIOD_US * share))))
    return group


def _tasks(group: Path) -> list[int]:
    return [int(line) for line in (group / "tasks").read_text().split()]


def _is_main_thread(tid: int) -> bool:
    try:
        status = Path(f"/proc/{tid}/status").read_text()
    except OSError:
        return False
    tgid = next(line.split()[1] for line in status.splitlines() if line.startswith("Tgid:"))
    return int(tgid) == tid


def _sort_threads(main: Path, rest: Path, done: threading.Event) -> None:
    """Main threads to ``main``, every other thread to ``rest``, until ``done``."""
    while not done.wait(WATCH_S):
        for group, wanted in ((main, False), (rest, True)):
            for tid in _tasks(group):
                if _is_main_thread(tid) == wanted:
                    with contextlib.suppress(OSError):  # the thread ended meanwhile
                        ((main if wanted else rest) / "tasks").write_text(str(tid))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.38, help="of a core (default 0.38)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("a command to run is needed after --")
    if not (ROOT / "cpu.cfs_quota_us").exists():
        print("needs the cgroup v1 cpu controller at /sys/fs/cgroup/cpu", file=sys.stderr)
        return 2
    try:
        main_group = _group("caseworker-slow-main", args.share)
        rest_group = _group("caseworker-slow-rest", args.share)
    except OSError as error:
        print(f"cannot make the control groups (run as root): {error}", file=sys.stderr)
        return 2
    procs = main_group / "cgroup.procs"
    done = threading.Event()
    watcher = threading.Thread(target=_sort_threads, args=(main_group, rest_group, done))
    watcher.start()
    try:
        return subprocess.call(command, preexec_fn=lambda: procs.write_text("0"))
    finally:
        done.set()
        watcher.join()


if __name__ == "__main__":
    sys.exit(main())
