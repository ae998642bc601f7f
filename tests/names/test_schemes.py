"""Every transliteration scheme translitua knows (17 Ukrainian, 11 Russian) spells each name
of tests/names/test_keys.py so that its key is the name's key, or one typo from it.

translitua comes with names-translator (the dev extra): the test is skipped where it is
missing, except in CI.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import pytest

from caseworker.names import NameField, close, name_key
from tests.names.test_keys import SAME_KEY

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _translitua() -> Any:
    if IN_CI:
        return importlib.import_module("translitua")
    return pytest.importorskip("translitua", reason="translitua (the dev extra) is missing")


# Spellings no single key can give, each within the reach of other fields when matching:
# German and French schemes (ch for х, z for ц, w for в, j for ж, sc for щ); c for к. (A
# mid-word x for х, GOST 1971 and WWS, is read through resources/names/latin_x.json.)
BEYOND_A_KEY = {
    "Ochrim",
    "Kusnjezow",
    "Juravlov",
    "Scukin",
    "Yijacov",
    "Olecsiienco",
    # с+х where х is h (ISO 9 style) reads as ш, as sh does in the English-based schemes
    "Ashat",
    "Ishakov",
}
UKRAINIAN_LETTERS = frozenset("іїєґ'ІЇЄҐ")


def _cyrillic(word: str) -> bool:
    """Cyrillic letters only (not a spelling with a look-alike Latin letter)."""
    return any("а" <= c.lower() <= "я" or c in "ёЁіїєґІЇЄҐ" for c in word) and not any(
        "a" <= c.lower() <= "z" for c in word
    )


def _scheme_spellings() -> list[tuple[NameField, str, str, str]]:
    translitua = _translitua()
    cases: list[tuple[NameField, str, str, str]] = []
    for field, group in SAME_KEY:
        for word in filter(_cyrillic, group):
            ukrainian = bool(UKRAINIAN_LETTERS.intersection(word))
            schemes = translitua.ALL_UKRAINIAN if ukrainian else translitua.ALL_RUSSIAN
            for scheme in schemes:
                cases.append((field, group[0], word, translitua.translit(word, scheme)))
    return cases


def test_every_scheme_gives_the_key_or_one_typo_from_it() -> None:
    cases = _scheme_spellings()
    same = 0
    missed: list[str] = []
    for field, anchor, word, spelling in cases:
        key, expected = name_key(spelling, field), name_key(anchor, field)
        if key == expected:
            same += 1
        elif not close(key, expected, field) and spelling not in BEYOND_A_KEY:
            missed.append(f"{word} → {spelling}")

    assert missed == []
    assert len(cases) > 500
    assert same / len(cases) >= 0.95, f"{same} of {len(cases)} spellings share the key"
