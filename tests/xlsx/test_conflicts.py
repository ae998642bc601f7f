"""A record changed in the database since the export and in the workbook: a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.models import Report
from caseworker.services import reports
from caseworker.xlsx import Choice, apply_import, plan_import
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import edit, find_row, plan, set_cell


def change_in_database(database: Database, sample: SampleCase) -> None:
    with database.write() as session:
        reports.update_report(session, ACTOR, sample.killed_report_id, None, place="Суджа")


def change_in_workbook(path: Path) -> None:
    def place(workbook: Workbook) -> None:
        sheet = workbook["Reports"]
        set_cell(sheet, find_row(sheet, "Claim", "killed"), "Place", "Казачья Локня")

    edit(path, place)


def place_of(database: Database, sample: SampleCase) -> str:
    with database.read() as session:
        report = session.get(Report, sample.killed_report_id)
        assert report is not None
        return report.place


def test_a_conflict_is_shown_field_by_field(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    change_in_database(database, sample_case)
    change_in_workbook(exported)
    preview = plan(database, exported)
    assert preview.errors == []
    [conflict] = preview.conflicts
    assert (conflict.sheet, conflict.field) == ("Reports", "Place")
    assert (conflict.workbook_value, conflict.database_value) == ("Казачья Локня", "Суджа")
    reference = sample_case.reference
    assert conflict.record == f"{reference} Шумов Алексей Петрович: killed, 2026-04-02"


def test_each_kind_of_record_is_named_in_its_conflicts(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    from caseworker.services import cases, persons, relatives

    with database.write() as session:
        cases.update_case(session, ACTOR, sample_case.case_id, None, region="Орловская область")
        persons.update_person(session, ACTOR, sample_case.person_id, None, unit="в/ч 11111")
        relatives.update_relative(
            session, ACTOR, sample_case.relative_id, None, phone="+7 916 000-99-99"
        )

    def edit_all(workbook: Workbook) -> None:
        for sheet, match, header, value in [
            ("Cases", ("Family", "Шумовы"), "Region", "Белгородская область"),
            ("Persons", ("Surname", "Шумов"), "Unit", "в/ч 22222"),
            ("Relatives", ("Surname", "Шумова"), "Phone", "+7 916 000-55-55"),
        ]:
            set_cell(workbook[sheet], find_row(workbook[sheet], *match), header, value)

    edit(exported, edit_all)
    named = {c.sheet: c.record for c in plan(database, exported).conflicts}
    reference = sample_case.reference
    assert named == {
        "Cases": f"{reference} Шумовы",
        "Persons": f"{reference} Шумов Алексей Петрович",
        "Relatives": f"{reference} Шумова Ольга Ёжиковна",
    }


def test_nothing_is_applied_without_a_choice(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    change_in_database(database, sample_case)
    change_in_workbook(exported)
    with pytest.raises(ValidationError), database.write() as session:
        apply_import(session, ACTOR, plan_import(session, exported))
    assert place_of(database, sample_case) == "Суджа"


@pytest.mark.parametrize(
    ("choice", "place"), [(Choice.TAKE_WORKBOOK, "Казачья Локня"), (Choice.KEEP_DATABASE, "Суджа")]
)
def test_the_caseworker_chooses(
    database: Database, sample_case: SampleCase, exported: Path, choice: Choice, place: str
) -> None:
    change_in_database(database, sample_case)
    change_in_workbook(exported)
    with database.write() as session:
        planned = plan_import(session, exported)
        choices = {c.choice_key: choice for c in planned.conflicts}
        apply_import(session, ACTOR, planned, choices)
    assert place_of(database, sample_case) == place


def test_a_row_changed_only_in_the_database_is_no_conflict(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    change_in_database(database, sample_case)
    preview = plan(database, exported)
    assert preview.conflicts == [] and preview.updated == 0
    assert place_of(database, sample_case) == "Суджа"
