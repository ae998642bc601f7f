"""A word's spelling-free skeleton: one short string for Russian and Ukrainian Cyrillic and the
Latin spellings people really use (passports and ICAO, BGN/PCGN, GOST 7.79, the Ukrainian
national 2010 scheme, Wikipedia style, ad-hoc forms).

The skeleton is written in a tiny alphabet: lower-case Latin letters plus one upper-case symbol
per sound that schemes spell differently (S = ш, C = ч, W = щ, Z = ж, H = г/х/h, X = кс/x,
Q = ц, I = и/й/ы/і/ї/y/j). It is not meant to be read. Never compute a skeleton of a
skeleton: the rule for a word-initial x is not idempotent.

Latin x is кс in ad-hoc spellings (Alexei, Maxim) but х in GOST 7.79 B, ISO 9 B, the
scholarly system, WWS and DSTU 9112 A (Mixail, Zaxarov). ``compact`` reads a mid-word x as
кс and a word-initial x as х; ``x_as_kh`` reads every x as х. Which reading a name takes is
decided by ``caseworker.names.keys`` with the shipped table of names that have х or кс.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic letters to plain Latin, before the shared Latin rules below (Belarusian ў is
# the Russian в: Кавалёў = Ковалёв). х is kh and ц is ts, as the passport schemes write
# them, so that с+х is not ш (Асхат = Askhat) and ц+к not k (Троцкий = Trotskii).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "ў": "v",
}  # fmt: skip
# Latin letters with diacritics from ISO 9 / GOST 7.79 A, Czech-style, scholarly and ALA-LC.
_DIACRITICS = {
    "š": "sh", "č": "ch", "ž": "zh", "ŝ": "shch", "ĉ": "ch", "ẑ": "zh", "ć": "ch", "ś": "s",
    "ź": "z", "ż": "zh", "ł": "l", "ë": "e", "è": "e", "é": "e", "ĭ": "i", "ȳ": "y", "ì": "i",
    "ï": "i", "ğ": "g", "ǵ": "g", "ŭ": "u", "ė": "e", "ê": "e", "ô": "o", "ñ": "n", "ǐ": "i",
    "ý": "y", "â": "ia", "û": "iu",
}  # fmt: skip
_TRANSLATE = str.maketrans(_CYRILLIC | _DIACRITICS)

# One left-to-right pass, longest alternatives first, into the symbol alphabet.
_RULES = {
    "tc": "Q", "tcz": "Q", "ct": "kt", "shch": "W", "sch": "W", "shh": "W", "tsch": "C", "tch": "C",
    "ch": "C", "sh": "S", "zh": "Z", "kh": "H", "gh": "H", "h": "H", "g": "H", "ks": "X",
    "x": "X", "cs": "X", "ts": "Q", "tz": "Q", "cz": "Q", "c": "Q", "ph": "f", "w": "v",
    "ou": "u", "y": "I", "j": "I", "i": "I", "q": "k",
}  # fmt: skip
#: Every symbol a skeleton (and so a key) can hold: for a search that tries each one-typo
#: variant of a key, these are all the letters worth trying.
KEY_SYMBOLS = "abdefklmnoprstuvz" + "SCWZHXQI"

_SOUNDS = re.compile("|".join(re.escape(a) for a in sorted(_RULES, key=len, reverse=True)))
_NOT_LETTER = re.compile("[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")
# ISO 9, GOST 7.79 A and UNGEGN write ш, ж, ч, щ with a háček or circumflex and х as h: in a
# word with one of those letters, an h is always х (Mašhadov = Машхадов). Without one, sh
# stays ш as in the English-based schemes, so their Ishakov (Исхаков) is not read.
_ISO9_MARKS = re.compile("[šžčŝ]")
# GOST 16876-71 (ISO R9 table 2) writes э as "eh": Ehduard, Rafaehl'. Latin only, at the
# start of a word or after a, o, u and before a consonant, where a Ukrainian eh (г) is rare
# (not after i: Biehlov is the Ukrainian Бєглов).
_EH = re.compile(r"(?:^|(?<=[aou]))eh(?=[bcdfgjklmnpqrstvwxz])")


# Letters that look alike in Latin and Cyrillic, typed or read (OCR) in a word of the other
# script: Cергей with a Latin C, Пeтpов with a Latin e and p, Ivаnov with a Cyrillic а.
_LOOK_ALIKE = dict(zip("AaBCcEeHKkMOoPpTXxyYIi", "АаВСсЕеНКкМОоРрТХхуУІі", strict=True))
_TO_CYRILLIC = str.maketrans(_LOOK_ALIKE)
_TO_LATIN = str.maketrans({c: latin for latin, c in _LOOK_ALIKE.items()})
_LOOK_ALIKE_CYRILLIC = frozenset(_LOOK_ALIKE.values())
_LATIN_LETTER = re.compile("[A-Za-z]")
_CYRILLIC_LETTER = re.compile("[Ѐ-ӿ]")


def _one_script(text: str) -> str:
    """A word mixing Latin and Cyrillic letters, written in one script (look-alike letters
    of the other replaced): the script with more letters that have no look-alike (Cидopeнкo
    is Cyrillic by и, д, н), else the one with more letters."""
    latin = _LATIN_LETTER.findall(text)
    cyrillic = _CYRILLIC_LETTER.findall(text)
    own_latin = sum(c not in _LOOK_ALIKE for c in latin)
    own_cyrillic = sum(c not in _LOOK_ALIKE_CYRILLIC for c in cyrillic)
    if own_latin != own_cyrillic:
        to_cyrillic = own_cyrillic > own_latin
    else:
        to_cyrillic = len(cyrillic) >= len(latin)
    return text.translate(_TO_CYRILLIC if to_cyrillic else _TO_LATIN)


def _symbol(match: re.Match[str]) -> str:
    return _RULES[match.group()]


def compact(text: str, *, x_as_kh: bool = False) -> str:
    """The skeleton of one word in any spelling; "" when it has no letters.

    Case, ё/е, hyphens, apostrophes, soft and hard signs and doubled letters do not count, nor
    a look-alike letter of the other script (Cергей with a Latin C). A Latin x is кс in the
    middle of a word and х at its start, or х everywhere with ``x_as_kh``. Raises nothing.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isascii() and _LATIN_LETTER.search(text) and _CYRILLIC_LETTER.search(text):
        text = _one_script(text)
    text = text.lower()
    if "eh" in text:  # Latin only: a Cyrillic ех is not touched
        text = _EH.sub("e", text)
    if "h" in text and _ISO9_MARKS.search(text):  # Isxakov in ISO 9 is Ishakov with š for ш
        text = text.replace("h", "kh")
    text = text.translate(_TRANSLATE)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = _NOT_LETTER.sub("", text)
    if x_as_kh:
        text = text.replace("x", "h")
    elif "sx" in text:  # с before х in GOST 7.79 B (Masxadov); ad-hoc кс is never sx
        text = text.replace("sx", "skh")
    elif text.startswith("x"):  # a word-initial x is х (GOST 1971, ISO R9): Xoroshilov
        text = "h" + text[1:]
    text = _DOUBLE.sub(r"\1", _SOUNDS.sub(_symbol, text))
    # yo/io/jo/ё -> e; ye/ie/je/є -> e; then ee -> e (Andreev = Andreyev); тц -> ц (Bratcev
    # of GOST 7.79 B = Brattsev)
    text = text.replace("Io", "e").replace("Ie", "e").replace("tQ", "Q")
    return _DOUBLE.sub(r"\1", text)


#: Marks of the schemes that write х as x (GOST 7.79 B: shh, cz, y', `; the scholarly
#: system, WWS and DSTU 9112 A: č, š, ž and the prime ʹ), none of which an ad-hoc spelling
#: with x for кс uses.
_X_AS_KH_MARKS = re.compile("shh|cz|y'|[`ʹʺčšžŝ]")


def writes_x_as_kh(text: str) -> bool:
    """Whether a word carries a mark of a scheme that writes х as x. Raises nothing."""
    return _X_AS_KH_MARKS.search(unicodedata.normalize("NFC", text).lower()) is not None
