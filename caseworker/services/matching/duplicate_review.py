"""What the window "Possible duplicates" shows: the pairs of sought persons who may be one
man, and each person's fields as matching compared them (read as the review queue reads a
candidate's, :mod:`.review`).

A plain frozen value, read in one unit of work; nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from caseworker.matching import PROPOSED_FROM
from caseworker.progress import Cancelled, Progress
from caseworker.services.matching.duplicates import DuplicatePair, find_duplicates
from caseworker.services.matching.review import PersonFacts, _person_facts


@dataclass(frozen=True, slots=True)
class DuplicateQueue:
    """The pairs found, the most probable first, and what each person of them says."""

    pairs: tuple[DuplicatePair, ...]
    persons: Mapping[int, PersonFacts]


def duplicate_queue(
    session: Session,
    min_probability: float = PROPOSED_FROM,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DuplicateQueue:
    """Find the pairs of sought persons from ``min_probability`` and read both persons'
    fields. ``progress(done, total)`` and ``cancelled()`` are handed to the search.

    Raises what :func:`find_duplicates` raises: :class:`DuplicatesCancelled` when
    ``cancelled()`` says so.
    """
    pairs = find_duplicates(session, min_probability, progress=progress, cancelled=cancelled)
    person_ids = {person_id for pair in pairs for person_id in pair.person_ids}
    return DuplicateQueue(tuple(pairs), _person_facts(session, person_ids))
