"""One matching key for a surname, given name or patronymic in any spelling.

A key is the word's skeleton (``compact``) carried to the Russian form by the shipped
Ukrainian→Russian table, so that Олексій, Алексей, Oleksii and Aleksey share one key. Keys
are at most ``MAX_KEY_LENGTH`` characters (a String(100) column) and are compared
with ``=``: they hold upper- and lower-case symbols, which SQLite's default BINARY collation
tells apart. On PostgreSQL give the column a "C" collation (or leave the database's
deterministic default); never a case-insensitive one.

``KEY_VERSION`` changes whenever any key could change (rules or shipped tables); a migration
then recomputes the stored keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache, lru_cache

from caseworker.names.skeleton import KEY_SYMBOLS, compact, writes_x_as_kh
from caseworker.names.tables import known_keys, latin_x, uk_ru

__all__ = [
    "KEY_SYMBOLS",
    "KEY_VERSION",
    "MAX_KEY_LENGTH",
    "NameField",
    "close",
    "compact",
    "name_key",
    "name_keys",
]

KEY_VERSION = 2
#: No key is longer (я and ю take two symbols, so a long name's key is cut here).
MAX_KEY_LENGTH = 100


class NameField(StrEnum):
    """Which part of a person's name a key is for: each has its own table."""

    SURNAME = "surname"
    GIVEN = "given"
    PATRONYMIC = "patronymic"


_PARTS = re.compile(r"[\s\-‐‑‒–—/,;()]+")


@lru_cache(maxsize=65536)
def name_key(text: str, field: NameField) -> str:
    """The matching key of a name (the whole text as one word); "" when it has no letters.

    Raises OSError or ValueError when the shipped name tables are missing or malformed (on
    the first call, which loads them).
    """
    skeleton = compact(text)
    if not skeleton:
        return ""
    if "x" in text or "X" in text:
        skeleton = _read_x(text, skeleton, field)
    return uk_ru()[field].get(skeleton, skeleton)[:MAX_KEY_LENGTH]


def _read_x(text: str, skeleton: str, field: NameField) -> str:
    """The skeleton of a word with a Latin x, which is кс in ad-hoc spellings (Alexei,
    Maxim) and х in GOST 7.79 B, the scholarly system, WWS and DSTU 9112 A (Mixail).

    1. A spelling of a real name with х (or кс at the start: Xenia) that no real name with
       кс shares takes that name's skeleton: Mixail → Михаил, Zaxarov → Захаров.
    2. Otherwise a word with a mark of those schemes (shh, cz, y', `, ʹ, č, š, ž) reads x
       as х, unless x as кс gives a real name: Prixod`ko → Приходько.
    3. Otherwise x is кс in the middle of a word and х at its start (``compact``).
    """
    written_with_x, real_with_ks = latin_x()[field]
    named = written_with_x.get(skeleton)
    if named is not None:
        return named
    if skeleton not in real_with_ks and writes_x_as_kh(text):
        return compact(text, x_as_kh=True)
    return skeleton


def name_keys(text: str, field: NameField) -> tuple[str, ...]:
    """The keys of each part of a compound or hyphenated name, then of the whole, without
    repeats or blanks: "Петров-Водкин" gives the keys of Петров, Водкин and ПетровВодкин.

    Raises what ``name_key`` raises.
    """
    keys = [name_key(part, field) for part in _PARTS.split(text)]
    keys.append(name_key(text, field))
    return tuple(dict.fromkeys(k for k in keys if k))


@cache
def _distance() -> Callable[..., int]:
    """rapidfuzz's Damerau–Levenshtein distance, imported on first use (not at start-up)."""
    from rapidfuzz.distance import DamerauLevenshtein

    return DamerauLevenshtein.distance


def close(a_key: str, b_key: str, field: NameField) -> bool:
    """Whether two keys are the same or one typo apart (Damerau–Levenshtein ≤ 1).

    Blank keys are never close. Two different given names or patronymics that are both
    common names are not close either (Иван and Ян differ by one letter but are not a typo).
    Raises what ``name_key`` raises.
    """
    if not a_key or not b_key:
        return False
    if a_key == b_key:
        return True
    if _distance()(a_key, b_key, score_cutoff=1) > 1:
        return False
    if field == NameField.SURNAME:
        return True
    known = known_keys()[field]
    return not (a_key in known and b_key in known)
