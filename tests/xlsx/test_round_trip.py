"""Export, edit the workbook as a person would, import: the database holds the edits only."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from caseworker.db import Database
from caseworker.models import AuditEntry, Case, Relative, Report, SoughtPerson
from caseworker.xlsx.importing.reader import file_sha256
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import export, find_row, import_all, plan, set_cell


def snapshot(database: Database) -> dict[str, dict[str, Any]]:
    """Every case, relative, person and report by key, without timestamps and summaries."""
    found: dict[str, dict[str, Any]] = {}
    with database.read() as session:
        for model in (Case, Relative, SoughtPerson, Report):
            for row in session.execute(select(model.__table__)):
                values = dict(row._mapping)
                values.pop("updated_at")
                # The case list's summary follows the persons and reports.
                values.pop("persons_label", None)
                values.pop("persons_sort", None)
                values.pop("last_report_on", None)
                found[values["uuid"]] = values
    return found


def edit_workbook(path: Path, sample: SampleCase) -> None:
    from openpyxl import load_workbook

    workbook: Workbook = load_workbook(path)
    reports = workbook["Reports"]
    row = find_row(reports, "Claim", "killed")
    set_cell(reports, row, "Place", "Курская обл., с. Ивановка")
    new = reports.max_row + 1
    for header, value in {
        "Case reference": sample.reference, "Person": "Шумов Алексей Петрович",
        "Claim": "captured", "Event date": date(2026, 4, 20), "Received on": "21.04.2026",
        "Source kind": "published_list", "Source": "список обмена №3", "Reliability": "B",
        "Credibility": 2, "Summary": "В списке пленных",
    }.items():  # fmt: skip
        set_cell(reports, new, header, value)
    persons = workbook["Persons"]
    set_cell(persons, find_row(persons, "Surname", "Шумов"), "Surname", "Шумов-Ёлкин")
    relatives = workbook["Relatives"]
    relatives.delete_rows(find_row(relatives, "Surname", "Шумова"))
    workbook.save(path)


def test_round_trip_keeps_the_edits_and_nothing_else(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    before = snapshot(database)
    edit_workbook(exported, sample_case)
    preview = plan(database, exported)
    assert preview.errors == [] and preview.conflicts == []
    assert (preview.created, preview.updated, preview.unchanged) == (1, 2, 2)
    assert [m.sheet for m in preview.missing] == ["Relatives"]
    import_all(database, exported)
    after = snapshot(database)

    with database.read() as session:
        killed = session.get(Report, sample_case.killed_report_id)
        person = session.get(SoughtPerson, sample_case.person_id)
        assert killed is not None and person is not None
        assert killed.place == "Курская обл., с. Ивановка"
        assert person.surname == "Шумов-Ёлкин"
        new = session.scalars(select(Report).where(Report.claim == "captured")).one()
        assert new.person_id == person.id
        assert (new.event_from, new.received_on) == (date(2026, 4, 20), date(2026, 4, 21))
        assert (new.reliability, new.credibility, new.summary) == ("B", "2", "В списке пленных")
        notes = session.scalars(select(AuditEntry.note).where(AuditEntry.action == "import"))
        assert set(notes) == {f"import cases.xlsx sha256={file_sha256(exported)}"}

    assert sample_case.relative_id in {v["id"] for v in after.values() if "relation" in v}
    changed = {key for key in before if before[key] != after[key]}
    assert changed == {killed.uuid, person.uuid}
    assert set(after) - set(before) == {new.uuid}


@pytest.mark.usefixtures("sample_case")
def test_dates_and_cyrillic_survive(database: Database, exported: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(exported)
    persons = workbook["Persons"]
    row = find_row(persons, "Surname", "Шумов")
    assert persons.cell(row, 1).value  # the hidden key
    cases = workbook["Cases"]
    opened = cases.cell(find_row(cases, "Family", "Шумовы"), 11).value
    assert opened is not None and opened.date() == date(2026, 5, 10)
    assert plan(database, exported).unchanged == 5


def test_text_pasted_with_control_characters_comes_back_unchanged(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """Characters a workbook cannot hold are dropped when typed, not only when exported."""
    from caseworker.services import reports

    with database.write() as session:
        added = reports.add_report(
            session, ACTOR, sample_case.person_id, claim="alive", event="2026-04-10",
            source_kind="family", source_name="сосед\x01по палате", place="Белгород\x0b",
            summary="Звонил\x07 из госпиталя\x00.\nВторая строка\tс табуляцией\x1f",
        )  # fmt: skip
        assert (added.source_name, added.place) == ("соседпо палате", "Белгород")
        assert added.summary == "Звонил из госпиталя.\nВторая строка\tс табуляцией"
    exported = export(database, tmp_path / "cases.xlsx")
    preview = plan(database, exported)
    assert (preview.created, preview.updated, preview.errors) == (0, 0, [])
    assert preview.unchanged == 6


def test_a_birth_year_goes_out_and_comes_back_as_a_year(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from caseworker.dates import birth_text
    from caseworker.services import persons

    with database.write() as session:
        persons.update_person(session, ACTOR, sample_case.person_id, None, birth_date="1990")
    path = export(database, tmp_path / "cases.xlsx")
    sheet = load_workbook(path)["Persons"]
    row = find_row(sheet, "Surname", "Шумов")
    assert sheet.cell(row, 1 + [c.value for c in sheet[1]].index("Born on")).value == "1990"
    untouched = plan(database, path)
    assert (untouched.created, untouched.updated) == (0, 0)

    workbook = load_workbook(path)
    set_cell(workbook["Persons"], row, "Born on", "05.1991")
    workbook.save(path)
    import_all(database, path)
    with database.read() as session:
        assert (
            birth_text(persons.get_person(session, sample_case.person_id).birth_date) == "05.1991"
        )
