"""Which sought persons are linked as the same man: read side, light (no matching).

A link is a :class:`MatchDecision` on two sought persons: ``person_id`` the lower id,
``other_person_id`` the higher, no list entry and no report (written by
:func:`caseworker.services.matching.links.link_persons`). The latest row of a pair stands,
unless it is a withdrawal: then the pair is undecided. Persons joined by standing "same"
links, also through a chain (A–B, B–C), form one linked group. This module stays outside
:mod:`caseworker.services.matching` so that the case view reads the links without importing
the matcher (name tables, rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.models import Case, MatchDecision, SoughtPerson
from caseworker.services.case_overview import CaseOverview, case_overview

Pair = tuple[int, int]


@dataclass(frozen=True, slots=True)
class LinkedPerson:
    """A sought person linked to another as the same man (directly or through a chain)."""

    person_id: int
    full_name: str
    case_id: int
    case_reference: str


def pair_of(person_id: int, other_id: int) -> Pair:
    """The pair as recorded: the lower id first. Raises nothing."""
    return (person_id, other_id) if person_id < other_id else (other_id, person_id)


def standing(rows: Iterable[MatchDecision]) -> dict[Pair, MatchDecision]:
    """The decision that stands on each pair of persons among ``rows`` (all rows of a pair):
    its latest row, unless that is a withdrawal. Raises nothing."""
    latest: dict[Pair, MatchDecision] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.other_person_id is not None:
            latest[row.person_id, row.other_person_id] = row
    return {pair: row for pair, row in latest.items() if not row.withdrawal}


def all_standing(session: Session) -> dict[Pair, MatchDecision]:
    """Every pair of persons with a standing decision (for the search of duplicates).
    Raises nothing."""
    query = select(MatchDecision).where(MatchDecision.other_person_id.is_not(None))
    return standing(session.scalars(query))


def _touching(session: Session, person_ids: Collection[int]) -> list[MatchDecision]:
    rows: list[MatchDecision] = []
    for chunk in chunks(sorted(person_ids)):
        query = select(MatchDecision).where(
            MatchDecision.other_person_id.is_not(None),
            or_(MatchDecision.person_id.in_(chunk), MatchDecision.other_person_id.in_(chunk)),
        )
        rows.extend(session.scalars(query))
    return rows


def _around(session: Session, start: Collection[int]) -> dict[Pair, MatchDecision]:
    """The standing decisions on every pair touching the linked groups of ``start``: one
    query per step along the chains."""
    found: dict[Pair, MatchDecision] = {}
    reached, frontier = set(start), set(start)
    while frontier:
        found.update(standing(_touching(session, frontier)))
        linked = {person for pair, row in found.items() if row.same for person in pair}
        frontier = linked - reached
        reached |= frontier
    return found


def groups(
    decisions: Mapping[Pair, MatchDecision], leave_out: Pair | None = None
) -> dict[int, int]:
    """Each linked person's group, named by its lowest id, from the standing ``same`` links
    (but ``leave_out``). A person in no link is in none. Raises nothing."""
    parent: dict[int, int] = {}

    def root(person: int) -> int:
        parent.setdefault(person, person)
        while parent[person] != person:
            parent[person] = parent[parent[person]]
            person = parent[person]
        return person

    for pair, row in decisions.items():
        if row.same and pair != leave_out:
            low, high = sorted((root(pair[0]), root(pair[1])))
            parent[high] = low
    return {person: root(person) for person in list(parent)}


def _group_of(person_id: int, linked: Mapping[int, int]) -> set[int]:
    if person_id not in linked:
        return {person_id}
    return {p for p, group in linked.items() if group == linked[person_id]}


def _named(session: Session, person_ids: Collection[int]) -> dict[int, LinkedPerson]:
    found: dict[int, LinkedPerson] = {}
    for chunk in chunks(sorted(person_ids)):
        query = (
            select(SoughtPerson, Case.reference)
            .join(Case, Case.id == SoughtPerson.case_id)
            .where(SoughtPerson.id.in_(chunk))
        )
        for person, reference in session.execute(query):
            found[person.id] = LinkedPerson(person.id, person.full_name, person.case_id, reference)
    return found


def _ordered(persons: Iterable[LinkedPerson]) -> tuple[LinkedPerson, ...]:
    return tuple(sorted(persons, key=lambda p: (p.case_reference, p.person_id)))


def linked_persons(session: Session, person_id: int) -> tuple[LinkedPerson, ...]:
    """The persons linked to ``person_id`` as the same man, directly or through a chain, with
    their cases, by case reference; empty when none. Raises nothing (an unknown id has none)."""
    linked = groups(_around(session, {person_id}))
    others = _group_of(person_id, linked) - {person_id}
    return _ordered(_named(session, others).values())


def links_in_case(session: Session, case_id: int) -> dict[int, tuple[LinkedPerson, ...]]:
    """For each sought person of case ``case_id`` who is linked, the persons linked to them
    (as :func:`linked_persons`). Raises nothing."""
    own = set(session.scalars(select(SoughtPerson.id).where(SoughtPerson.case_id == case_id)))
    linked = groups(_around(session, own))
    others = {p: _group_of(p, linked) - {p} for p in own if p in linked}
    named = _named(session, set().union(*others.values())) if others else {}
    return {p: _ordered(named[o] for o in group if o in named) for p, group in others.items()}


def case_with_links(
    session: Session, case_id: int
) -> tuple[CaseOverview, dict[int, tuple[LinkedPerson, ...]]]:
    """The case as the case view shows it, with its persons' links (:func:`links_in_case`).
    Raises :class:`NotFound` when there is no such case."""
    return case_overview(session, case_id), links_in_case(session, case_id)
