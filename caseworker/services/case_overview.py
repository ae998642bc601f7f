"""The open case as the case view shows it: its header, its relatives and its sought persons.

Everything comes back as frozen values (no database rows), read in the caller's session in
three queries (the case, its relatives, its persons), whatever the number of people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import Relative, SoughtPerson
from caseworker.services.cases import get_case
from caseworker.vocab import CaseStatus, OfficialStatus, Relation


@dataclass(frozen=True, slots=True)
class RelativeEntry:
    """A relative as listed in the case view."""

    id: int
    full_name: str
    relation: Relation
    relation_note: str
    phone: str
    consent_on: date | None
    consent_scope: str
    dna_collected_on: date | None
    dna_sample_ref: str
    dna_lab: str


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A sought person as listed in the case view and shown in its Details tab."""

    id: int
    full_name: str
    name_variants: str
    birth_date: EventDate | None
    birth_place: str
    service_number: str
    rank: str
    unit: str
    position: str
    call_sign: str
    last_contact_on: date | None
    last_contact_place: str
    last_contact_channel: str
    official_status: OfficialStatus
    official_status_on: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class CaseOverview:
    """A case's header fields with its relatives and sought persons, each in entry order."""

    id: int
    reference: str
    family_name: str
    region: str
    status: CaseStatus
    assigned_to: str
    opened_on: date
    next_action: str
    next_action_due: date | None
    notes: str
    relatives: tuple[RelativeEntry, ...]
    persons: tuple[PersonEntry, ...]

    @property
    def person_count(self) -> int:
        return len(self.persons)

    @property
    def relative_count(self) -> int:
        return len(self.relatives)


def relative_entry(relative: Relative) -> RelativeEntry:
    """The relative as the case view lists it. Raises nothing."""
    return RelativeEntry(
        id=relative.id,
        full_name=relative.full_name,
        relation=relative.relation,
        relation_note=relative.relation_note,
        phone=relative.phone,
        consent_on=relative.consent_on,
        consent_scope=relative.consent_scope,
        dna_collected_on=relative.dna_collected_on,
        dna_sample_ref=relative.dna_sample_ref,
        dna_lab=relative.dna_lab,
    )


def person_entry(person: SoughtPerson) -> PersonEntry:
    """The sought person as the case view lists it. Raises nothing."""
    return PersonEntry(
        id=person.id,
        full_name=person.full_name,
        name_variants=person.name_variants,
        birth_date=person.birth_date,
        birth_place=person.birth_place,
        service_number=person.service_number,
        rank=person.rank,
        unit=person.unit,
        position=person.position,
        call_sign=person.call_sign,
        last_contact_on=person.last_contact_on,
        last_contact_place=person.last_contact_place,
        last_contact_channel=person.last_contact_channel,
        official_status=person.official_status,
        official_status_on=person.official_status_on,
        notes=person.notes,
    )


def case_overview(session: Session, case_id: int) -> CaseOverview:
    """The case with its relatives and sought persons, as plain values.

    Raises :class:`NotFound` when there is no such case.
    """
    case = get_case(session, case_id)
    relatives = session.scalars(
        select(Relative).where(Relative.case_id == case_id).order_by(Relative.id)
    )
    persons = session.scalars(
        select(SoughtPerson).where(SoughtPerson.case_id == case_id).order_by(SoughtPerson.id)
    )
    return CaseOverview(
        id=case.id,
        reference=case.reference,
        family_name=case.family_name,
        region=case.region,
        status=case.status,
        assigned_to=case.assigned_to,
        opened_on=case.opened_on,
        next_action=case.next_action,
        next_action_due=case.next_action_due,
        notes=case.notes,
        relatives=tuple(relative_entry(relative) for relative in relatives),
        persons=tuple(person_entry(person) for person in persons),
    )


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of a list to choose from: an id and the words shown for it."""

    id: int
    text: str


def person_choices(session: Session, case_id: int) -> list[Choice]:
    """The case's sought persons by full name, in entry order, to choose one from.

    Raises :class:`NotFound` when there is no such case.
    """
    get_case(session, case_id)
    persons = session.scalars(
        select(SoughtPerson).where(SoughtPerson.case_id == case_id).order_by(SoughtPerson.id)
    )
    return [Choice(person.id, person.full_name) for person in persons]
