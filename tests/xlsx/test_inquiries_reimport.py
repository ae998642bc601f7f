"""The Inquiries sheet after the program moved on: a report regraded, a person added, a
namesake, a course already ended. A workbook left as exported (or imported once already)
imports without an error; what it holds that is not recorded is said in the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.models import FamilyLogEntry, Inquiry, InquiryEvent, Report
from caseworker.services import addressees, cases, inquiries, reports
from caseworker.vocab import InquiryEventKind
from tests.conftest import ACTOR, SampleCase, add_person
from tests.xlsx.conftest import edit, export, find_row, import_all, new_row, plan, set_cell

COMMISSARIAT = "Военный комиссариат Курской области"


def _answered_with_report(database: Database, case_id: int) -> int:
    """An inquiry sent and answered in the program, its answer a report; the report's id."""
    with database.write() as session:
        office = addressees.add_addressee(session, ACTOR, name=COMMISSARIAT, kind="commissariat")
        inquiry = inquiries.add_inquiry(session, ACTOR, case_id, office.id, sent_on="2026-05-12")
        inquiries.answer_inquiry(
            session, ACTOR, inquiry.id, None, "2026-06-02", "Погиб", claim="killed"
        )
        report_id = session.scalar(
            select(InquiryEvent.report_id).where(
                InquiryEvent.inquiry_id == inquiry.id,
                InquiryEvent.kind == InquiryEventKind.ANSWERED,
            )
        )
    assert report_id is not None
    return int(report_id)


def _report(database: Database, report_id: int) -> Report:
    with database.read() as session:
        found = session.get(Report, report_id)
        assert found is not None
        return found


def _count(database: Database, model: type[object]) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    "correction",
    [{"reliability": "B", "credibility": "2"}, {"event": "2026-04-10"}],
    ids=["regraded", "event-day-corrected"],
)
def test_a_report_corrected_in_the_program_leaves_an_untouched_workbook_importable(
    database: Database, sample_case: SampleCase, tmp_path: Path, correction: dict[str, str]
) -> None:
    """The analyst grades the answer's report (or corrects its event day) after the
    export; the inquiry's row, untouched, still holds the old values: nothing to refuse."""
    report_id = _answered_with_report(database, sample_case.case_id)
    path = export(database, tmp_path / "cases.xlsx")
    with database.write() as session:
        reports.update_report(session, ACTOR, report_id, None, **correction)
    preview = plan(database, path)
    assert (preview.errors, preview.notes) == ([], [])
    assert (preview.created, preview.updated) == (0, 0)


def test_a_report_regraded_on_the_reports_sheet_imports_once_and_again(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """Regraded on the Reports sheet; the Inquiries sheet still shows the old grade. The
    first import regrades the report; the same workbook again changes nothing."""
    report_id = _answered_with_report(database, sample_case.case_id)
    path = export(database, tmp_path / "cases.xlsx")

    def regrade(workbook: Workbook) -> None:
        sheet = workbook["Reports"]
        set_cell(sheet, find_row(sheet, "Summary", "Погиб"), "Reliability", "B")

    edit(path, regrade)
    first = plan(database, path)
    assert (first.errors, first.updated) == ([], 1)
    import_all(database, path)
    assert _report(database, report_id).reliability == "B"
    again = plan(database, path)
    assert (again.errors, again.notes, again.created, again.updated) == ([], [], 0, 0)


def test_a_grade_typed_on_the_inquiries_sheet_is_named_as_not_applied(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """The report an answer became is changed on the Reports sheet: a grade typed on the
    inquiry's row is no error, the preview says it is not applied and where to change it."""
    report_id = _answered_with_report(database, sample_case.case_id)
    path = export(database, tmp_path / "cases.xlsx")

    def regrade(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        set_cell(sheet, find_row(sheet, "Addressee", COMMISSARIAT), "Reliability", "B")

    edit(path, regrade)
    preview = plan(database, path)
    assert (preview.errors, preview.updated) == ([], 0)
    [note] = preview.notes
    assert (note.sheet, note.row) == ("Inquiries", 2)
    assert "Reliability: B" in note.text and "Reports sheet" in note.text
    import_all(database, path)
    assert _report(database, report_id).reliability == "F"


def test_a_new_answered_row_imported_before_is_present_after_a_second_person(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """A new inquiry typed with its answer and claim, imported; then the case gains a
    second sought person. The same workbook again: the row is already present."""
    with database.write() as session:
        addressees.add_addressee(session, ACTOR, name=COMMISSARIAT, kind="commissariat")
    path = export(database, tmp_path / "cases.xlsx")

    def add(workbook: Workbook) -> None:
        new_row(workbook, "Inquiries", {
            "Case reference": sample_case.reference, "Addressee": COMMISSARIAT,
            "Sent on": date(2026, 5, 1), "Answered on": date(2026, 6, 2),
            "Answer": "Погиб", "Status": "answered", "Claim": "killed",
        })  # fmt: skip

    edit(path, add)
    assert plan(database, path).created == 1
    import_all(database, path)
    with database.write() as session:
        add_person(session, sample_case.case_id, "Шумов Пётр Алексеевич")
    again = plan(database, path)
    assert (again.errors, again.created) == ([], 0)
    assert [(p.sheet, p.row) for p in again.present] == [("Inquiries", 2)]


def test_a_death_told_and_imported_is_present_after_a_second_person(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """The family told of the death (the case's only person then), imported; the case
    gains a second person: the same workbook again finds the entry already present."""
    path = export(database, tmp_path / "cases.xlsx")

    def tell(workbook: Workbook) -> None:
        new_row(workbook, "Family log", {
            "Case reference": sample_case.reference, "Relative": "Шумова Ольга Ёжиковна",
            "Told on": date(2026, 6, 3), "Told by": "Ирина", "What": "killed",
            "Override reason": "извещение военкомата на руках у семьи",
        })  # fmt: skip

    edit(path, tell)
    import_all(database, path)
    assert _count(database, FamilyLogEntry) == 1
    with database.write() as session:
        add_person(session, sample_case.case_id, "Шумов Пётр Алексеевич")
    again = plan(database, path)
    assert (again.errors, again.created) == ([], 0)
    assert [p.sheet for p in again.present] == ["Family log"]


def test_a_claim_on_the_inquiry_of_one_of_two_namesakes_is_about_that_one(
    database: Database, tmp_path: Path
) -> None:
    """Father and son of the same name in one case; the inquiry is about the father. Its
    answer typed offline with a claim becomes a report about the father."""
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ивановы", opened_on="2026-05-10")
        father = add_person(session, case.id, "Иванов Иван Иванович")
        add_person(session, case.id, "Иванов Иван Иванович")
        office = addressees.add_addressee(session, ACTOR, name=COMMISSARIAT, kind="commissariat")
        inquiry = inquiries.add_inquiry(
            session, ACTOR, case.id, office.id, person_id=father.id, sent_on="2026-05-12"
        )
        father_id, inquiry_id = father.id, inquiry.id
    path = export(database, tmp_path / "cases.xlsx")

    def answer(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Answered on", date(2026, 6, 2))
        set_cell(sheet, row, "Answer", "Погиб")
        set_cell(sheet, row, "Status", "answered")
        set_cell(sheet, row, "Claim", "killed")

    edit(path, answer)
    preview = plan(database, path)
    assert (preview.errors, preview.updated) == ([], 1)
    import_all(database, path)
    with database.read() as session:
        report = session.scalars(select(Report)).one()
        assert (report.claim, report.person_id) == ("killed", father_id)
        found = session.get(Inquiry, inquiry_id)
        assert found is not None and found.person_id == father_id


def test_a_registration_typed_on_an_answered_row_is_noted_not_recorded(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """Exported after the answer; the caseworker types the registration day the program
    lacks. The course has ended, so it is not recorded: the preview says so, as for an
    older workbook, and the rest of the workbook imports."""
    with database.write() as session:
        office = addressees.add_addressee(session, ACTOR, name=COMMISSARIAT, kind="commissariat")
        inquiry = inquiries.add_inquiry(
            session, ACTOR, sample_case.case_id, office.id, sent_on="2026-05-12"
        )
        inquiries.answer_inquiry(session, ACTOR, inquiry.id, None, "2026-06-02", "Сведений нет")
        inquiry_id = inquiry.id
    path = export(database, tmp_path / "cases.xlsx")

    def register(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Registered on", date(2026, 5, 14))

    edit(path, register)
    preview = plan(database, path)
    assert (preview.errors, preview.updated) == ([], 0)
    [note] = preview.notes
    assert (note.sheet, note.row) == ("Inquiries", 2)
    assert "answered" in note.text and "14.05.2026" in note.text
    assert "Since the export" not in note.text  # it was answered before the export
    events = _count(database, InquiryEvent)
    import_all(database, path)
    assert _count(database, InquiryEvent) == events
    with database.read() as session:
        found = session.get(Inquiry, inquiry_id)
        assert found is not None and found.registered_on is None


@pytest.mark.parametrize(
    ("ended", "cells", "column"),
    [
        ("closed", {"Answered on": date(2026, 6, 2), "Answer": "Погиб"}, "Answered on"),
        ("closed", {"Claim": "killed"}, "Claim"),
        ("answered", {"Status": "closed without an answer", "Reason for closing": "нет"}, "Status"),
        ("answered", {"Reason for closing": "нет"}, "Reason for closing"),
    ],
)
def test_a_step_typed_after_the_course_ended_is_refused_on_its_own_cell(
    database: Database, sample_case: SampleCase, tmp_path: Path, ended: str,
    cells: dict[str, object], column: str,
) -> None:  # fmt: skip
    """Exported after the course ended: an answer or a closing typed in contradicts it, and
    the error stands on the cell the caseworker typed."""
    with database.write() as session:
        office = addressees.add_addressee(session, ACTOR, name=COMMISSARIAT, kind="commissariat")
        inquiry = inquiries.add_inquiry(
            session, ACTOR, sample_case.case_id, office.id, sent_on="2026-05-12"
        )
        if ended == "closed":
            inquiries.close_inquiry(session, ACTOR, inquiry.id, None, "нашёлся сам")
        else:
            inquiries.answer_inquiry(session, ACTOR, inquiry.id, None, "2026-06-02", "Нет")
    path = export(database, tmp_path / "cases.xlsx")

    def change(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        for header, value in cells.items():
            set_cell(sheet, row, header, value)

    edit(path, change)
    [error] = plan(database, path).errors
    assert error.column == column
    assert "course has ended" in error.reason and ended in error.reason
