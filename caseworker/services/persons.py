"""Sought persons: add and edit the servicemen and -women a case is looking for."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.models import SoughtPerson
from caseworker.services import audit, fields, records, search
from caseworker.services.cases import get_case, refresh_case_summary
from caseworker.vocab import OfficialStatus


def person_fields() -> fields.FieldSpec:
    """The cleaners of a sought person's fields.

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "surname": fields.required_name("surname", translate("Fields", "The surname")),
        "given_name": fields.required_name("given_name", translate("Fields", "The given name")),
        "patronymic": fields.text,
        "name_variants": fields.text,
        "birth_date": fields.birth,
        "birth_place": fields.text,
        # Kept as typed ("АБ-123 456"); search compares its normalised form.
        "service_number": fields.text,
        "rank": fields.text,
        "unit": fields.text,
        "position": fields.text,
        "call_sign": fields.text,
        "last_contact_on": fields.day(translate("Fields", "Last contact")),
        "last_contact_place": fields.text,
        "last_contact_channel": fields.text,
        "official_status": fields.choice(
            OfficialStatus, OfficialStatus.NOT_REPORTED, translate("Fields", "official status")
        ),
        "official_status_on": fields.day(translate("Fields", "Official status date")),
        "notes": fields.note,
    }


def add_person(session: Session, actor: str, case_id: int, **values: Any) -> SoughtPerson:
    """Add a sought person to a case.

    Raises :class:`NotFound` when the case does not exist, :class:`ValidationError` naming the field
    when a name is missing or a choice is not one of the list, :class:`InvalidDate` when a date
    cannot be read or lies in the future.
    """
    case = get_case(session, case_id)
    cleaned = fields.clean_all(person_fields(), values, only_given=False)
    person = SoughtPerson(case_id=case.id, **cleaned)
    session.add(person)
    audit.record_creation(session, actor, person, cleaned)
    search.index_person(session, person)
    refresh_case_summary(session, case.id)
    return person


def update_person(
    session: Session, actor: str, person_id: int, expected_version: int | None, **changes: Any
) -> SoughtPerson:
    """Change a sought person's fields (audited).

    Raises :class:`NotFound` when the person does not exist, :class:`StaleRecord` when someone
    changed them since ``expected_version``, :class:`ValidationError` or :class:`InvalidDate` naming
    the field when a value is wrong.
    """
    person = get_person(session, person_id)
    if records.apply_changes(session, actor, person, expected_version, person_fields(), changes):
        search.index_person(session, person)
        refresh_case_summary(session, person.case_id)
    return person


def get_person(session: Session, person_id: int) -> SoughtPerson:
    """The sought person by their id. Raises :class:`NotFound` when there is no such person."""
    return records.load(session, SoughtPerson, person_id, translate("Records", "Sought person"))
