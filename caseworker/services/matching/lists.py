"""Candidates for every entry of a published list, blocked on the keys, scored in Python.

Blocking (docs/design/matching-research.md §4) proposes a pair when one of these holds: the
same surname key (or one typo away) and given name key; the same surname key and birth year;
the same given name key and birth day (the surname and given name also taken the other way
round); the same service number however written; for an entry with no birth date, the same
surname and patronymic keys. It reads the persons' keys once (one scan, 0.9 s for 100,000
persons against 5,000 entries) and looks each person up among the entries' keys
in memory: the persons' indexes hold no birth day, so a join on given name, patronymic and
day read every namesake's row (20 s). Never a query per entry. Each pair is scored by
:func:`caseworker.matching.score` with the shares of the sought persons holding each name
key, so that an exact match on a common name weighs less; the region compared is the case's.
An entry's candidates then share it (:func:`caseworker.matching.shared`): a row of a list is
one man, so a namesake beside a man matching to the day is not "likely" too. Sought persons
linked as the same man (:mod:`caseworker.services.person_links`, read once for all
candidates) are one hypothesis there: two families seeking one man do not halve him. A
candidate is proposed from ``min_probability`` (0.1) of his shared figure; when no candidate
of an entry reaches it, those whose own pair probability is
:data:`~caseworker.matching.LIKELY_FROM` or more are proposed all the same (a crowd of
namesakes alike would otherwise hide every one of them), shown with the shared figure.
An entry with a standing "this is him" is resolved: none of its other candidates is
proposed (but those linked to the man decided) until it is withdrawn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.dates import birth_interval
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.matching import (
    LIKELY_FROM,
    Field,
    Identity,
    Shares,
    Verdict,
    score,
    shared,
    verdict,
)
from caseworker.models import Case, ListEntry, MatchDecision, PublishedList, SoughtPerson
from caseworker.progress import Cancelled, Progress
from caseworker.services import records
from caseworker.services.matching.decisions import fingerprint
from caseworker.text import normalize_service_number
from caseworker.vocab import DatePrecision

#: A surname key gets its one-typo neighbours from this many symbols (to
#: ``caseworker.names.MAX_TYPO_KEY``).
MIN_TYPO_KEY = 4
#: Name keys' shares weigh common names down from this many sought persons on.
SHARES_FROM = 1000
#: Progress is told, and a cancel asked for, after this many entries scored (and at the end).
REPORT_EVERY = 100


class MatchingCancelled(CaseworkerError):
    """The caseworker cancelled the matching of a list; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Matching", "The matching of the list was cancelled."))


@dataclass(frozen=True, slots=True)
class MatchCandidate:
    """A sought person who may be the man on a list entry."""

    person_id: int
    case_id: int
    case_reference: str
    probability: float
    #: Each compared field's verdict: match, close, mismatch or blank.
    fields: Mapping[Field, Verdict]
    #: The reason of an earlier "not him" on this pair, made before either identity changed.
    earlier_reason: str = ""


@dataclass(frozen=True, slots=True)
class EntryMatches:
    """One entry of a list and its candidates, the most probable first."""

    entry_id: int
    row: int
    candidates: tuple[MatchCandidate, ...]


def _born(day: date | None, precision: DatePrecision | None) -> Any:
    return None if day is None else birth_interval(day, precision or DatePrecision.DAY)


def _entry_identity(entry: ListEntry) -> Identity:
    return Identity(
        surname=entry.surname,
        given=entry.given_name,
        patronymic=entry.patronymic,
        born=_born(entry.born_on, entry.birth_precision),
        service_number=entry.service_number,
        unit=entry.unit,
        region=entry.region,
        keys=(entry.surname_key, entry.given_key, entry.patronymic_key),
    )


def _shares(session: Session) -> Shares | None:
    """Each name key's share of the sought persons; None while they are too few for a share
    to say how common a name is (two Шумовs of four are not half the country)."""
    total = session.scalar(select(func.count()).select_from(SoughtPerson)) or 0
    if total < SHARES_FROM:
        return None
    columns = {
        Field.SURNAME: SoughtPerson.surname_key,
        Field.GIVEN: SoughtPerson.given_key,
        Field.PATRONYMIC: SoughtPerson.patronymic_key,
    }
    return {
        field: {
            key: count / total
            for key, count in session.execute(select(column, func.count()).group_by(column))
        }
        for field, column in columns.items()
    }


def _crossed(entry: ListEntry) -> tuple[str, str]:
    from caseworker.names import NameField, name_key

    return (
        name_key(entry.given_name, NameField.SURNAME) if entry.given_name else "",
        name_key(entry.surname, NameField.GIVEN) if entry.surname else "",
    )


def _near_surnames(stored: set[str], keys: set[str]) -> dict[str, set[str]]:
    """Each surname key's stored neighbours one typo away."""
    from caseworker.names import MAX_TYPO_KEY, one_typo_away

    near: dict[str, set[str]] = {}
    for key in keys:
        if MIN_TYPO_KEY <= len(key) <= MAX_TYPO_KEY:
            near[key] = one_typo_away(key) & stored
    return near


class _Probes:
    """The blocking rules as lookups from a person's keys to the entries they may be."""

    def __init__(self) -> None:
        self.surname_given: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.surname_year: dict[tuple[str, int], set[int]] = defaultdict(set)
        self.surname_patronymic: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.given_day: dict[tuple[str, date], set[int]] = defaultdict(set)
        self.number: dict[str, set[int]] = defaultdict(set)

    def add(self, entry: ListEntry, near: Mapping[str, set[str]]) -> None:
        year = entry.born_on.year if entry.born_on else None
        surname, given, patronymic = entry.surname_key, entry.given_key, entry.patronymic_key
        swapped_surname, swapped_given = _crossed(entry)
        for key, first in ((surname, given), (swapped_surname, swapped_given)):
            if not key or not first:
                continue
            # The surname as written or one typo away, with the same given name.
            for close_key in {key} | near.get(key, set()):
                self.surname_given[close_key, first].add(entry.id)
        if year:
            for key in {surname, swapped_surname} - {""}:
                self.surname_year[key, year].add(entry.id)
        if surname and patronymic and not year:
            self.surname_patronymic[surname, patronymic].add(entry.id)
        if entry.born_on:
            for key in {given, swapped_given} - {""}:
                self.given_day[key, entry.born_on].add(entry.id)
        if number := normalize_service_number(entry.service_number):
            self.number[number].add(entry.id)

    def entries_of(
        self, surname: str, given: str, patronymic: str, born: date | None, number: str
    ) -> set[int]:
        found = set(self.surname_given.get((surname, given), ()))
        if born is not None:
            found.update(self.surname_year.get((surname, born.year), ()))
            found.update(self.given_day.get((given, born), ()))
        found.update(self.surname_patronymic.get((surname, patronymic), ()))
        if number:
            found.update(self.number.get(normalize_service_number(number), ()))
        return found


def _blocked(session: Session, entries: Sequence[ListEntry]) -> set[tuple[int, int]]:
    """The (entry id, person id) pairs worth scoring: one pass over the persons' keys."""
    stored = set(session.scalars(select(SoughtPerson.surname_key).distinct()))
    surnames = {e.surname_key for e in entries} | {_crossed(e)[0] for e in entries}
    near = _near_surnames(stored, surnames)
    probes = _Probes()
    for entry in entries:
        probes.add(entry, near)
    query = select(
        SoughtPerson.id,
        SoughtPerson.surname_key,
        SoughtPerson.given_key,
        SoughtPerson.patronymic_key,
        SoughtPerson.born_on,
        SoughtPerson.service_number,
    )
    pairs: set[tuple[int, int]] = set()
    for person_id, surname, given, patronymic, born, number in session.execute(query):
        for entry_id in probes.entries_of(surname, given, patronymic, born, number):
            pairs.add((entry_id, person_id))
    return pairs


def _persons(session: Session, person_ids: set[int]) -> dict[int, tuple[Identity, int, str, str]]:
    """Each person's identity (the region is the case's), case id, case reference and
    fingerprint."""
    found: dict[int, tuple[Identity, int, str, str]] = {}
    for chunk in chunks(sorted(person_ids)):
        query = (
            select(
                SoughtPerson.id,
                SoughtPerson.surname,
                SoughtPerson.given_name,
                SoughtPerson.patronymic,
                SoughtPerson.born_on,
                SoughtPerson.birth_precision,
                SoughtPerson.service_number,
                SoughtPerson.unit,
                SoughtPerson.surname_key,
                SoughtPerson.given_key,
                SoughtPerson.patronymic_key,
                SoughtPerson.case_id,
                Case.reference,
                Case.region,
            )
            .join(Case, Case.id == SoughtPerson.case_id)
            .where(SoughtPerson.id.in_(chunk))
        )
        for row in session.execute(query):
            keys = (row.surname_key, row.given_key, row.patronymic_key)
            who = Identity(
                surname=row.surname,
                given=row.given_name,
                patronymic=row.patronymic,
                born=_born(row.born_on, row.birth_precision),
                service_number=row.service_number,
                unit=row.unit,
                region=row.region,
                keys=keys,
            )
            mark = fingerprint(keys, row.born_on, row.birth_precision, row.service_number)
            found[row.id] = (who, row.case_id, row.reference, mark)
    return found


def _decisions(session: Session, list_id: int) -> dict[tuple[int, int], MatchDecision]:
    """The latest decision on each pair of an entry of the list and a person."""
    query = (
        select(MatchDecision)
        .join(ListEntry, ListEntry.id == MatchDecision.entry_id)
        .where(ListEntry.list_id == list_id)
        .order_by(MatchDecision.id)
    )
    return {(d.entry_id or 0, d.person_id): d for d in session.scalars(query)}


def _resolved(decided: Mapping[tuple[int, int], MatchDecision]) -> dict[int, set[int]]:
    """For each entry with a standing "this is him", the persons it names (a withdrawal
    is a "not the same" row, so a withdrawn decision names nobody)."""
    found: dict[int, set[int]] = defaultdict(set)
    for (entry_id, person_id), row in decided.items():
        if row.same and not row.withdrawal:
            found[entry_id].add(person_id)
    return found


def _linked(session: Session) -> dict[int, int]:
    """Each sought person linked as the same man to another, and his group (named by its
    lowest id): one query for every standing link."""
    from caseworker.services.person_links import all_standing, groups

    return groups(all_standing(session))


def _kept(chance: float, own: float, min_probability: float, crowded: bool) -> bool:
    """Whether a candidate is proposed: his shared figure reaches ``min_probability``; or,
    in a crowd (no candidate of the entry reaches it), his own pair probability is "likely"
    (and reaches it too). A namesake likely alone beside a man who takes the entry is not
    proposed at under 1 %."""
    if chance >= min_probability:
        return True
    return crowded and own >= max(LIKELY_FROM, min_probability)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise MatchingCancelled()


def match_list(
    session: Session,
    list_id: int,
    min_probability: float = 0.1,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[EntryMatches]:
    """Every entry of list ``list_id`` in row order, with the sought persons scoring at least
    ``min_probability``, the most probable first. A pair already decided is left out while
    neither identity changed since; after a change it comes back with the earlier reason.
    An entry is one man: its candidates share him (:func:`caseworker.matching.shared`), so
    two namesakes alike are each less probable than one alone; persons linked as the same
    man share him as one (each shows the share of the best of them). When no candidate of an
    entry reaches ``min_probability`` (eleven namesakes alike), those whose own pair
    probability is :data:`~caseworker.matching.LIKELY_FROM` or more are proposed all the
    same, shown with their shared figure. An entry with a standing "this is him" proposes
    none of its other candidates, but those linked to the man decided, until that decision
    is withdrawn.

    ``progress(done, total)`` is told the entries scored every :data:`REPORT_EVERY` entries
    and at the end; ``cancelled()`` is asked before the candidates are found and as often
    as progress is told. Nothing is written either way.

    Raises :class:`NotFound` when there is no such list, :class:`MatchingCancelled` when
    ``cancelled()`` says so, and what ``name_key`` raises when the name tables cannot be read.
    """
    from caseworker.services.matching.decisions import entry_fingerprint

    records.load(session, PublishedList, list_id, translate("Matching", "Published list"))
    entries = list(
        session.scalars(
            select(ListEntry).where(ListEntry.list_id == list_id).order_by(ListEntry.row_number)
        )
    )
    _check(cancelled)
    pairs = _blocked(session, entries)
    _check(cancelled)
    persons = _persons(session, {person_id for _entry, person_id in pairs})
    decided = _decisions(session, list_id)
    resolved = _resolved(decided)
    linked = _linked(session)
    shares = _shares(session)
    by_entry: dict[int, list[int]] = defaultdict(list)
    for entry_id, person_id in pairs:
        by_entry[entry_id].append(person_id)
    result: list[EntryMatches] = []
    for done, entry in enumerate(entries):
        if done % REPORT_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(done, len(entries))
        who = _entry_identity(entry)
        mark = entry_fingerprint(entry)
        open_pairs = []
        him = {linked.get(p, p) for p in resolved.get(entry.id, ())}
        for person_id in by_entry.get(entry.id, ()):
            if him and linked.get(person_id, person_id) not in him:
                continue  # the entry is decided as another man
            person, case_id, reference, person_mark = persons[person_id]
            earlier = decided.get((entry.id, person_id))
            reason = ""
            if earlier is not None:
                if (earlier.left_fingerprint, earlier.person_fingerprint) == (mark, person_mark):
                    continue
                reason = earlier.reason
            open_pairs.append(
                (person_id, case_id, reference, reason, score(who, person, shares=shares))
            )
        # One row is one man: the candidates share him (a lone one keeps its probability),
        # persons linked as one man sharing him as one.
        probabilities = shared(
            [scored.weight for *_, scored in open_pairs],
            [linked.get(person_id, person_id) for person_id, *_ in open_pairs] if linked else None,
        )
        crowded = all(chance < min_probability for chance in probabilities)
        candidates = [
            MatchCandidate(
                person_id,
                case_id,
                reference,
                chance,
                {f: verdict(level) for f, level in scored.levels.items()},
                reason,
            )
            for (person_id, case_id, reference, reason, scored), chance in zip(
                open_pairs, probabilities, strict=True
            )
            if _kept(chance, scored.probability, min_probability, crowded)
        ]
        candidates.sort(key=lambda c: (-c.probability, c.person_id))
        result.append(EntryMatches(entry.id, entry.row_number, tuple(candidates)))
    if progress is not None:
        progress(len(entries), len(entries))
    return result
