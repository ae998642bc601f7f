"""Where the caseworker is among the possible duplicates and what was decided (plain Python).

The queue holds the pairs of sought persons found, the most probable first. Each pair
decided in this window is kept here (the same person with the justification, or different
people with the reason) until Undo takes it back.
"""

from __future__ import annotations

from caseworker.services.matching.duplicate_review import DuplicateQueue
from caseworker.services.matching.duplicates import DuplicatePair
from caseworker.services.matching.review import PersonFacts
from ui.matching.queue import Decided

#: A pair by its persons' ids, the lower first.
PersonIds = tuple[int, int]


class DuplicatesState:
    """The pairs found, the one shown, and the decisions made on them here."""

    def __init__(self, queue: DuplicateQueue) -> None:
        self.queue = queue
        self.position = 0
        self._decided: dict[PersonIds, Decided] = {}

    def __len__(self) -> int:
        return len(self.queue.pairs)

    @property
    def pair(self) -> DuplicatePair:
        return self.queue.pairs[self.position]

    def person(self, person_id: int) -> PersonFacts:
        return self.queue.persons[person_id]

    @property
    def sides(self) -> tuple[PersonFacts, PersonFacts]:
        """The two persons of the pair shown, the lower id first."""
        one, two = self.pair.person_ids
        return self.person(one), self.person(two)

    def decided(self, person_ids: PersonIds) -> Decided | None:
        return self._decided.get(person_ids)

    def pair_decided(self, index: int) -> bool:
        return self.decided(self.queue.pairs[index].person_ids) is not None

    def decided_pairs(self) -> int:
        return len(self._decided)

    def index_of(self, person_ids: PersonIds) -> int | None:
        for index, pair in enumerate(self.queue.pairs):
            if pair.person_ids == person_ids:
                return index
        return None

    def go(self, position: int) -> bool:
        """Show pair ``position``; False when there is none."""
        if not 0 <= position < len(self):
            return False
        self.position = position
        return True

    def next_undecided(self) -> int | None:
        """The next pair after the one shown that is not decided (wrapping round)."""
        total = len(self)
        for step in range(1, total):
            index = (self.position + step) % total
            if not self.pair_decided(index):
                return index
        return None

    def record(self, person_ids: PersonIds, decided: Decided | None) -> None:
        """Keep (or, with None, forget) the decision on a pair."""
        if decided is None:
            self._decided.pop(person_ids, None)
        else:
            self._decided[person_ids] = decided
