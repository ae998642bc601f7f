"""Invalid cells are listed with sheet, row, column, value and reason; nothing is applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.xlsx import apply_import, plan_import
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import edit, find_row, new_case, new_row, plan, set_cell


def new_report(workbook: Workbook, reference: str, **cells: object) -> None:
    base = {"Case reference": reference, "Claim": "alive", "Event date": "2026-04-20",
            "Source kind": "comrade"}  # fmt: skip
    new_row(workbook, "Reports", {**base, **cells})


def test_each_invalid_cell_is_listed(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    def spoil(workbook: Workbook) -> None:
        ref = sample_case.reference
        new_report(workbook, ref, **{"Claim": "resurrected"})
        new_report(workbook, ref, **{"Event date": "31.02.2026"})
        new_report(workbook, ref, **{"Reliability": "G"})
        new_report(workbook, "2026-9999")
        persons = workbook["Persons"]
        set_cell(persons, find_row(persons, "Surname", "Шумов"), "Surname", None)

    edit(exported, spoil)
    preview = plan(database, exported)
    found = {(e.sheet, e.column, e.value) for e in preview.errors}
    assert found == {
        ("Reports", "Claim", "resurrected"),
        ("Reports", "Event date", "31.02.2026"),
        ("Reports", "Reliability", "G"),
        ("Reports", "Case reference", "2026-9999"),
        ("Persons", "Surname", ""),
    }
    assert all(e.reason and e.row > 1 for e in preview.errors)
    with pytest.raises(ValidationError), database.write() as session:
        apply_import(session, ACTOR, plan_import(session, exported))


def test_a_copied_row_with_its_key_is_an_error(database: Database, exported: Path) -> None:
    def copy(workbook: Workbook) -> None:
        sheet = workbook["Relatives"]
        values = [cell.value for cell in sheet[2]]
        sheet.append(values)

    edit(exported, copy)
    [error] = plan(database, exported).errors
    assert (error.sheet, error.row, error.column) == ("Relatives", 3, "Key")


def test_a_new_case_with_its_persons_and_reports(database: Database, exported: Path) -> None:
    def add(workbook: Workbook) -> None:
        new_case(workbook, "NEW-1", "Ёлкины", "Ёлкин", "Пётр")
        new_report(workbook, "NEW-1")

    edit(exported, add)
    preview = plan(database, exported)
    assert preview.errors == [] and preview.created == 3
    with database.write() as session:
        outcome = apply_import(session, ACTOR, plan_import(session, exported))
    assert outcome.created == 3
