"""The duplicate search's quick bound never drops a pair that ``score`` would keep: checked on
every pair of a made-up population of namesakes (fictional), with the shipped model and the
names' shares, at several thresholds."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from caseworker.matching import load_weights, score
from caseworker.names import NameField, name_key
from caseworker.services.matching.duplicate_blocks import Population
from caseworker.services.matching.duplicates import _Bound, _identity, _lowest_weight
from caseworker.vocab import DatePrecision

SURNAMES = ("Шумов", "Шумоф", "Шамов", "Кравцов", "Кравцова", "Заречный", "Алексей")
GIVEN = ("Алексей", "Олексій", "Алексеи", "Пётр", "Анна", "Шумов", "")
PATRONYMICS = ("Викторович", "Вікторович", "Петрович", "Викторовна", "")
UNITS = ("в/ч 00417", "войсковая часть 00417", "в/ч 12345", "")
NUMBERS = ("АВ-123456", "ав 123456", "АВ-654321", "")


def population(count: int, seed: int) -> Population:
    rng = random.Random(seed)
    people = Population()
    start = date(1990, 5, 4)
    for number in range(count):
        names = (rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(PATRONYMICS))
        keys = (
            name_key(names[0], NameField.SURNAME),
            name_key(names[1], NameField.GIVEN) if names[1] else "",
            name_key(names[2], NameField.PATRONYMIC) if names[2] else "",
        )
        born: date | None = start + timedelta(days=rng.choice((0, 1, -1, 30, 365, 366, 3000)))
        precision: DatePrecision | None = rng.choice(
            (DatePrecision.DAY, DatePrecision.DAY, DatePrecision.YEAR)
        )
        if rng.random() < 0.1:
            born, precision = None, None
        elif born is not None and rng.random() < 0.1:
            born = date(born.year, born.day if born.day <= 12 else 1, min(born.month, 28))
        people.add(
            number + 1,
            number // 2 + 1,
            names,
            keys,
            born,
            precision,
            rng.choice(NUMBERS),
            rng.choice(UNITS),
        )
    return people


@pytest.mark.parametrize("with_shares", [False, True])
def test_the_bound_never_drops_a_pair_the_score_keeps(with_shares: bool) -> None:
    people = population(120, seed=13)
    shares = people.shares(1) if with_shares else None
    bound = _Bound(people, load_weights(), shares)
    identities = [_identity(people, at) for at in range(len(people))]
    kept = 0
    for minimum in (0.01, 0.1, 0.5, 0.9):
        lowest = _lowest_weight(minimum)
        for first in range(len(people)):
            for second in range(first + 1, len(people)):
                scored = score(identities[first], identities[second], shares=shares)
                if scored.probability >= minimum:
                    kept += 1
                    assert bound.reaches(first, second, lowest), (
                        people.names[first],
                        people.names[second],
                        scored,
                    )
    assert kept > 100  # the population has pairs worth keeping at every threshold


def test_the_bound_turns_away_most_namesakes() -> None:
    people = population(120, seed=14)
    bound = _Bound(people, load_weights(), None)
    lowest = _lowest_weight(0.5)
    pairs = [(a, b) for a in range(len(people)) for b in range(a + 1, len(people))]
    turned_away = sum(1 for a, b in pairs if not bound.reaches(a, b, lowest))
    assert turned_away > len(pairs) / 4  # this population is namesakes born within days
    assert _lowest_weight(0.0) == -math.inf and _lowest_weight(1.0) == math.inf
