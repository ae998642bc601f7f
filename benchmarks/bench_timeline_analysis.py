"""Time the timeline analysis of one person with 10,000 reports (target: under 100 ms).

Run: ``.venv/bin/python -m benchmarks.bench_timeline_analysis [--reports N] [--runs R]``.
The reports are generated here (fixed seed): claims and grades drawn at random over two
years, some dates known only to the month or roughly, a fifth relaying earlier reports, a
few retracted. That is a worst case: nearly every report conflicts with another, so the
analysis produces some 13,000 findings, where a real person has a handful.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from benchmarks.calibration import calibration
from caseworker.dates import APPROXIMATE_MARGIN, EventDate
from caseworker.timeline import PersonFacts, ReportFact, analyse
from caseworker.vocab import (
    Claim,
    Credibility,
    DatePrecision,
    OfficialStatus,
    Reliability,
    SourceKind,
)

START = date(2024, 6, 1)
TODAY = date(2026, 6, 1)
PLACES = ["", "Курск", "Белгород", "Ростов-на-Дону", "Донецк", "Москва", "госпиталь №3"]
CLAIMS = list(Claim)
CLAIM_WEIGHTS = [20, 12, 10, 4, 18, 4, 3, 20, 9]


def _event(rng: random.Random) -> EventDate:
    day = START + timedelta(days=rng.randrange((TODAY - START).days - 40))
    roll = rng.random()
    if roll < 0.7:
        return EventDate(day, day, DatePrecision.DAY)
    if roll < 0.85:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return EventDate(first, last, DatePrecision.MONTH)
    if roll < 0.95:
        return EventDate(
            day - APPROXIMATE_MARGIN, day + APPROXIMATE_MARGIN, DatePrecision.APPROXIMATE
        )
    return EventDate(day, day + timedelta(days=rng.randrange(1, 30)), DatePrecision.RANGE)


def generate(count: int, seed: int = 20260402) -> list[ReportFact]:
    rng = random.Random(seed)
    facts: list[ReportFact] = []
    for report_id in range(1, count + 1):
        origin = rng.choice(facts) if facts and rng.random() < 0.2 else None
        event = origin.event if origin else _event(rng)
        claim = origin.claim if origin else rng.choices(CLAIMS, CLAIM_WEIGHTS)[0]
        facts.append(
            ReportFact(
                id=report_id,
                claim=claim,
                event=event,
                received_on=min(event.latest + timedelta(days=rng.randrange(60)), TODAY),
                source_kind=rng.choice(list(SourceKind)),
                source_name=f"источник {rng.randrange(500)}",
                reliability=rng.choice(list(Reliability)),
                credibility=rng.choice(list(Credibility)),
                derived_from_id=origin.id if origin else None,
                place=rng.choice(PLACES),
                retracted=rng.random() < 0.02,
            )
        )
    rng.shuffle(facts)
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(calibration(), flush=True)
    facts = generate(args.reports)
    person = PersonFacts(OfficialStatus.MISSING, date(2024, 7, 1), opened_on=date(2024, 6, 15))
    timings = []
    for _ in range(args.runs):
        began = time.perf_counter()
        analysis = analyse(facts, person, today=TODAY)
        timings.append((time.perf_counter() - began) * 1000)
    contested = " (contested)" if analysis.suggestion.contested else ""
    print(
        f"timeline analysis of {args.reports} reports: median {statistics.median(timings):.1f} ms "
        f"(min {min(timings):.1f}, max {max(timings):.1f}, {args.runs} runs); "
        f"{len(analysis.contradictions)} contradictions, "
        f"suggestion {analysis.suggestion.status.value}{contested}"
    )


if __name__ == "__main__":
    main()
