"""Text folding for search and sorting, and normalisation of names, phone and service numbers.

SQLite's ``lower()``, ``LIKE`` and ``NOCASE`` fold only ASCII letters and FTS5 tells ё from е,
so every searchable text is folded here, in Python, before it is stored or queried.
"""

from __future__ import annotations

import re
import unicodedata

from caseworker.errors import ValidationError
from caseworker.i18n import Plurals, translate

_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D")
_PHONE_CHARS = re.compile(r"^[\d\s()+\-.]+$")
_SERVICE_NUMBER_CHARS = re.compile(r"[^0-9A-ZА-Я]")
# Control characters that are neither spaces nor line breaks: pasted from other programs,
# invisible, and most not allowed in a workbook, so a record holding one could not come back
# from Excel as it is. Dropped from free text; a name holding one is refused.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Line breaks other than \n (Word's Shift+Enter is \x0b, a page break \x0c): kept as \n in a
# note (a workbook cannot hold most of them), as a space on a single line (by _SPACES).
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85]")
_SEPARATOR = re.compile(r"\x1f")
# Invisible characters that change how text reads without being seen: zero-width spaces and
# the embeddings, overrides and isolates of text direction ("\u202egpj.exe" shows as
# "exe.jpg"). Dropped from all text (the direction marks LRM and RLM stay: they cannot turn
# text around); a name loses every invisible formatting character (Unicode category Cf).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")

#: The longest texts kept: a name, a one-line field, a note (what one spreadsheet cell holds).
NAME_LIMIT = 100
LINE_LIMIT = 200
NOTE_LIMIT = 32_767


# Latin letters that look like Cyrillic ones: service numbers and names are often typed
# with the wrong keyboard layout (BC482913 for ВС482913). Both sides of a search are folded
# the same way, so a Latin name still finds itself.
_LOOKALIKES = str.maketrans("abcehkmoptxy", "авсенкмортху")


def fold(text: str) -> str:
    """Fold text for comparison: any letter case, ё as е, Latin look-alikes as Cyrillic."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded.translate(_LOOKALIKES)).strip()


def sort_key(text: str) -> str:
    """Text as lists sort it: any letter case, ё among the е's (Елисеевы, Ёлкины, Ершовы).

    Sorting by code point would put Ё before А and names typed in lower case after Я.
    """
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def is_phone_like(text: str) -> bool:
    """True for a search term made of digits and phone punctuation only."""
    return bool(_PHONE_CHARS.match(text)) and any(ch.isdigit() for ch in text)


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


class Validation(Plurals):
    """Plural messages of the checks on typed values."""


def _too_long(count: int, limit: int) -> ValidationError:
    return ValidationError(
        Validation.tr(
            "The text is %n character(s) long; this field takes at most {limit}.", None, count
        ).format(limit=limit)
    )


def clean_text(text: str | None, *, limit: int = LINE_LIMIT) -> str:
    """Trim and collapse the white space of a free-text field, dropping control and invisible
    characters; ``None`` becomes empty. Raises :class:`ValidationError` past ``limit``
    characters: text is refused where it is typed, never cut later."""
    if text is None:
        return ""
    cleaned = _SPACES.sub(" ", _INVISIBLE.sub("", _CONTROLS.sub("", text))).strip()
    if len(cleaned) > limit:
        raise _too_long(len(cleaned), limit)
    return cleaned


def clean_multiline(text: str | None, *, limit: int = NOTE_LIMIT) -> str:
    """Trim a multi-line note, keeping its tabs and line breaks (as \n), dropping control
    and invisible characters; past ``limit`` characters (what a spreadsheet cell holds, so
    that a note always goes to Excel and back whole) it is refused."""
    if text is None:
        return ""
    text = _INVISIBLE.sub("", _CONTROLS.sub("", text))
    lines = _BREAKS.sub("\n", _SEPARATOR.sub(" ", text)).strip()
    if len(lines) > limit:
        raise _too_long(len(lines), limit)
    return lines


def normalize_phone(text: str | None) -> str:
    """Store a phone number as ``+`` and digits; a Russian 8XXXXXXXXXX becomes +7XXXXXXXXXX."""
    cleaned = clean_text(text)
    if not cleaned:
        return ""
    if not _PHONE_CHARS.match(cleaned):
        raise ValidationError(
            translate("Validation", "“{text}” is not a phone number.").format(text=cleaned),
            field="phone",
        )
    number = digits(cleaned)
    if len(number) < 5 or len(number) > 15:
        raise ValidationError(
            translate(
                "Validation", "“{text}” is not a phone number: it has {count} digits."
            ).format(text=cleaned, count=len(number)),
            field="phone",
        )
    if len(number) == 11 and number.startswith("8") and not cleaned.startswith("+"):
        number = "7" + number[1:]
    if len(number) == 10 and number.startswith("9") and not cleaned.startswith("+"):
        number = "7" + number  # a Russian mobile number written without the country code
    return "+" + number if cleaned.startswith("+") or len(number) >= 11 else number


def checked_phone(text: str | None) -> str:
    """A phone number kept as typed (trimmed), once it is known to be one.

    Raises :class:`ValidationError` as :func:`normalize_phone` does; numbers are compared
    (search, duplicates) on their :func:`normalize_phone` form, never stored in it.
    """
    normalize_phone(text)
    return clean_text(text)


def format_phone(stored: str) -> str:
    """A stored phone number as people read it: +7 916 123-45-67 (others unchanged)."""
    if len(stored) == 12 and stored.startswith("+7") and stored[1:].isdigit():
        rest = stored[2:]
        return f"+7 {rest[:3]} {rest[3:6]}-{rest[6:8]}-{rest[8:]}"
    return stored


def normalize_service_number(text: str | None) -> str:
    """Upper-case a service number and drop spaces and dashes (А-123 456 -> А123456).

    The form service numbers are compared in; they are stored as typed.
    """
    cleaned = clean_text(text).upper()
    return _SERVICE_NUMBER_CHARS.sub("", cleaned)


def require_name(text: str | None, field: str, what: str) -> str:
    """Return the trimmed name, or raise when it is empty or holds control characters (a
    name is refused rather than silently changed); ``what`` is the translated label."""
    if text is not None and _CONTROLS.search(text):
        raise ValidationError(
            translate("Validation", "{what} contains control characters.").format(what=what),
            field=field,
        )
    visible = "".join(ch for ch in text or "" if unicodedata.category(ch) != "Cf")
    try:
        cleaned = clean_text(visible, limit=NAME_LIMIT)
    except ValidationError as error:
        error.field = field
        raise
    if not cleaned:
        raise ValidationError(
            translate("Validation", "{what} must not be empty.").format(what=what), field=field
        )
    return cleaned
