"""Matching a published list against the sought persons, and the caseworker's decisions.

:func:`match_list` proposes, for every entry of a list, the sought persons who may be the
same man, scored field by field (``caseworker.matching``); :func:`decide` records "this is
him" (a report from the list) or "not him" (with a reason), which keeps the pair from being
proposed again while neither side's identity changes; :func:`withdraw_decision` undoes a
decision with a new row.
"""

from caseworker.services.matching.decisions import (
    decide,
    fingerprint,
    standing_decision,
    withdraw_decision,
)
from caseworker.services.matching.lists import (
    EntryMatches,
    MatchCandidate,
    MatchingCancelled,
    match_list,
)

__all__ = [
    "EntryMatches",
    "MatchCandidate",
    "MatchingCancelled",
    "decide",
    "fingerprint",
    "match_list",
    "standing_decision",
    "withdraw_decision",
]
