"""Time opening the Timeline tab of a typical person with 30 reports (target: under 50 ms).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_timeline_open [--runs R]``.
The data is made here, through the services, on a temporary database: one case with a
sought person and 30 reports over four months from several sources, some relaying others,
one retracted, so that the timeline has contradictions, links and a contested suggestion.
One run is what a click on the tab costs: load the timeline and the assessment from the
database, analyse, fill the contradictions, the suggestion and the details, and paint.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from benchmarks.calibration import calibration
from caseworker.db import Database, open_database
from caseworker.services import assessments, cases, persons, reports
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.timeline.timeline_panel import TimelinePanel

ACTOR = "benchmark"
CLAIMS = ["killed", "wounded", "captured", "missing", "alive", "no_information"]
SOURCES = ["unit", "comrade", "opposing_side", "hospital", "red_cross", "media", "family"]
GRADES = [("A", "2"), ("B", "2"), ("C", "3"), ("D", "4"), ("F", "6")]


def make_person(database: Database, count: int, seed: int = 30) -> tuple[int, int]:
    rng = random.Random(seed)
    start = date.today() - timedelta(days=130)
    with database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Тестовы", region="Курская область", opened_on=start
        )
        person = persons.add_person(
            session,
            ACTOR,
            case.id,
            surname="Тестов",
            given_name="Иван",
            official_status="missing",
            official_status_on=start.isoformat(),
        )
        made: list[int] = []
        for number in range(count):
            day = start + timedelta(days=rng.randrange(110))
            reliability, credibility = rng.choice(GRADES)
            origin = rng.choice(made) if made and rng.random() < 0.2 else None
            report = reports.add_report(
                session,
                ACTOR,
                person.id,
                event=day.isoformat(),
                claim=rng.choice(CLAIMS),
                source_kind=rng.choice(SOURCES),
                source_name=f"источник {number}",
                reliability=reliability,
                credibility=credibility,
                received_on=(day + timedelta(days=rng.randrange(1, 9))).isoformat(),
                summary="Сообщение о судьбе военнослужащего, пересказ по телефону.",
                derived_from_id=origin,
            )
            made.append(report.id)
        reports.retract_report(session, ACTOR, made[3], None, "Ошибка")
        assessments.record_assessment(session, ACTOR, person.id, "unknown", "low", "Ждём ответа")
        return case.id, person.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=30)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(calibration(), flush=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite"))
        case_id, person_id = make_person(database, args.reports)
        context = AppContext(database, ACTOR, ChangeNotifier(), QUndoStack())
        panel = TimelinePanel(context)
        panel.resize(760, 520)
        panel.show()
        app.processEvents()
        times = []
        for _ in range(args.runs + 1):
            panel.set_person(None, None)
            app.processEvents()
            started = time.perf_counter()
            panel.set_person(case_id, person_id, "Тестов Иван")
            panel.repaint()
            times.append((time.perf_counter() - started) * 1000)
        times = times[1:]  # the first run warms caches (fonts, query compilation)
        result = panel.result()
        assert result is not None and len(result.reports) == args.reports
        print(
            f"opening the timeline of a person with {args.reports} reports "
            f"({result.open_count} open contradictions): median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms over {args.runs} runs (target: under 50 ms)"
        )
        panel.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
