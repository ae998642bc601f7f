"""Sought persons who may be one man: two families seeking the same soldier, or one entered
twice.

The same matcher as for a published list's entries: the persons are blocked on their keys
(:mod:`.duplicate_blocks`) and each pair is scored by :func:`caseworker.matching.score` with
the name keys' shares among the sought persons. A pair is read once, the lower id first, and
proposed from ``min_probability``, the most probable first.

Blocking 100,000 persons gives some 3.5 million pairs, most of them namesakes (Иванов
Александр with Иванов Александр), and scoring one takes about 10 µs. So each pair is first
given an upper bound of its match weight from what is cheap to compare (the keys, the birth
dates, the service numbers, the units), with the model's own weights: equal values weigh
what ``score`` gives them, different ones at most the field's second level. Only a pair whose
bound reaches ``min_probability`` is scored; the bound never drops a pair that ``score``
would keep (names written the other way round are always scored).

"Not the same" follows the one rule of :func:`.links.keeps_apart`, the rule linking follows
too: a standing "not the same" made on both identities as they are now keeps the pair, and any
pair across the two persons' linked groups, out (no link could join them). After either
identity changed it keeps nothing out: the pair comes back with the earlier reason, and so
does a pair across the two groups (a link joining them is then allowed). Persons linked as
the same man, directly or through a chain, are not proposed again. Nothing is written.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.matching import (
    FIELD_LEVELS,
    Field,
    Identity,
    Level,
    Shares,
    Verdict,
    Weights,
    born_level,
    load_weights,
    score,
    units_agree,
    verdict,
)
from caseworker.models import Case, MatchDecision
from caseworker.progress import Cancelled, Progress
from caseworker.services.matching.decisions import fingerprint
from caseworker.services.matching.duplicate_blocks import (
    Population,
    jobs,
    pairs_of,
    read_population,
)
from caseworker.services.matching.links import Pair, all_standing, groups, keeps_apart
from caseworker.services.matching.lists import SHARES_FROM

#: Progress is told, and a cancel asked for, after this many blocks (and at the end).
REPORT_EVERY = 2000


class DuplicatesCancelled(CaseworkerError):
    """The caseworker cancelled the search for duplicate persons; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Matching", "The search for duplicate persons was cancelled."))


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two sought persons who may be one man, the lower id first."""

    person_ids: tuple[int, int]
    case_ids: tuple[int, int]
    case_references: tuple[str, str]
    probability: float
    #: Each compared field's verdict: match, close, mismatch or blank.
    fields: Mapping[Field, Verdict]
    #: The reason of an earlier "not the same" made before either identity changed: on this
    #: pair, or else between the two persons' linked groups.
    earlier_reason: str = ""

    @property
    def same_case(self) -> bool:
        """Whether both are in one case (entered twice)."""
        return self.case_ids[0] == self.case_ids[1]


#: The fields the bound knows how ``score`` weighs (a person's region is never compared: it
#: is the family's). A field added to the matcher turns the bound off until it knows it too.
_BOUNDED = frozenset(
    (
        Field.SURNAME,
        Field.GIVEN,
        Field.PATRONYMIC,
        Field.BORN,
        Field.SERVICE_NUMBER,
        Field.UNIT,
        Field.REGION,
    )
)


class _Bound:
    """An upper bound of a pair's match weight from the fields that are cheap to compare."""

    def __init__(self, people: Population, model: Weights, shares: Shares | None) -> None:
        self.people = people
        self.off = set(FIELD_LEVELS) != _BOUNDED
        self.prior = model.prior
        name_fields = (Field.SURNAME, Field.GIVEN, Field.PATRONYMIC)
        self.exact = [
            _ExactWeights(model, f, shares.get(f, {}) if shares else None) for f in name_fields
        ]
        self.unequal = {f: model.level_weight(f, FIELD_LEVELS[f][1]) for f in FIELD_LEVELS}
        self.names_unequal = [self.unequal[f] for f in name_fields]
        self.born = {level: model.level_weight(Field.BORN, level) for level in Level}
        born_levels = [self.born[level] for level in FIELD_LEVELS[Field.BORN]]
        self.born_range = (min(born_levels), max(born_levels))
        self.number = (
            model.level_weight(Field.SERVICE_NUMBER, Level.EXACT),
            self.unequal[Field.SERVICE_NUMBER],
        )
        self.unit = (model.level_weight(Field.UNIT, Level.EXACT), self.unequal[Field.UNIT])

    def reaches(self, first: int, second: int, lowest: float) -> bool:
        """Whether the pair's bound reaches ``lowest``; always when the names may be written
        the other way round. The birth dates' level (the dearest to find) only when the rest
        leaves it to decide."""
        people = self.people
        a_keys, b_keys = people.keys[first], people.keys[second]
        if self.off or (
            a_keys[0] != b_keys[0]
            and a_keys[1] != b_keys[1]
            and all(a_keys[:2])
            and all(b_keys[:2])
        ):
            return True
        total = self.prior
        for part in range(3):
            a, b = a_keys[part], b_keys[part]
            if a and b:
                total += self.exact[part].of(a) if a == b else self.names_unequal[part]
        a_number, b_number = people.number[first], people.number[second]
        if a_number and b_number:
            total += self.number[0] if a_number == b_number else self.number[1]
        a_unit, b_unit = people.unit_key[first], people.unit_key[second]
        if a_unit and b_unit:
            total += self.unit[0] if units_agree(a_unit, b_unit) else self.unit[1]
        a_born, b_born = people.born[first], people.born[second]
        if a_born is None or b_born is None:
            return total >= lowest
        worst, best = self.born_range
        if total + best < lowest:
            return False
        if total + worst >= lowest:
            return True
        return total + self.born[born_level(a_born, b_born)] >= lowest


class _ExactWeights:
    """An exact match's weight on each key of one name field, as ``score`` weighs it."""

    def __init__(self, model: Weights, name_field: Field, shares: Mapping[str, float] | None):
        self.model, self.field, self.shares = model, name_field, shares
        self.known: dict[str, float] = {}

    def of(self, key: str) -> float:
        found = self.known.get(key)
        if found is None:
            share = self.shares.get(key) if self.shares is not None else None
            found = self.known[key] = self.model.exact_weight(self.field, share)
        return found


def _lowest_weight(min_probability: float) -> float:
    """The match weight of ``min_probability`` (a little below, for rounding)."""
    if min_probability <= 0:
        return -math.inf
    if min_probability >= 1:
        return math.inf
    return math.log2(min_probability / (1 - min_probability)) - 1e-9


def _identity(people: Population, at: int) -> Identity:
    surname, given, patronymic = people.names[at]
    return Identity(
        surname=surname,
        given=given,
        patronymic=patronymic,
        born=people.born[at],
        service_number=people.service_number[at],
        unit=people.unit[at],
        keys=people.keys[at],
    )


def _mark(people: Population, at: int) -> str:
    return fingerprint(
        people.keys[at], people.born_on[at], people.precision[at], people.service_number[at]
    )


def _kept_apart(
    people: Population, decided: Mapping[Pair, MatchDecision], linked: Mapping[int, int]
) -> tuple[set[Pair], dict[Pair, str]]:
    """The pairs of linked groups (a person in none is a group of one, named by his id) that
    a standing "not the same" keeps apart (:func:`.links.keeps_apart`): no pair across them is
    proposed, since no link may join them; and for the pairs of groups with a "not the same"
    that no longer keeps them apart (an identity changed since), its reason, to be shown with
    the pairs across them."""
    apart: set[Pair] = set()
    earlier: dict[Pair, str] = {}
    for (one, two), row in sorted(decided.items()):
        if row.same:
            continue
        first, second = bisect_left(people.ids, one), bisect_left(people.ids, two)
        if second >= len(people) or people.ids[first] != one or people.ids[second] != two:
            continue
        low, high = sorted((linked.get(one, one), linked.get(two, two)))
        if keeps_apart(row, (_mark(people, first), _mark(people, second))):
            apart.add((low, high))
        else:
            earlier.setdefault((low, high), row.reason)
    return apart, earlier


def _references(session: Session, case_ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunks(sorted(case_ids)):
        query = select(Case.id, Case.reference).where(Case.id.in_(chunk))
        found.update({case_id: reference for case_id, reference in session.execute(query)})
    return found


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise DuplicatesCancelled()


def find_duplicates(
    session: Session,
    min_probability: float = 0.1,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DuplicatePair]:
    """Pairs of sought persons scoring at least ``min_probability``, the most probable first
    (then by ids), each once, the lower id first; in different cases or in one.

    A pair decided "not the same" is left out while neither identity changed since, and so
    are the pairs across the two persons' linked groups (:func:`.links.keeps_apart`, the rule
    linking follows); after a change they come back with the earlier reason (a pair's own
    first, else that of a "not the same" between the two groups). Persons linked as the same
    man (directly or through a chain) are left out. ``progress(done, total)`` is told the
    blocks done every :data:`REPORT_EVERY` blocks and at the end; ``cancelled()`` is asked as
    often. Nothing is written.

    Raises :class:`DuplicatesCancelled` when ``cancelled()`` says so, and what ``name_key``
    raises when the name tables cannot be read.
    """
    people = read_population(session)
    _check(cancelled)
    decided = all_standing(session)
    linked = groups(decided)
    apart, earlier_between = _kept_apart(people, decided, linked)
    shares = people.shares(SHARES_FROM)
    bound = _Bound(people, load_weights(), shares)
    lowest = _lowest_weight(min_probability)
    work = jobs(people)
    identities: dict[int, Identity] = {}
    seen: set[int] = set()
    size = len(people)
    found: list[tuple[int, int, float, dict[Field, Verdict], str]] = []
    for done, job in enumerate(work):
        if done % REPORT_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(done, len(work))
        for first, second in pairs_of(job):
            if not bound.reaches(first, second, lowest):
                continue
            code = first * size + second
            if code in seen:
                continue
            seen.add(code)
            one, two = people.ids[first], people.ids[second]
            groups_of = sorted((linked.get(one, one), linked.get(two, two)))
            group_pair = (groups_of[0], groups_of[1])
            if groups_of[0] == groups_of[1] or group_pair in apart:
                continue
            earlier = decided.get((one, two))
            if earlier is not None and not earlier.same:
                reason = earlier.reason
            else:
                reason = earlier_between.get(group_pair, "")
            for at in (first, second):
                if at not in identities:
                    identities[at] = _identity(people, at)
            scored = score(identities[first], identities[second], shares=shares)
            if scored.probability >= min_probability:
                fields = {f: verdict(level) for f, level in scored.levels.items()}
                found.append((first, second, scored.probability, fields, reason))
    if progress is not None:
        progress(len(work), len(work))
    references = _references(session, {people.case_ids[at] for f in found for at in f[:2]})
    result = [
        DuplicatePair(
            (people.ids[first], people.ids[second]),
            (people.case_ids[first], people.case_ids[second]),
            (references[people.case_ids[first]], references[people.case_ids[second]]),
            probability,
            fields,
            reason,
        )
        for first, second, probability, fields, reason in found
    ]
    result.sort(key=lambda pair: (-pair.probability, pair.person_ids))
    return result
