"""Letters from Word templates: the facts of a case under Russian placeholders
(:mod:`~caseworker.letters.placeholders`, :mod:`~caseworker.letters.facts`), rendered with
docxtpl safely and strictly (:mod:`~caseworker.letters.render`) from the starter set or an
edited template (:mod:`~caseworker.letters.templates`)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from caseworker.letters.errors import LetterError, LetterRefused, TemplateProblem

if TYPE_CHECKING:
    from caseworker.letters.facts import LetterFacts, letter_facts
    from caseworker.letters.render import prepare_letter, render_letter, save_letter
    from caseworker.letters.templates import LetterTemplate, find_template, starter_templates

__all__ = [
    "LetterError",
    "LetterFacts",
    "LetterRefused",
    "LetterTemplate",
    "TemplateProblem",
    "find_template",
    "letter_facts",
    "prepare_letter",
    "render_letter",
    "save_letter",
    "starter_templates",
]

#: Loaded when first used: rendering brings docxtpl, Jinja and python-docx (a tenth of a
#: second), which the window's start does not need (it imports ``caseworker.letters.pdf``).
_LATER = {
    "LetterFacts": "facts",
    "letter_facts": "facts",
    "prepare_letter": "render",
    "render_letter": "render",
    "save_letter": "render",
    "LetterTemplate": "templates",
    "find_template": "templates",
    "starter_templates": "templates",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
