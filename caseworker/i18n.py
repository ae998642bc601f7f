"""Translation hook for domain strings, so that ``caseworker`` needs no Qt.

Domain code calls ``translate("Context", "text")``; ``pyside6-lupdate`` collects those calls
like Qt's own. The GUI installs Qt's translator with :func:`install_translator`; the command
line installs the translations read from the ``.ts`` sources (:func:`source_translations`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

_translator: Callable[[str, str], str] | None = None


def install_translator(
    translator: Callable[[str, str], str] | None,
) -> Callable[[str, str], str] | None:
    """Route every ``translate`` call through ``translator`` (``None`` restores English).

    Returns the translator it replaces, so that a caller can put it back.
    """
    global _translator
    previous, _translator = _translator, translator
    return previous


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text


def catalogue() -> dict[tuple[str, str], str] | None:
    """Every message as the installed translator gives it, keyed by (context, source text).

    For a separate process that has no Qt (see :func:`install_catalogue`). None when no
    translator is installed (English); empty when the message files cannot be found.
    """
    if _translator is None:
        return None
    return {(context, text): _translator(context, text) for context, text in _messages()}


def install_catalogue(table: Mapping[tuple[str, str], str] | None) -> None:
    """Translate from a :func:`catalogue` made in another process (None restores English)."""
    install_translator(None if table is None else lambda c, t: table.get((c, t), t))


@cache
def _messages() -> tuple[tuple[str, str], ...]:
    """The (context, source text) of every message in the translation sources (.ts)."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            continue  # a damaged file: its messages stay in English where this table is used
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                if source is not None and message.get("numerus") != "yes":
                    found[(name, source)] = None
    return tuple(found)


def available_languages() -> tuple[str, ...]:
    """The languages with a translation source, by code (``caseworker_ru.ts`` gives "ru")."""
    return tuple(sorted(path.stem.partition("_")[2] for path in TRANSLATIONS_DIR.glob("*_*.ts")))


@cache
def source_translations(language: str) -> dict[tuple[str, str], str]:
    """The translated messages of ``language`` read from its ``.ts`` source, without Qt.

    Keyed by (context, source text), as :func:`install_catalogue` takes them. Empty for a
    language without a translation, or when its file cannot be read: the messages then stay
    in English. Like ``lrelease``, an unfinished but filled-in translation counts; plural
    (%n) messages are left out, as ``translate`` takes no count.
    """
    path = TRANSLATIONS_DIR / f"caseworker_{language}.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("vanished", "obsolete") or not translation.text:
                continue
            table[(name, source)] = translation.text
    return table
