"""Recovery codes: made at random, shown once, read back with typos told as typos.

A code is 24 characters of Crockford's base 32 (digits and capital Latin letters without
I, L, O and U, which are read as 1, 1, 0 and V mistaken), written in six groups of four:
``7KQ2-M9XD-...``. The first 22 carry 110 random bits; the last two are a check (the first
10 bits of SHA-256 of the 22), so a mistyped character is told as a typo (missed once in
1,024) rather than as a wrong code. Reading is forgiving: letter case, spaces, dashes and
the look-alikes O, I and L (as 0, 1, 1) do not matter; Cyrillic letters that look like Latin
ones (А, В, Е, К, М, Н, Р, С, Т, Х) are read as those, since a caseworker may type the code
on a Russian keyboard layout.
"""

from __future__ import annotations

import hashlib
import secrets

from caseworker.security.errors import RecoveryCodeTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_LENGTH = 22
CHECK_LENGTH = 2
LENGTH = DATA_LENGTH + CHECK_LENGTH
GROUP = 4

_LOOK_ALIKES = str.maketrans(
    {
        "O": "0",
        "I": "1",
        "L": "1",
        "U": "V",
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "0",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "У": "Y",
    }
)


def new_code() -> str:
    """A new code in groups of four (``XXXX-XXXX-...``), 110 random bits with its check."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_LENGTH))
    return grouped(data + _check(data))


def grouped(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def read_code(typed: str) -> str:
    """The code as stretched (24 characters, no dashes) from what the caseworker typed.

    Raises RecoveryCodeTypo when a character is not of the alphabet, the length is wrong,
    or the check does not agree: a typo, told before any stretching.
    """
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = cleaned.translate(_LOOK_ALIKES)
    strange = [ch for ch in cleaned if ch not in ALPHABET]
    if strange:
        raise RecoveryCodeTypo.strange_character(strange[0])
    if len(cleaned) != LENGTH:
        raise RecoveryCodeTypo.wrong_length(len(cleaned), LENGTH)
    if _check(cleaned[:DATA_LENGTH]) != cleaned[DATA_LENGTH:]:
        raise RecoveryCodeTypo.check_failed()
    return cleaned


def _check(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:2], "big") >> 6
    return ALPHABET[digest >> 5] + ALPHABET[digest & 31]
