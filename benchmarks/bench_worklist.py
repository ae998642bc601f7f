"""Time the work list, a case's Inquiries tab and a letter on 100,000 cases (issue 12).

- the work list (``worklist.work_list``, every section): under 300 ms;
- a case's Inquiries tab read (``inquiry_lines.inquiry_lines`` for the case with the most
  inquiries, plus ``inquiry_lines.course`` of one of them): under 50 ms;
- a letter rendered from a starter template (``caseworker.letters``): under 1 s;
- the overdue count the main window shows at start (``inquiry_due.overdue_count``);
- the case list's first page with overdue counts, with "Overdue only", and that count.

Run: ``.venv/bin/python -m benchmarks.bench_worklist [--rounds N] [--profile]
[--only worklist|count|caselist|tab|letter]``. The data
(100,000 cases, 200,000 inquiries) is made once by :mod:`benchmarks.worklist_data`. Each
figure is the median of the rounds; a calibration (a fixed pure-Python loop and SHA-256 of
64 MB) is printed beside them, to compare machines and moments.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.calibration import calibration
from benchmarks.worklist_data import big_case_id, data_day, ensure_database, give_addresses
from caseworker.db import Database, open_database


def timed(rounds: int, work: Callable[[], Any]) -> tuple[list[float], Any]:
    timings = []
    result = None
    for _ in range(rounds):
        started = time.perf_counter()
        result = work()
        timings.append((time.perf_counter() - started) * 1000)
    return timings, result


def report(name: str, timings: list[float], target: str) -> None:
    print(
        f"{name}: median {statistics.median(timings):.1f} ms, min {min(timings):.1f} ms, "
        f"max {max(timings):.1f} ms over {len(timings)} rounds (target {target})"
    )


SECTIONS = (
    "overdue",
    "due_soon",
    "unrecorded_answers",
    "drafts",
    "families_waiting",
    "stale",
    "official_behind",
)
#: The rows a section of the Today window shows (``ui.worklist.window.ROWS_PER_SECTION``).
WINDOW_LIMIT = 200


def bench_work_list(database: Database, rounds: int, profile: bool, limit: int | None) -> None:
    """The work list as the command line (every item) or the window (``limit``) reads it."""
    from caseworker.services.worklist import work_list

    today = data_day(Path(database.engine.url.database or ""))

    def once() -> Any:
        with database.read() as session:
            return work_list(session, today, limit=limit)

    once()  # the first query configures the mappers and warms the page cache
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        once()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    timings, found = timed(rounds, once)
    sizes = ", ".join(f"{name} {shown(found, name)}" for name in SECTIONS)
    name = "work list, every item" if limit is None else f"work list, {limit} a section"
    report(name, timings, "< 300 ms" if limit is not None else "none: the command line")
    print(f"  as of {today}: {sizes}")


def shown(found: Any, section: str) -> str:
    """ "200 of 6615", "200, more not counted" or, for a section shown whole, "2327"."""
    count, total = len(getattr(found, section)), found.total(section)
    if total == count:
        return str(count)
    return f"{count}, more not counted" if total is None else f"{count} of {total}"


def bench_sections(database: Database, rounds: int) -> None:
    """Each part of the window's work list on its own, to see where the time goes."""
    from caseworker.services import worklist
    from caseworker.services.family_log import families_waiting_first
    from caseworker.timeline import AnalysisSettings

    today = data_day(Path(database.engine.url.database or ""))
    settings = AnalysisSettings()
    parts: dict[str, Callable[[Any], Any]] = {}
    for name, section in worklist._inquiry_sections(today).items():
        parts[name] = functools.partial(
            worklist._first_lines, today=today, limit=WINDOW_LIMIT, section=section
        )
    parts["families waiting"] = lambda s: families_waiting_first(s, today, WINDOW_LIMIT)
    parts["no news"] = lambda s: worklist._stale(s, today, settings, WINDOW_LIMIT)
    parts["official behind"] = lambda s: worklist._official_behind(s, today, settings, WINDOW_LIMIT)
    for name, part in parts.items():

        def once(part: Callable[[Any], Any] = part) -> Any:
            with database.read() as session:
                return part(session)

        timings, _ = timed(rounds, once)
        print(f"  {name}: median {statistics.median(timings):.1f} ms")


def bench_overdue_count(database: Database, rounds: int) -> None:
    from caseworker.services.inquiry_due import overdue_count

    today = data_day(Path(database.engine.url.database or ""))

    def once() -> int:
        with database.read() as session:
            return overdue_count(session, today)

    once()
    timings, count = timed(rounds, once)
    report("overdue count at start", timings, "part of the start")
    print(f"  {count} overdue")


def bench_case_list(database: Database, rounds: int) -> None:
    """The case list's first page with each case's overdue inquiries, the same page with
    "Overdue only", and that filter's count."""
    from caseworker.services.case_list import CaseQuery, count_cases, fetch_case_rows

    today = data_day(Path(database.engine.url.database or ""))
    every, overdue_only = CaseQuery(today=today), CaseQuery(overdue_only=True, today=today)
    parts: dict[str, Callable[[Any], Any]] = {
        "case list, a page of 201 with overdue counts": lambda s: fetch_case_rows(s, every, 0, 201),
        "case list, a page of 201 'Overdue only'": lambda s: fetch_case_rows(
            s, overdue_only, 0, 201
        ),
        "case list, 'Overdue only' counted": lambda s: count_cases(s, overdue_only),
    }
    for name, part in parts.items():

        def once(part: Callable[[Any], Any] = part) -> Any:
            with database.read() as session:
                return part(session)

        once()
        timings, result = timed(rounds, once)
        report(name, timings, "part of the case desk")
        if isinstance(result, int):
            print(f"  {result} cases")


def bench_inquiries_tab(database: Database, case_id: int, rounds: int) -> None:
    from caseworker.services.inquiry_lines import course, inquiry_lines

    today = data_day(Path(database.engine.url.database or ""))

    def once() -> tuple[int, int]:
        with database.read() as session:
            lines = inquiry_lines(session, case_id, today)
            return len(lines), len(course(session, lines[len(lines) // 2].id))

    once()
    timings, (count, steps) = timed(rounds, once)
    report(
        f"Inquiries tab of case {case_id} ({count} inquiries, {steps} steps)", timings, "< 50 ms"
    )


def bench_letter(database: Database, case_id: int, rounds: int) -> None:
    """Facts read and a letter rendered, for the first of the case's inquiries and starter
    templates whose fields the case has (a refused letter is not what is timed)."""
    from caseworker.letters import (
        LetterRefused,
        find_template,
        letter_facts,
        render_letter,
        starter_templates,
    )
    from caseworker.services.inquiry_lines import inquiry_lines

    with database.read() as session:
        inquiry_ids = [line.id for line in inquiry_lines(session, case_id)]
    names = [template.name for template in starter_templates()]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        def once(inquiry_id: int, name: str) -> Path:
            with database.read() as session:
                facts = letter_facts(session, case_id, inquiry_id=inquiry_id, representative="Б")
            return render_letter(find_template(name), facts, out / f"{name}.docx")

        for name in names:
            for inquiry_id in inquiry_ids:
                try:
                    once(inquiry_id, name)
                except LetterRefused:
                    continue
                timings, _ = timed(rounds, lambda: once(inquiry_id, name))  # noqa: B023
                report(f"letter from the starter template '{name}'", timings, "< 1 s")
                return
    print("letter: every starter template was refused for this case's inquiries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="print a profile of the work list")
    parser.add_argument("--only", choices=("worklist", "tab", "letter", "count", "caselist"))
    args = parser.parse_args()
    path = ensure_database(args.cases)
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB), today {data_day(path)}")
    print(calibration())
    database = open_database(str(path))
    try:
        if args.only in (None, "worklist"):
            bench_work_list(database, args.rounds, args.profile, WINDOW_LIMIT)
            bench_sections(database, args.rounds)
            bench_work_list(database, args.rounds, args.profile, None)
        if args.only in (None, "count"):
            bench_overdue_count(database, args.rounds)
        if args.only in (None, "caselist"):
            bench_case_list(database, args.rounds)
        case_id = big_case_id(path)
        if args.only in (None, "tab"):
            bench_inquiries_tab(database, case_id, args.rounds)
        if args.only in (None, "letter"):
            give_addresses(path, case_id)
            bench_letter(database, case_id, args.rounds)
        print(calibration())
    finally:
        database.dispose()


if __name__ == "__main__":
    main()
