"""The case desk benchmarks' data: 100,000 synthetic cases plus one person with 200 reports.

Made once with ``caseworker.synth`` (fixed seed) under ``benchmarks/data/`` and reused.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from caseworker.db import Database, open_database
from caseworker.services import cases, persons, reports
from caseworker.synth import synthesize
from caseworker.vocab import Claim, Credibility, Reliability, SourceKind

DATA = Path(__file__).resolve().parent / "data"
BIG_CASE_FAMILY = "Тестовые-Двести"


def database_path(cases_count: int) -> Path:
    return DATA / f"case_desk_{cases_count}.sqlite"


def ensure_database(cases_count: int = 100_000, seed: int = 1) -> Path:
    """Create the benchmark database if it is not there yet; return its path."""
    path = database_path(cases_count)
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in DATA.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(str(partial))
    try:
        print(f"making {cases_count} synthetic cases in {path} (once; a few minutes)...")
        synthesize(database, cases_count, seed)
        _add_big_case(database)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    partial.rename(path)
    return path


def _add_big_case(database: Database, report_count: int = 200) -> None:
    rng = random.Random(200)
    with database.write() as session:
        case = cases.create_case(session, "bench", family_name=BIG_CASE_FAMILY, region="Тверская")
        person = persons.add_person(
            session, "bench", case.id, surname="Двести", given_name="Отчёт", patronymic="Тестович"
        )
        start = date.today() - timedelta(days=700)
        for number in range(report_count):
            reports.add_report(
                session,
                "bench",
                person.id,
                claim=rng.choice(list(Claim)),
                event=(start + timedelta(days=number * 3)).isoformat(),
                source_kind=rng.choice(list(SourceKind)),
                source_name=f"источник {number}",
                reliability=rng.choice(list(Reliability)),
                credibility=rng.choice(list(Credibility)),
                summary="Сведения для замера скорости " * 3,
            )


def big_case_id(database: Database) -> int:
    from caseworker.services import search

    with database.read() as session:
        hits = [h for h in search.search(session, BIG_CASE_FAMILY) if h.kind == "case"]
    return hits[0].case_id
