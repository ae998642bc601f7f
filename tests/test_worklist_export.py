"""The work list as rows and as an Excel workbook: who, addressee, what and when per row,
the headings in the user's language, read back with openpyxl and python-calamine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.services import addressees, cases, inquiries, relatives
from caseworker.services.inquiry_due import overdue_count
from caseworker.services.worklist import work_list
from caseworker.services.worklist_rows import Section, rows_of, work_sheet
from caseworker.worklist_export import headings, write_work_list
from tests.conftest import ACTOR, add_person
from tests.services.test_plain_results import statements_run
from tests.worklist_family import shumov_family

ON = date(2026, 10, 30)


@pytest.fixture
def overdue(database: Database) -> tuple[str, int]:
    """A case whose inquiry for its person, on behalf of the mother, is very overdue on ON;
    and a draft."""
    with database.write() as session:
        family = shumov_family(session)
        late = family.inquiry(session, "2026-08-01", applicant=True)
        family.inquiry(session, None)
        return family.reference, late


def test_an_overdue_inquiry_as_a_row(database: Database, overdue: tuple[str, int]) -> None:
    reference, inquiry_id = overdue
    with database.read() as session:
        sheet = work_sheet(session, ON)
        assert overdue_count(session, ON) == 1
    [row] = sheet.rows(Section.OVERDUE)
    assert (row.case_reference, row.inquiry_id, row.addressee) == (
        reference,
        inquiry_id,
        "Минобороны",
    )
    assert row.who == "Шумов Алексей (applicant Шумова Мария)"
    assert row.when == date(2026, 9, 3) and row.days == 57 and row.very_overdue
    assert "57 days overdue" in row.what and "very overdue" in row.what
    assert [r.what for r in sheet.rows(Section.DRAFTS)] == ["draft, not sent"]
    assert sheet.overdue_count == 1


def test_the_workbook_reads_back(
    database: Database, overdue: tuple[str, int], tmp_path: Path
) -> None:
    reference, _ = overdue
    with database.read() as session:
        sheet = work_sheet(session, ON)
    path = write_work_list(sheet, tmp_path / "today.xlsx")
    assert not (tmp_path / "today.xlsx.part").exists()

    page = openpyxl.load_workbook(path).active
    assert page is not None
    rows = list(page.iter_rows(values_only=True))
    assert (
        list(rows[0])
        == headings()
        == ["Section", "Case", "Who", "Addressee", "What", "When", "Days"]
    )
    first = rows[1]
    assert first[:4] == (
        "Overdue inquiries",
        reference,
        "Шумов Алексей (applicant Шумова Мария)",
        "Минобороны",
    )
    assert first[5] is not None and first[5].date() == date(2026, 9, 3)
    assert first[6] == 57
    assert page.cell(row=2, column=1).font.color.rgb.endswith("B3261E")
    assert rows[2][0] == "Drafts not sent"

    calamine = CalamineWorkbook.from_path(str(path))
    read = calamine.get_sheet_by_index(0).to_python()
    assert read[1][1] == reference and read[1][5] == date(2026, 9, 3)
    assert len(read) == len(sheet.all_rows) + 1


def test_a_folder_is_refused_and_nothing_written(database: Database, tmp_path: Path) -> None:
    with database.read() as session:
        sheet = work_sheet(session, ON)
    with pytest.raises(ValidationError, match="folder"):
        write_work_list(sheet, tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        write_work_list(sheet, tmp_path / "missing" / "today.xlsx")
    assert list(tmp_path.glob("**/*.xlsx*")) == []


def test_an_empty_work_list_has_its_headings(database: Database, tmp_path: Path) -> None:
    with database.read() as session:
        sheet = work_sheet(session, ON)
    path = write_work_list(sheet, tmp_path / "empty.xlsx")
    page = openpyxl.load_workbook(path).active
    assert page is not None
    assert [list(row) for row in page.iter_rows(values_only=True)] == [headings()]


def test_the_names_of_many_rows_cost_two_queries(database: Database) -> None:
    """However many inquiries, their persons and applicants are named in two queries."""
    with database.write() as session:
        ministry = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry")
        for number in range(12):
            case = cases.create_case(session, ACTOR, family_name=f"Семья {number}")
            person = add_person(session, case.id, f"Иванов{number} Иван")
            mother = relatives.add_relative(
                session, ACTOR, case.id, surname=f"Иванова{number}", given_name="Мария",
                relation="mother",
            )  # fmt: skip
            inquiries.add_inquiry(
                session, ACTOR, case.id, ministry.id, person_id=person.id,
                applicant_id=mother.id, sent_on="2026-08-01",
            )  # fmt: skip
    with database.read() as session:
        found = work_list(session, ON)
        with statements_run(database) as statements:
            sheet = rows_of(session, found)
    assert len(statements) == 2
    assert len(sheet.rows(Section.OVERDUE)) == 12
    assert {row.who for row in sheet.rows(Section.OVERDUE)} == {
        f"Иванов{n} Иван (applicant Иванова{n} Мария)" for n in range(12)
    }
