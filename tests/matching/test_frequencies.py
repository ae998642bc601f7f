"""Common names weigh less: an exact match on a name held by many sought persons says less
than one on a rare name (term frequencies, as Splink's)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseworker.matching import LIKELY_FROM, Field, Level, probability, score
from tests.matching.people import person

NAMES = (Field.SURNAME, Field.GIVEN, Field.PATRONYMIC)
SOUGHT = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="04.05.1990")


def shares(surname: float, given: float, patronymic: float) -> dict[Field, dict[str, float]]:
    return {
        Field.SURNAME: {SOUGHT.surname_key: surname},
        Field.GIVEN: {SOUGHT.given_key: given},
        Field.PATRONYMIC: {SOUGHT.patronymic_key: patronymic},
    }


COMMON = shares(0.02, 0.15, 0.15)
RARE = shares(0.00001, 0.001, 0.001)


def test_a_common_full_name_of_the_same_year_is_not_likely() -> None:
    namesake = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="1990")

    flat = score(namesake, SOUGHT).probability
    common = score(namesake, SOUGHT, shares=COMMON).probability
    rare = score(namesake, SOUGHT, shares=RARE).probability

    assert common < 0.5 <= flat < rare
    assert common < LIKELY_FROM


def test_the_true_person_with_a_common_name_is_still_likely() -> None:
    entry = person(surname="Shumov", given="Oleksii", patronymic="Viktorovych", born="04.05.1990")

    assert score(entry, SOUGHT, shares=COMMON).probability >= LIKELY_FROM


def test_a_key_nobody_has_counted_keeps_the_flat_weight() -> None:
    entry = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="1990")

    assert score(entry, SOUGHT, shares={}).probability == score(entry, SOUGHT).probability


def test_a_very_common_name_still_weighs_at_least_a_close_one() -> None:
    everyone = shares(1.0, 1.0, 1.0)
    exact = person(surname="Шумов", given="Алексей", patronymic="Викторович")
    close = person(surname="Шумоф", given="Алексуй", patronymic="Вмкторович")

    assert {score(close, SOUGHT).levels[f] for f in NAMES} == {Level.CLOSE}
    assert score(exact, SOUGHT, shares=everyone).weight >= score(close, SOUGHT).weight


@given(st.floats(min_value=1e-7, max_value=1.0), st.floats(min_value=1e-7, max_value=1.0))
def test_a_rarer_name_never_lowers_the_probability(a: float, b: float) -> None:
    rarer, commoner = sorted((a, b))
    namesake = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="1990")

    assert (
        score(namesake, SOUGHT, shares=shares(rarer, 0.1, 0.1)).probability
        >= score(namesake, SOUGHT, shares=shares(commoner, 0.1, 0.1)).probability
    )
    assert probability(score(namesake, SOUGHT).levels) == score(namesake, SOUGHT).probability
