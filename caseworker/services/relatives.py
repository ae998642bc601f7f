"""Relatives: the family members in contact with us, their consent and DNA samples."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.models import Relative
from caseworker.services import audit, fields, records, search
from caseworker.services.cases import get_case
from caseworker.text import checked_phone
from caseworker.vocab import Relation


def relative_fields() -> fields.FieldSpec:
    """The cleaners of a relative's fields.

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "surname": fields.required_name("surname", translate("Fields", "The surname")),
        "given_name": fields.text,
        "patronymic": fields.text,
        "relation": fields.choice(Relation, Relation.OTHER, translate("Fields", "relation")),
        "relation_note": fields.text,
        # Kept as typed once it is a phone number; search compares its digits.
        "phone": lambda value: checked_phone(None if value is None else str(value)),
        "email": fields.text,
        "address": fields.text,
        "consent_on": fields.day(translate("Fields", "Consent date")),
        "consent_scope": fields.text,
        "dna_collected_on": fields.day(translate("Fields", "DNA sample collected on")),
        "dna_lab": fields.text,
        "dna_sample_ref": fields.text,
        "notes": fields.note,
    }


def add_relative(session: Session, actor: str, case_id: int, **values: Any) -> Relative:
    """Add a relative to a case.

    Raises :class:`NotFound` when the case does not exist, :class:`ValidationError` naming the field
    when the surname is missing, the phone is not a phone number or a choice is not one of the list,
    :class:`InvalidDate` when a date cannot be read or lies in the future.
    """
    case = get_case(session, case_id)
    cleaned = fields.clean_all(relative_fields(), values, only_given=False)
    relative = Relative(case_id=case.id, **cleaned)
    session.add(relative)
    audit.record_creation(session, actor, relative, cleaned)
    search.index_relative(session, relative)
    return relative


def update_relative(
    session: Session, actor: str, relative_id: int, expected_version: int | None, **changes: Any
) -> Relative:
    """Change a relative's fields (audited).

    Raises :class:`NotFound` when the relative does not exist, :class:`StaleRecord` when someone
    changed them since ``expected_version``, :class:`ValidationError` or :class:`InvalidDate` naming
    the field when a value is wrong.
    """
    relative = get_relative(session, relative_id)
    if records.apply_changes(
        session, actor, relative, expected_version, relative_fields(), changes
    ):
        search.index_relative(session, relative)
    return relative


def get_relative(session: Session, relative_id: int) -> Relative:
    """The relative by their id. Raises :class:`NotFound` when there is no such relative."""
    return records.load(session, Relative, relative_id, translate("Records", "Relative"))
