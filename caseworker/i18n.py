"""Translation hook for domain strings, so that ``caseworker`` needs no Qt.

Domain code calls ``translate("Context", "text")``; ``pyside6-lupdate`` collects those calls
like Qt's own. The GUI installs Qt's translator with :func:`install_translator`; the command
line keeps the English source text.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(translator: Callable[[str, str], str] | None) -> None:
    """Route every ``translate`` call through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
