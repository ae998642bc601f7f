"""Edits as the dialogs and undo steps make them: loaded, saved and written back in plain values."""

from __future__ import annotations

import pytest

from caseworker.db import Database
from caseworker.errors import NotFound, StaleRecord, ValidationError
from caseworker.services import cases, reports
from caseworker.services.edits import (
    EditableRecord,
    RecordKind,
    Saved,
    create_record,
    editable,
    editable_fields,
    reapply_edit,
    save_edit,
)
from caseworker.vocab import Credibility
from tests.conftest import ACTOR, SampleCase


def region_of(database: Database, case_id: int) -> str:
    with database.read() as session:
        return cases.get_case(session, case_id).region


def loaded(database: Database, kind: RecordKind, record_id: int) -> EditableRecord:
    """The record as an edit dialog loads it."""
    with database.read() as session:
        return editable(session, kind, record_id)


def load_and_save(
    database: Database, kind: RecordKind, record_id: int, **changes: object
) -> tuple[EditableRecord, Saved]:
    """The record as loaded, then saved with ``changes`` at the version loaded."""
    seen = loaded(database, kind, record_id)
    with database.write() as session:
        return seen, save_edit(session, ACTOR, kind, seen.id, seen.version, changes)


def test_editable_gives_the_fields_name_case_and_version(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        case = editable(session, RecordKind.CASE, sample_case.case_id)
        person = editable(session, RecordKind.PERSON, sample_case.person_id)
        relative = editable(session, RecordKind.RELATIVE, sample_case.relative_id)
        report = editable(session, RecordKind.REPORT, sample_case.killed_report_id)

    assert (case.name, case.case_id) == (sample_case.reference, sample_case.case_id)
    assert case.values["region"] == "Курская область"
    assert set(case.values) == set(editable_fields(RecordKind.CASE))
    assert (person.name, person.case_id) == ("Шумов Алексей Петрович", sample_case.case_id)
    assert relative.name == "Шумова Ольга Ёжиковна"
    assert (report.name, report.case_id) == ("Шумов Алексей Петрович", sample_case.case_id)
    assert report.values["credibility"] is Credibility.PROBABLY_TRUE
    assert {"event", "derived_from_id"} <= set(report.values)
    assert report.version >= 1


def test_editable_of_an_unknown_record_is_not_found(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound):
        editable(session, RecordKind.REPORT, 999)


def test_save_edit_saves_at_the_version_seen(database: Database, sample_case: SampleCase) -> None:
    seen, saved = load_and_save(
        database, RecordKind.CASE, sample_case.case_id, region="Брянская область"
    )

    assert dict(saved.values) == {"region": "Брянская область"}
    assert saved.version == seen.version + 1
    assert region_of(database, sample_case.case_id) == "Брянская область"


def test_save_edit_refuses_a_record_changed_since(
    database: Database, sample_case: SampleCase
) -> None:
    seen = loaded(database, RecordKind.CASE, sample_case.case_id)
    with database.write() as session:
        cases.update_case(session, "другой", seen.id, seen.version, notes="Позвонили")

    with database.write() as session, pytest.raises(StaleRecord):
        save_edit(session, ACTOR, RecordKind.CASE, seen.id, seen.version, {"region": "Тверская"})
    assert region_of(database, sample_case.case_id) == "Курская область"


def test_save_edit_names_a_wrong_value(database: Database, sample_case: SampleCase) -> None:
    seen = loaded(database, RecordKind.CASE, sample_case.case_id)
    with database.write() as session, pytest.raises(ValidationError) as raised:
        save_edit(session, ACTOR, RecordKind.CASE, seen.id, seen.version, {"family_name": ""})
    assert raised.value.field == "family_name"


def test_reapply_writes_back_when_the_fields_are_untouched(
    database: Database, sample_case: SampleCase
) -> None:
    seen, saved = load_and_save(
        database, RecordKind.REPORT, sample_case.killed_report_id, credibility="4"
    )
    # Someone else edits another field: the undo still goes through.
    with database.write() as session:
        reports.update_report(session, "другой", seen.id, saved.version, place="Курск")
    with database.write() as session:
        before = {"credibility": seen.values["credibility"]}
        undone = reapply_edit(session, ACTOR, RecordKind.REPORT, seen.id, saved.values, before)

    assert undone.values["credibility"] is Credibility.PROBABLY_TRUE
    with database.read() as session:
        report = reports.get_report(session, seen.id)
        assert (report.credibility, report.place) == (Credibility.PROBABLY_TRUE, "Курск")


def test_reapply_refuses_when_a_replaced_field_changed(
    database: Database, sample_case: SampleCase
) -> None:
    seen, saved = load_and_save(database, RecordKind.CASE, sample_case.case_id, region="Брянская")
    with database.write() as session:
        cases.update_case(session, "другой", seen.id, saved.version, region="Орловская")

    with database.write() as session, pytest.raises(StaleRecord):
        reapply_edit(
            session, ACTOR, RecordKind.CASE, seen.id, saved.values, {"region": "Курская область"}
        )
    assert region_of(database, sample_case.case_id) == "Орловская"


def test_reapply_to_a_missing_record_is_changed_meanwhile(database: Database) -> None:
    with database.write() as session, pytest.raises(StaleRecord):
        reapply_edit(session, ACTOR, RecordKind.RELATIVE, 999, {"phone": ""}, {"phone": "1"})


def test_create_record_adds_and_gives_back_the_new_record(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        values = {"claim": "captured", "event": "04.2026", "source_kind": "comrade"}
        made = create_record(session, ACTOR, RecordKind.REPORT, sample_case.person_id, values)

    assert (made.case_id, made.name) == (sample_case.case_id, "Шумов Алексей Петрович")
    assert made.values["received_on"] is not None  # today, when not given
    with database.read() as session:
        assert reports.get_report(session, made.id).person_id == sample_case.person_id


def test_create_record_opens_a_case_under_a_reference(database: Database) -> None:
    with database.write() as session:
        values = {"family_name": "Гусевы", "opened_on": "2026-05-01"}
        made = create_record(session, ACTOR, RecordKind.CASE, None, values)

    assert made.name == "2026-0001" and made.case_id == made.id


def test_create_record_names_a_missing_value_and_an_unknown_owner(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session, pytest.raises(ValidationError) as raised:
        create_record(session, ACTOR, RecordKind.PERSON, sample_case.case_id, {"surname": ""})
    assert raised.value.field == "surname"
    with database.write() as session, pytest.raises(NotFound):
        create_record(session, ACTOR, RecordKind.RELATIVE, 999, {"surname": "Иванова"})
