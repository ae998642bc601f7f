"""Finding conflicting pairs of reports in O(n log n): sorted sweeps instead of pair scans.

Each report picks one representative among the reports it conflicts with, so a rule
gives at most as many findings as there are reports, never one for each of the millions
of pairs a person with thousands of reports could have. Which representative is picked
is explained in :mod:`caseworker.timeline.contradictions`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter

from caseworker.text import fold
from caseworker.timeline.facts import ReportFact

Pair = tuple["Span", "Span"]
_BY_START = attrgetter("start", "id")
_EVENT_ORDER = itemgetter(0, 1, 2, 3)


def _by_end_lower_id_last(span: Span) -> tuple[int, int]:
    return (span.end, -span.id)


# Place names repeat across reports; folding each once keeps the sweep fast.
_folded_place = lru_cache(maxsize=4096)(fold)


class Span:
    """A report's event as day numbers, with its root (the original it relays, or itself).

    ``place`` is the folded place name, filled in only where places are compared.
    """

    __slots__ = ("credible", "end", "fact", "id", "place", "root", "start")

    def __init__(self, fact: ReportFact, root: int) -> None:
        self.fact = fact
        self.id = fact.id
        self.start = fact.event.earliest.toordinal()
        self.end = fact.event.latest.toordinal()
        self.root = root
        self.credible = fact.credible
        self.place = ""

    def with_place(self) -> Span:
        self.place = _folded_place(self.fact.place)
        return self


def _previous_other_root(spans: Sequence[Span]) -> list[int]:
    """For each position, the nearest earlier position whose root differs (-1: none)."""
    links = [-1] * len(spans)
    for i in range(1, len(spans)):
        links[i] = i - 1 if spans[i - 1].root != spans[i].root else links[i - 1]
    return links


def _next_other_root(spans: Sequence[Span]) -> list[int]:
    """For each position, the nearest later position whose root differs (-1: none)."""
    links = [-1] * len(spans)
    for i in range(len(spans) - 2, -1, -1):
        links[i] = i + 1 if spans[i + 1].root != spans[i].root else links[i + 1]
    return links


def wholly_after(earlier: Sequence[Span], later: Sequence[Span]) -> set[Pair]:
    """Pairs (e, l) where l's event starts after e's has ended, from different roots.

    Each ``l`` is paired with the ``e`` that ended last before it began, and each ``e``
    with the ``l`` that began first after it ended: the closest pairs in time.
    """
    pairs: set[Pair] = set()
    if not earlier or not later:
        return pairs
    # Among equal ends the lower id comes last, so that it is the one picked.
    by_end = sorted(earlier, key=_by_end_lower_id_last)
    ends = [s.end for s in by_end]
    before = _previous_other_root(by_end)
    by_start = sorted(later, key=_BY_START)
    starts = [s.start for s in by_start]
    after = _next_other_root(by_start)
    for span in later:
        j = bisect_left(ends, span.start) - 1
        if j >= 0 and by_end[j].root == span.root:
            j = before[j]
        if j >= 0:
            pairs.add((by_end[j], span))
    for span in earlier:
        k = bisect_right(starts, span.end)
        if k < len(by_start) and by_start[k].root == span.root:
            k = after[k]
        if 0 <= k < len(by_start):
            pairs.add((span, by_start[k]))
    return pairs


def _overlapping_one_way(side: Sequence[Span], other: Sequence[Span]) -> list[Pair]:
    """Pair each report of ``side`` with the overlapping ``other`` report that ends last.

    ``other`` is sorted by start; for each prefix the two latest-ending reports of
    different roots are kept, which is enough to skip a report's own root.
    """
    by_start = sorted(other, key=_BY_START)
    starts = [s.start for s in by_start]
    first: list[Span] = []
    second: list[Span | None] = []
    best: Span | None = None
    runner_up: Span | None = None
    for span in by_start:
        if best is None or (span.end, -span.id) > (best.end, -best.id):
            if best is not None and best.root != span.root:
                runner_up = best
            best = span
        elif span.root != best.root and (
            runner_up is None or (span.end, -span.id) > (runner_up.end, -runner_up.id)
        ):
            runner_up = span
        first.append(best)
        second.append(runner_up)
    pairs: list[Pair] = []
    for span in side:
        k = bisect_right(starts, span.end) - 1
        if k < 0:
            continue
        candidate: Span | None = first[k]
        if candidate is not None and candidate.root == span.root:
            candidate = second[k]
        if candidate is not None and candidate.end >= span.start:
            pairs.append((span, candidate))
    return pairs


def overlapping(left: Sequence[Span], right: Sequence[Span]) -> set[Pair]:
    """Pairs (l, r) of different roots whose events overlap; each report gets a partner."""
    if not left or not right:
        return set()
    pairs = set(_overlapping_one_way(left, right))
    pairs.update((l_span, r_span) for r_span, l_span in _overlapping_one_way(right, left))
    return pairs


def overlapping_elsewhere(left: Sequence[Span], right: Sequence[Span]) -> set[Pair]:
    """Pairs (l, r) of different roots whose events overlap at two different named places.

    A sweep through time keeps the reports under way, grouped by place and root; each
    report, as it begins, is paired with one report of the other side already under way
    elsewhere. Every overlapping pair is seen by its later-starting report, so a conflict
    is found whenever one exists.
    """
    pairs: set[Pair] = set()
    sides = (
        [s for s in left if s.place],
        [s for s in right if s.place],
    )
    if not sides[0] or not sides[1]:
        return pairs
    events: list[tuple[int, int, int, int, Span]] = []
    for side_index, spans in enumerate(sides):
        for span in spans:
            events.append((span.start, 0, side_index, span.id, span))
            events.append((span.end, 1, side_index, span.id, span))
    events.sort(key=_EVENT_ORDER)
    under_way: tuple[dict[str, dict[int, dict[int, Span]]], ...] = ({}, {})
    for _, is_end, side_index, fact_id, span in events:
        mine = under_way[side_index]
        if is_end:
            by_root = mine[span.place]
            del by_root[span.root][fact_id]
            if not by_root[span.root]:
                del by_root[span.root]
            if not by_root:
                del mine[span.place]
            continue
        partner = _elsewhere(under_way[1 - side_index], span)
        if partner is not None:
            pairs.add((span, partner) if side_index == 0 else (partner, span))
        mine.setdefault(span.place, {}).setdefault(span.root, {})[fact_id] = span
    return pairs


def _elsewhere(under_way: dict[str, dict[int, dict[int, Span]]], span: Span) -> Span | None:
    for place, by_root in under_way.items():
        if place == span.place:
            continue
        for root, spans in by_root.items():
            if root != span.root:
                return next(iter(spans.values()))
    return None
