"""The workbook in the user's language: sheet names, headers and vocabulary words as the
window shows them, and sheets and headers recognised in every language the program speaks.

The schema declares the English names; they stay each sheet's and column's identity inside
the program. The export writes them translated; the reader takes a sheet name or a header
in English or in any translation (any letter case, ё as е), so that a workbook made on a
Russian desk imports on an English one, the other way round, and as old English workbooks
always did. Vocabulary words are read back by the field cleaners (:mod:`caseworker.labels`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from functools import cache

from caseworker.i18n import available_languages, source_translations, translate
from caseworker.labels import label
from caseworker.text import fold
from caseworker.timeline.sentences import rule_label, severity_label
from caseworker.vocab import ContradictionRule, Severity
from caseworker.xlsx.workbook.columns import Column

#: The translation contexts of the sheet names and of the column headers.
SHEET_CONTEXT = "XlsxSheet"
COLUMN_CONTEXT = "XlsxColumn"
# Characters a sheet name cannot hold, and its greatest length (Excel's rules).
FORBIDDEN_IN_SHEET_NAMES = frozenset("[]:*?/\\")
SHEET_NAME_LIMIT = 31


def sheet_title(name: str) -> str:
    """The sheet's name in the user's language (``name`` is the schema's English name)."""
    return translate(SHEET_CONTEXT, name)


def column_title(header: str) -> str:
    """The column's header in the user's language (``header`` is the schema's English one)."""
    return translate(COLUMN_CONTEXT, header)


def value_label(member: StrEnum) -> str:
    """A vocabulary value as the window shows it, in the user's language."""
    if isinstance(member, ContradictionRule):
        return rule_label(member.value)
    if isinstance(member, Severity):
        return severity_label(member.value)
    return label(member)


def choice_labels(enum: type[StrEnum]) -> dict[StrEnum, str]:
    """Each value of ``enum`` with its label in the user's language, in the enum's order."""
    return {member: value_label(member) for member in enum}


@cache
def _spellings(context: str, english: str) -> frozenset[str]:
    """``english`` and its translations into every language with a translation, folded."""
    names = {english}
    for language in available_languages():
        names.add(source_translations(language).get((context, english), english))
    return frozenset(fold(name) for name in names)


def _is(context: str, english: str, found: str) -> bool:
    folded = fold(found)
    return folded in _spellings(context, english) or folded == fold(translate(context, english))


def is_sheet(english: str, found: str) -> bool:
    """Whether a workbook's sheet named ``found`` is the schema's sheet ``english``."""
    return _is(SHEET_CONTEXT, english, found)


def is_header(english: str, found: str) -> bool:
    """Whether ``found`` is the header ``english`` in English or in a translation."""
    return _is(COLUMN_CONTEXT, english, found)


def schema_sheet(found: str, names: Iterable[str]) -> str | None:
    """Which of the schema's sheet ``names`` a workbook's sheet called ``found`` is."""
    for name in names:
        if is_sheet(name, found):
            return name
    return None


def formula_sheet(name: str) -> str:
    """A sheet name as a formula writes it: quoted unless it is a plain Latin word."""
    if name.isascii() and name.replace("_", "a").isalnum() and not name[:1].isdigit():
        return name
    return "'" + name.replace("'", "''") + "'"


# A dropdown column is made wide enough for its longest word, up to this many characters.
_WIDEST_CHOICE = 30


def column_width(column: Column) -> float:
    """A column's width in characters: a dropdown's as wide as its words in the user's
    language (Russian words are longer than the English ones the schema was laid out for)."""
    if column.enum is None:
        return column.width
    longest = max(len(text) for text in choice_labels(column.enum).values())
    return max(column.width, min(longest + 2, _WIDEST_CHOICE))
