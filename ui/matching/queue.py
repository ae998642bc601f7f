"""Where the caseworker is in a list's review queue and what was decided in it (plain Python).

The queue holds the entries that have candidates, in row order. Each pair decided in this
window is kept here (this is him, or not him with the reason) until Undo takes it back; an
entry is decided once one of its candidates is him, or every one is not him.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseworker.services.matching.lists import EntryMatches, MatchCandidate
from caseworker.services.matching.review import EntryFacts, PersonFacts, ReviewQueue


@dataclass(frozen=True, slots=True)
class Decided:
    """A decision made in this window on one pair."""

    same: bool
    reason: str
    decision_id: int
    report_id: int | None = None


class QueueState:
    """The queue of one list, the entry shown, the candidate chosen and the decisions."""

    def __init__(self, queue: ReviewQueue) -> None:
        self.queue = queue
        self.position = 0
        self.chosen = 0
        self._decided: dict[tuple[int, int], Decided] = {}

    # Reading -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.queue.matches)

    @property
    def entry(self) -> EntryMatches:
        return self.queue.matches[self.position]

    @property
    def facts(self) -> EntryFacts:
        return self.queue.entries[self.entry.entry_id]

    @property
    def candidate(self) -> MatchCandidate:
        return self.entry.candidates[self.chosen]

    def person(self, person_id: int) -> PersonFacts:
        return self.queue.persons[person_id]

    def decided(self, entry_id: int, person_id: int) -> Decided | None:
        return self._decided.get((entry_id, person_id))

    def entry_decided(self, index: int) -> bool:
        """Whether entry ``index`` needs nothing more: one candidate is him, or none is."""
        entry = self.queue.matches[index]
        found = [self.decided(entry.entry_id, c.person_id) for c in entry.candidates]
        return any(d is not None and d.same for d in found) or all(d is not None for d in found)

    def decided_entries(self) -> int:
        return sum(1 for index in range(len(self)) if self.entry_decided(index))

    def index_of(self, entry_id: int) -> int | None:
        for index, entry in enumerate(self.queue.matches):
            if entry.entry_id == entry_id:
                return index
        return None

    # Moving ------------------------------------------------------------------------------

    def go(self, position: int, chosen: int = 0) -> bool:
        """Show entry ``position`` with candidate ``chosen``; False when there is none."""
        if not 0 <= position < len(self):
            return False
        self.position = position
        count = len(self.queue.matches[position].candidates)
        self.chosen = max(0, min(chosen, count - 1))
        return True

    def choose(self, chosen: int) -> bool:
        """Choose candidate ``chosen`` of the entry shown; False when there is none."""
        if not 0 <= chosen < len(self.entry.candidates):
            return False
        self.chosen = chosen
        return True

    def undecided_candidate(self) -> int | None:
        """The first candidate of the entry shown that is not decided, if the entry is not."""
        if self.entry_decided(self.position):
            return None
        for index, candidate in enumerate(self.entry.candidates):
            if self.decided(self.entry.entry_id, candidate.person_id) is None:
                return index
        return None

    def next_undecided(self) -> int | None:
        """The next entry after the one shown that is not decided (wrapping round)."""
        total = len(self)
        for step in range(1, total):
            index = (self.position + step) % total
            if not self.entry_decided(index):
                return index
        return None

    # Deciding ----------------------------------------------------------------------------

    def record(self, entry_id: int, person_id: int, decided: Decided | None) -> None:
        """Keep (or, with None, forget) the decision on a pair."""
        if decided is None:
            self._decided.pop((entry_id, person_id), None)
        else:
            self._decided[entry_id, person_id] = decided
