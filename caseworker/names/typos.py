"""The name keys one typo away from a key, for finding a surname typed with a typo."""

from __future__ import annotations

from caseworker.names.skeleton import KEY_SYMBOLS

#: Keys are looked at for their neighbours up to this long: a key of 18 symbols has at most
#: 942 keys one typo away, within the 999 values a statement may carry on SQLite before 3.32.
MAX_TYPO_KEY = 18


def one_typo_away(key: str, symbols: str = KEY_SYMBOLS) -> set[str]:
    """Every key at Damerau–Levenshtein distance 1 from ``key`` (a letter dropped, added,
    changed, or two side by side swapped), written in ``symbols``. Raises nothing."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near |= {a + c + b[1:] for a, b in splits if b for c in symbols}
    near |= {a + c + b for a, b in splits for c in symbols}
    near.discard(key)
    near.discard("")
    return near
