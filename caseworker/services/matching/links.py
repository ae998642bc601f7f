"""Links between sought persons: "the same person" with a written justification, or "not the
same", never a destructive merge.

A link is a :class:`MatchDecision` on two sought persons: ``person_id`` the lower id,
``other_person_id`` the higher, no list entry and no report, ``person_fingerprint`` and
``left_fingerprint`` the identity of each when decided (as for a list entry's decisions). The
latest row of a pair stands, unless it is a withdrawal (``withdraw_decision`` in
:mod:`.decisions`): then the pair is undecided. Persons joined by standing "same" links, also
through a chain (A–B, B–C), form one linked group: one man sought by two families, or entered
twice. A standing "not the same" between any two persons keeps their groups apart: a link
that would join them is refused. Reading the links is :mod:`caseworker.services.person_links`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import AuditEntry, MatchDecision
from caseworker.services.matching.decisions import ENTITY, person_fingerprint
from caseworker.services.person_links import (
    LinkedPerson,
    Pair,
    _around,
    _group_of,
    _named,
    all_standing,
    groups,
    linked_persons,
    links_in_case,
    pair_of,
    standing,
)
from caseworker.services.persons import get_person

__all__ = [
    "LinkedPerson",
    "Pair",
    "all_standing",
    "groups",
    "link_persons",
    "linked_persons",
    "links_in_case",
    "pair_of",
    "standing",
]


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
