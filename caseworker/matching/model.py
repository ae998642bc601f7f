"""Fellegi–Sunter scoring: the match weights of the field levels summed into a probability.

Each field's level carries a match weight, the log2 Bayes factor ``log2(m/u)`` (m: how often
a true match shows that level; u: how often two unrelated people do). The weights and the
prior ``lambda`` (the share of all compared pairs that are true matches) come from one small
data file, ``resources/matching/weights.json`` (see its README). Then

    weight = log2(lambda / (1 - lambda)) + sum of the fields' weights
    probability = 1 / (1 + 2 ** -weight)

which is what Splink computes from the same file, so an organisation that outgrows one
machine can run the same model there. Loading the file forces two rules on it: a field's
levels never rise as they get worse (exact ≥ close ≥ different), and no level weighs less
than ``-cap``, so that one clerical error (a wrong unit, a birth year misread) cannot veto a
true match on its own. A blank field weighs nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from caseworker.matching.fields import FIELD_LEVELS, Field, Identity, Level, compare

NAME_FIELDS = frozenset({Field.SURNAME, Field.GIVEN, Field.PATRONYMIC})
WEIGHTS_FILE = Path(__file__).resolve().parents[2] / "resources" / "matching" / "weights.json"

#: A candidate is proposed to the caseworker from this probability on.
PROPOSED_FROM = 0.1
#: A proposed candidate is marked "likely" from this probability on. Never accepted
#: automatically, however high: a caseworker decides.
LIKELY_FROM = 0.9
#: The largest penalty one field may carry (in bits) when the file names none.
DEFAULT_CAP = 4.0


@dataclass(frozen=True, slots=True)
class Weights:
    """The model: the prior's log2 odds and each field level's match weight."""

    prior: float
    cap: float
    table: Mapping[Field, Mapping[Level, float]]
    #: m of the exact level of the names that have one in the file: how often a true match
    #: agrees exactly (for term frequencies).
    exact_m: Mapping[Field, float] = field(default_factory=dict)
    #: The smallest share a name's term frequency is taken at (Splink's
    #: ``tf_minimum_u_value``): a name rare among the sought is not as rare on every list.
    least_share: Mapping[Field, float] = field(default_factory=dict)
    #: A field's own largest penalty where the file gives one (``caps``), else ``cap``.
    caps: Mapping[Field, float] = field(default_factory=dict)
    #: Exact names' weights already worked out, by field and share (a cache).
    memo: dict[tuple[Field, float | None], float] = field(
        default_factory=dict, compare=False, repr=False
    )

    def field_cap(self, field: Field) -> float:
        """The largest penalty (in bits) a level of ``field`` may carry."""
        return self.caps.get(field, self.cap)

    def level_weight(self, field: Field, level: Level) -> float:
        """The weight of one field at one level; 0 for blank or a field the file leaves out."""
        return self.table.get(field, {}).get(level, 0.0)

    def exact_weight(self, field: Field, share: float | None) -> float:
        """The weight of an exact match on a value held by ``share`` of the population:
        ``log2(m / share)`` (Splink's term frequency), never below the next level's weight,
        so that a common name still weighs at least a name one typo away. The flat weight
        when the share or m is unknown."""
        known = self.memo.get((field, share))
        if known is not None:
            return known
        m = self.exact_m.get(field)
        if share is None or m is None or share <= 0:
            found = self.level_weight(field, Level.EXACT)
        else:
            taken = min(max(share, self.least_share.get(field, 0.0)), 1.0)
            found = max(math.log2(m / taken), self.level_weight(field, FIELD_LEVELS[field][1]))
        self.memo[field, share] = found
        return found


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored pair: the probability that both sides are one person, and why."""

    probability: float
    levels: Mapping[Field, Level]
    #: The summed match weight (log2 odds), for sorting and for the curious.
    weight: float


def proposed(probability: float) -> bool:
    return probability >= PROPOSED_FROM


def likely(probability: float) -> bool:
    return probability >= LIKELY_FROM


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"weights: {what} must be a number, not {value!r}")
    return float(value)


def _exact_share(field: Field, levels: list[object], key: str) -> float | None:
    """The exact level's ``m`` or ``tf_minimum_u_value``, a share in (0, 1], if it has one."""
    for item in levels:
        if isinstance(item, dict) and item.get("label") == Level.EXACT and item.get(key):
            value = _number(item[key], f"{field} exact {key}")
            if not 0 < value <= 1:
                raise ValueError(f"weights: {field} exact {key} must lie in (0, 1], not {value}")
            return value
    return None


def _caps(data: dict[str, object], cap: float) -> dict[Field, float]:
    """Each field's largest penalty: the file's ``caps`` for a field, else ``cap``."""
    given = data.get("caps", {})
    if not isinstance(given, dict):
        raise ValueError("weights: caps must be an object of fields")
    caps = dict.fromkeys(Field, cap)
    for name, value in given.items():
        caps[Field(name)] = _number(value, f"cap of {name}")
        if caps[Field(name)] <= 0:
            raise ValueError(f"weights: the cap of {name} must be positive")
    return caps


def _field_weights(field: Field, levels: object, cap: float) -> dict[Level, float]:
    if not isinstance(levels, list):
        raise ValueError(f"weights: {field} must be a list of levels")
    given: dict[Level, float] = {}
    for item in levels:
        if not isinstance(item, dict) or "label" not in item:
            raise ValueError(f"weights: every level of {field} needs a label and a weight")
        level = Level(item["label"])
        if level is not Level.BLANK:
            given[level] = _number(item.get("weight"), f"{field} {level}")
    order = FIELD_LEVELS[field]
    if set(given) != set(order):
        raise ValueError(f"weights: {field} needs exactly the levels {', '.join(order)}")
    forced: dict[Level, float] = {}
    ceiling = math.inf
    for level in order:  # best first: each level at most the one before, none below -cap
        ceiling = min(ceiling, max(given[level], -cap))
        forced[level] = ceiling
    return forced


def weights_from(data: object) -> Weights:
    """The model from the file's JSON. Raises ValueError when it is not a valid model."""
    if not isinstance(data, dict):
        raise ValueError("weights: not a JSON object")
    share = _number(data.get("lambda"), "lambda")
    if not 0 < share < 1:
        raise ValueError(f"weights: lambda must lie between 0 and 1, not {share}")
    cap = _number(data.get("cap", DEFAULT_CAP), "cap")
    if cap <= 0:
        raise ValueError(f"weights: cap must be positive, not {cap}")
    comparisons = data.get("comparisons")
    if not isinstance(comparisons, dict):
        raise ValueError("weights: comparisons must be an object of fields")
    caps = _caps(data, cap)
    table = {
        Field(name): _field_weights(Field(name), levels, caps[Field(name)])
        for name, levels in comparisons.items()
    }
    names = [
        (f, levels) for name, levels in comparisons.items() if (f := Field(name)) in NAME_FIELDS
    ]
    exact_m = {f: m for f, levels in names if (m := _exact_share(f, levels, "m")) is not None}
    least = {
        f: u
        for f, levels in names
        if (u := _exact_share(f, levels, "tf_minimum_u_value")) is not None
    }
    return Weights(
        prior=math.log2(share / (1 - share)),
        cap=cap,
        table=table,
        exact_m=exact_m,
        least_share=least,
        caps=caps,
    )


@cache
def _shipped() -> Weights:
    return load_weights(WEIGHTS_FILE)


def load_weights(path: Path | None = None) -> Weights:
    """The model from ``path``, or the shipped one (read once).

    Raises OSError when the file cannot be read, ValueError when it is not a valid model.
    """
    if path is None:
        return _shipped()
    return weights_from(json.loads(path.read_text(encoding="utf-8")))


def _sigmoid2(weight: float) -> float:
    if weight >= 0:
        return 1 / (1 + math.exp2(-weight))
    odds = math.exp2(weight)
    return odds / (1 + odds)


def total_weight(levels: Mapping[Field, Level], weights: Weights | None = None) -> float:
    model = weights or load_weights()
    return model.prior + sum(model.level_weight(f, level) for f, level in levels.items())


def shared(weights: Sequence[float], groups: Sequence[Hashable] | None = None) -> list[float]:
    """The probabilities of one entry's candidates, given their summed match weights, when
    the entry is one man and so at most one of them: each candidate's odds ``2 ** weight``
    over one plus all of their odds. A lone candidate keeps its own probability (what
    Splink gives the pair); candidates alike share the entry (two namesakes of equal
    weight get a third each where each alone would have half).

    ``groups`` (one per weight) names the candidates known to be one man (sought persons
    linked as the same person): candidates of one group are one hypothesis, whose odds are
    its best member's, and each member shows that hypothesis's share (two records of one man
    matching exactly keep what one alone would get). Without it each candidate is his own
    group. The figure is honest even when low: a crowd of eleven namesakes alike each gets
    under :data:`PROPOSED_FROM`, and the caller
    (:func:`caseworker.services.matching.match_list`) still proposes those whose own pair
    probability is :data:`LIKELY_FROM` or more. Raises ValueError when ``groups`` is not as
    long as ``weights``."""
    if not weights:
        return []
    if groups is None:
        top = max(max(weights), 0.0)
        alone = [math.exp2(w - top) for w in weights]
        total = math.exp2(-top) + sum(alone)
        return [odds / total for odds in alone]
    keys = groups
    if len(keys) != len(weights):
        raise ValueError("shared: one group per weight")
    best: dict[Hashable, float] = {}
    for key, weight in zip(keys, weights, strict=True):
        best[key] = max(best.get(key, weight), weight)
    top = max(max(best.values()), 0.0)
    scaled = {key: math.exp2(weight - top) for key, weight in best.items()}
    whole = math.exp2(-top) + sum(scaled.values())
    return [scaled[key] / whole for key in keys]


def probability(levels: Mapping[Field, Level], weights: Weights | None = None) -> float:
    """The probability that a pair with these field levels is one person."""
    return _sigmoid2(total_weight(levels, weights))


#: Each name field's keys with the share of the population holding them (0.02: one in 50).
Shares = Mapping[Field, Mapping[str, float]]


def _key(who: Identity, field: Field) -> str:
    if field is Field.SURNAME:
        return who.surname_key
    return who.given_key if field is Field.GIVEN else who.patronymic_key


def score(
    a: Identity, b: Identity, weights: Weights | None = None, *, shares: Shares | None = None
) -> Candidate:
    """Compare two identities and score them (symmetric).

    With ``shares`` (counted over the sought persons by the caller), an exact match on a
    common name weighs less than one on a rare name; a key missing from them keeps the flat
    weight. Raises what ``compare`` and ``load_weights`` raise.
    """
    model = weights or load_weights()
    levels = compare(a, b)
    weight = model.prior
    table = model.table
    for f, level in levels.items():
        if level is Level.BLANK:
            continue
        if shares is not None and level is Level.EXACT and f in NAME_FIELDS:
            weight += model.exact_weight(f, shares.get(f, _NO_SHARES).get(_key(a, f)))
        else:
            weight += table.get(f, _NO_LEVELS).get(level, 0.0)
    return Candidate(probability=_sigmoid2(weight), levels=levels, weight=weight)


_NO_SHARES: Mapping[str, float] = {}
_NO_LEVELS: Mapping[Level, float] = {}
