"""The Inquiries sheet through Excel: new inquiries and the steps of their course typed
offline come back as the services' audited events; nothing recorded is overwritten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.models import FamilyLogEntry, Inquiry, InquiryEvent, Report
from caseworker.services import addressees, inquiries
from caseworker.services.worklist import work_list
from caseworker.vocab import InquiryEventKind, InquiryStatus
from caseworker.xlsx import Choice, apply_import, plan_import
from caseworker.xlsx.importing.preview import change_lines
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import (
    edit,
    export,
    find_row,
    import_all,
    new_case,
    new_row,
    plan,
    set_cell,
)
from tests.xlsx.test_cli_xlsx import run as run_cli

COMMISSARIAT = "Военный комиссариат Курской области"
RED_CROSS = "Российский Красный Крест"


WITHOUT_REPORT = (
    "The answer is recorded without a report; the work list will ask to record it as a report."
)


@dataclass(frozen=True)
class Sent:
    """The sample case with one inquiry sent to the commissariat, exported."""

    case: SampleCase
    inquiry_id: int
    workbook: Path


@pytest.fixture
def sent(database: Database, sample_case: SampleCase, tmp_path: Path) -> Sent:
    with database.write() as session:
        commissariat = addressees.add_addressee(
            session, ACTOR, name=COMMISSARIAT, kind="commissariat"
        )
        addressees.add_addressee(session, ACTOR, name=RED_CROSS, kind="red_cross")
        inquiry = inquiries.add_inquiry(
            session, ACTOR, sample_case.case_id, commissariat.id,
            person_id=sample_case.person_id, applicant_id=sample_case.relative_id,
            sent_on="2026-05-12", our_reference="И-17",
        )  # fmt: skip
        inquiry_id = inquiry.id
    return Sent(sample_case, inquiry_id, export(database, tmp_path / "cases.xlsx"))


def course(database: Database, inquiry_id: int) -> list[tuple[InquiryEventKind, date, str]]:
    with database.read() as session:
        query = (
            select(InquiryEvent.kind, InquiryEvent.event_on, InquiryEvent.text)
            .where(InquiryEvent.inquiry_id == inquiry_id)
            .order_by(InquiryEvent.id)
        )
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def inquiry(database: Database, inquiry_id: int) -> Inquiry:
    with database.read() as session:
        found = session.get(Inquiry, inquiry_id)
        assert found is not None
        return found


def count(database: Database, model: type[Any]) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def answer_and_add(workbook: Workbook) -> None:
    """The caseworker's offline work: the answer came, and a new inquiry went out."""
    sheet = workbook["Inquiries"]
    row = find_row(sheet, "Addressee", COMMISSARIAT)
    set_cell(sheet, row, "Registered on", date(2026, 5, 14))
    set_cell(sheet, row, "Their reference", "ВК-3301")
    set_cell(sheet, row, "Answered on", date(2026, 6, 2))
    set_cell(sheet, row, "Answer", "Сведениями о судьбе не располагаем.")
    set_cell(sheet, row, "Status", "answered")
    new_row(workbook, "Inquiries", {
        "Case reference": "", "Addressee": RED_CROSS.upper(),
        "Sought person": "шумов алексей петрович", "Sent on": "03.06.2026",
        "Channel": "e-mail", "Our reference": "И-18", "Notes": "запрос о розыске",
    })  # fmt: skip


def offline_work(sent: Sent) -> None:
    def work(workbook: Workbook) -> None:
        answer_and_add(workbook)
        sheet = workbook["Inquiries"]
        set_cell(sheet, sheet.max_row, "Case reference", sent.case.reference)

    edit(sent.workbook, work)


def test_an_answer_and_a_new_inquiry_come_back_through_excel(
    database: Database, sent: Sent
) -> None:
    offline_work(sent)
    preview = plan(database, sent.workbook)
    assert preview.errors == [] and preview.conflicts == []
    assert (preview.created, preview.updated) == (1, 1)
    lines = {(line.field, line.new) for line in change_lines(preview)}
    assert ("step: registered", "Registered on: 14.05.2026; Their reference: ВК-3301") in lines
    assert (
        "step: answered",
        "Answered on: 02.06.2026; Answer: Сведениями о судьбе не располагаем. — " + WITHOUT_REPORT,
    ) in lines

    import_all(database, sent.workbook)

    answered = inquiry(database, sent.inquiry_id)
    assert answered.status is InquiryStatus.ANSWERED
    assert (answered.registered_on, answered.their_reference) == (date(2026, 5, 14), "ВК-3301")
    assert course(database, sent.inquiry_id) == [
        (InquiryEventKind.SENT, date(2026, 5, 12), ""),
        (InquiryEventKind.REGISTERED, date(2026, 5, 14), ""),
        (InquiryEventKind.ANSWERED, date(2026, 6, 2), "Сведениями о судьбе не располагаем."),
    ]
    with database.read() as session:
        new = session.scalars(select(Inquiry).where(Inquiry.our_reference == "И-18")).one()
        assert new.addressee.name == RED_CROSS  # found by name, letter case aside
        assert (new.person_id, new.applicant_id) == (sent.case.person_id, None)
        assert (new.status, new.sent_on, new.channel) == ("sent", date(2026, 6, 3), "email")
        assert new.notes == "запрос о розыске"
        new_id = new.id
    assert [kind for kind, _, _ in course(database, new_id)] == [InquiryEventKind.SENT]

    inquiries_before, events_before = count(database, Inquiry), count(database, InquiryEvent)
    again = plan(database, sent.workbook)
    assert (again.created, again.updated, again.errors) == (0, 0, [])
    assert [p.sheet for p in again.present] == ["Inquiries"]
    import_all(database, sent.workbook)
    assert (count(database, Inquiry), count(database, InquiryEvent)) == (
        inquiries_before,
        events_before,
    )


def test_the_command_line_shows_each_step_before_importing(
    database: Database, sent: Sent, capsys: pytest.CaptureFixture[str]
) -> None:
    offline_work(sent)
    capsys.readouterr()
    assert run_cli(database, "import", str(sent.workbook), "--dry-run") == 0
    shown = capsys.readouterr().out
    assert "1 to create, 1 to update" in shown
    assert f"Inquiries row 2 ({sent.case.reference} → {COMMISSARIAT}), step: answered" in shown
    assert "Inquiries row 3: new record" in shown
    assert inquiry(database, sent.inquiry_id).status is InquiryStatus.SENT


def test_an_untouched_workbook_changes_nothing(database: Database, sent: Sent) -> None:
    events = count(database, InquiryEvent)
    preview = plan(database, sent.workbook)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])
    import_all(database, sent.workbook)
    assert count(database, InquiryEvent) == events
    assert inquiry(database, sent.inquiry_id).version == 1


def test_a_new_row_may_carry_its_whole_course(database: Database, sent: Sent) -> None:
    def add(workbook: Workbook) -> None:
        new_row(workbook, "Inquiries", {
            "Case reference": sent.case.reference, "Addressee": RED_CROSS,
            "Applicant": "Шумова Ольга Ёжиковна", "Sent on": date(2026, 6, 1),
            "Status": "closed without an answer", "Reason for closing": "нашёлся сам",
        })  # fmt: skip
        new_row(workbook, "Inquiries", {
            "Case reference": sent.case.reference, "Addressee": RED_CROSS, "Status": "draft",
            "Our reference": "черновик",
        })  # fmt: skip

    edit(sent.workbook, add)
    import_all(database, sent.workbook)
    with database.read() as session:
        closed, draft = session.scalars(
            select(Inquiry).where(Inquiry.id != sent.inquiry_id).order_by(Inquiry.id)
        ).all()
        assert (closed.status, closed.applicant_id) == ("closed", sent.case.relative_id)
        assert (draft.status, draft.sent_on) == ("draft", None)
        closed_id = closed.id
    kinds = [(kind, text) for kind, _, text in course(database, closed_id)]
    assert kinds == [
        (InquiryEventKind.SENT, ""),
        (InquiryEventKind.CLOSED_WITHOUT_ANSWER, "нашёлся сам"),
    ]


def test_bad_rows_are_listed_and_nothing_is_imported(database: Database, sent: Sent) -> None:
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-05-14")

    def spoil(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Answered on", "31.02.2026")  # no such day
        set_cell(sheet, row, "Answer", "Ответ")
        reference = sent.case.reference
        new_row(workbook, "Inquiries", {
            "Case reference": reference, "Addressee": "Министерство чудес", "Sent on": "01.06.2026",
        })  # fmt: skip
        new_row(workbook, "Inquiries", {
            "Case reference": reference, "Addressee": RED_CROSS, "Sent on": "01.06.2026",
        })  # fmt: skip

    edit(sent.workbook, spoil)
    preview = plan(database, sent.workbook)
    errors = {(e.row, e.column): e.reason for e in preview.errors}
    assert set(errors) == {(2, "Answered on"), (3, "Addressee")}
    assert "Министерство чудес" in errors[(3, "Addressee")]
    assert "directory" in errors[(3, "Addressee")]
    # The good new row is still planned; the invalid cells keep the whole import back.
    assert [(c.sheet, c.row) for c in preview.changes] == [("Inquiries", 4)]
    inquiries_before = count(database, Inquiry)
    with pytest.raises(ValidationError), database.write() as session:
        apply_import(session, ACTOR, plan_import(session, sent.workbook))
    assert count(database, Inquiry) == inquiries_before


@pytest.mark.parametrize(
    ("cells", "column", "says"),
    [
        ({"Status": "draft"}, "Status", "does not go back"),
        ({"Registered on": None}, "Registered on", "does not change or take back"),
        ({"Sent on": date(2026, 5, 13)}, "Sent on", "does not change or take back"),
        ({"Addressee": RED_CROSS}, "Addressee", "add a new inquiry"),
        ({"Answer": "Ответ без даты"}, "Answered on", "must be given"),
        ({"Answered on": date(2026, 6, 1)}, "Answer", "Give the answer's text"),
        ({"Status": "answered"}, "Status", "does not give that step's day"),
        ({"Status": "extended"}, "Status", "in the program"),
        ({"Reason for closing": "не нужен"}, "Reason for closing", "Set the status to closed"),
        (
            {"Answered on": date(2026, 5, 1), "Answer": "Ответ"},
            "Answered on",
            "cannot be before the inquiry was sent",
        ),
        ({"Status": "closed without an answer"}, "Reason for closing", "Say why"),
        ({"Their reference": "ВК-1"}, "Their reference", "does not change or take back"),
        ({"Channel": "e-mail"}, "Channel", "The program has “post” here"),
    ],
)
def test_a_step_backwards_or_half_given_is_refused_with_a_sentence(
    database: Database, sent: Sent, cells: dict[str, Any], column: str, says: str
) -> None:
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-05-14", "ВК-0")
    workbook_path = export(database, sent.workbook.with_name("registered.xlsx"))

    def change(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        for header, value in cells.items():
            set_cell(sheet, row, header, value)

    edit(workbook_path, change)
    [error] = plan(database, workbook_path).errors
    assert (error.sheet, error.column) == ("Inquiries", column)
    assert says in error.reason


def test_a_step_made_in_the_program_meanwhile_is_a_conflict(database: Database, sent: Sent) -> None:
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-05-14")

    def answer(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Answered on", date(2026, 6, 2))
        set_cell(sheet, row, "Answer", "Направлен в архив")

    edit(sent.workbook, answer)
    preview = plan(database, sent.workbook)
    assert preview.errors == []  # the empty registration day is only out of date
    # The step is one choice: its day and its text are taken or kept together.
    [conflict] = preview.conflicts
    assert conflict.field == "Answered on"
    assert conflict.workbook_value == "02.06.2026; Answer: Направлен в архив"

    with database.write() as session:
        planned = plan_import(session, sent.workbook)
        choices = {c.choice_key: Choice.KEEP_DATABASE for c in planned.conflicts}
        apply_import(session, ACTOR, planned, choices)
    assert inquiry(database, sent.inquiry_id).status is InquiryStatus.REGISTERED

    with database.write() as session:
        planned = plan_import(session, sent.workbook)
        choices = {c.choice_key: Choice.TAKE_WORKBOOK for c in planned.conflicts}
        apply_import(session, ACTOR, planned, choices)
    answered = inquiry(database, sent.inquiry_id)
    assert (answered.status, answered.answer) == (InquiryStatus.ANSWERED, "Направлен в архив")


def test_the_sheet_reads_back_with_calamine(sent: Sent) -> None:
    edit(sent.workbook, answer_and_add)
    book = CalamineWorkbook.from_path(str(sent.workbook))
    rows = book.get_sheet_by_name("Inquiries").to_python()
    header = rows[0]
    first = dict(zip(header, rows[1], strict=False))
    assert first["Case reference"] == sent.case.reference
    assert (first["Addressee"], first["Sought person"]) == (COMMISSARIAT, "Шумов Алексей Петрович")
    assert first["Applicant"] == "Шумова Ольга Ёжиковна"
    sent_on = first["Sent on"]
    assert isinstance(sent_on, date) and sent_on.isoformat()[:10] == "2026-05-12"
    assert (first["Channel"], first["Our reference"]) == ("post", "И-17")
    assert first["Answer"] == "Сведениями о судьбе не располагаем."


def test_a_workbook_from_before_the_sheet_was_importable_still_imports(
    database: Database, sent: Sent
) -> None:
    """Exported when the Inquiries sheet was for reading only, and without a Family log."""
    before = (
        "Key", "Version", "Case reference", "Addressee", "Status", "Sent on", "Our reference",
        "Their reference", "Answered on", "Answer", "Notes",
    )  # fmt: skip

    def make_old(workbook: Workbook) -> None:
        del workbook["Family log"]
        sheet = workbook["Inquiries"]
        sheet.delete_cols(1, sheet.max_column)
        for column, header in enumerate(before, 1):
            sheet.cell(1, column).value = header

    edit(sent.workbook, make_old)
    preview = plan(database, sent.workbook)
    assert (preview.created, preview.updated, preview.errors) == (0, 0, [])
    assert preview.missing == []  # a sheet for reading only deletes nothing


def test_the_sheet_is_laid_out_like_the_others(sent: Sent) -> None:
    sheet = load_workbook(sent.workbook)["Inquiries"]
    headers = [cell.value for cell in sheet[1]]
    hidden = [
        header
        for column, header in enumerate(headers, 1)
        if sheet.column_dimensions[sheet.cell(1, column).column_letter].hidden
    ]
    assert hidden == ["Key", "Version", "Checksum"]
    lists = {str(v.sqref) for v in sheet.data_validations.dataValidation}
    for header in ("Channel", "Status"):
        letter = sheet.cell(1, headers.index(header) + 1).column_letter
        assert any(ref.startswith(f"{letter}2") for ref in lists), header


def test_a_new_inquiry_to_a_sensitive_addressee_is_pointed_out(
    database: Database, sent: Sent
) -> None:
    with database.write() as session:
        addressees.add_addressee(
            session, ACTOR, name="Орган другой стороны", kind="other_side", sensitive=True
        )

    def add(workbook: Workbook) -> None:
        new_row(workbook, "Inquiries", {
            "Case reference": sent.case.reference, "Addressee": "орган другой стороны",
            "Sent on": date(2026, 6, 1),
        })  # fmt: skip

    edit(sent.workbook, add)
    [change] = plan(database, sent.workbook).changes
    assert change.label == f"{sent.case.reference} → Орган другой стороны (a sensitive addressee)"


def test_a_workbook_from_a_russian_desk_comes_back(
    database: Database, sent: Sent, tmp_path: Path
) -> None:
    from caseworker import i18n
    from tests.xlsx.test_language import RUSSIAN, speak_russian

    previous = speak_russian()
    try:
        path = export(database, tmp_path / "запросы.xlsx")
    finally:
        i18n.install_translator(previous)
    untouched = plan(database, path)
    assert (untouched.created, untouched.updated, untouched.errors) == (0, 0, [])

    def answer(workbook: Workbook) -> None:
        sheet = workbook["Запросы"]
        row = find_row(sheet, "Адресат", COMMISSARIAT)
        assert (
            sheet.cell(row, 1 + [c.value for c in sheet[1]].index("Статус")).value
            == (RUSSIAN[("Vocab", "sent")])
        )
        set_cell(sheet, row, "Дата ответа", date(2026, 6, 2))
        set_cell(sheet, row, "Ответ", "Направлен в архив")
        set_cell(sheet, row, "Статус", RUSSIAN[("Vocab", "answered")])

    edit(path, answer)
    import_all(database, path)
    assert inquiry(database, sent.inquiry_id).status is InquiryStatus.ANSWERED


def test_a_case_typed_offline_comes_with_its_inquiry_and_family_log(
    database: Database, sent: Sent
) -> None:
    def type_a_case(workbook: Workbook) -> None:
        new_case(workbook, "NEW-1", "Ёлкины", "Ёлкин", "Пётр")
        new_row(workbook, "Relatives", {
            "Case reference": "NEW-1", "Surname": "Ёлкина", "Given name": "Анна",
            "Relation": "mother",
        })  # fmt: skip
        new_row(workbook, "Inquiries", {
            "Case reference": "NEW-1", "Addressee": COMMISSARIAT, "Sought person": "Ёлкин Пётр",
            "Applicant": "Ёлкина Анна", "Sent on": date(2026, 6, 1),
        })  # fmt: skip
        new_row(workbook, "Family log", {
            "Case reference": "NEW-1", "Relative": "Ёлкина Анна", "Told on": date(2026, 6, 1),
            "Told by": "Ирина", "What": "inquiry sent",
        })  # fmt: skip

    edit(sent.workbook, type_a_case)
    preview = plan(database, sent.workbook)
    assert (preview.errors, preview.created) == ([], 5)
    import_all(database, sent.workbook)
    with database.read() as session:
        new = session.scalars(select(Inquiry).where(Inquiry.id != sent.inquiry_id)).one()
        assert new.case.family_name == "Ёлкины"
        assert new.person_id is not None and new.applicant_id is not None
        entry = session.scalars(select(FamilyLogEntry)).one()
        assert (entry.case_id, entry.relative_id) == (new.case_id, new.applicant_id)
    again = plan(database, sent.workbook)
    assert (again.created, again.errors) == (0, [])


def test_a_deleted_row_is_named_and_the_inquiry_kept(
    database: Database, sent: Sent, capsys: pytest.CaptureFixture[str]
) -> None:
    def delete(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        sheet.delete_rows(find_row(sheet, "Addressee", COMMISSARIAT))

    edit(sent.workbook, delete)
    rows = CalamineWorkbook.from_path(str(sent.workbook)).get_sheet_by_name("Inquiries")
    assert len(rows.to_python()) == 1  # the headers only
    preview = plan(database, sent.workbook)
    assert (preview.created, preview.updated, preview.errors) == (0, 0, [])
    assert [(m.sheet, m.label) for m in preview.missing] == [
        ("Inquiries", f"{sent.case.reference} → {COMMISSARIAT}")
    ]
    capsys.readouterr()
    assert run_cli(database, "import", str(sent.workbook)) == 0
    shown = capsys.readouterr().out
    assert f"Not in the workbook (kept): Inquiries {sent.case.reference} → {COMMISSARIAT}" in shown
    assert count(database, Inquiry) == 1
    assert inquiry(database, sent.inquiry_id).status is InquiryStatus.SENT


def test_an_inquiry_added_after_the_export_is_not_missing(database: Database, sent: Sent) -> None:
    with database.write() as session:
        red_cross = addressees.find_addressee(session, RED_CROSS)
        later = inquiries.add_inquiry(session, ACTOR, sent.case.case_id, red_cross.id)
        later.created_at += timedelta(minutes=5)  # the export's time is kept to the second
    preview = plan(database, sent.workbook)
    assert (preview.missing, preview.errors) == ([], [])


def register_offline(workbook: Workbook) -> None:
    sheet = workbook["Inquiries"]
    row = find_row(sheet, "Addressee", COMMISSARIAT)
    set_cell(sheet, row, "Registered on", date(2026, 5, 14))
    set_cell(sheet, row, "Their reference", "ВК-3301")
    set_cell(sheet, row, "Status", "registered")


def test_an_old_workbook_after_the_course_ended_is_behind_not_wrong(
    database: Database, sent: Sent, capsys: pytest.CaptureFixture[str]
) -> None:
    """Registered offline; meanwhile the program recorded the answer without the
    registration: the program has more, so the row is no error and records nothing, and the
    preview says the registration typed in the workbook is not recorded."""
    edit(sent.workbook, register_offline)
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-06-02", "Нет")
    events = count(database, InquiryEvent)
    preview = plan(database, sent.workbook)
    assert (preview.errors, preview.conflicts, preview.created, preview.updated) == ([], [], 0, 0)
    [note] = preview.notes
    assert (note.sheet, note.row, note.label) == (
        "Inquiries",
        2,
        f"{sent.case.reference} → {COMMISSARIAT}",
    )
    assert "answered" in note.text and "14.05.2026" in note.text and "ВК-3301" in note.text
    capsys.readouterr()
    assert run_cli(database, "import", str(sent.workbook)) == 0
    assert "Not recorded: Inquiries row 2" in capsys.readouterr().out
    assert count(database, InquiryEvent) == events
    assert inquiry(database, sent.inquiry_id).registered_on is None


def test_an_old_workbook_the_program_is_level_with_changes_nothing(
    database: Database, sent: Sent
) -> None:
    edit(sent.workbook, register_offline)
    import_all(database, sent.workbook)
    with database.write() as session:
        inquiries.close_inquiry(session, ACTOR, sent.inquiry_id, None, "нашёлся сам")
    preview = plan(database, sent.workbook)
    assert (preview.errors, preview.notes, preview.updated) == ([], [], 0)


@pytest.mark.parametrize(
    ("ended", "cells", "column"),
    [
        ("closed", {"Answered on": date(2026, 6, 2), "Answer": "Погиб"}, "Answered on"),
        ("answered", {"Status": "closed without an answer", "Reason for closing": "нет"}, "Status"),
    ],
)
def test_an_old_workbook_contradicting_the_ended_course_is_refused(
    database: Database, sent: Sent, ended: str, cells: dict[str, Any], column: str
) -> None:
    def change(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        for header, value in cells.items():
            set_cell(sheet, row, header, value)

    edit(sent.workbook, change)
    with database.write() as session:
        if ended == "closed":
            inquiries.close_inquiry(session, ACTOR, sent.inquiry_id, None, "нашёлся сам")
        else:
            inquiries.answer_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-06-02", "Нет")
    [error] = plan(database, sent.workbook).errors
    assert error.column == column
    assert "course has ended" in error.reason and ended in error.reason


@pytest.mark.parametrize("choice", [Choice.TAKE_WORKBOOK, Choice.KEEP_DATABASE])
def test_their_number_goes_with_the_registration_it_belongs_to(
    database: Database, sent: Sent, choice: Choice
) -> None:
    """The program extended the inquiry meanwhile; the registration typed offline is one
    conflict, its number shown with its day, and taken or kept with it: never lost alone."""
    edit(sent.workbook, register_offline)
    with database.write() as session:
        inquiries.extend_inquiry(
            session, ACTOR, sent.inquiry_id, None, "2026-07-10", "запрошен архив",
            beyond_law=True,
        )  # fmt: skip
    preview = plan(database, sent.workbook)
    [conflict] = preview.conflicts
    assert (conflict.field, conflict.database_value) == ("Registered on", "")
    assert conflict.workbook_value == "14.05.2026; Their reference: ВК-3301"
    import_all(database, sent.workbook, {conflict.choice_key: choice})
    stored = inquiry(database, sent.inquiry_id)
    if choice is Choice.TAKE_WORKBOOK:
        assert (stored.registered_on, stored.their_reference) == (date(2026, 5, 14), "ВК-3301")
    else:
        assert (stored.registered_on, stored.their_reference) == (None, "")


def test_an_answer_from_the_workbook_waits_on_the_work_list_to_become_a_report(
    database: Database, sent: Sent
) -> None:
    def answer(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Answered on", date(2026, 6, 2))
        set_cell(sheet, row, "Answer", "Погиб 10.04.2026, извещение направлено семье")
        new_row(workbook, "Inquiries", {
            "Case reference": sent.case.reference, "Addressee": RED_CROSS,
            "Sent on": date(2026, 5, 20), "Answered on": date(2026, 6, 1),
            "Answer": "Сведений нет", "Status": "answered",
        })  # fmt: skip

    edit(sent.workbook, answer)
    lines = change_lines(plan(database, sent.workbook))
    assert [line.new.endswith(WITHOUT_REPORT) for line in lines] == [True, True]
    with database.read() as session:
        before = work_list(session, date(2026, 6, 3)).unrecorded_answers
    assert before == ()
    import_all(database, sent.workbook)
    with database.read() as session:
        waiting = work_list(session, date(2026, 6, 3)).unrecorded_answers
        assert count(database, Report) == 2  # the sample case's own, none added
    assert sorted(line.addressee for line in waiting) == [COMMISSARIAT, RED_CROSS]


def answer_with_claim(workbook: Workbook) -> None:
    """The commissariat's answer typed offline, with what it says: a report, as in the window."""
    sheet = workbook["Inquiries"]
    row = find_row(sheet, "Addressee", COMMISSARIAT)
    set_cell(sheet, row, "Answered on", date(2026, 6, 2))
    set_cell(sheet, row, "Answer", "Погиб 10.04.2026 при исполнении обязанностей")
    set_cell(sheet, row, "Status", "answered")
    set_cell(sheet, row, "Claim", "killed")
    set_cell(sheet, row, "Event date", date(2026, 4, 10))
    set_cell(sheet, row, "Reliability", "A")
    set_cell(sheet, row, "Credibility", 1)


def test_an_answer_with_a_claim_becomes_a_report_as_in_the_window(
    database: Database, sent: Sent, tmp_path: Path
) -> None:
    edit(sent.workbook, answer_with_claim)
    preview = plan(database, sent.workbook)
    assert preview.errors == []
    [line] = change_lines(preview)
    assert line.field == "step: answered"
    assert "Claim: killed; Event date: 10 April 2026; Reliability: A: completely" in line.new
    assert WITHOUT_REPORT not in line.new
    reports_before = count(database, Report)
    import_all(database, sent.workbook)

    with database.read() as session:
        report_id = session.scalar(
            select(InquiryEvent.report_id).where(
                InquiryEvent.inquiry_id == sent.inquiry_id,
                InquiryEvent.kind == InquiryEventKind.ANSWERED,
            )
        )
        report = session.get(Report, report_id)
        assert report is not None
        assert (report.claim, report.event_from, report.person_id) == (
            "killed", date(2026, 4, 10), sent.case.person_id,
        )  # fmt: skip
        assert (report.source_kind, report.source_name) == ("official", COMMISSARIAT)
        assert (report.reliability, report.credibility) == ("A", "1")
        assert work_list(session, date(2026, 6, 3)).unrecorded_answers == ()
    assert count(database, Report) == reports_before + 1

    again = plan(database, sent.workbook)  # the same workbook again: nothing twice
    assert (again.created, again.updated, again.errors) == (0, 0, [])
    fresh = export(database, tmp_path / "fresh.xlsx")
    rows = CalamineWorkbook.from_path(str(fresh)).get_sheet_by_name("Inquiries").to_python()
    first = dict(zip(rows[0], rows[1], strict=False))
    assert first["Claim"] == "killed"
    assert (str(first["Reliability"])[:2], str(first["Credibility"])[:2]) == ("A:", "1:")
    untouched = plan(database, fresh)
    assert (untouched.created, untouched.updated, untouched.errors) == (0, 0, [])


@pytest.mark.parametrize(
    ("cells", "column", "says"),
    [
        ({"Claim": "killed"}, "Claim", "give the answer's day and text"),
        (
            {"Answered on": date(2026, 6, 2), "Answer": "Ответ", "Reliability": "A"},
            "Claim",
            "Give the claim",
        ),
    ],
)
def test_a_claim_without_its_answer_or_grades_without_a_claim_are_refused(
    database: Database, sent: Sent, cells: dict[str, Any], column: str, says: str
) -> None:
    def change(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        for header, value in cells.items():
            set_cell(sheet, row, header, value)

    edit(sent.workbook, change)
    [error] = plan(database, sent.workbook).errors
    assert error.column == column and says in error.reason


def test_a_claim_on_an_inquiry_closed_unanswered_is_refused(database: Database, sent: Sent) -> None:
    with database.write() as session:
        inquiries.close_inquiry(session, ACTOR, sent.inquiry_id, None, "нашёлся сам")

    def claim(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        set_cell(sheet, find_row(sheet, "Addressee", COMMISSARIAT), "Claim", "captured")

    edit(sent.workbook, claim)
    [error] = plan(database, sent.workbook).errors
    assert error.column == "Claim"
    assert "course has ended (closed without an answer)" in error.reason


def test_a_claim_on_an_answer_recorded_without_a_report_is_sent_to_the_program(
    database: Database, sent: Sent, tmp_path: Path
) -> None:
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-06-02", "Погиб")
    path = export(database, tmp_path / "answered.xlsx")

    def claim(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        set_cell(sheet, find_row(sheet, "Addressee", COMMISSARIAT), "Claim", "killed")

    edit(path, claim)
    [error] = plan(database, path).errors
    assert error.column == "Claim"
    assert "Answers not recorded as reports" in error.reason


def test_a_workbook_from_before_the_claim_columns_still_imports(
    database: Database, sent: Sent
) -> None:
    def make_old(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        at = [cell.value for cell in sheet[1]].index("Claim") + 1
        sheet.delete_cols(at, 4)
        row = find_row(sheet, "Addressee", COMMISSARIAT)
        set_cell(sheet, row, "Answered on", date(2026, 6, 2))
        set_cell(sheet, row, "Answer", "Сведений нет")

    edit(sent.workbook, make_old)
    headers = CalamineWorkbook.from_path(str(sent.workbook)).get_sheet_by_name("Inquiries")
    assert "Claim" not in headers.to_python()[0]
    preview = plan(database, sent.workbook)
    assert (preview.errors, preview.updated, preview.missing) == ([], 1, [])
    import_all(database, sent.workbook)
    assert inquiry(database, sent.inquiry_id).status is InquiryStatus.ANSWERED


def test_an_answer_reported_and_exported_before_the_claim_columns_imports_untouched(
    database: Database, sent: Sent, tmp_path: Path
) -> None:
    with database.write() as session:
        inquiries.answer_inquiry(
            session, ACTOR, sent.inquiry_id, None, "2026-06-02", "Погиб", claim="killed"
        )
    path = export(database, tmp_path / "answered.xlsx")

    def make_old(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        sheet.delete_cols([cell.value for cell in sheet[1]].index("Claim") + 1, 4)

    edit(path, make_old)
    preview = plan(database, path)
    assert (preview.errors, preview.created, preview.updated) == ([], 0, 0)


def test_the_family_told_of_a_death_the_workbooks_answer_reports(
    database: Database, sent: Sent
) -> None:
    """The commissariat's answer of the death (an official notice) and the family told of
    it, both typed offline: the gate is judged on the report the answer becomes."""

    def tell(workbook: Workbook) -> None:
        new_row(workbook, "Family log", {
            "Case reference": sent.case.reference, "Relative": "Шумова Ольга Ёжиковна",
            "Told on": date(2026, 6, 3), "Told by": "Ирина", "What": "killed",
        })  # fmt: skip

    edit(sent.workbook, tell)
    [error] = plan(database, sent.workbook).errors  # no basis in the program yet
    assert (error.sheet, error.column) == ("Family log", "What")
    edit(sent.workbook, answer_with_claim)
    preview = plan(database, sent.workbook)
    assert (preview.errors, preview.created, preview.updated) == ([], 1, 1)
    import_all(database, sent.workbook)
    with database.read() as session:
        entry = session.scalars(select(FamilyLogEntry)).one()
        assert (entry.what, entry.override_reason) == ("killed", None)


def test_their_number_typed_after_the_registration_was_recorded_is_refused_plainly(
    database: Database, sent: Sent, tmp_path: Path
) -> None:
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, sent.inquiry_id, None, "2026-05-14")
    path = export(database, tmp_path / "registered.xlsx")

    def number(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        set_cell(sheet, find_row(sheet, "Addressee", COMMISSARIAT), "Their reference", "ВК-7")

    edit(path, number)
    [error] = plan(database, path).errors
    assert (error.column, error.value) == ("Their reference", "ВК-7")
    assert "registration on 14 May 2026 without their number" in error.reason
