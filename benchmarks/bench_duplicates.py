"""Duplicate sought persons (issue 13): the search over all persons, its speed and quality.

``python -m benchmarks.bench_duplicates [--persons 100000] [--seed 13] [--planted 1000]
[--misses N] [--no-trace]``

The population is the matching benchmark's (:mod:`benchmarks.matching_data`, made once),
copied to ``benchmarks/data/duplicates_<persons>_<seed>_<planted>/`` with ``planted`` persons
sought a second time: each in a new case of another family, as its relatives would write
him: mostly the same names (ё as е, now and then a typo, the Ukrainian form of a given name,
no patronymic, surname and given name swapped), the birth date exact, the year only, day and
month swapped, a day off or none, the service number and unit often left out or another.
The truth is kept beside it (original id, planted id, what was done).

Printed: ``find_duplicates``'s time and peak memory (whole process resident, and its own
Python allocations under tracemalloc in a second run), and against the planted pairs:
precision and recall at 0.5 (every pair from 0.5 counts; pairs of the population that are
not planted count as wrong, though two persons of one name and birth day may be one man in
a real organisation) and the share of planted pairs proposed from 0.1, by what was done.

Target: 100,000 persons in < 60 s with peak memory well under 500 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import shutil
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.calibration import calibration
from benchmarks.matching_data import DATA, Person, ensure_population, read_population, typo
from benchmarks.matching_data import ukrainian as in_ukrainian
from caseworker.db import Database, open_database
from caseworker.matching import Field, Verdict
from caseworker.services import cases, persons

TARGETS = {"seconds": 60.0, "MB": 500}
_TWIN_FIELDS = (Field.SURNAME, Field.GIVEN, Field.PATRONYMIC, Field.BORN)
ACTOR = "bench"


def _variant(person: Person, rng: random.Random) -> tuple[dict[str, str], list[str]]:
    """The person as another family enters him, and what was done."""
    how: list[str] = []
    surname, given, patronymic = person.surname, person.given, person.patronymic
    if "ё" in surname + given + patronymic and rng.random() < 0.5:
        surname, given, patronymic = (w.replace("ё", "е") for w in (surname, given, patronymic))
        how.append("ё as е")
    roll = rng.random()
    if roll < 0.08:
        surname = typo(surname, rng)
        how.append("typo in surname")
    elif roll < 0.12:
        given = typo(given, rng)
        how.append("typo in given name")
    if rng.random() < 0.06:
        given = in_ukrainian(given, "given")
        how.append("Ukrainian given name")
    if rng.random() < 0.2:
        patronymic = ""
        how.append("no patronymic")
    if rng.random() < 0.03:
        surname, given = given, surname
        how.append("swapped names")
    born = person.born
    roll = rng.random()
    text = born.strftime("%d.%m.%Y")
    if roll < 0.1:
        text = str(born.year)
        how.append("year only")
    elif roll < 0.15 and born.day <= 12 and born.day != born.month:
        text = f"{born.month:02d}.{born.day:02d}.{born.year}"
        how.append("day and month swapped")
    elif roll < 0.2:
        text = (born + timedelta(days=rng.choice((-1, 1)))).strftime("%d.%m.%Y")
        how.append("a day off")
    elif roll < 0.24:
        text = ""
        how.append("no birth date")
    values = {"surname": surname, "given_name": given, "patronymic": patronymic}
    values["birth_date"] = text
    if person.number and rng.random() < 0.3:
        values["service_number"] = person.number
        how.append("service number")
    roll = rng.random()
    if roll < 0.4:
        values["unit"] = person.unit
    elif roll < 0.55:
        values["unit"] = f"в/ч {rng.randint(10000, 99999)}"
        how.append("other unit")
    return values, how


def _plant(database: Database, population: Sequence[Person], count: int, seed: int) -> list[Any]:
    rng = random.Random(seed + 7)
    chosen = rng.sample(list(population), count)
    truth = []
    with database.write() as session:
        for person in chosen:
            values, how = _variant(person, rng)
            family = values["surname"] + "ы (другая семья)"
            case = cases.create_case(session, ACTOR, family_name=family)
            twin = persons.add_person(session, ACTOR, case.id, **values)
            truth.append([person.id, twin.id, how])
    return truth


def ensure_data(persons_count: int, seed: int, planted: int) -> tuple[Path, list[Any]]:
    """The population with ``planted`` persons sought twice, made once; and the truth."""
    source = ensure_population(persons_count, seed)
    folder = DATA / f"duplicates_{persons_count}_{seed}_{planted}"
    database_file, truth_file = folder / "population.sqlite", folder / "planted.json"
    if truth_file.exists() and database_file.exists():
        return database_file, json.loads(truth_file.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob("population.sqlite*"):
        leftover.unlink()
    shutil.copyfile(source, database_file)
    database = open_database(str(database_file))
    try:
        truth = _plant(database, read_population(database), planted, seed)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    truth_file.write_text(json.dumps(truth, ensure_ascii=False) + "\n", encoding="utf-8")
    return database_file, truth


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(database: Database) -> list[Any]:
    from caseworker.services.matching.duplicates import find_duplicates

    with database.read() as session:
        return find_duplicates(session, 0.1)


def quality(found: Sequence[Any], truth: Sequence[Any]) -> dict[str, Any]:
    """Precision and recall at 0.5 and the share proposed from 0.1, overall and by kind."""
    planted = {tuple(sorted((one, two))): how for one, two, how in truth}
    probability = {pair.person_ids: pair.probability for pair in found}
    strong = [pair for pair in found if pair.probability >= 0.5]
    right = sum(1 for pair in strong if pair.person_ids in planted)
    # Wrong pairs of namesakes born the same day: no matcher can tell them from one man.
    twins = sum(
        1
        for pair in strong
        if pair.person_ids not in planted
        and all(pair.fields.get(f) is Verdict.MATCH for f in _TWIN_FIELDS)
    )
    by_kind: dict[str, Counter[str]] = {}
    for pair, how in planted.items():
        for kind in {*how, "all"} if how else {"as the first", "all"}:
            count = by_kind.setdefault(kind, Counter())
            count["planted"] += 1
            count["from 0.5"] += probability.get(pair, 0.0) >= 0.5
            count["from 0.1"] += pair in probability
    return {
        "pairs": len(found),
        "pairs from 0.5": len(strong),
        "precision": right / len(strong) if strong else 0.0,
        "twins": twins,
        "precision without twins": right / (len(strong) - twins) if len(strong) > twins else 0.0,
        "recall": by_kind["all"]["from 0.5"] / len(planted) if planted else 0.0,
        "from 0.1": by_kind["all"]["from 0.1"] / len(planted) if planted else 0.0,
        "by kind": by_kind,
    }


def _print_quality(result: dict[str, Any]) -> None:
    print(
        f"precision at 0.5 {result['precision']:.4f} ({result['pairs from 0.5']} pairs from "
        f"0.5, {result['pairs']} from 0.1); recall at 0.5 {result['recall']:.4f}; planted "
        f"pairs proposed from 0.1: {result['from 0.1']:.4f}"
    )
    print(
        f"  {result['twins']} of the wrong pairs from 0.5 are namesakes born the same day "
        f"(all three names and the birth date match); without them precision "
        f"{result['precision without twins']:.4f}"
    )
    print(f"{'what was done':<24}{'planted':>8}{'from 0.5':>9}{'from 0.1':>9}")
    for kind, count in sorted(result["by kind"].items(), key=lambda kv: -kv[1]["planted"]):
        planted = count["planted"]
        print(
            f"{kind:<24}{planted:>8}{count['from 0.5'] / planted:>9.3f}"
            f"{count['from 0.1'] / planted:>9.3f}"
        )


def _print_misses(
    database: Database, found: Sequence[Any], truth: Sequence[Any], count: int
) -> None:
    """Planted pairs below 0.5 and wrong pairs from 0.5, ``count`` of each."""
    from caseworker.models import SoughtPerson

    planted = {tuple(sorted((one, two))): how for one, two, how in truth}
    probability = {pair.person_ids: pair.probability for pair in found}

    def who(person_id: int) -> str:
        with database.read() as session:
            person = session.get(SoughtPerson, person_id)
            assert person is not None
            return f"{person.full_name}, {person.born_on}, {person.unit or '-'}"

    missed = [p for p in planted if probability.get(p, 0.0) < 0.5][:count]
    for pair in missed:
        print(f"missed {pair} [{', '.join(planted[pair])}] {probability.get(pair, '< 0.1')}")
        print(f"    {who(pair[0])}\n    {who(pair[1])}")
    wrong = [p for p in found if p.probability >= 0.5 and p.person_ids not in planted][:count]
    for pair in wrong:
        print(f"wrong {pair.person_ids} {pair.probability:.3f}")
        print(f"    {who(pair.person_ids[0])}\n    {who(pair.person_ids[1])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--planted", type=int, default=1000)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    parser.add_argument(
        "--no-trace", action="store_true", help="skip the second run under tracemalloc"
    )
    args = parser.parse_args(argv)
    print(calibration())
    started = time.perf_counter()
    database_file, truth = ensure_data(args.persons, args.seed, args.planted)
    print(f"data: {database_file.parent} ({time.perf_counter() - started:.1f} s)")
    database = open_database(str(database_file))
    try:
        gc.collect()
        before = _rss_mb()
        started = time.perf_counter()
        found = _run(database)
        seconds = time.perf_counter() - started
        print(
            f"find_duplicates: {len(found)} pairs in {seconds:.2f} s (target < "
            f"{TARGETS['seconds']:.0f} s); process peak resident {_rss_mb():.0f} MB "
            f"({before:.0f} MB before it; target < {TARGETS['MB']} MB)"
        )
        _print_quality(quality(found, truth))
        if args.misses:
            _print_misses(database, found, truth, args.misses)
        if not args.no_trace:
            del found
            gc.collect()
            tracemalloc.start()
            _run(database)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            mb = peak / 2**20
            print(f"find_duplicates' own peak of Python allocations (tracemalloc): {mb:.0f} MB")
    finally:
        database.dispose()
    print(calibration())
    return 0


if __name__ == "__main__":
    sys.exit(main())
