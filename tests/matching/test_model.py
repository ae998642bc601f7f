"""Fellegi–Sunter scoring: a probability from the field levels, bounded mismatch penalties."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.matching import (
    FIELD_LEVELS,
    LIKELY_FROM,
    PROPOSED_FROM,
    Field,
    Level,
    likely,
    load_weights,
    probability,
    proposed,
    score,
    shared,
)
from tests.matching.people import person

SOUGHT = person(
    surname="Шумов",
    given="Алексей",
    patronymic="Викторович",
    born="1990-05-04",
    unit="в/ч 12345",
    region="Ростовская область",
)


def test_a_ukrainian_latin_list_entry_finds_the_russian_person() -> None:
    entry = person(surname="Shumov", given="Oleksii", patronymic="Viktorovych", born="04.05.1990")

    candidate = score(entry, SOUGHT)

    assert candidate.probability >= 0.99
    assert likely(candidate.probability)
    assert candidate.levels[Field.SURNAME] is Level.EXACT
    assert candidate.levels[Field.UNIT] is Level.BLANK


def test_a_surname_typo_and_day_and_month_swapped_still_above_even_odds() -> None:
    entry = person(surname="Шкмов", given="Олексій", patronymic="Вікторович", born="05.04.1990")

    candidate = score(entry, SOUGHT)

    assert candidate.levels[Field.SURNAME] is Level.CLOSE
    assert candidate.levels[Field.BORN] is Level.SWAPPED
    assert candidate.probability > 0.5


def test_namesakes_born_in_different_years_are_not_proposed() -> None:
    namesake = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="1987")

    candidate = score(namesake, SOUGHT)

    assert candidate.probability < PROPOSED_FROM
    assert not proposed(candidate.probability)


def test_a_wrong_unit_does_not_veto_a_true_match() -> None:
    entry = replace(SOUGHT, unit="в/ч 54321", region="")

    candidate = score(entry, SOUGHT)

    assert candidate.levels[Field.UNIT] is Level.DIFFERENT
    assert candidate.probability >= LIKELY_FROM


@pytest.mark.parametrize(
    "error",
    [
        {"surname": "Карпенко"},
        {"given": "Дмитрий"},
        {"patronymic": "Петрович"},
        {"born": "1979"},
        {"service_number": "АВ-999999"},
        {"unit": "в/ч 54321"},
        {"region": "Курская область"},
    ],
)
def test_one_clerical_error_cannot_veto_a_well_identified_match(error: dict[str, str]) -> None:
    """Full name, birth date and service number agree; any one of them may be wrong."""
    right = {
        "surname": "Шумов",
        "given": "Алексей",
        "patronymic": "Викторович",
        "born": "04.05.1990",
        "service_number": "АВ-123456",
        "unit": "в/ч 12345",
        "region": "Ростовская область",
    }
    sought = person(**right)

    candidate = score(person(**(right | error)), sought)

    assert candidate.probability > 0.5


def test_scoring_is_symmetric_and_a_better_candidate_scores_higher() -> None:
    typo = person(surname="Шумоф", given="Алексей", patronymic="Викторович", born="1990")
    exact = person(surname="Шумов", given="Алексей", patronymic="Викторович", born="1990")

    assert score(typo, SOUGHT).probability == score(SOUGHT, typo).probability
    assert score(exact, SOUGHT).probability > score(typo, SOUGHT).probability


def test_thresholds() -> None:
    assert (PROPOSED_FROM, LIKELY_FROM) == (0.1, 0.9)
    assert proposed(0.1) and not proposed(0.0999)
    assert likely(0.9) and not likely(0.8999)


def _levels() -> st.SearchStrategy[dict[Field, Level]]:
    return st.fixed_dictionaries(
        {field: st.sampled_from((*levels, Level.BLANK)) for field, levels in FIELD_LEVELS.items()}
    )


@given(_levels(), st.sampled_from(list(Field)), st.data())
def test_improving_any_field_never_lowers_the_probability(
    levels: dict[Field, Level], field: Field, data: st.DataObject
) -> None:
    order = FIELD_LEVELS[field]
    if levels[field] is Level.BLANK:
        return
    better = data.draw(st.sampled_from(order[: order.index(levels[field]) + 1]))

    assert probability(levels | {field: better}) >= probability(levels)


def test_the_weights_file_is_forced_into_order_and_its_penalties_bounded(tmp_path: Path) -> None:
    """A fitted file may say "close" beats "exact" (few names), or a huge penalty: neither
    survives loading."""
    path = tmp_path / "weights.json"
    path.write_text(
        json.dumps(
            {
                "lambda": 0.001,
                "cap": 4,
                "caps": {"born": 8},
                "comparisons": {
                    "given": [
                        {"label": "exact", "weight": 3.3},
                        {"label": "close", "weight": 4.2},
                        {"label": "similar", "weight": 1.0},
                        {"label": "different", "weight": -9.5},
                    ],
                    "born": [
                        {"label": "exact", "weight": 13},
                        {"label": "swapped", "weight": 9},
                        {"label": "year", "weight": 5},
                        {"label": "near", "weight": 4},
                        {"label": "different", "weight": -9.5},
                    ],
                },
            }
        ),
        encoding="utf-8",
    )

    weights = load_weights(path)

    assert weights.level_weight(Field.GIVEN, Level.EXACT) == 3.3
    assert weights.level_weight(Field.GIVEN, Level.CLOSE) == 3.3
    assert weights.level_weight(Field.GIVEN, Level.SIMILAR) == 1.0
    assert weights.level_weight(Field.GIVEN, Level.DIFFERENT) == -4
    # A birth date's own cap: one slip is "near" or "swapped", "different" is more.
    assert weights.level_weight(Field.BORN, Level.DIFFERENT) == -8
    assert weights.level_weight(Field.GIVEN, Level.BLANK) == 0
    assert weights.level_weight(Field.SURNAME, Level.EXACT) == 0  # not in the file: no say


def test_the_shipped_weights_bound_every_penalty() -> None:
    weights = load_weights()

    for field, levels in FIELD_LEVELS.items():
        values = [weights.level_weight(field, level) for level in levels]
        assert values == sorted(values, reverse=True), field
        assert min(values) >= -weights.field_cap(field)
        assert weights.field_cap(field) <= 8
        assert weights.level_weight(field, Level.BLANK) == 0


def test_a_malformed_weights_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text('{"lambda": 2, "comparisons": {}}', encoding="utf-8")

    with pytest.raises(ValueError, match="lambda"):
        load_weights(path)


def test_a_list_that_wrote_the_given_name_as_the_surname_still_finds_him() -> None:
    entry = person(surname="Oleksii", given="Shumov", patronymic="Viktorovych", born="04.05.1990")

    assert likely(score(entry, SOUGHT).probability)


def test_an_entry_is_one_man_so_its_candidates_share_him() -> None:
    alone, pair = shared([0.0]), shared([0.0, 0.0])

    assert alone == [0.5]  # a lone candidate keeps what Fellegi-Sunter gives the pair
    assert pair == [pytest.approx(1 / 3), pytest.approx(1 / 3)]
    strong, weak = shared([30.0, 2.0])
    assert strong == pytest.approx(1.0) and weak < 1e-8
    assert shared([]) == []
    assert shared([-2000.0, 2000.0]) == [0.0, 1.0]  # no overflow


def test_candidates_of_one_group_share_the_entry_as_one() -> None:
    # Two records of one man (linked) matching alike keep what one alone would get.
    assert shared([8.0, 8.0], ["man", "man"]) == shared([8.0]) * 2
    # The group's odds are its best member's: each member shows the group's share.
    best, weaker, other = shared([8.0, 3.0, 8.0], [1, 1, 2])
    assert best == weaker == pytest.approx(other) == pytest.approx(2**8 / (1 + 2 * 2**8))
    with pytest.raises(ValueError):
        shared([1.0, 2.0], [1])


def test_a_name_rare_among_the_sought_weighs_no_more_than_its_floor(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    levels = [
        {"label": "exact", "weight": 4.0, "m": 0.8, "tf_minimum_u_value": 0.01},
        {"label": "close", "weight": 2.0},
        {"label": "similar", "weight": 1.0},
        {"label": "different", "weight": -4.0},
    ]
    path.write_text(
        json.dumps({"lambda": 0.001, "comparisons": {"given": levels}}), encoding="utf-8"
    )
    weights = load_weights(path)

    assert weights.exact_weight(Field.GIVEN, 0.2) == pytest.approx(2.0)  # log2(0.8 / 0.2)
    assert weights.exact_weight(Field.GIVEN, 0.0001) == pytest.approx(math.log2(0.8 / 0.01))
