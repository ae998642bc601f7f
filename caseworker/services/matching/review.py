"""What the review queue shows: the published lists to choose from, and for one list its
entries that have candidates, each entry's fields as published and each candidate's.

Plain frozen values, read in one unit of work: :func:`list_choices` for the chooser,
:func:`review_queue` for the queue (the matching itself is :func:`match_list`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.dates import birth_interval, birth_text
from caseworker.matching import PROPOSED_FROM, Field
from caseworker.models import Case, ListEntry, PublishedList, SoughtPerson
from caseworker.services.matching.lists import EntryMatches, match_list
from caseworker.vocab import Claim, DatePrecision

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ListChoice:
    """A published list as the chooser names it."""

    list_id: int
    name: str
    publisher: str
    published_on: date
    means: Claim
    entries: int


@dataclass(frozen=True, slots=True)
class EntryFacts:
    """One list entry: its fields as read (text, field by field) and its row as published."""

    entry_id: int
    row: int
    values: Mapping[Field, str]
    #: The row as published: (column header, cell text), in the file's order.
    published: tuple[tuple[str, str], ...]
    full_name: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """A candidate sought person: the fields matching compared, as text."""

    person_id: int
    case_id: int
    case_reference: str
    values: Mapping[Field, str]

    @property
    def name(self) -> str:
        parts = (self.values[f] for f in (Field.SURNAME, Field.GIVEN, Field.PATRONYMIC))
        return " ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    """A list's entries that have candidates, in row order, with what each side says."""

    listed: ListChoice
    matches: tuple[EntryMatches, ...]
    entries: Mapping[int, EntryFacts]
    persons: Mapping[int, PersonFacts]


def _choice(row: PublishedList, count: int) -> ListChoice:
    return ListChoice(row.id, row.name, row.publisher, row.published_on, row.means, count)


def list_choices(session: Session) -> list[ListChoice]:
    """Every published list, the most recently published first, with its number of
    entries. Raises nothing."""
    counts = dict(
        session.execute(select(ListEntry.list_id, func.count()).group_by(ListEntry.list_id)).all()
    )
    query = select(PublishedList).order_by(
        PublishedList.published_on.desc(), PublishedList.id.desc()
    )
    return [_choice(row, counts.get(row.id, 0)) for row in session.scalars(query)]


def _born(day: date | None, precision: DatePrecision | None) -> str:
    if day is None:
        return ""
    return birth_text(birth_interval(day, precision or DatePrecision.DAY))


def _published(text: str) -> tuple[tuple[str, str], ...]:
    try:
        row = json.loads(text or "{}")
    except ValueError:
        return ()
    if not isinstance(row, dict):
        return ()
    return tuple((str(k), "" if v is None else str(v)) for k, v in row.items())


def _entry_facts(entry: ListEntry) -> EntryFacts:
    values = {
        Field.SURNAME: entry.surname,
        Field.GIVEN: entry.given_name,
        Field.PATRONYMIC: entry.patronymic,
        Field.BORN: _born(entry.born_on, entry.birth_precision),
        Field.SERVICE_NUMBER: entry.service_number,
        Field.UNIT: entry.unit,
        Field.REGION: entry.region,
    }
    return EntryFacts(
        entry.id,
        entry.row_number,
        values,
        _published(entry.published),
        entry.full_name,
        entry.note,
    )


def _person_facts(session: Session, person_ids: set[int]) -> dict[int, PersonFacts]:
    found: dict[int, PersonFacts] = {}
    for chunk in chunks(sorted(person_ids)):
        query = (
            select(SoughtPerson, Case.reference, Case.region)
            .join(Case, Case.id == SoughtPerson.case_id)
            .where(SoughtPerson.id.in_(chunk))
        )
        for person, reference, region in session.execute(query):
            values = {
                Field.SURNAME: person.surname,
                Field.GIVEN: person.given_name,
                Field.PATRONYMIC: person.patronymic or "",
                Field.BORN: _born(person.born_on, person.birth_precision),
                Field.SERVICE_NUMBER: person.service_number or "",
                Field.UNIT: person.unit or "",
                # A person's region, as matching compares it, is his case's.
                Field.REGION: region or "",
            }
            found[person.id] = PersonFacts(person.id, person.case_id, reference, values)
    return found


def review_queue(
    session: Session,
    list_id: int,
    min_probability: float = PROPOSED_FROM,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReviewQueue:
    """Match list ``list_id`` and keep its entries that have candidates, with the facts of
    both sides. ``progress(done, total)`` and ``cancelled()`` are handed to matching.

    Raises what :func:`match_list` raises: :class:`NotFound` for an unknown list, its
    cancellation error when ``cancelled()`` says so.
    """
    listed = session.get(PublishedList, list_id)
    matches = [
        entry
        for entry in match_list(
            session, list_id, min_probability, progress=progress, cancelled=cancelled
        )
        if entry.candidates
    ]
    assert listed is not None  # match_list raised NotFound otherwise
    count = session.scalar(select(func.count()).where(ListEntry.list_id == list_id)) or 0
    entries: dict[int, EntryFacts] = {}
    for chunk in chunks([entry.entry_id for entry in matches]):
        for entry in session.scalars(select(ListEntry).where(ListEntry.id.in_(chunk))):
            entries[entry.id] = _entry_facts(entry)
    person_ids = {c.person_id for entry in matches for c in entry.candidates}
    return ReviewQueue(
        _choice(listed, count), tuple(matches), entries, _person_facts(session, person_ids)
    )
