"""Letters from Word templates: the facts of a case under Russian placeholders
(:mod:`~caseworker.letters.placeholders`, :mod:`~caseworker.letters.facts`), rendered with
docxtpl safely and strictly (:mod:`~caseworker.letters.render`) from the starter set or an
edited template (:mod:`~caseworker.letters.templates`)."""

from __future__ import annotations

from caseworker.letters.errors import LetterError, LetterRefused, TemplateProblem
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
