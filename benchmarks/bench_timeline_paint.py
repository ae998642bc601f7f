"""Time painting the timeline widget with 5,000 reports (target: under 50 ms a frame).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_timeline_paint
[--reports N] [--frames F] [--save PREFIX]``. The reports are generated here (fixed seed):
claims, sources and grades drawn at random over two years, some dates known only to the
month or roughly, a fifth relaying earlier reports, a few retracted; the analysis then
finds a few thousand contradictions, a tenth of them marked explained. Each frame is
``widget.render(image)`` after a small pan, so nothing painted before can be reused; the
figures are for the whole timeline in view ("fit all") and for a view of about a month.
Also timed: a zoom step (re-packing the rows) and ``set_timeline``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from benchmarks.calibration import calibration
from caseworker.dates import APPROXIMATE_MARGIN, EventDate
from caseworker.services.timeline import ListedContradiction, TimelineResult
from caseworker.timeline import PersonFacts, ReportFact, analyse
from caseworker.vocab import (
    Claim,
    Credibility,
    DatePrecision,
    OfficialStatus,
    Reliability,
    SourceKind,
)
from ui.timeline import TimelineWidget

START = date(2024, 6, 1)
TODAY = date(2026, 6, 1)
CLAIMS = list(Claim)
CLAIM_WEIGHTS = [20, 12, 10, 4, 18, 4, 3, 20, 9]
KINDS = list(SourceKind)
KIND_WEIGHTS = [10, 12, 14, 6, 8, 3, 2, 6, 10, 8, 2, 3]
SIZE = QSize(1600, 900)


def _event(rng: random.Random) -> EventDate:
    day = START + timedelta(days=rng.randrange((TODAY - START).days - 40))
    roll = rng.random()
    if roll < 0.75:
        return EventDate(day, day, DatePrecision.DAY)
    if roll < 0.87:
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
        facts.append(
            ReportFact(
                id=report_id,
                claim=origin.claim if origin else rng.choices(CLAIMS, CLAIM_WEIGHTS)[0],
                event=event,
                received_on=min(event.latest + timedelta(days=rng.randrange(60)), TODAY),
                source_kind=rng.choices(KINDS, KIND_WEIGHTS)[0],
                source_name=f"источник {rng.randrange(500)}",
                reliability=rng.choice(list(Reliability)),
                credibility=rng.choice(list(Credibility)),
                derived_from_id=origin.id if origin else None,
                place=rng.choice(["", "Курск", "Белгород", "госпиталь №3"]),
                summary="Сообщение о судьбе военнослужащего.",
                retracted=rng.random() < 0.02,
            )
        )
    return facts


def make_timeline(count: int, seed: int = 20260402) -> TimelineResult:
    """A person's timeline of ``count`` generated reports, analysed as the program does."""
    person = PersonFacts(OfficialStatus.MISSING, date(2024, 7, 1), opened_on=date(2024, 6, 15))
    analysis = analyse(generate(count, seed), person, today=TODAY)
    listed = tuple(
        ListedContradiction(found, "Объяснено", "tester")
        if number % 10 == 0
        else ListedContradiction(found)
        for number, found in enumerate(analysis.contradictions)
    )
    return TimelineResult(1, person, TODAY, analysis.reports, listed, analysis.suggestion)


def _median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings), max(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reports", type=int, default=5_000)
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--save", default="", help="save a picture of each view: PREFIX-fit.png")
    args = parser.parse_args()
    print(calibration(), flush=True)
    app = QApplication.instance() or QApplication([])
    result = make_timeline(args.reports)
    widget = TimelineWidget()
    widget.resize(SIZE)
    loaded = _median_ms(lambda: widget.set_timeline(result), 5)
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    step = [1]
    views: list[tuple[str, Callable[[], None]]] = [("fit all", widget.fit_all)]
    views.append(("about a month", lambda: _zoom_to_days(widget, 30)))
    print(
        f"{args.reports} reports, {len(result.contradictions)} contradictions, "
        f"widget {SIZE.width()}x{SIZE.height()}; set_timeline median {loaded[0]:.1f} ms"
    )
    for name, prepare in views:
        prepare()
        widget.render(image, QPoint())  # warm up
        median, worst = _median_ms(lambda: _pan_and_render(widget, image, step), args.frames)
        first, last = widget.visible_range()
        print(
            f"paint, {name} ({first} to {last}): median {median:.1f} ms, max {worst:.1f} ms "
            f"({args.frames} frames)"
        )
        if args.save:
            image.save(f"{args.save}-{name.replace(' ', '-')}.png")
    widget.fit_all()
    zoom = _median_ms(lambda: _zoom_in_and_out(widget), 5)
    print(f"zoom step (re-pack rows and links): median {zoom[0] / 2:.1f} ms")
    del app


def _zoom_in_and_out(widget: TimelineWidget) -> None:
    widget.zoom_in()
    widget.zoom_out()


def _zoom_to_days(widget: TimelineWidget, days: int) -> None:
    widget.fit_all()
    while (widget.visible_range()[1] - widget.visible_range()[0]).days > days:
        widget.zoom_in()


def _pan_and_render(widget: TimelineWidget, image: QImage, step: list[int]) -> None:
    step[0] = -step[0]
    widget.pan_by(step[0] * 3.0)
    widget.render(image, QPoint())


if __name__ == "__main__":
    main()
