"""The sought persons as the search for duplicates reads them, and the blocks it pairs them in.

One scan reads every person's keys and identity fields into plain lists (a position per
person, in id order). A block is a list of positions sharing a key; the pairs worth scoring
are those within a block, plus those between two blocks one typo apart, plus a person and the
block of his names taken the other way round. The blocks, as for a list's entries
(:mod:`.lists`):

- the surname key and the given name key (and the surname one typo away, same given name);
- the surname key and the birth year;
- the given name key and the birth day (a date known to the day);
- the service number however written;
- the surname and given name crossed (the surname written as the given name);
- the surname and patronymic keys, for a person with no birth date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate, birth_interval
from caseworker.matching import Field, Shares, normalize_unit
from caseworker.models import SoughtPerson
from caseworker.text import normalize_service_number
from caseworker.vocab import DatePrecision

#: A surname key gets its one-typo neighbours from this many symbols (as for lists).
MIN_TYPO_KEY = 4

#: A unit of blocking work: the pairs within one block (``other`` None) or between two.
Job = tuple[list[int], list[int] | None]


@dataclass(slots=True)
class Population:
    """Every sought person's matching fields, one list per field, a position per person."""

    ids: list[int] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)
    names: list[tuple[str, str, str]] = field(default_factory=list)
    keys: list[tuple[str, str, str]] = field(default_factory=list)
    born_on: list[date | None] = field(default_factory=list)
    precision: list[DatePrecision | None] = field(default_factory=list)
    born: list[EventDate | None] = field(default_factory=list)
    service_number: list[str] = field(default_factory=list)
    number: list[str] = field(default_factory=list)
    unit: list[str] = field(default_factory=list)
    unit_key: list[str] = field(default_factory=list)
    _intervals: dict[tuple[date, DatePrecision], EventDate] = field(default_factory=dict)
    _units: dict[str, str] = field(default_factory=dict)

    def add(
        self,
        person_id: int,
        case_id: int,
        names: tuple[str, str, str],
        keys: tuple[str, str, str],
        born_on: date | None,
        precision: DatePrecision | None,
        service_number: str,
        unit: str,
    ) -> None:
        """One more person (the next position); the birth interval and the unit as compared
        are made once for each value. Raises nothing."""
        self.ids.append(person_id)
        self.case_ids.append(case_id)
        self.names.append(names)
        self.keys.append(keys)
        self.born_on.append(born_on)
        self.precision.append(precision)
        born = None
        if born_on is not None:
            day = (born_on, precision or DatePrecision.DAY)
            born = self._intervals.get(day) or self._intervals.setdefault(day, birth_interval(*day))
        self.born.append(born)
        self.service_number.append(service_number)
        self.number.append(normalize_service_number(service_number))
        self.unit.append(unit)
        if unit not in self._units:
            self._units[unit] = normalize_unit(unit) if unit else ""
        self.unit_key.append(self._units[unit])

    def __len__(self) -> int:
        return len(self.ids)

    def shares(self, at_least: int) -> Shares | None:
        """Each name key's share of the persons; None while they are fewer than
        ``at_least`` (two Шумовs of four are not half the country)."""
        total = len(self.ids)
        if total < at_least:
            return None
        counts: dict[Field, dict[str, int]] = {f: defaultdict(int) for f in _NAME_ORDER}
        for keys in self.keys:
            for name_field, key in zip(_NAME_ORDER, keys, strict=True):
                counts[name_field][key] += 1
        return {f: {k: n / total for k, n in c.items()} for f, c in counts.items()}


_NAME_ORDER = (Field.SURNAME, Field.GIVEN, Field.PATRONYMIC)


def read_population(session: Session) -> Population:
    """Every sought person, in id order: one scan. Raises nothing of its own."""
    query = select(
        SoughtPerson.id,
        SoughtPerson.case_id,
        SoughtPerson.surname,
        SoughtPerson.given_name,
        SoughtPerson.patronymic,
        SoughtPerson.surname_key,
        SoughtPerson.given_key,
        SoughtPerson.patronymic_key,
        SoughtPerson.born_on,
        SoughtPerson.birth_precision,
        SoughtPerson.service_number,
        SoughtPerson.unit,
    ).order_by(SoughtPerson.id)
    people = Population()
    for row in session.execute(query):
        people.add(
            row.id,
            row.case_id,
            (row.surname, row.given_name, row.patronymic),
            (row.surname_key, row.given_key, row.patronymic_key),
            row.born_on,
            row.birth_precision,
            row.service_number or "",
            row.unit or "",
        )
    return people


def _crossed(surname: str, given: str) -> tuple[str, str]:
    from caseworker.names import NameField, name_key

    return (
        name_key(given, NameField.SURNAME) if given else "",
        name_key(surname, NameField.GIVEN) if surname else "",
    )


def jobs(people: Population) -> list[Job]:
    """The blocking work over ``people``: each block of two or more, each pair of blocks one
    surname typo apart, each person with the block of his names crossed. Raises what
    ``name_key`` raises when the name tables cannot be read."""
    from caseworker.names import MAX_TYPO_KEY, one_typo_away

    names: dict[tuple[str, str], list[int]] = defaultdict(list)
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    dated_never: list[int] = []
    for at, (surname, given, patronymic) in enumerate(people.keys):
        born, number = people.born_on[at], people.number[at]
        if surname and given:
            names[surname, given].append(at)
        if born is not None:
            if surname:
                blocks["year", surname, born.year].append(at)
            if given and people.precision[at] in (DatePrecision.DAY, None):
                blocks["day", given, born].append(at)
        elif surname and patronymic:
            dated_never.append(at)
        if surname and patronymic:
            blocks["patronymic", surname, patronymic].append(at)
        if number:
            blocks["number", number].append(at)
    found: list[Job] = [(members, None) for members in names.values() if len(members) > 1]
    found += [
        (members, None)
        for key, members in blocks.items()
        if len(members) > 1 and key[0] != "patronymic"
    ]
    # With no birth date, the surname and patronymic say more than the (maybe other) given name.
    for at in dated_never:
        surname, _given, patronymic = people.keys[at]
        members = blocks["patronymic", surname, patronymic]
        if len(members) > 1:
            found.append(([at], [m for m in members if m != at]))
    givens: dict[str, list[str]] = defaultdict(list)
    for surname, given in names:
        givens[surname].append(given)
    stored = set(givens)
    for surname, its_givens in givens.items():
        if not MIN_TYPO_KEY <= len(surname) <= MAX_TYPO_KEY:
            continue
        for near in sorted(one_typo_away(surname) & stored):
            if near > surname:  # each two surnames once
                found += [
                    (names[surname, given], names[near, given])
                    for given in its_givens
                    if (near, given) in names
                ]
    for at, (surname, given, _patronymic) in enumerate(people.names):
        crossed = names.get(_crossed(surname, given))
        if crossed and crossed != [at]:
            found.append(([at], [m for m in crossed if m != at]))
    return found


def pairs_of(job: Job) -> Iterator[tuple[int, int]]:
    """The pairs of positions of one job, the lower position first, each once within it."""
    members, other = job
    if other is None:
        for index, first in enumerate(members):
            for second in members[index + 1 :]:
                yield first, second
        return
    for first in members:
        for second in other:
            yield (first, second) if first < second else (second, first)
