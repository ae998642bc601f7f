"""Matching a published list against the sought persons (issue 13): quality and speed.

``python -m benchmarks.bench_matching [--persons 100000] [--entries 5000] [--seed 13]
[--format xlsx|csv] [--full-name] [--no-trace]``

The data is made once under ``benchmarks/data/`` (:mod:`benchmarks.matching_data`): a
population of sought persons in a Caseworker database and a list with its ground truth. The
list is imported with the program's own service (importing it again finds the same list),
then ``caseworker.services.matching.match_list`` proposes candidates for every entry. Printed:
its time and peak memory, and against the ground truth

- precision and recall at probability 0.5: every candidate from 0.5 counts as a "same man"
  (precision: the share of them that are; recall: the share of entries of a sought person
  whose person is among them), and the same for the top candidate only;
- the share of entries of a sought person whose person is among the candidates from 0.1;
- both again for the entries no other sought person fits as well (a common name with no
  patronymic and no birth date fits several: no matcher can tell which one it is);
- recall and false candidates by how the entry was written (Latin scheme, typo, swapped ...).

Targets: precision ≥ 0.97 and recall ≥ 0.96 at 0.5; the person among the candidates from 0.1
for ≥ 0.99; 5,000 entries against 100,000 persons in < 10 s with peak memory < 500 MB.
"""

from __future__ import annotations

import argparse
import csv
import gc
import importlib
import json
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.calibration import calibration
from benchmarks.matching_data import AMBIGUOUS, ensure_data
from caseworker.db import Database, open_database
from caseworker.lists import read_list_file
from caseworker.models import SoughtPerson
from caseworker.services.published_lists import import_list
from caseworker.vault.store import EvidenceVault

TARGETS = {"precision": 0.97, "recall": 0.96, "among from 0.1": 0.99, "seconds": 10.0, "MB": 500}


def _matcher() -> Callable[..., Any] | None:
    """``match_list`` when the matching service is there, else None."""
    try:
        module = importlib.import_module("caseworker.services.matching")
    except ImportError:
        return None
    found = getattr(module, "match_list", None)
    return found if callable(found) else None


def _import(database: Database, database_file: Path, list_file: Path) -> int:
    started = time.perf_counter()
    with database.write() as session:
        result = import_list(
            session,
            EvidenceVault.beside(database_file),
            "bench",
            read_list_file(list_file),
            None,
            name=f"Обмен ({list_file.name})",
            publisher="Координационный штаб",
            published_on="14.11.2026",
            means="released",
            reliability="B",
            credibility="2",
        )
    seconds = time.perf_counter() - started
    state = "imported" if result.created else "already imported"
    print(
        f"list {result.list_id} {state}: {result.entries} entries, {len(result.errors)} bad rows"
        f" ({seconds:.2f} s)"
    )
    for error in result.errors[:5]:
        print(f"  row {error.row}: {error.message}")
    return result.list_id


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(database: Database, match_list: Callable[..., Any], list_id: int) -> Any:
    with database.read() as session:
        return match_list(session, list_id)


def quality(matches: Sequence[Any], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and candidates' reach against the ground truth, overall and by kind."""
    wanted = {int(row): v["person_id"] for row, v in truth.items() if v["person_id"] is not None}
    hows = {int(row): v["how"] for row, v in truth.items()}
    pairs_05 = right_05 = top_05 = top_right = found_05 = found_01 = 0
    by_kind: dict[str, Counter[str]] = {}
    for entry in matches:
        person = wanted.get(entry.row)
        strong = [c.person_id for c in entry.candidates if c.probability >= 0.5]
        every = {c.person_id for c in entry.candidates}
        pairs_05 += len(strong)
        right_05 += sum(1 for p in strong if p == person)
        if strong:
            top_05 += 1
            top_right += strong[0] == person
        kinds = {h.split(":")[0] if h.startswith("latin") else h for h in hows[entry.row]}
        kinds |= {h for h in hows[entry.row] if h.startswith("latin:")} | {"all"}
        for kind in kinds:
            count = by_kind.setdefault(kind, Counter())
            count["entries"] += 1
            count["wrong from 0.5"] += sum(1 for p in strong if p != person)
            if person is not None:
                count["sought"] += 1
                count["found from 0.5"] += person in strong
                count["among from 0.1"] += person in every
        if person is not None:
            found_05 += person in strong
            found_01 += person in every
    sought = len(wanted)
    unclear = by_kind.get(AMBIGUOUS, Counter())
    clear = sought - unclear["sought"]
    return {
        "clear": clear,
        "clear recall": (found_05 - unclear["found from 0.5"]) / clear if clear else 0.0,
        "clear among from 0.1": (found_01 - unclear["among from 0.1"]) / clear if clear else 0.0,
        "pairs from 0.5": pairs_05,
        "precision": right_05 / pairs_05 if pairs_05 else 0.0,
        "recall": found_05 / sought if sought else 0.0,
        "top precision": top_right / top_05 if top_05 else 0.0,
        "among from 0.1": found_01 / sought if sought else 0.0,
        "candidates": sum(len(entry.candidates) for entry in matches),
        "by kind": by_kind,
    }


def _print_quality(result: dict[str, Any]) -> None:
    print(
        f"precision at 0.5 {result['precision']:.4f} (target ≥ {TARGETS['precision']}; "
        f"{result['pairs from 0.5']} candidates from 0.5; top candidate only "
        f"{result['top precision']:.4f})"
    )
    print(f"recall at 0.5 {result['recall']:.4f} (target ≥ {TARGETS['recall']})")
    print(
        f"the person among the candidates from 0.1: {result['among from 0.1']:.4f} "
        f"(target ≥ {TARGETS['among from 0.1']}); {result['candidates']} candidates in all"
    )
    print(
        f"only the {result['clear']} entries no other sought person fits as well: recall at 0.5 "
        f"{result['clear recall']:.4f}, among from 0.1 {result['clear among from 0.1']:.4f}"
    )
    print(f"{'written as':<24}{'entries':>8}{'sought':>8}{'recall':>8}{'from 0.1':>9}{'wrong':>7}")
    for kind, count in sorted(result["by kind"].items(), key=lambda kv: -kv[1]["entries"]):
        sought = count["sought"]
        recall = f"{count['found from 0.5'] / sought:.3f}" if sought else "-"
        among = f"{count['among from 0.1'] / sought:.3f}" if sought else "-"
        print(
            f"{kind:<24}{count['entries']:>8}{sought:>8}{recall:>8}{among:>9}"
            f"{count['wrong from 0.5']:>7}"
        )


def _print_misses(
    database: Database, matches: Sequence[Any], truth: dict[str, Any], list_file: Path, count: int
) -> None:
    """The first ``count`` entries whose person is not among the candidates from 0.5: the
    row as written, how, the person as sought and the best candidate's probability."""
    with list_file.with_suffix(".csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    shown = 0
    for entry in matches:
        person = truth[str(entry.row)]["person_id"]
        strong = [c.person_id for c in entry.candidates if c.probability >= 0.5]
        if person is None or person in strong:
            continue
        with database.read() as session:
            sought = session.get(SoughtPerson, person)
            assert sought is not None
            names = f"{sought.surname} {sought.given_name} {sought.patronymic}, {sought.born_on}"
        mine = [c.probability for c in entry.candidates if c.person_id == person]
        best = entry.candidates[0].probability if entry.candidates else None
        how = ", ".join(truth[str(entry.row)]["how"])
        print(
            f"row {entry.row}: {' | '.join(rows[entry.row - 1])}  [{how}]"
            f"\n    sought: {names}; its probability {mine[0] if mine else '< 0.1'}, best {best}"
        )
        shown += 1
        if shown >= count:
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument(
        "--full-name", action="store_true", help="the names in one column (ФИО) of the list"
    )
    parser.add_argument(
        "--misses", type=int, default=0, help="print this many entries whose person was missed"
    )
    parser.add_argument(
        "--no-trace", action="store_true", help="skip the second run under tracemalloc"
    )
    args = parser.parse_args(argv)
    print(calibration())
    started = time.perf_counter()
    database_file, made = ensure_data(
        args.persons, args.entries, args.seed, full_name=args.full_name
    )
    print(f"data: {database_file.parent} ({time.perf_counter() - started:.1f} s)")
    truth = json.loads(made.truth.read_text(encoding="utf-8"))
    database = open_database(str(database_file))
    try:
        list_id = _import(database, database_file, made.xlsx if args.format == "xlsx" else made.csv)
        match_list = _matcher()
        if match_list is None:
            print("matching: not yet built (caseworker.services.matching.match_list is missing)")
            return 0
        gc.collect()
        before = _rss_mb()
        started = time.perf_counter()
        matches = _run(database, match_list, list_id)
        seconds = time.perf_counter() - started
        print(
            f"match_list: {len(matches)} entries in {seconds:.2f} s (target < "
            f"{TARGETS['seconds']:.0f} s); process peak resident {_rss_mb():.0f} MB "
            f"({before:.0f} MB before it; target < {TARGETS['MB']} MB)"
        )
        _print_quality(quality(matches, truth))
        if args.misses:
            _print_misses(database, matches, truth, made.csv, args.misses)
        if not args.no_trace:
            del matches
            gc.collect()
            tracemalloc.start()
            _run(database, match_list, list_id)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"match_list's own peak of Python allocations (tracemalloc): {peak / 2**20:.0f} MB"
            )
    finally:
        database.dispose()
    print(calibration())
    return 0


if __name__ == "__main__":
    sys.exit(main())
