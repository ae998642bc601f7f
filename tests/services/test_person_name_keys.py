"""A sought person's name keys follow the name on every path that writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from caseworker.db import Database
from caseworker.models import SoughtPerson
from caseworker.services import edits, persons
from caseworker.services.edits import RecordKind
from tests.conftest import ACTOR, SampleCase, add_person
from tests.xlsx.conftest import edit, export, find_row, import_all, new_case, set_cell


def keys(database: Database, person_id: int) -> tuple[str, str, str]:
    with database.read() as session:
        person = session.get(SoughtPerson, person_id)
        assert person is not None
        return person.surname_key, person.given_key, person.patronymic_key


def test_a_person_added_gets_the_keys_of_his_name(
    database: Database, sample_case: SampleCase
) -> None:
    assert keys(database, sample_case.person_id) == ("Sumov", "aleXeI", "petrovIC")
    with database.write() as session:
        person = add_person(session, sample_case.case_id, "Ковальов Олексій Миколайович")
        session.flush()
        person_id = person.id
    assert keys(database, person_id) == keys_of("Ковалёв", "Алексей", "Николаевич")
    with database.write() as session:
        person = add_person(session, sample_case.case_id, "Цой Ян")
        session.flush()
        person_id = person.id
    assert keys(database, person_id)[2] == ""


def keys_of(surname: str, given: str, patronymic: str) -> tuple[str, str, str]:
    from caseworker.names import NameField, name_key

    return (
        name_key(surname, NameField.SURNAME),
        name_key(given, NameField.GIVEN),
        name_key(patronymic, NameField.PATRONYMIC),
    )


def test_an_edit_and_its_undo_change_the_keys_back_and_forth(
    database: Database, sample_case: SampleCase
) -> None:
    before = keys(database, sample_case.person_id)
    with database.write() as session:
        saved = edits.save_edit(
            session, ACTOR, RecordKind.PERSON, sample_case.person_id, 1,
            {"surname": "Kravchuk", "patronymic": ""},
        )  # fmt: skip
    assert keys(database, sample_case.person_id) == ("kravCuk", "aleXeI", "")
    with database.write() as session:  # undo, as the window's undo stack does it
        edits.reapply_edit(
            session, ACTOR, RecordKind.PERSON, sample_case.person_id, saved.values,
            {"surname": "Шумов", "patronymic": "Петрович"},
        )  # fmt: skip
    assert keys(database, sample_case.person_id) == before


def test_an_update_through_the_service_changes_only_the_keys_of_what_changed(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        persons.update_person(session, ACTOR, sample_case.person_id, 1, given_name="Сергій")
    assert keys(database, sample_case.person_id) == ("Sumov", "serHeI", "petrovIC")


@pytest.mark.usefixtures("sample_case")
def test_a_person_imported_from_a_workbook_gets_keys(database: Database, tmp_path: Path) -> None:
    exported = export(database, tmp_path / "cases.xlsx")

    def changes(workbook: Workbook) -> None:
        new_case(workbook, "2026-0002", "Кравчуки", "Кравчук", "Євген")
        sheet = workbook["Persons"]
        set_cell(sheet, find_row(sheet, "Surname", "Шумов"), "Surname", "Shumov-Yolkin")

    edit(exported, changes)
    import_all(database, exported)
    with database.read() as session:
        found = {
            p.surname: (p.surname_key, p.given_key) for p in session.scalars(select(SoughtPerson))
        }
    assert found["Кравчук"] == keys_of("Кравчук", "Евгений", "")[:2]
    assert found["Shumov-Yolkin"] == keys_of("Шумов-Ёлкин", "Алексей", "")[:2]
