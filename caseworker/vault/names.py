"""File names: kept as received for the record, made safe when a file is written out.

A name is only ever metadata in the vault (files are stored under their hash), so a name
with slashes, emoji or Cyrillic letters is harmless there; it is made safe for every
common file system (Windows included) when files are exported or saved. Invisible and
direction-changing characters (after a right-to-left override, U+202E, "gpj.exe" looks
like "exe.jpg") are kept in the record, as evidence of how the file came, but never written
into a file name and spelt out (``<U+202E>``) wherever a name is shown as text.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from pathlib import PurePath

from caseworker.i18n import translate

MAX_NAME_CHARS = 255
#: Bytes, not characters: file systems count UTF-8 bytes (a Cyrillic letter takes two).
MAX_NAME_BYTES = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
#: Controls (C0, C1), format characters (bidirectional overrides and isolates, zero-width
#: spaces and joiners, the byte-order mark …) and line or paragraph separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}


def _valid_unicode(name: str) -> str:
    """Undecodable bytes of a file name (surrogate escapes) become U+FFFD."""
    try:
        raw = name.encode("utf-8", "surrogateescape")  # the file system's own bytes
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def clean_original_name(name: str) -> str:
    """The name to record: as received, without control characters, at most 255 characters."""
    cleaned = _CONTROL.sub(" ", unicodedata.normalize("NFC", _valid_unicode(name))).strip()
    if not cleaned:
        return translate("Evidence", "unnamed file")
    if len(cleaned) > MAX_NAME_CHARS:
        suffix = PurePath(cleaned).suffix
        keep = suffix if len(suffix) <= 16 else ""
        cleaned = cleaned[: MAX_NAME_CHARS - len(keep)] + keep
    return cleaned


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE


def visible_name(name: str) -> str:
    """``name`` with each invisible or direction-changing character spelt out as <U+XXXX>,
    so that what a terminal or a list shows is what the name holds."""
    return "".join(f"<U+{ord(char):04X}>" if _invisible(char) else char for char in name)


def _cut_to_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore")


def safe_file_name(name: str, fallback: str, media_type: str = "") -> str:
    """A name any common file system accepts, close to ``name``; ``fallback`` if none is left."""
    safe = _UNSAFE.sub("_", unicodedata.normalize("NFC", _valid_unicode(name)))
    safe = "".join("_" if _invisible(char) else char for char in safe)
    safe = safe.strip().strip(".").strip()  # no hidden files, no trailing dots (Windows)
    if not safe:
        extension = mimetypes.guess_extension(media_type, strict=False) if media_type else None
        safe = fallback + (extension or "")
    path = PurePath(safe)
    stem, suffix = (path.stem, path.suffix) if len(path.suffix) <= 16 else (safe, "")
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"_{stem}"
    stem = _cut_to_bytes(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8")))
    if not suffix:
        stem = stem.rstrip(". ")  # Windows drops trailing dots and spaces
    return f"{stem or fallback}{suffix}"


class UniqueNames:
    """Hands out names not yet taken in one folder, comparing as case-blind file systems do."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._taken = {name.casefold() for name in reserved}

    def claim(self, name: str) -> str:
        candidate, number = name, 1
        path = PurePath(name)
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{path.stem} ({number}){path.suffix}"
        self._taken.add(candidate.casefold())
        return candidate
