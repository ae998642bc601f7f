"""Importing the same rows twice creates nothing twice: same file, a re-saved copy, a record
typed in the window, a row repeated in the workbook, and two windows at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import StaleRecord
from caseworker.models import Case, Relative, Report, SoughtPerson
from caseworker.services.timeline import load_timeline
from caseworker.vocab import AssessedStatus
from caseworker.xlsx import apply_import, plan_import
from tests.conftest import ACTOR, SampleCase, add_report
from tests.xlsx.conftest import edit, export, import_all, new_case, new_row, plan

NEW_REPORT: dict[str, Any] = {
    "Person": "Шумов Алексей Петрович",
    "Claim": "captured",
    "Event date": date(2026, 4, 20),
    "Received on": "21.04.2026",
    "Source kind": "published_list",
    "Source": "список обмена №3",
    "Reliability": "B",
    "Credibility": 2,
    "Summary": "В списке пленных",
}


def add_report_row(workbook: Workbook, reference: str, **values: Any) -> None:
    new_row(workbook, "Reports", {"Case reference": reference, **NEW_REPORT, **values})


def count(database: Database, model: type[Any]) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def with_new_report(exported: Path, sample_case: SampleCase) -> Path:
    edit(exported, lambda workbook: add_report_row(workbook, sample_case.reference))
    return exported


def test_the_same_workbook_twice_creates_its_new_report_once(
    database: Database, sample_case: SampleCase, with_new_report: Path
) -> None:
    import_all(database, with_new_report)
    reports_after_first = count(database, Report)
    with database.read() as session:
        first = load_timeline(session, sample_case.person_id).suggestion

    again = plan(database, with_new_report)
    assert again.created == 0 and again.updated == 0
    # The report it created is in the workbook (as the new row), not "no longer there".
    assert again.missing == []
    assert again.earlier is not None and again.earlier[1] == ACTOR
    [present] = again.present
    assert present.sheet == "Reports" and present.imported_at is not None
    assert present.file_name == with_new_report.name
    assert "captured" in present.label
    import_all(database, with_new_report)

    assert count(database, Report) == reports_after_first
    with database.read() as session:
        second = load_timeline(session, sample_case.person_id).suggestion
    # The copy would have counted as independent support and raised "captured".
    assert second.shares[AssessedStatus.CAPTURED] == first.shares[AssessedStatus.CAPTURED]


def test_a_copy_saved_again_by_a_spreadsheet_program_is_recognised(
    database: Database, with_new_report: Path, tmp_path: Path
) -> None:
    import_all(database, with_new_report)
    copy = tmp_path / "копия.xlsx"
    workbook = load_workbook(with_new_report)
    workbook.properties.creator = "LibreOffice"
    workbook.save(copy)  # other bytes, other SHA-256, the same rows
    again = plan(database, copy)
    assert again.earlier is None, "another file"
    assert again.created == 0 and len(again.present) == 1
    assert again.present[0].file_name == with_new_report.name


def test_a_new_row_identical_to_a_stored_report_is_listed_not_created(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    with database.write() as session:
        add_report(
            session,
            sample_case.person_id,
            "captured",
            "2026-04-20",
            "B2",
            received_on="2026-04-21",
            source_kind="published_list",
            source_name="Список обмена №3",
            summary="В списке пленных",
        )
    edit(exported, lambda workbook: add_report_row(workbook, sample_case.reference))
    preview = plan(database, exported)
    assert preview.created == 0
    [present] = preview.present
    assert present.record_id is not None and present.imported_at is None


def test_a_row_repeated_in_the_workbook_is_created_once(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    def twice(workbook: Workbook) -> None:
        add_report_row(workbook, sample_case.reference)
        add_report_row(workbook, sample_case.reference)

    edit(exported, twice)
    before = count(database, Report)
    preview = import_all(database, exported)
    assert preview.created == 1
    [present] = preview.present
    assert present.repeats is not None and present.row == present.repeats + 1
    assert count(database, Report) == before + 1


@pytest.mark.usefixtures("sample_case")
def test_a_new_case_with_its_person_and_report_comes_in_once(
    database: Database, exported: Path
) -> None:
    def new_family(workbook: Workbook) -> None:
        new_case(workbook, "NEW-1", "Тестовы", "Тестов", "Олег")
        new_row(
            workbook,
            "Relatives",
            {"Case reference": "NEW-1", "Surname": "Тестова", "Relation": "wife"},
        )
        add_report_row(workbook, "NEW-1", Person="Тестов Олег")

    edit(exported, new_family)
    first = import_all(database, exported)
    assert first.created == 4
    counts = [count(database, model) for model in (Case, SoughtPerson, Relative, Report)]
    second = import_all(database, exported)
    assert second.created == 0 and len(second.present) == 4
    assert [count(database, model) for model in (Case, SoughtPerson, Relative, Report)] == counts


def test_two_windows_importing_at_once_create_the_rows_once(
    database: Database, with_new_report: Path
) -> None:
    with database.read() as session:
        first = plan_import(session, with_new_report)
    with database.read() as session:
        second = plan_import(session, with_new_report)
    with database.write() as session:
        apply_import(session, ACTOR, first)
    before = count(database, Report)
    with pytest.raises(StaleRecord, match="imported meanwhile"), database.write() as session:
        apply_import(session, ACTOR, second)
    assert count(database, Report) == before


def test_an_import_that_changes_nothing_is_not_remembered(
    database: Database, exported: Path
) -> None:
    import_all(database, exported)
    assert plan(database, exported).earlier is None


def test_the_preview_json_lists_what_is_already_present(
    database: Database, with_new_report: Path
) -> None:
    import_all(database, with_new_report)
    data = plan(database, with_new_report).as_json(applied=False)
    [present] = data["already_present"]
    assert present["sheet"] == "Reports" and present["file"] == with_new_report.name


def test_export_of_a_fresh_database_still_round_trips(database: Database, tmp_path: Path) -> None:
    """No marks, no earlier imports: the empty export plans to nothing."""
    path = export(database, tmp_path / "empty.xlsx")
    preview = plan(database, path)
    assert (preview.created, preview.present, preview.earlier) == (0, [], None)
