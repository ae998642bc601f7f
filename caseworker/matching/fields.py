"""Two identities compared field by field, each field at one of its ordered levels.

An :class:`Identity` is what a list entry or a sought person says about who they are: the
three names (with their matching keys, so that Олексій, Алексей and Oleksii agree), the birth
date as an interval with its precision, the service number, the unit and the region. It is a
plain value: no database, no Qt. :func:`compare` gives each field its level, best first in
:data:`FIELD_LEVELS`; a field empty on either side is :attr:`Level.BLANK` and says nothing.

The same levels are computed in the offline fit (``tools/fit_match_weights.py``) from the same
normalised columns, so that the weights fitted there mean the same here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache

from caseworker.dates import EventDate
from caseworker.names import NameField, close, compact, name_key
from caseworker.names.tables import known_keys
from caseworker.text import normalize_service_number
from caseworker.vocab import DatePrecision


class Field(StrEnum):
    """A field of an identity that is compared (the names as in the command line's JSON)."""

    SURNAME = "surname"
    GIVEN = "given"
    PATRONYMIC = "patronymic"
    BORN = "born"
    SERVICE_NUMBER = "service_number"
    UNIT = "unit"
    REGION = "region"


class Level(StrEnum):
    """How well one field of two identities agrees."""

    EXACT = "exact"
    #: One typo apart (names): Damerau–Levenshtein ≤ 1 on the keys, see ``names.close``.
    CLOSE = "close"
    #: Names spelled alike, though more than one symbol of their keys apart: Jaro–Winkler
    #: similarity of the keys at least :data:`SIMILAR_FROM` (a typo the key's sound rules
    #: turn into two edits, Моозов and Морозов; Лебедська and Лебедская).
    SIMILAR = "similar"
    #: Birth dates of the same year with day and month swapped (04.05 and 05.04).
    SWAPPED = "swapped"
    #: Birth dates one slip apart: a day apart, the same day and month a year apart, one
    #: digit of DD.MM.YYYY different (18.11.1987 and 13.11.1987) or two adjacent digits of the
    #: day, the month or the year swapped (12.03 and 21.03, 1985 and 1958).
    NEAR = "near"
    #: Birth dates of the same year, one known only to the year or month (the same month
    #: when both give one).
    YEAR = "year"
    DIFFERENT = "different"
    #: Empty on either side: no evidence either way.
    BLANK = "blank"


_NAME_LEVELS = (Level.EXACT, Level.CLOSE, Level.SIMILAR, Level.DIFFERENT)
_EQUAL_LEVELS = (Level.EXACT, Level.DIFFERENT)

#: Each field's levels, best first (BLANK stands apart: it is neither better nor worse).
FIELD_LEVELS: dict[Field, tuple[Level, ...]] = {
    Field.SURNAME: _NAME_LEVELS,
    Field.GIVEN: _NAME_LEVELS,
    Field.PATRONYMIC: _NAME_LEVELS,
    Field.BORN: (Level.EXACT, Level.SWAPPED, Level.YEAR, Level.NEAR, Level.DIFFERENT),
    Field.SERVICE_NUMBER: _EQUAL_LEVELS,
    Field.UNIT: _EQUAL_LEVELS,
    Field.REGION: _EQUAL_LEVELS,
}
#: Two name keys from this Jaro–Winkler similarity on are :attr:`Level.SIMILAR` (Splink's
#: ``JaroWinklerLevel`` at the same threshold gives the same level in the offline fit).
SIMILAR_FROM = 0.88

# Words that name the kind of unit or region rather than which one ("в/ч 12345" = "12345").
_UNIT_WORDS = re.compile(
    r"\b(?:в\s*/\s*ч|в\.\s*ч\.?|вч|войсковая\s+часть|воинская\s+часть|військова\s+частина|"
    r"military\s+unit|unit|v\s*/\s*ch|p\s*/\s*p|полевая\s+почта|п\s*/\s*п)(?=\W|\d|$)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(\d)\s*-?\s*(?:ая|ый|ой|ий|я|й|th|st|nd|rd)\b", re.IGNORECASE)
_TOKENS = re.compile(r"\d+|[^\W\d_]+")
_REGION_WORDS = frozenset(
    {
        "область",
        "обл",
        "oblast",
        "region",
        "край",
        "krai",
        "kray",
        "республика",
        "респ",
        "республіка",
        "republic",
        "автономный",
        "автономний",
        "округ",
        "ао",
        "г",
        "город",
        "місто",
        "city",
    }
)
#: Symbols of a region word's skeleton that identify it (Ростовская, Ростовська, Rostov).
REGION_STEM = 5


@lru_cache(maxsize=8192)
def normalize_unit(text: str) -> str:
    """A unit as compared: without "в/ч" and the like, digits kept, words as skeletons.

    "в/ч 12345", "войсковая часть 12345" and "12345" agree; so do "155-я обрмп" and "155 ОБрМП".
    """
    cleaned = _ORDINAL.sub(r"\1", _UNIT_WORDS.sub(" ", text.casefold()))
    tokens = (token if token.isdigit() else compact(token) for token in _TOKENS.findall(cleaned))
    return " ".join(token for token in tokens if token)


#: A unit's number that names it on its own ("00417" of "в/ч 00417"), unlike a company's "2".
UNIT_NUMBER_DIGITS = 3


@lru_cache(maxsize=65536)
def units_agree(a: str, b: str) -> bool:
    """Whether two units as compared (:func:`normalize_unit`) are the same unit: equal, or one
    says less than the other and names the unit by its number ("в/ч 00417" and "в/ч 00417,
    2-я рота"). "1 рота" and "1 рота 2 батальон" do not agree: a company's number alone names
    no unit. Raises nothing."""
    if a == b:
        return True
    if " " not in a and " " not in b:
        return False
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return set(shorter) <= set(longer) and any(
        token.isdigit() and len(token) >= UNIT_NUMBER_DIGITS for token in shorter
    )


@lru_cache(maxsize=8192)
def normalize_region(text: str) -> str:
    """A region as compared: words such as "область" dropped, the others cut to their stem,
    so that "Ростовская обл.", "Ростовська область" and "Rostov oblast" agree."""
    words = [w for w in _TOKENS.findall(text.casefold()) if w not in _REGION_WORDS]
    return "".join(compact(w)[:REGION_STEM] for w in words)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a list entry or a sought person is, as far as matching is concerned.

    The keys of the names, the unit and the region are computed once, here, so that
    comparing is quick; ``keys`` passes the name keys read from the database instead
    (surname, given name, patronymic: never a key of a key). ``dataclasses.replace``
    computes them again from the new text. The service number is kept normalised.
    """

    surname: str = ""
    given: str = ""
    patronymic: str = ""
    born: EventDate | None = None
    service_number: str = ""
    unit: str = ""
    region: str = ""
    keys: InitVar[tuple[str, str, str] | None] = None
    surname_key: str = field(init=False, default="")
    given_key: str = field(init=False, default="")
    patronymic_key: str = field(init=False, default="")
    #: The unit and region as compared (``normalize_unit``, ``normalize_region``).
    unit_key: str = field(init=False, default="")
    region_key: str = field(init=False, default="")

    def __post_init__(self, keys: tuple[str, str, str] | None) -> None:
        if keys is None:
            keys = (
                name_key(self.surname, NameField.SURNAME) if self.surname else "",
                name_key(self.given, NameField.GIVEN) if self.given else "",
                name_key(self.patronymic, NameField.PATRONYMIC) if self.patronymic else "",
            )
        set_ = object.__setattr__
        set_(self, "surname_key", keys[0])
        set_(self, "given_key", keys[1])
        set_(self, "patronymic_key", keys[2])
        set_(self, "service_number", normalize_service_number(self.service_number))
        set_(self, "unit_key", normalize_unit(self.unit) if self.unit else "")
        set_(self, "region_key", normalize_region(self.region) if self.region else "")


@cache
def _jaro_winkler() -> Callable[..., float]:
    """rapidfuzz's Jaro–Winkler similarity, imported on first use (not at start-up)."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity


def similar(a_key: str, b_key: str, field: NameField) -> bool:
    """Whether two different name keys are spelled alike (:attr:`Level.SIMILAR`); never two
    different known given names or patronymics (Алексей and Александр are two names).
    Raises what ``caseworker.names.tables.known_keys`` raises."""
    if not a_key or not b_key:
        return False
    if field is not NameField.SURNAME:
        known = known_keys()[field]
        if a_key in known and b_key in known:
            return False
    return _jaro_winkler()(a_key, b_key, score_cutoff=SIMILAR_FROM) >= SIMILAR_FROM


def _name_level(a: str, b: str, field: NameField) -> Level:
    if not a or not b:
        return Level.BLANK
    if a == b:
        return Level.EXACT
    if close(a, b, field):
        return Level.CLOSE
    return Level.SIMILAR if similar(a, b, field) else Level.DIFFERENT


_MONTHS_KNOWN = (DatePrecision.DAY, DatePrecision.MONTH)


def _transposed(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two adjacent symbols swapped ("12" and "21", "1985" and
    "1958")."""
    at = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(at) == 2 and at[1] == at[0] + 1 and (a[at[0]], a[at[1]]) == (b[at[1]], b[at[0]])


def _one_slip(left: date, right: date) -> bool:
    """One clerical error between two days: a day apart, the same day and month a year apart,
    or one part of DD.MM.YYYY other by one digit (18 and 13, 1987 and 1981) or by two adjacent
    digits swapped (12 and 21, 01 and 10, 1985 and 1958). Day and month swapped is
    :attr:`Level.SWAPPED`, not this. Raises nothing."""
    if abs(left.toordinal() - right.toordinal()) == 1:
        return True
    day, month, year = left.day != right.day, left.month != right.month, left.year != right.year
    if day + month + year != 1:  # each part that differs differs in a digit at least
        return False
    if year:
        return abs(left.year - right.year) == 1 or _part_slip(left.year, right.year, 4)
    if day:
        return _part_slip(left.day, right.day, 2)
    return _part_slip(left.month, right.month, 2)


@lru_cache(maxsize=65536)
def _part_slip(a: int, b: int, width: int) -> bool:
    """Whether two values of one part of a date, written with ``width`` digits, are one digit
    or two adjacent digits swapped apart."""
    left, right = f"{a:0{width}d}", f"{b:0{width}d}"
    return sum(x != y for x, y in zip(left, right, strict=True)) == 1 or _transposed(left, right)


def born_level(a: EventDate | None, b: EventDate | None) -> Level:
    """Birth dates: the same day, day and month swapped, one slip apart (near), the same
    year as far as one side knows it, or different. With one slip of the pen caught as near,
    different dates are two slips or another man: namesakes often show them, true matches
    rarely."""
    if a is None or b is None:
        return Level.BLANK
    left, right = a.earliest, b.earliest
    if a.precision is DatePrecision.DAY and b.precision is DatePrecision.DAY:
        if left == right:
            return Level.EXACT
        if left.year == right.year and (left.day, left.month) == (right.month, right.day):
            return Level.SWAPPED
        return Level.NEAR if _one_slip(left, right) else Level.DIFFERENT
    if left.year != right.year:
        return Level.DIFFERENT
    if a.precision in _MONTHS_KNOWN and b.precision in _MONTHS_KNOWN:
        return Level.YEAR if left.month == right.month else Level.DIFFERENT
    return Level.YEAR


def _equal_level(a: str, b: str) -> Level:
    if not a or not b:
        return Level.BLANK
    return Level.EXACT if a == b else Level.DIFFERENT


_AGREE = (Level.EXACT, Level.CLOSE, Level.SIMILAR)


def _crossed_levels(a: Identity, b: Identity) -> tuple[Level, Level]:
    """Surname and given name levels with ``a``'s two names taken the other way round (each
    keyed by the table of the column it belongs in), whichever side is read crossed."""
    one = (
        _name_level(name_key(a.given, NameField.SURNAME), b.surname_key, NameField.SURNAME),
        _name_level(name_key(a.surname, NameField.GIVEN), b.given_key, NameField.GIVEN),
    )
    two = (
        _name_level(a.surname_key, name_key(b.given, NameField.SURNAME), NameField.SURNAME),
        _name_level(a.given_key, name_key(b.surname, NameField.GIVEN), NameField.GIVEN),
    )
    return min(one, two, key=lambda levels: sum(_NAME_LEVELS.index(lv) for lv in levels))


def _straight_levels(a: Identity, b: Identity) -> tuple[Level, Level]:
    return (
        _name_level(a.surname_key, b.surname_key, NameField.SURNAME),
        _name_level(a.given_key, b.given_key, NameField.GIVEN),
    )


def names_crossed(a: Identity, b: Identity) -> bool:
    """Whether one side wrote the surname as the given name and the given name as the
    surname ("Алексей Шумов" in a list's surname and name columns): both disagree as written
    and both agree (exactly, one typo apart or spelled alike) the other way round."""
    straight = _straight_levels(a, b)
    if straight != (Level.DIFFERENT, Level.DIFFERENT):
        return False
    return all(level in _AGREE for level in _crossed_levels(a, b))


def _unit_level(a: str, b: str) -> Level:
    if not a or not b:
        return Level.BLANK
    return Level.EXACT if units_agree(a, b) else Level.DIFFERENT


def compare(a: Identity, b: Identity) -> dict[Field, Level]:
    """Each field's level for two identities (symmetric: ``compare(b, a)`` is the same).

    A surname and given name written the other way round (:func:`names_crossed`) are
    compared crossed. Raises what ``caseworker.names.name_key`` raises when the name tables
    cannot be read.
    """
    surname, given = _straight_levels(a, b)
    if (surname, given) == (Level.DIFFERENT, Level.DIFFERENT) and names_crossed(a, b):
        surname, given = _crossed_levels(a, b)
    return {
        Field.SURNAME: surname,
        Field.GIVEN: given,
        Field.PATRONYMIC: _name_level(a.patronymic_key, b.patronymic_key, NameField.PATRONYMIC),
        Field.BORN: born_level(a.born, b.born),
        Field.SERVICE_NUMBER: _equal_level(a.service_number, b.service_number),
        Field.UNIT: _unit_level(a.unit_key, b.unit_key),
        Field.REGION: _equal_level(a.region_key, b.region_key),
    }
