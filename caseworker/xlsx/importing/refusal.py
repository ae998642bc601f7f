"""The import's refusal of a whole file, with the sentence that says why."""

from __future__ import annotations

from typing import Any

from caseworker.errors import CaseworkerError
from caseworker.i18n import translate


class ImportRefused(CaseworkerError):
    """The file cannot be imported at all; the message says why."""


def refuse(text: str, **values: Any) -> ImportRefused:
    """The refusal saying ``text`` (marked with QT_TRANSLATE_NOOP in the "Xlsx" context),
    translated, with ``values`` filled in."""
    return ImportRefused(translate("Xlsx", text).format(**values))


def clipped(text: str, length: int = 40) -> str:
    """``text`` short enough to quote in a sentence."""
    return text if len(text) <= length else text[: length - 1] + "…"
