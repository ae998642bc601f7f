"""Export options: chosen cases, the offline template, progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseworker.db import Database
from caseworker.services import cases
from caseworker.xlsx import ExportCancelled, export_workbook
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import export, plan


def test_the_template_has_no_report_rows(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    path = export(
        database, tmp_path / "template.xlsx", template=True, case_ids=[sample_case.case_id]
    )
    workbook = load_workbook(path, read_only=True)
    assert len(list(workbook["Reports"].iter_rows(values_only=True))) == 1
    assert workbook["Lists"].sheet_state == "hidden"
    workbook.close()
    preview = plan(database, path)
    assert preview.missing == [] and preview.errors == []


def test_only_the_chosen_cases(database: Database, sample_case: SampleCase, tmp_path: Path) -> None:
    with database.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины")
    path = export(database, tmp_path / "one.xlsx", case_ids=[sample_case.case_id])
    workbook = load_workbook(path, read_only=True)
    assert [row[4] for row in workbook["Cases"].iter_rows(min_row=2, values_only=True)] == [
        "Шумовы"
    ]
    workbook.close()


@pytest.mark.usefixtures("sample_case")
def test_progress_and_cancel(database: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = tmp_path / "cancelled.xlsx"
    with database.read() as session, pytest.raises(ExportCancelled):
        export_workbook(
            session, path, every=1, progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 3,
        )  # fmt: skip
    assert seen and seen[-1][1] == 5
    assert not list(tmp_path.glob("cancelled*"))
