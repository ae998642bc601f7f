"""Time opening the evidence panel of a case with 500 items (issue 4): target under 200 ms.

The figure runs from ``EvidencePanel.set_case`` to the panel painted once (the query, the
model, the tiles laid out and the visible ones painted); thumbnails are then made in the
background and fill in afterwards, which is timed apart. The data is generated in a
temporary folder: 500 small PNG, JPEG and text files added through the services, with an
empty thumbnail cache (first opening) and then a warm one.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_evidence_panel
[--items 500] [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from benchmarks.calibration import calibration
from caseworker.db import Database, open_database
from caseworker.services import cases, evidence, persons, reports
from caseworker.vault.of_database import vault_of_session
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.evidence.evidence_panel import EvidencePanel

TARGET_MS = 200.0
ACTOR = "benchmark"


def make_files(folder: Path, count: int) -> list[Path]:
    files = []
    for number in range(count):
        if number % 5 == 4:
            path = folder / f"письмо {number}.txt"
            path.write_text(f"Сообщение номер {number}\nвторая строка\n", encoding="utf-8")
        else:
            image = QImage(640, 480, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv(number * 37 % 360, 160, 200))
            path = folder / f"фото {number}.{'jpg' if number % 2 else 'png'}"
            image.save(str(path))
        files.append(path)
    return files


def fill_case(database: Database, files: list[Path]) -> int:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Семья для замера")
        person = persons.add_person(session, ACTOR, case.id, surname="Иванов", given_name="Пётр")
        report = reports.add_report(
            session, ACTOR, person.id, claim="missing", event="2026-04", source_kind="official"
        )
        vault = vault_of_session(session)
        for number, path in enumerate(files):
            evidence.add_evidence(
                session,
                vault,
                ACTOR,
                case.id,
                path,
                report_ids=[report.id] if number % 3 == 0 else [],
                graphic=number % 50 == 0,
            )
        return case.id


def open_once(app: QApplication, context: AppContext, case_id: int) -> tuple[float, float]:
    """Milliseconds to the first painted panel, and until every visible thumbnail is in."""
    panel = EvidencePanel(context)
    panel.resize(1280, 560)
    panel.show()
    app.processEvents()
    start = time.perf_counter()
    panel.set_case(case_id)
    panel.repaint()
    opened = (time.perf_counter() - start) * 1000
    while panel.thumbnails.pending():
        app.processEvents()
        panel.thumbnails.wait(5)
    app.processEvents()
    filled = (time.perf_counter() - start) * 1000
    panel.thumbnails.stop()
    panel.deleteLater()
    app.processEvents()
    return opened, filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    print(calibration(), flush=True)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["CASEWORKER_CACHE_DIR"] = str(folder / "cache")
        (folder / "files").mkdir()
        started = time.perf_counter()
        files = make_files(folder / "files", arguments.items)
        database = open_database(str(folder / "bench.sqlite"))
        case_id = fill_case(database, files)
        print(
            f"{arguments.items} items generated and added in {time.perf_counter() - started:.1f} s"
        )
        context = AppContext(database, ACTOR, ChangeNotifier(), QUndoStack())
        cold_open, cold_filled = open_once(app, context, case_id)
        print(
            f"first opening (empty thumbnail cache): {cold_open:.0f} ms, "
            f"thumbnails in {cold_filled:.0f} ms"
        )
        rounds = [open_once(app, context, case_id) for _ in range(arguments.rounds)]
        opened = [first for first, _ in rounds]
        filled = [second for _, second in rounds]
        print(
            f"opening, warm cache: median {statistics.median(opened):.0f} ms, "
            f"worst {max(opened):.0f} ms (target {TARGET_MS:.0f} ms); visible thumbnails in "
            f"{statistics.median(filled):.0f} ms"
        )
        verdict = "met" if max([*opened, cold_open]) < TARGET_MS else "MISSED"
        print(f"target {verdict}")
        database.dispose()


if __name__ == "__main__":
    main()
