"""Translation hook for domain strings, so that ``caseworker`` needs no Qt.

Domain code calls ``translate("Context", "text")``; ``pyside6-lupdate`` collects those calls
like Qt's own. The GUI installs Qt's translator with :func:`install_translator`; the command
line installs the translations read from the ``.ts`` sources (:func:`source_translations`).

Sentences with a number ("%n days") need the plural form of the number: Russian has three
(1, 21 день; 2, 22 дня; 5, 11, 25 дней). :func:`translate_n` chooses it, through Qt's numerus
forms in the window and through the ``.ts`` sources' ``<numerusform>`` on the command line.
``pyside6-lupdate`` marks a message as plural only for a call written ``Name.tr(text, None,
n)``, taking ``Name`` as the context (a ``translate(context, text, None, n)`` call is read as a
singular message), so domain code writes plurals through a :class:`Plurals` class named after
the context::

    class Worklist(Plurals):
        pass

    Worklist.tr("%n day(s) without news", None, days)

The English source says ``day(s)``: untranslated (English), ``(s)`` is dropped for 1 and
written ``s`` otherwise ("1 day", "2 days").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

_translator: Callable[[str, str], str] | None = None

#: A translation of a plural message: (context, source text, count) -> the translated text
#: with its number, or None when the message has no translation.
Numerus = Callable[[str, str, int], "str | None"]


class Translation:
    """A translator that also knows plural forms: install it with :func:`install_translator`
    (a plain function gives a plural message's words, but English plural endings)."""

    def __init__(
        self, singular: Callable[[str, str], str], numerus: Numerus, language: str = ""
    ) -> None:
        self._singular = singular
        self.numerus = numerus
        #: The language code ("ru"), for a :func:`catalogue` to carry the plural forms.
        self.language = language

    def __call__(self, context: str, text: str) -> str:
        return self._singular(context, text)


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


def translate_n(context: str, text: str, n: int) -> str:
    """The plural message ``text`` (its number written ``%n``) for the count ``n``, in the
    installed translator's language; English (``day(s)`` as "1 day", "2 days") without one.
    Raises nothing."""
    numerus: Numerus | None = getattr(_translator, "numerus", None)
    translated = numerus(context, text, n) if numerus is not None else None
    if translated is not None:
        return translated
    # A translator without plural forms (a plain function) still has its say on the words.
    return english_plural(translate(context, text) if numerus is None else text, n)


def english_plural(text: str, n: int) -> str:
    """The English source of a plural message for ``n``: "%n day(s)" is "1 day", "2 days"."""
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


class Plurals:
    """A translation context for plural messages, named by its subclass: lupdate reads
    ``Context.tr(text, None, n)`` as a plural message of the context ``Context``."""

    @classmethod
    def tr(cls, text: str, disambiguation: None = None, n: int = -1) -> str:
        """``text`` for the count ``n`` (``disambiguation`` is only for lupdate's eyes)."""
        del disambiguation
        return translate_n(cls.__name__, text, n)


def plural_form(language: str, n: int) -> int:
    """Which of the language's plural forms a count takes, in the order of Qt's
    ``<numerusform>`` (Russian and Ukrainian: one, few, many; otherwise: one, other)."""
    n = abs(n)
    if language in ("ru", "uk", "be"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


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
    table = {(context, text): _translator(context, text) for context, text in _messages()}
    language = getattr(_translator, "language", "")
    if language:
        table[_LANGUAGE_KEY] = language  # the plural forms are read from its .ts there
    return table


#: The key under which a :func:`catalogue` names its language (no message has it).
_LANGUAGE_KEY = ("", "\x00language")


def install_catalogue(table: Mapping[tuple[str, str], str] | None) -> None:
    """Translate from a :func:`catalogue` made in another process (None restores English);
    plural messages from the ``.ts`` source of the catalogue's language."""
    if table is None:
        install_translator(None)
        return
    language = table.get(_LANGUAGE_KEY, "")
    plurals = source_translation(language).numerus if language else None
    singular = lambda c, t: table.get((c, t), t)  # noqa: E731
    install_translator(singular if plurals is None else Translation(singular, plurals, language))


def _read_source(path: Path) -> Element | None:
    """A translation source's root element; None when it cannot be read or parsed.

    The XML parser loads here, not with the program: only the command line and the checks
    of the translations read the sources.
    """
    import xml.etree.ElementTree as ElementTree

    try:
        return ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return None


@cache
def _messages() -> tuple[tuple[str, str], ...]:
    """The (context, source text) of every message in the translation sources (.ts)."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        root = _read_source(path)
        if root is None:
            continue  # a damaged file: its messages stay in English where this table is used
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                if source is not None:  # plural messages too, for a plain translator
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
    (%n) messages are left out: :func:`source_plurals` reads them.
    """
    root = _read_source(TRANSLATIONS_DIR / f"caseworker_{language}.ts")
    if root is None:
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


@cache
def source_plurals(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The plural (%n) messages of ``language`` read from its ``.ts`` source, without Qt:
    their forms in the order of :func:`plural_form`, keyed by (context, source text). Empty
    when the file cannot be read; a message with an empty form is left out (it stays
    English)."""
    root = _read_source(TRANSLATIONS_DIR / f"caseworker_{language}.ts")
    if root is None:
        return {}
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") != "yes":
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                table[(name, source)] = forms
    return table


def source_translation(language: str) -> Translation:
    """Every message of ``language`` as its ``.ts`` source gives it, plurals included (the
    command line's translator). Messages without a translation stay English."""
    table = source_translations(language)
    plurals = source_plurals(language)

    def numerus(context: str, text: str, n: int) -> str | None:
        forms = plurals.get((context, text))
        if forms is None:
            return None
        form = forms[min(plural_form(language, n), len(forms) - 1)]
        return form.replace("%n", str(n))

    return Translation(lambda context, text: table.get((context, text), text), numerus, language)
