"""The Family log sheet through Excel: what a family was told, typed offline, comes back as
new entries through the disclosure gate; an entry once made is never changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import DisclosureRefused
from caseworker.models import AuditEntry, FamilyLogEntry, Report
from caseworker.services import cases, family_log, relatives, reports
from caseworker.vocab import ToldHow, ToldWhat
from caseworker.xlsx import Choice
from caseworker.xlsx.importing.preview import change_lines
from tests.conftest import ACTOR, SampleCase, add_person, add_report
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

OLGA = "Шумова Ольга Ёжиковна"


@pytest.fixture
def told(database: Database, sample_case: SampleCase, tmp_path: Path) -> Path:
    """The sample case's wife told of the inquiry, then exported."""
    with database.write() as session:
        family_log.record_told(
            session, ACTOR, sample_case.case_id, sample_case.relative_id,
            told_on="2026-05-12", told_by="Ирина", how="call", what="inquiry_sent",
            note="обещали ответ через месяц",
        )  # fmt: skip
    return export(database, tmp_path / "cases.xlsx")


def entries(database: Database) -> list[FamilyLogEntry]:
    with database.read() as session:
        return list(session.scalars(select(FamilyLogEntry).order_by(FamilyLogEntry.id)))


def told_row(reference: str, **values: Any) -> dict[str, Any]:
    row = {
        "Case reference": reference, "Relative": OLGA, "Told on": date(2026, 6, 3),
        "Told by": "Ирина", "How": "meeting", "What": "answer received",
        "Note": "передали ответ военкомата",
    }  # fmt: skip
    return row | values


def test_a_new_entry_comes_back_once(
    database: Database, sample_case: SampleCase, told: Path
) -> None:
    edit(told, lambda workbook: new_row(workbook, "Family log", told_row(sample_case.reference)))
    preview = plan(database, told)
    assert (preview.created, preview.updated, preview.unchanged, preview.errors) == (1, 0, 6, [])
    [line] = [line for line in change_lines(preview) if line.sheet == "Family log"]
    assert line.created and "answer received" in line.new and OLGA in line.record

    import_all(database, told)
    _, new = entries(database)
    assert (new.relative_id, new.told_on, new.told_by) == (
        sample_case.relative_id,
        date(2026, 6, 3),
        "Ирина",
    )
    assert (new.how, new.what, new.note) == (
        ToldHow.MEETING,
        ToldWhat.ANSWER_RECEIVED,
        "передали ответ военкомата",
    )
    with database.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "family_log", AuditEntry.entity_id == new.id
            )
        ).all()
    assert sorted(actions) == ["create", "import"]

    again = plan(database, told)
    assert (again.created, again.updated, again.errors) == (0, 0, [])
    import_all(database, told)
    assert len(entries(database)) == 2


def test_an_untouched_sheet_is_a_no_op(database: Database, told: Path) -> None:
    preview = plan(database, told)
    assert (preview.created, preview.updated, preview.errors) == (0, 0, [])
    assert len(entries(database)) == 1


@pytest.mark.parametrize(
    ("header", "value"),
    [("Note", "другая заметка"), ("Told on", date(2026, 5, 13)), ("What", "killed")],
)
def test_an_entry_cannot_be_changed(
    database: Database, told: Path, header: str, value: Any
) -> None:
    def change(workbook: Workbook) -> None:
        sheet = workbook["Family log"]
        set_cell(sheet, find_row(sheet, "Relative", OLGA), header, value)

    edit(told, change)
    [error] = plan(database, told).errors
    assert (error.sheet, error.column) == ("Family log", header)
    assert error.reason.startswith("Entries of the family log cannot be changed")


@dataclass(frozen=True)
class Rumour:
    """A case whose only word of a death is an unconfirmed rumour: the gate refuses."""

    reference: str
    case_id: int
    relative_id: int
    path: Path


@pytest.fixture
def rumour(database: Database, tmp_path: Path) -> Rumour:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ёлкины", opened_on="2026-05-01")
        person = add_person(session, case.id, "Ёлкин Пётр Ильич")
        mother = relatives.add_relative(
            session, ACTOR, case.id, surname="Ёлкина", given_name="Анна", relation="mother"
        )
        add_report(
            session, person.id, "killed", "2026-04-10", "E5", source_kind="media",
            source_name="канал в мессенджере", received_on="2026-04-12",
        )  # fmt: skip
        made = (case.reference, case.id, mother.id)
    return Rumour(*made, export(database, tmp_path / "rumour.xlsx"))


def test_a_death_told_without_a_basis_is_refused_with_the_gates_sentence(
    database: Database, rumour: Rumour
) -> None:
    row = told_row(rumour.reference, Relative="Ёлкина Анна", What="killed", Note="")
    edit(rumour.path, lambda workbook: new_row(workbook, "Family log", row))
    [error] = plan(database, rumour.path).errors
    assert (error.sheet, error.column) == ("Family log", "What")
    with database.read() as session, pytest.raises(DisclosureRefused) as refused:
        family_log.record_told(
            session, ACTOR, rumour.case_id, rumour.relative_id, told_on="2026-06-03",
            told_by="Ирина", what="killed",
        )  # fmt: skip
    assert error.reason == refused.value.message
    assert entries(database) == []


def test_a_death_told_with_a_written_reason_is_kept_with_it(
    database: Database, rumour: Rumour
) -> None:
    reference, path = rumour.reference, rumour.path
    reason = "мать сама видела тело на опознании"
    row = told_row(reference, Relative="Ёлкина Анна", What="killed", **{"Override reason": reason})
    edit(path, lambda workbook: new_row(workbook, "Family log", row))
    import_all(database, path)
    [entry] = entries(database)
    assert (entry.what, entry.override_reason) == (ToldWhat.KILLED, reason)
    with database.read() as session:
        overridden = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity_id == entry.id, AuditEntry.action == "override")
        )
    assert overridden == 1


def test_unknown_people_and_bad_days_are_listed(
    database: Database, sample_case: SampleCase, told: Path
) -> None:
    def spoil(workbook: Workbook) -> None:
        reference = sample_case.reference
        new_row(workbook, "Family log", told_row(reference, Relative="Шумова Мария"))
        new_row(workbook, "Family log", told_row(reference, **{"Told on": "2026-02-30"}))
        new_row(workbook, "Family log", told_row(reference, What="всё хорошо"))
        new_row(workbook, "Family log", told_row(reference, **{"Told by": ""}))

    edit(told, spoil)
    preview = plan(database, told)
    assert [(e.row, e.column) for e in preview.errors] == [
        (3, "Relative"),
        (4, "Told on"),
        (5, "What"),
        (6, "Told by"),
    ]
    assert "Шумова Мария" in preview.errors[0].reason
    assert preview.created == 0


def test_the_sheet_reads_back_with_calamine(told: Path) -> None:
    book = CalamineWorkbook.from_path(str(told))
    rows = book.get_sheet_by_name("Family log").to_python()
    entry = dict(zip(rows[0], rows[1], strict=False))
    assert (entry["Relative"], entry["Told by"], entry["How"]) == (OLGA, "Ирина", "call")
    assert (entry["What"], entry["Note"]) == ("inquiry sent", "обещали ответ через месяц")
    assert entry["Sought person"] == "" and entry["Override reason"] == ""


def test_a_deleted_entry_is_named_and_kept(
    database: Database, sample_case: SampleCase, told: Path
) -> None:
    def delete(workbook: Workbook) -> None:
        sheet = workbook["Family log"]
        sheet.delete_rows(find_row(sheet, "Relative", OLGA))

    edit(told, delete)
    assert (
        len(CalamineWorkbook.from_path(str(told)).get_sheet_by_name("Family log").to_python()) == 1
    )
    preview = plan(database, told)
    assert (preview.created, preview.errors) == (0, [])
    assert [(m.sheet, m.label) for m in preview.missing] == [
        ("Family log", f"{sample_case.reference} {OLGA}: inquiry sent, 12 May 2026")
    ]
    import_all(database, told)
    assert len(entries(database)) == 1


def notice_row(reference: str, **values: Any) -> dict[str, Any]:
    """A report of the death typed on the Reports sheet: the commissariat's notice."""
    row = {
        "Case reference": reference, "Person": "Ёлкин Пётр Ильич", "Claim": "killed",
        "Event date": date(2026, 4, 10), "Received on": date(2026, 6, 2),
        "Source kind": "official", "Source": "Военный комиссариат", "Reliability": "A",
        "Credibility": 1, "Summary": "извещение о гибели",
    }  # fmt: skip
    return row | values


def test_a_death_told_on_a_notice_the_same_workbook_adds_is_recorded(
    database: Database, rumour: Rumour
) -> None:
    """The gate judges the family log row against the reports as they will be once the
    workbook is imported: the notice typed on the Reports sheet is a basis."""

    def work(workbook: Workbook) -> None:
        new_row(workbook, "Reports", notice_row(rumour.reference))
        new_row(workbook, "Family log", told_row(
            rumour.reference, Relative="Ёлкина Анна", What="killed", Note=""))  # fmt: skip

    edit(rumour.path, work)
    preview = plan(database, rumour.path)
    assert (preview.errors, preview.created) == ([], 2)
    import_all(database, rumour.path)
    [entry] = entries(database)
    assert (entry.what, entry.override_reason) == (ToldWhat.KILLED, None)
    again = plan(database, rumour.path)
    assert (again.created, again.errors) == (0, [])


def test_a_death_told_on_a_weak_report_the_workbook_adds_is_still_refused(
    database: Database, rumour: Rumour
) -> None:
    def work(workbook: Workbook) -> None:
        weak = notice_row(rumour.reference, **{"Source kind": "media", "Reliability": "C"})
        new_row(workbook, "Reports", weak)
        new_row(workbook, "Family log", told_row(
            rumour.reference, Relative="Ёлкина Анна", What="killed", Note=""))  # fmt: skip

    edit(rumour.path, work)
    [error] = plan(database, rumour.path).errors
    assert (error.sheet, error.column) == ("Family log", "What")
    assert "cannot be told of a death yet" in error.reason


def test_the_apply_asks_the_gate_again_on_what_is_stored(
    database: Database, rumour: Rumour
) -> None:
    """The workbook grades the rumour A1, and the program changed that report meanwhile:
    keeping the program's grades leaves no basis, so nothing at all is imported."""

    def work(workbook: Workbook) -> None:
        reports = workbook["Reports"]
        row = find_row(reports, "Claim", "killed")
        set_cell(reports, row, "Reliability", "A")
        set_cell(reports, row, "Credibility", 1)
        new_row(workbook, "Family log", told_row(
            rumour.reference, Relative="Ёлкина Анна", What="killed", Note=""))  # fmt: skip

    edit(rumour.path, work)
    with database.write() as session:
        report = session.scalars(select(Report)).one()
        reports.update_report(session, ACTOR, report.id, None, place="Курская обл.")
    preview = plan(database, rumour.path)
    assert preview.errors == [] and preview.conflicts
    keep = {conflict.choice_key: Choice.KEEP_DATABASE for conflict in preview.conflicts}
    with pytest.raises(DisclosureRefused) as refused:
        import_all(database, rumour.path, keep)
    assert refused.value.message.startswith("Family log row ")
    assert "cannot be told of a death yet" in refused.value.message
    assert entries(database) == []
    take = {conflict.choice_key: Choice.TAKE_WORKBOOK for conflict in preview.conflicts}
    import_all(database, rumour.path, take)
    [entry] = entries(database)
    assert (entry.what, entry.override_reason) == (ToldWhat.KILLED, None)


@pytest.mark.parametrize("source", ["official", "media"])
def test_a_case_typed_offline_with_a_death_told_is_judged_in_the_preview(
    database: Database, rumour: Rumour, source: str
) -> None:
    def type_a_case(workbook: Workbook) -> None:
        new_case(workbook, "NEW-1", "Ёжиковы", "Ёжиков", "Илья")
        new_row(workbook, "Relatives", {
            "Case reference": "NEW-1", "Surname": "Ёжикова", "Given name": "Вера",
            "Relation": "mother",
        })  # fmt: skip
        graded = {"Source kind": source, "Reliability": "C"}
        new_row(workbook, "Reports", notice_row("NEW-1", Person="Ёжиков Илья", **graded))
        new_row(workbook, "Family log", told_row(
            "NEW-1", Relative="Ёжикова Вера", What="killed", Note=""))  # fmt: skip

    edit(rumour.path, type_a_case)
    preview = plan(database, rumour.path)
    if source == "media":
        [error] = preview.errors
        assert (error.sheet, error.column) == ("Family log", "What")
        return
    assert (preview.errors, preview.created) == ([], 5)
    import_all(database, rumour.path)
    [entry] = entries(database)
    assert (entry.what, entry.override_reason) == (ToldWhat.KILLED, None)
