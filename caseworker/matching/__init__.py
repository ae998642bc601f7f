"""Matching list entries and sought persons: field levels, Fellegi–Sunter scores, words.

Pure functions over plain :class:`Identity` values: no database and no Qt. Finding the
candidate pairs (blocking on the stored keys) is the services' work.
"""

from caseworker.matching.fields import (
    FIELD_LEVELS,
    SIMILAR_FROM,
    Field,
    Identity,
    Level,
    born_level,
    compare,
    names_crossed,
    normalize_region,
    normalize_unit,
    similar,
    units_agree,
)
from caseworker.matching.model import (
    LIKELY_FROM,
    NAME_FIELDS,
    PROPOSED_FROM,
    WEIGHTS_FILE,
    Candidate,
    Shares,
    Weights,
    likely,
    load_weights,
    probability,
    proposed,
    score,
    shared,
    total_weight,
    weights_from,
)
from caseworker.matching.words import Verdict, field_words, level_words, verdict, verdict_words

__all__ = [
    "FIELD_LEVELS",
    "LIKELY_FROM",
    "NAME_FIELDS",
    "PROPOSED_FROM",
    "SIMILAR_FROM",
    "WEIGHTS_FILE",
    "Candidate",
    "Field",
    "Identity",
    "Level",
    "Shares",
    "Verdict",
    "Weights",
    "born_level",
    "compare",
    "field_words",
    "level_words",
    "likely",
    "load_weights",
    "names_crossed",
    "normalize_region",
    "normalize_unit",
    "probability",
    "proposed",
    "score",
    "shared",
    "similar",
    "total_weight",
    "units_agree",
    "verdict",
    "verdict_words",
    "weights_from",
]
