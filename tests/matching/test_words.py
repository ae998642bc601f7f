"""The levels in the caseworker's words: match, close, mismatch, no data."""

from __future__ import annotations

import pytest

from caseworker import i18n
from caseworker.cli.language import speaking
from caseworker.matching import (
    FIELD_LEVELS,
    Field,
    Level,
    Verdict,
    field_words,
    level_words,
    verdict,
    verdict_words,
)


def test_every_level_says_match_close_mismatch_or_blank() -> None:
    assert {level: verdict(level) for level in Level} == {
        Level.EXACT: Verdict.MATCH,
        Level.CLOSE: Verdict.CLOSE,
        Level.SIMILAR: Verdict.CLOSE,
        Level.SWAPPED: Verdict.CLOSE,
        Level.NEAR: Verdict.CLOSE,
        Level.YEAR: Verdict.CLOSE,
        Level.DIFFERENT: Verdict.MISMATCH,
        Level.BLANK: Verdict.BLANK,
    }
    assert [v.value for v in Verdict] == ["match", "close", "mismatch", "blank"]


def test_the_words_in_russian() -> None:
    with speaking("ru"):
        said = [verdict_words(v) for v in Verdict]
        swapped = level_words(Level.SWAPPED)
        born = field_words(Field.BORN)

    assert said == ["совпадает", "похоже", "не совпадает", "нет данных"]
    assert swapped == "день и месяц переставлены"
    assert born == "Дата рождения"


def test_the_words_in_english() -> None:
    i18n.install_translator(None)

    assert [verdict_words(v) for v in Verdict] == [
        "matches",
        "similar",
        "does not match",
        "no data",
    ]
    assert level_words(Level.YEAR) == "only the year matches"


@pytest.mark.parametrize("field", list(Field))
def test_every_field_and_level_has_words(field: Field) -> None:
    assert field_words(field)
    assert all(level_words(level) for level in FIELD_LEVELS[field])
