"""The letter templates: the starter set shipped in ``resources/letters/`` and any .docx a
caseworker has edited, chosen by a starter's name or by a path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.letters.errors import TemplateProblem

LETTERS_DIR = Path(__file__).resolve().parents[2] / "resources" / "letters"

#: The starter templates by name, with what each asks for.
STARTER = {
    "commissariat": QT_TRANSLATE_NOOP(
        "Letters", "To the military commissariat: the circumstances of the disappearance"
    ),
    "ministry": QT_TRANSLATE_NOOP("Letters", "To the Ministry of Defence: a search request"),
    "prosecutor": QT_TRANSLATE_NOOP(
        "Letters", "To the military prosecutor: no answer within the legal deadline"
    ),
    "ombudsman": QT_TRANSLATE_NOOP(
        "Letters",
        "To the Human Rights Commissioner: inclusion in prisoner lists and exchanges",
    ),
    "red-cross": QT_TRANSLATE_NOOP("Letters", "To the Red Cross / ICRC: a tracing request"),
    "dna": QT_TRANSLATE_NOOP("Letters", "A request to compare DNA"),
}


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    name: str
    title: str
    path: Path


def starter_templates() -> list[LetterTemplate]:
    """The starter templates in the order above, each with its title in the installed
    language. Raises nothing."""
    return [
        LetterTemplate(name, translate("Letters", title), LETTERS_DIR / f"{name}.docx")
        for name, title in STARTER.items()
    ]


def find_template(name_or_path: str) -> Path:
    """A starter template by its name, or a .docx file by its path.

    Raises :class:`TemplateProblem` when it is neither.
    """
    if name_or_path in STARTER:
        return LETTERS_DIR / f"{name_or_path}.docx"
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    raise TemplateProblem(
        translate("Letters", "There is no template “{name}”: give one of {names}, or the path "
                  "of a .docx file.").format(name=name_or_path, names=", ".join(STARTER))
    )  # fmt: skip
