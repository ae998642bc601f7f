"""The typed errors of letters: a template that cannot be used, and a letter refused because
the case lacks what the template asks for or the template asks for what the program does not
know."""

from __future__ import annotations

from collections.abc import Sequence

from caseworker.errors import CaseworkerError
from caseworker.i18n import translate


class LetterError(CaseworkerError):
    """Base of the errors of letters; nothing was written when one is raised."""


class TemplateProblem(LetterError):
    """The template cannot be found, read or understood."""


class LetterRefused(LetterError):
    """The template uses fields the case lacks (``missing``, in the caseworker's words),
    placeholders the program does not know (``unknown``, as written in the template), or
    prints a group or a list's row whole (``whole``: "заявитель → заявитель.фамилия")."""

    def __init__(
        self, missing: Sequence[str], unknown: Sequence[str], whole: Sequence[str] = ()
    ) -> None:
        self.missing = tuple(missing)
        self.unknown = tuple(unknown)
        self.whole = tuple(whole)
        parts = [translate("Letters", "The letter was not made.")]
        if self.missing:
            parts.append(
                translate("Letters", "The case lacks {fields}.").format(
                    fields=_listed(self.missing)
                )
            )
        if self.unknown:
            parts.append(
                translate("Letters", "The template uses placeholders the program does not know: "
                          "{names}.").format(names=", ".join(self.unknown))
            )  # fmt: skip
        if self.whole:
            parts.append(
                translate("Letters", "The template prints a group of fields whole; name one "
                          "field instead: {names}.").format(names=", ".join(self.whole))
            )  # fmt: skip
        super().__init__(" ".join(parts))


def _listed(items: Sequence[str]) -> str:
    """ "a, b and c" in the installed language."""
    if len(items) == 1:
        return items[0]
    return translate("Letters", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )
