"""The command line's language: the one chosen in the program's Settings, else the system's.

The window keeps its preferences in a QSettings ini file; this reads the same file with
:mod:`configparser` (no Qt here) and follows the same order as Qt when there is no choice:
``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``, with ``LANGUAGE`` first unless the locale is
C. Messages, help texts and argparse's own words then come from the ``.ts`` translations.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from caseworker import i18n
from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.preferences import preference

LANGUAGE_SECTION, LANGUAGE_KEY = "interface", "language"
SOURCE_LANGUAGE = "en"

# argparse's own words (Python 3.11 onwards), for lupdate; they are looked up by their text.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def chosen_language(environ: Mapping[str, str]) -> str:
    """The language chosen in Settings ("" when none was, or the file cannot be read)."""
    return _language_code(preference(environ, LANGUAGE_SECTION, LANGUAGE_KEY))


def system_language(environ: Mapping[str, str]) -> str:
    """The system's language for messages, in the order Qt and gettext read it."""
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    code = _language_code(locale)
    if code in ("", "c", "posix"):
        return SOURCE_LANGUAGE
    for preferred in environ.get("LANGUAGE", "").split(":"):
        if _language_code(preferred):
            return _language_code(preferred)
    return code


def interface_language(environ: Mapping[str, str]) -> str:
    """The language the command line speaks: Settings' choice, else the system's."""
    return chosen_language(environ) or system_language(environ)


def _language_code(locale: str) -> str:
    """ "ru" for "ru_RU.UTF-8", "ru-RU", "ru@latin" or "RU"."""
    for separator in ".@_-":
        locale = locale.partition(separator)[0]
    return locale.strip().lower()


def _argparse_translate(message: str) -> str:
    return translate("Argparse", message)


def _argparse_ntranslate(singular: str, plural: str, count: int) -> str:
    return translate("Argparse", singular if count == 1 else plural)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Translate every message, and argparse's own words, into ``language`` while inside.

    English (the source language), or a language without a translation, leaves everything
    as it is. The previous translator is put back on leaving, so that calling the command
    line in-process (tests, scripts) changes nothing around it.
    """
    table = i18n.source_translations(language) if language != SOURCE_LANGUAGE else {}
    if not table:
        yield
        return
    previous = i18n.install_translator(i18n.source_translation(language))
    # argparse looks its words up through these module globals each time it needs one.
    replacements = {"_": _argparse_translate, "ngettext": _argparse_ntranslate}
    originals = {name: getattr(argparse, name) for name in replacements}
    for name, function in replacements.items():
        setattr(argparse, name, function)
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(argparse, name, function)
        i18n.install_translator(previous)
