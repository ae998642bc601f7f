"""Links between sought persons: "the same person" with a written justification, or "not the
same", never a destructive merge.

A link is a :class:`MatchDecision` on two sought persons: ``person_id`` the lower id,
``other_person_id`` the higher, no list entry and no report, ``person_fingerprint`` and
``left_fingerprint`` the identity of each when decided (as for a list entry's decisions). The
latest row of a pair stands, unless it is a withdrawal (``withdraw_decision`` in
:mod:`.decisions`): then the pair is undecided. Persons joined by standing "same" links, also
through a chain (A–B, B–C), form one linked group: one man sought by two families, or entered
twice. Reading the links is :mod:`caseworker.services.person_links`.

One rule for "not the same", here and in the search of duplicates (:func:`keeps_apart`): a
standing "not the same" keeps its two persons, and their linked groups, apart while both
identities are as they were when it was decided. Then no pair across the two groups is
proposed as a duplicate, and a link that would join them is refused (but a decision on the
pair itself, which replaces it). Once either identity changes (names, birth date, service
number: what the fingerprint holds) the decision no longer keeps them apart: the pair, and the
pairs across the two groups, may be proposed again, shown with the earlier reason, and a link
joining them is allowed; the caseworker decides again with that reason before them. A
withdrawn "not the same" keeps nothing apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import MatchDecision, SoughtPerson
from caseworker.services import audit
from caseworker.services.matching.decisions import person_fingerprint
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
    "earlier_reasons",
    "groups",
    "keeps_apart",
    "link_persons",
    "linked_persons",
    "links_in_case",
    "pair_of",
    "standing",
]


def keeps_apart(row: MatchDecision, marks: tuple[str, str]) -> bool:
    """Whether a standing decision on two persons keeps them (and their linked groups) apart:
    a "not the same" whose fingerprints are ``marks``, the two identities' fingerprints now
    (the lower id's first). After either identity changed it keeps nothing apart: the pair may
    be proposed and linked again, with its reason shown. The one rule of the search of
    duplicates and of linking. Raises nothing."""
    return not row.same and (row.person_fingerprint, row.left_fingerprint) == marks


def _marks(session: Session, one: int, two: int) -> tuple[str, str] | None:
    """The fingerprints of two persons' identities now; None when either is gone. Raises
    nothing."""
    first, second = session.get(SoughtPerson, one), session.get(SoughtPerson, two)
    if first is None or second is None:
        return None
    return person_fingerprint(first), person_fingerprint(second)


def _refuse_join(
    session: Session, decisions: Mapping[Pair, MatchDecision], members: set[int], pair: Pair
) -> None:
    """Refuse when a standing "not the same" other than on ``pair`` that still keeps its
    persons apart (:func:`keeps_apart`) has both among ``members`` (the two groups a link
    would join). One made before either identity changed does not refuse."""
    for (one, two), row in sorted(decisions.items()):
        if row.same or (one, two) == pair or one not in members or two not in members:
            continue
        if _keeps_now(session, row, one, two):
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


def earlier_reasons(session: Session, person_id: int, other_id: int) -> tuple[str, ...]:
    """The reasons of the standing "not the same" decisions that a "same" link of the two
    persons would set aside, to show them to the caseworker: the pair's own (which the link
    replaces) and those between the two persons' linked groups made before an identity
    changed (one that still keeps them apart refuses the link, :func:`keeps_apart`). Oldest
    first; empty when none. Raises nothing."""
    low, high = pair_of(person_id, other_id)
    decisions = _around(session, {low, high})
    linked = groups(decisions, leave_out=(low, high))
    one, two = _group_of(low, linked), _group_of(high, linked)
    set_aside = [
        row
        for (first, second), row in decisions.items()
        if not row.same
        and ((first in one and second in two) or (first in two and second in one))
        and ((first, second) == (low, high) or not _keeps_now(session, row, first, second))
    ]
    return tuple(row.reason for row in sorted(set_aside, key=lambda r: r.id))


def _keeps_now(session: Session, row: MatchDecision, one: int, two: int) -> bool:
    marks = _marks(session, one, two)
    return marks is not None and keeps_apart(row, marks)


def _audit(session: Session, actor: str, decision: MatchDecision) -> None:
    values = {
        "person_id": decision.person_id,
        "other_person_id": decision.other_person_id,
        "same": decision.same,
        "reason": decision.reason,
    }
    audit.record(
        session,
        actor,
        "create",
        decision,
        new=json.dumps(values, ensure_ascii=False, sort_keys=True),
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
    fingerprints: while neither changes, the pair is not proposed again as a duplicate and no
    chain of links may join the two (:func:`keeps_apart`); after a change both are allowed.

    The same decision made again returns the standing one and creates nothing ("same" while
    the pair is linked; "not the same" while both identities are unchanged). A decision on
    the pair replaces the earlier one on it (the row stays). Audited.

    Raises :class:`NotFound` for an unknown person, :class:`ValidationError` for a person and
    himself, for an empty reason, for "same" when the two linked groups would join persons
    recorded as not the same (while that still keeps them apart), and for "not the same" when
    other links join the two already.
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
