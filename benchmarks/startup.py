"""Start the program as a user would, again and again, and time it to a usable window.

Each run is a fresh process (``benchmarks/startup_probe.py``, which runs ``ui.app.main``)
with fresh settings, data and cache folders, the interface in Russian and the caseworker's
name set, timed from its launch to the first paint of the case list (or, on a new database,
of the welcome). Under ``xvfb`` the runs draw on a virtual X server of their own (``Xvfb``,
started on a free display and stopped afterwards) through Qt's xcb platform plugin, as on a
desktop; under ``offscreen`` they draw into memory.

Every figure is a median, with the processor time the process used up to that paint; other
work on the machine slows the first and hardly the second, so both are reported with the
load average. ``--priority`` runs the program and its X server at a higher scheduling
priority (``nice -n -10`` and the same for this session's autogroup, as root), which
estimates the time on a quiet machine. ``--dont-write-bytecode`` keeps Python from writing
compiled modules (as ``PYTHONDONTWRITEBYTECODE`` does), so that modules without them are
compiled at every start.

On the benchmark database the program's starts alternate with the floor's
(``benchmarks/startup_floor.py``: SQLAlchemy's ORM and PySide6 loaded, a window with a
60-row table painted, none of the program's code), and the program's median is also given
as a multiple of the floor's: a ratio that the machine's speed and its load that hour move
far less than either time.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE_TIMEOUT_S = 180
#: Prefixed to the program's and the X server's command lines (``--priority``).
PRIORITY: list[str] = []
SETTINGS = "[interface]\nlanguage=ru\n\n[user]\ncaseworker_name=Бенчмарк\n"


@dataclass(frozen=True)
class Run:
    seconds: float  # launch to the first useful paint
    processor: float  # processor seconds the process used by then
    phases: dict[str, tuple[float, float]]  # step: (seconds, processor seconds)


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A virtual X server on a free display; yields the ``DISPLAY`` value."""
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is not installed (Debian: apt-get install xvfb)")
    read, write = os.pipe()
    screen = f"{width}x{height}x24"
    server = subprocess.Popen(
        [*PRIORITY, "Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as announced:
            number = announced.readline().strip()  # written once the server accepts clients
        if not number:
            sys.exit("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def start_once(
    database: Path,
    expect: str,
    environment: dict[str, str],
    last_case: int | None = None,
    tree: Path = ROOT,
) -> Run:
    """One start of the program on ``database``, in fresh settings and data folders;
    ``last_case``: the case open when the program was last closed, which it opens again;
    ``tree``: the source tree the program runs from (another worktree: see startup_ab)."""
    state = None
    if last_case is not None:
        state = f"[main_window]\nlast_case={last_case} {database.resolve()}\n"
    probe = ["-m", "benchmarks.startup_probe", str(database), "--expect", expect, "--phases"]
    return _run_probe(probe, environment, tree, state)


def floor_once(environment: dict[str, str]) -> Run:
    """The floor under any start, run as :func:`start_once` runs the program: SQLAlchemy's
    ORM and PySide6 loaded, a window with a 60-row table painted, no code of the program's
    (``benchmarks/startup_floor.py``)."""
    return _run_probe(["-m", "benchmarks.startup_floor"], environment, ROOT, None)


def _run_probe(
    probe: list[str], environment: dict[str, str], tree: Path, window_state: str | None
) -> Run:
    """Run ``python <probe>`` in fresh settings, data and cache folders; its timed steps."""
    with tempfile.TemporaryDirectory(prefix="caseworker-start-") as home:
        config = Path(home) / "config"
        (config / "Caseworker").mkdir(parents=True)
        (config / "Caseworker" / "preferences.ini").write_text(SETTINGS, encoding="utf-8")
        if window_state is not None:
            (config / "Caseworker" / "window-state.ini").write_text(window_state, encoding="utf-8")
        env = {
            **environment,
            "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            "XDG_CACHE_HOME": str(Path(home) / "cache"),
            "PROBE_LAUNCHED_AT": repr(time.time()),
        }
        if tree != ROOT:
            env["PYTHONPATH"] = str(tree)
        child = subprocess.run(
            [*PRIORITY, sys.executable, *probe],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
        )
    if child.returncode != 0 or "READY" not in child.stdout:
        sys.exit(
            f"the program did not start (exit code {child.returncode}): "
            f"{child.stderr.strip()[-2000:]}"
        )
    phases = {}
    for line in child.stdout.splitlines():
        if line.startswith("PHASE "):
            _, at, used, name = line.split(" ", 3)
            phases[name] = (float(at), float(used))
    seconds, processor = phases["painted"]
    return Run(seconds, processor, phases)


@contextlib.contextmanager
def session_priority(nice: int) -> Iterator[None]:
    """With the kernel's autogroups, nice counts only within a session: give this session's
    group (which the program and Xvfb inherit) ``nice`` too, and restore it afterwards."""
    group = Path("/proc/self/autogroup")
    try:
        before = group.read_text().split()[-1]
        group.write_text(str(nice))
    except (OSError, IndexError):
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            group.write_text(before)


def largest_case(database: Path) -> int:
    """The case with the most reports (the one opened again at a later start)."""
    import sqlite3

    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT persons.case_id FROM reports JOIN persons ON persons.id = reports.person_id "
            "GROUP BY persons.case_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def child_environment(
    platform: str, display: str | None, *, write_bytecode: bool = True
) -> dict[str, str]:
    env = dict(os.environ)
    if write_bytecode:
        # As on a user's machine: compiled modules are written once and then reused.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LANG"] = env["LC_ALL"] = "ru_RU.UTF-8"
    if platform == "xvfb":
        assert display is not None
        env["DISPLAY"] = display
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def new_database_runs(
    runs: int, environment: dict[str, str], *, cold_fonts: bool = False
) -> list[Run]:
    """Starts on a database that does not exist yet (made at start, as at the first start).

    ``cold_fonts``: as on a machine whose font cache was never built, fontconfig reads every
    font file and writes its cache (in a folder of the run's own).
    """
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="caseworker-db-") as folder:
            env = dict(environment)
            if cold_fonts:
                env["FONTCONFIG_FILE"] = str(_fonts_config_without_cache(Path(folder)))
            results.append(start_once(Path(folder) / "new.sqlite", "empty", env))
    return results


def _fonts_config_without_cache(folder: Path) -> Path:
    """A copy of the system's fonts.conf whose only font cache is an empty ``folder/fonts``."""
    text = Path("/etc/fonts/fonts.conf").read_text(encoding="utf-8")
    text = re.sub(r"<cachedir[^>]*>[^<]*</cachedir>", "", text)
    text = text.replace("</fontconfig>", f"<cachedir>{folder / 'fonts'}</cachedir></fontconfig>")
    config = folder / "fonts.conf"
    config.write_text(text, encoding="utf-8")
    return config


def describe(label: str, runs: list[Run]) -> str:
    seconds = [run.seconds for run in runs]
    processor = [run.processor for run in runs]
    steps = []
    previous = (0.0, 0.0)
    for name in runs[0].phases:
        at = statistics.median(run.phases[name][1] for run in runs)
        steps.append(f"{name} {at - previous[1]:.2f}")
        previous = (0.0, at)
    return (
        f"{label}: median {statistics.median(seconds):.2f} s (min {min(seconds):.2f}, "
        f"max {max(seconds):.2f}), processor {statistics.median(processor):.2f} s, "
        f"{len(runs)} runs\n    processor seconds by step: {', '.join(steps)}"
    )


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} on {os.cpu_count()} processors"


def bench(
    platform: str,
    runs: int,
    big_database: Path | None,
    priority: bool = False,
    write_bytecode: bool = True,
) -> None:
    with contextlib.ExitStack() as stack:
        if priority:
            PRIORITY[:] = ["nice", "-n", "-10"]
            stack.enter_context(session_priority(-10))
        display = stack.enter_context(xvfb()) if platform == "xvfb" else None
        environment = child_environment(platform, display, write_bytecode=write_bytecode)
        print(
            f"start-up under {platform}"
            + (f" (Xvfb {display})" if display else "")
            + (", at a higher priority (nice -10)" if priority else "")
        )
        print(f"before: {load()}")
        # Not timed: writes the compiled modules and warms the disk cache.
        new_database_runs(1, environment)
        print(describe("new database (made at start)", new_database_runs(runs, environment)))
        if big_database is not None:
            floor_once(environment)  # not timed, as the program's first start
            timed, floor = [], []
            for _ in range(runs + 1):  # alternating: the machine's hour weighs on both alike
                timed.append(start_once(big_database, "cases", environment))
                floor.append(floor_once(environment))
            timed, floor = timed[1:], floor[1:]
            print(describe(f"{big_database.name}", timed))
            print(describe("the libraries' floor (no code of the program's)", floor))
            ratio = statistics.median(run.seconds for run in timed) / statistics.median(
                run.seconds for run in floor
            )
            print(f"    the program's start is {ratio:.2f} times the floor's")
            case = largest_case(big_database)
            timed = [start_once(big_database, "cases", environment, case) for _ in range(runs)]
            print(describe(f"{big_database.name}, its largest case reopened", timed))
        if Path("/etc/fonts/fonts.conf").exists():
            cold = new_database_runs(max(1, runs // 2), environment, cold_fonts=True)
            print(describe("new database, font cache never built (once per machine)", cold))
        print(f"after: {load()}")
