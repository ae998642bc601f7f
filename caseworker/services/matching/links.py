"""Links between sought persons: "the same person" with a written justification, or "not the
same", never a destructive merge.

A link is a :class:`MatchDecision` on two sought persons: ``person_id`` the lower id,
``other_person_id`` the higher, no list entry and no report, ``person_fingerprint`` and
``left_fingerprint`` the identity of each when decided (as for a list entry's decisions). The
latest row of a pair stands, unless it is a withdrawal (``withdraw_decision`` in
:mod:`.decisions`): then the pair is undecided. Persons joined by standing "same" links, also
through a chain (A–B, B–C), form one linked group: one man sought by two families, or entered
twice. A standing "not the same" between any two persons keeps their groups apart: a link
that would join them is refused.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import AuditEntry, Case, MatchDecision, SoughtPerson
from caseworker.services.analysis_inputs import chunks
from caseworker.services.matching.decisions import ENTITY, person_fingerprint
from caseworker.services.persons import get_person

Pair = tuple[int, int]


@dataclass(frozen=True, slots=True)
class LinkedPerson:
    """A sought person linked to another as the same man (directly or through a chain)."""

    person_id: int
    full_name: str
    case_id: int
    case_reference: str


def pair_of(person_id: int, other_id: int) -> Pair:
    """The pair as recorded: the lower id first."""
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
    """Every pair of persons with a standing decision (for the search of duplicates)."""
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


def _refuse_join(
    session: Session, decisions: Mapping[Pair, MatchDecision], members: set[int], pair: Pair
) -> None:
    """Refuse when a standing "not the same" other than on ``pair`` has both persons among
    ``members`` (the two groups a link would join)."""
    for (one, two), row in sorted(decisions.items()):
        if not row.same and (one, two) != pair and one in members and two in members:
            named = _named(session, {one, two})
            raise ValidationError(
                translate(
                    "Matching",
                    "These two cannot be linked: the link would make one man of {one} (case "
                    "{one_case}) and {two} (case {two_case}), recorded as not the same person. "
                    "Withdraw that decision first if it was wrong.",
                ).format(
                    one=named[one].full_name,
                    one_case=named[one].case_reference,
                    two=named[two].full_name,
                    two_case=named[two].case_reference,
                )
            )


def _audit(session: Session, actor: str, decision: MatchDecision) -> None:
    values = {
        "person_id": decision.person_id,
        "other_person_id": decision.other_person_id,
        "same": decision.same,
        "reason": decision.reason,
    }
    session.add(
        AuditEntry(
            actor=actor,
            action="create",
            entity=ENTITY,
            entity_id=decision.id,
            entity_uuid=decision.uuid,
            field="",
            old_value=None,
            new_value=json.dumps(values, ensure_ascii=False, sort_keys=True),
            note="",
        )
    )


def _checked_reason(reason: str, same: bool) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            translate("Matching", "Write why these are the same person: the reason is kept.")
            if same
            else translate(
                "Matching", "Write why these are not the same person: the reason is kept."
            ),
            field="reason",
        )
    return reason


def link_persons(
    session: Session, actor: str, person_id: int, other_id: int, same: bool, reason: str
) -> MatchDecision:
    """Record that sought persons ``person_id`` and ``other_id`` are (``same``) or are not the
    same man, with the reason; nothing is merged. "Not the same" keeps both identities'
    fingerprints: the pair is not proposed again as a duplicate while neither changes.

    The same decision made again returns the standing one and creates nothing ("same" while
    the pair is linked; "not the same" while both identities are unchanged). A decision on
    the pair replaces the earlier one on it (the row stays). Audited.

    Raises :class:`NotFound` for an unknown person, :class:`ValidationError` for a person and
    himself, for an empty reason, for "same" when the two linked groups would join persons
    recorded as not the same, and for "not the same" when other links join the two already.
    """
    if person_id == other_id:
        raise ValidationError(
            translate("Matching", "A person cannot be linked to himself: choose two persons.")
        )
    low, high = pair_of(person_id, other_id)
    first, second = get_person(session, low), get_person(session, high)
    reason = _checked_reason(reason, same)
    decisions = _around(session, {low, high})
    marks = (person_fingerprint(first), person_fingerprint(second))
    earlier = decisions.get((low, high))
    unchanged = (
        earlier is not None and (earlier.person_fingerprint, earlier.left_fingerprint) == marks
    )
    if earlier is not None and earlier.same == same and (same or unchanged):
        return earlier
    linked = groups(decisions, leave_out=(low, high))
    one, two = _group_of(low, linked), _group_of(high, linked)
    if same:
        _refuse_join(session, decisions, one | two, (low, high))
    elif high in one:
        raise ValidationError(
            translate(
                "Matching",
                "{one} and {two} (case {case}) are linked as the same person through other "
                "links. Withdraw one of those links first.",
            ).format(one=first.full_name, two=second.full_name, case=second.case.reference)
        )
    decision = MatchDecision(
        entry_id=None,
        other_person_id=high,
        person_id=low,
        same=same,
        reason=reason,
        person_fingerprint=marks[0],
        left_fingerprint=marks[1],
        report_id=None,
        decided_by=actor,
    )
    session.add(decision)
    session.flush()
    _audit(session, actor, decision)
    return decision
