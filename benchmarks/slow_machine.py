"""Run a command as on a slower machine: its processes get a share of the processor.

``sudo .venv/bin/python -m benchmarks.slow_machine [--share 0.38] -- python -m
benchmarks.bench_case_desk``. The command runs in a control group (cgroup v1 ``cpu`` or v2
``cpu.max``, as root) whose processor time is capped at ``share`` of one core, handed out
every 5 ms: a pure-Python loop then takes 1/share times as long, as on an older processor.
Issue 16's 2-core machine needed about 300 ms for ``sum(range(10**7))`` where this one needs
110-120 ms; ``--share 0.38`` brings the calibration there (the benchmark prints it). It is a
pessimistic stand-in: all the command's threads share the capped time, where an older
laptop would run a background thread on its second core.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

PERIOD_US = 5000
NAME = "caseworker-slow-machine"


def _group(share: float) -> Path:
    """A cgroup capped at ``share`` of a core; its ``cgroup.procs`` file is returned."""
    quota = max(1000, round(PERIOD_US * share))
    v1 = Path("/sys/fs/cgroup/cpu")
    if (v1 / "cpu.cfs_quota_us").exists():
        group = v1 / NAME
        group.mkdir(exist_ok=True)
        (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
        (group / "cpu.cfs_quota_us").write_text(str(quota))
        return group / "cgroup.procs"
    root = Path("/sys/fs/cgroup")
    group = root / NAME
    group.mkdir(exist_ok=True)
    (group / "cpu.max").write_text(f"{quota} {PERIOD_US}")
    return group / "cgroup.procs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.38, help="of one core (default 0.38)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("a command to run is needed after --")
    try:
        procs = _group(args.share)
    except OSError as error:
        print(f"cannot make the control group (run as root): {error}", file=sys.stderr)
        return 2

    def enter() -> None:
        procs.write_text(str(os.getpid()))

    return subprocess.call(command, preexec_fn=enter)


if __name__ == "__main__":
    sys.exit(main())
