"""The comparison levels and fields in the caseworker's words (for the window and the
command line): every level is one of match, close, mismatch or blank."""

from __future__ import annotations

from enum import StrEnum

from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.matching.fields import Field, Level


class Verdict(StrEnum):
    """What a field's level means to a reader (and the command line's JSON word for it)."""

    MATCH = "match"
    CLOSE = "close"
    MISMATCH = "mismatch"
    BLANK = "blank"


_VERDICTS = {
    Level.EXACT: Verdict.MATCH,
    Level.CLOSE: Verdict.CLOSE,
    Level.SIMILAR: Verdict.CLOSE,
    Level.SWAPPED: Verdict.CLOSE,
    Level.NEAR: Verdict.CLOSE,
    Level.YEAR: Verdict.CLOSE,
    Level.DIFFERENT: Verdict.MISMATCH,
    Level.BLANK: Verdict.BLANK,
}

_VERDICT_WORDS = {
    Verdict.MATCH: QT_TRANSLATE_NOOP("Matching", "matches"),
    Verdict.CLOSE: QT_TRANSLATE_NOOP("Matching", "similar"),
    Verdict.MISMATCH: QT_TRANSLATE_NOOP("Matching", "does not match"),
    Verdict.BLANK: QT_TRANSLATE_NOOP("Matching", "no data"),
}

_LEVEL_WORDS = {
    Level.EXACT: QT_TRANSLATE_NOOP("Matching", "matches"),
    Level.CLOSE: QT_TRANSLATE_NOOP("Matching", "differs by one letter"),
    Level.SIMILAR: QT_TRANSLATE_NOOP("Matching", "spelled similarly"),
    Level.SWAPPED: QT_TRANSLATE_NOOP("Matching", "day and month swapped"),
    Level.NEAR: QT_TRANSLATE_NOOP(
        "Matching", "off by a day, a year, a digit or two swapped digits"
    ),
    Level.YEAR: QT_TRANSLATE_NOOP("Matching", "only the year matches"),
    Level.DIFFERENT: QT_TRANSLATE_NOOP("Matching", "does not match"),
    Level.BLANK: QT_TRANSLATE_NOOP("Matching", "no data"),
}

_FIELD_WORDS = {
    Field.SURNAME: QT_TRANSLATE_NOOP("Matching", "Surname"),
    Field.GIVEN: QT_TRANSLATE_NOOP("Matching", "Given name"),
    Field.PATRONYMIC: QT_TRANSLATE_NOOP("Matching", "Patronymic"),
    Field.BORN: QT_TRANSLATE_NOOP("Matching", "Date of birth"),
    Field.SERVICE_NUMBER: QT_TRANSLATE_NOOP("Matching", "Service number"),
    Field.UNIT: QT_TRANSLATE_NOOP("Matching", "Unit"),
    Field.REGION: QT_TRANSLATE_NOOP("Matching", "Region"),
}


def verdict(level: Level) -> Verdict:
    return _VERDICTS[level]


def verdict_words(value: Verdict) -> str:
    """ "matches", "similar", "does not match" or "no data", translated."""
    return translate("Matching", _VERDICT_WORDS[value])


def level_words(level: Level) -> str:
    """The level itself, translated: "day and month swapped", "only the year matches"…"""
    return translate("Matching", _LEVEL_WORDS[level])


def field_words(field: Field) -> str:
    """The field's label, translated ("Date of birth")."""
    return translate("Matching", _FIELD_WORDS[field])


#: What rounds to 100 % is shown as "over 99 %": a match is never certain.
_CERTAIN_LOOKING = 0.995


def percent_words(probability: float) -> str:
    """A probability as a caseworker reads it: a whole percentage cut down, not rounded
    (0.899 is "89 %", so that "likely" from 0.9 always goes with 90 % or more), never
    "100 %" ("over 99 %" from 0.995 on) and never "0 %" ("under 1 %"). Raises nothing."""
    if probability >= _CERTAIN_LOOKING:
        return translate("Matching", "over 99 %")
    if probability < 0.01:
        return translate("Matching", "under 1 %")
    return f"{int(probability * 100)} %"
