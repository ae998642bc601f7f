"""Addressees: the directory of offices that inquiries go to, with their deadline rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import NotFound, ValidationError
from caseworker.i18n import translate
from caseworker.inquiries.deadlines import rule_for
from caseworker.inquiries.starter import FEDERAL_OFFICES
from caseworker.models import Addressee
from caseworker.services import audit, fields, records
from caseworker.vocab import AddresseeKind


def _days(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        days = int(str(value).strip())
    except ValueError:
        days = 0
    if not 1 <= days <= 365:
        raise ValidationError(
            translate("Inquiries", "The days for an answer must be a whole number from 1 to 365."),
            field="deadline_days",
        )
    return days


def _flag(value: Any) -> bool:
    return bool(value)


def addressee_fields() -> fields.FieldSpec:
    """The cleaners of an addressee's fields.

    Raises nothing; the cleaners raise :class:`ValidationError`.
    """
    return {
        "name": fields.required_name("name", translate("Inquiries", "The addressee's name")),
        "kind": fields.choice(AddresseeKind, None, translate("Inquiries", "kind of addressee")),
        "regional": _flag,
        "postal_address": fields.note,
        "email": fields.text,
        "portal": fields.text,
        "deadline_days": _days,
        "sensitive": _flag,
        "notes": fields.note,
    }


@dataclass(frozen=True)
class AddresseeLine:
    """An addressee as the window and the command line show it; ``days``: the days its
    rule gives for an answer (its own, else its kind's), ``legal``: a law sets them."""

    id: int
    version: int
    name: str
    kind: AddresseeKind
    regional: bool
    postal_address: str
    email: str
    portal: str
    deadline_days: int | None
    days: int
    legal: bool
    sensitive: bool


def _line(addressee: Addressee) -> AddresseeLine:
    rule = rule_for(addressee.kind, addressee.deadline_days)
    return AddresseeLine(
        id=addressee.id,
        version=addressee.version,
        name=addressee.name,
        kind=addressee.kind,
        regional=addressee.regional,
        postal_address=addressee.postal_address,
        email=addressee.email,
        portal=addressee.portal,
        deadline_days=addressee.deadline_days,
        days=rule.days,
        legal=rule.legal,
        sensitive=addressee.sensitive,
    )


def _named(session: Session, name: str, other_than: int | None = None) -> Addressee | None:
    """The addressee of this name, letter case aside (SQLite's lower() knows only ASCII,
    so the comparison is Python's; the directory holds a few hundred offices at most)."""
    wanted = name.strip().casefold()
    for addressee in session.scalars(select(Addressee).order_by(Addressee.id)):
        if addressee.name.casefold() == wanted and addressee.id != other_than:
            return addressee
    return None


def _refuse_same_name(session: Session, name: str, other_than: int | None = None) -> None:
    if _named(session, name, other_than) is not None:
        raise ValidationError(
            translate("Inquiries", "There is already an addressee named “{name}”.").format(
                name=name
            ),
            field="name",
        )


def add_addressee(session: Session, actor: str, **values: Any) -> Addressee:
    """Add an office to the directory.

    Raises :class:`ValidationError` naming the field when the name is missing or already
    taken, the kind is not one of the list, or the days are not a number from 1 to 365.
    """
    cleaned = fields.clean_all(addressee_fields(), values, only_given=False)
    _refuse_same_name(session, cleaned["name"])
    addressee = Addressee(**cleaned)
    session.add(addressee)
    audit.record_creation(session, actor, addressee, cleaned)
    return addressee


def update_addressee(
    session: Session, actor: str, addressee_id: int, expected_version: int | None, **changes: Any
) -> Addressee:
    """Change an addressee's fields (audited).

    Raises :class:`NotFound` when there is no such addressee, :class:`StaleRecord` when
    someone changed it since ``expected_version``, :class:`ValidationError` naming the field
    when a value is wrong or the new name is already taken.
    """
    addressee = get_addressee(session, addressee_id)
    if "name" in changes:
        name = addressee_fields()["name"](changes["name"])
        _refuse_same_name(session, name, addressee.id)
    records.apply_changes(session, actor, addressee, expected_version, addressee_fields(), changes)
    return addressee


def get_addressee(session: Session, addressee_id: int) -> Addressee:
    """The addressee by its id. Raises :class:`NotFound` when there is no such addressee."""
    return records.load(session, Addressee, addressee_id, translate("Inquiries", "Addressee"))


def find_addressee(session: Session, id_or_name: str) -> Addressee:
    """The addressee with this id, or with exactly this name (letter case aside).

    Raises :class:`NotFound` when there is none.
    """
    text = id_or_name.strip()
    found = session.get(Addressee, int(text)) if text.isdigit() else _named(session, text)
    if found is None:
        raise NotFound(translate("Inquiries", "There is no addressee “{name}”.").format(name=text))
    return found


def addressee_lines(session: Session) -> list[AddresseeLine]:
    """Every addressee, by name. Raises nothing."""
    return [_line(a) for a in session.scalars(select(Addressee).order_by(Addressee.name))]


def addressee_line(session: Session, addressee_id: int) -> AddresseeLine:
    """One addressee as shown. Raises :class:`NotFound` when there is no such addressee."""
    return _line(get_addressee(session, addressee_id))


def add_starter_addressees(session: Session, actor: str) -> int:
    """Add the federal offices of the starter set that the directory lacks (by name).

    Running it again adds nothing. Returns how many were added. Raises nothing.
    """
    added = 0
    for office in FEDERAL_OFFICES:
        if _named(session, office.name) is None:
            add_addressee(
                session,
                actor,
                name=office.name,
                kind=office.kind,
                postal_address=office.postal_address,
                portal=office.portal,
            )
            added += 1
    return added
