"""A letter rendered from a Word template with docxtpl, safely and strictly.

Safe: every value is escaped for the document's XML (autoescape), characters XML cannot hold
and docxtpl's paragraph and page-break codes are dropped, and the template runs in Jinja's
sandbox (an edited template reaches no Python internals). Strict: the template is rendered in
memory first; when it prints a field the case lacks, or uses a placeholder the program does
not know (found in the whole template, taken branches or not), nothing is written and
:class:`LetterRefused` names each of them.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import TemplateError, UndefinedError, nodes
from jinja2.meta import find_undeclared_variables
from jinja2.runtime import Undefined
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import missing as jinja_missing

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.letters.errors import LetterRefused, TemplateProblem
from caseworker.letters.facts import LetterFacts
from caseworker.letters.placeholders import GROUPS, LISTS, known_names, missing_words
from caseworker.output_file import output_file

# XML 1.0 cannot hold these; \a and \f would be docxtpl's new paragraph and page break.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


class _Findings:
    """What one rendering found wrong, each in first-seen order."""

    def __init__(self) -> None:
        self.missing: dict[str, None] = {}
        self.unknown: dict[str, None] = {}
        #: Groups or rows printed whole, each with one of its fields to print instead.
        self.whole: dict[str, None] = {}


class _Missing:
    """A value the case lacks: false in ``{% if %}``, recorded (and empty) when printed."""

    __slots__ = ("_findings", "_words")

    def __init__(self, findings: _Findings, words: str) -> None:
        self._findings, self._words = findings, words

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        self._findings.missing[self._words] = None
        return ""

    def __html__(self) -> str:
        return str(self)


def _undefined_class(findings: _Findings, owners: Mapping[int, str]) -> type[Undefined]:
    class RecordingUndefined(Undefined):
        """A name the program does not know, recorded where Jinja makes it."""

        __slots__ = ()

        def __init__(self, hint: str | None = None, obj: Any = jinja_missing,
                     name: str | None = None, exc: Any = UndefinedError) -> None:  # fmt: skip
            super().__init__(hint, obj, name, exc)
            # The static check has named most already, as the template writes them.
            if name is not None and not any(
                seen == name or seen.endswith("." + name) for seen in findings.unknown
            ):
                owner = "" if obj is jinja_missing else owners.get(id(obj), "…") + "."
                findings.unknown[owner + name] = None

    return RecordingUndefined


class _CheckingEnvironment(SandboxedEnvironment):
    """Jinja's sandbox that also checks, statically, every template docxtpl gives it."""

    def __init__(self, findings: _Findings, undefined: type[Undefined]) -> None:
        super().__init__(autoescape=True, undefined=undefined)
        self.findings = findings

    def from_string(self, source: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(source, str):
            _check_names(self.parse(source), self.findings)
        return super().from_string(source, *args, **kwargs)


def _check_names(tree: nodes.Template, findings: _Findings) -> None:
    """Every unknown placeholder in the template, whether or not its branch is taken."""
    known = known_names()
    for name in sorted(find_undeclared_variables(tree) - known):
        findings.unknown[name] = None
    fields: dict[str, tuple[str, ...]] = {group: tuple(GROUPS[group]) for group in GROUPS}
    for loop in tree.find_all(nodes.For):
        target, items = loop.target, loop.iter
        if isinstance(target, nodes.Name) and isinstance(items, nodes.Name) and items.name in LISTS:
            fields[target.name] = LISTS[items.name]
    for node in tree.find_all(nodes.Getattr):
        owner = node.node
        if isinstance(owner, nodes.Name) and node.attr not in fields.get(owner.name, (node.attr,)):
            findings.unknown[f"{owner.name}.{node.attr}"] = None
    # {{ заявитель }} or {{ п }} in a loop would print a group's or a row's inner workings.
    for output in tree.find_all(nodes.Output):
        for printed in output.nodes:
            if isinstance(printed, nodes.Name) and printed.name in {*fields, *LISTS}:
                example = fields.get(printed.name, LISTS.get(printed.name, ("",)))[0]
                findings.whole[f"{printed.name} → {printed.name}.{example}"] = None


def _clean(value: str) -> str:
    return _NOT_IN_XML.sub("", value)


def _context(facts: LetterFacts, findings: _Findings) -> tuple[dict[str, Any], dict[int, str]]:
    context: dict[str, Any] = {}
    owners: dict[int, str] = {}
    for group, names in GROUPS.items():
        given = facts.groups.get(group, {})
        values: dict[str, Any] = {}
        for name in names:
            text = _clean(given.get(name, "")).strip()
            values[name] = text or _Missing(findings, missing_words(group, name))
        context[group] = values
        owners[id(values)] = group
    for name, columns in LISTS.items():
        rows = []
        for row in facts.lists.get(name, ()):
            values = {column: _clean(row.get(column, "")) for column in columns}
            owners[id(values)] = name
            rows.append(values)
        context[name] = rows
    return context, owners


def render_letter(template: Path, facts: LetterFacts, out: str | os.PathLike[str]) -> Path:
    """Render ``template`` with ``facts`` into the .docx file ``out``; return its path.

    Raises :class:`ValidationError` when ``out`` cannot be written, is not a .docx name or is
    the template itself, :class:`TemplateProblem`
    when the template cannot be read or understood, :class:`LetterRefused` naming every
    missing field and unknown placeholder. Nothing is written when one is raised; an
    existing ``out`` is replaced only by a whole letter.
    """
    target = _letter_target(template, out)
    return _write(prepare_letter(template, facts), target)


def _letter_target(template: Path, out: str | os.PathLike[str]) -> Path:
    target = output_file(out)
    if target.suffix.lower() != ".docx":
        raise ValidationError(
            translate("Letters", "A letter is a Word document: give a file name ending in "
                      ".docx, not “{name}”.").format(name=target.name),
            field="path",
        )  # fmt: skip
    if target.exists() and template.exists() and target.samefile(template):
        raise ValidationError(
            translate("Letters", "The letter would replace its own template “{name}”; give "
                      "another file name.").format(name=template.name),
            field="path",
        )  # fmt: skip
    return target


def prepare_letter(template: Path, facts: LetterFacts) -> DocxTemplate:
    """``template`` rendered with ``facts`` in memory, checked, not yet written (the window
    checks a letter before asking where to save it, then saves it with
    :func:`save_letter`).

    Raises :class:`TemplateProblem` when the template cannot be read or understood,
    :class:`LetterRefused` naming every missing field and unknown placeholder.
    """
    findings = _Findings()
    context, owners = _context(facts, findings)
    document = DocxTemplate(template)
    environment = _CheckingEnvironment(findings, _undefined_class(findings, owners))
    try:
        document.render(context, environment, autoescape=True)
    except TemplateError as error:
        raise TemplateProblem(
            translate("Letters", "The template “{name}” has a placeholder that cannot be read: "
                      "{reason}").format(name=template.name, reason=error.message or error)
        ) from error  # fmt: skip
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as e:
        raise TemplateProblem(
            translate("Letters", "“{name}” is not a Word document (.docx).").format(
                name=template.name
            )
        ) from e
    except OSError as error:
        raise TemplateProblem(
            translate("Letters", "The template “{name}” cannot be read: {reason}").format(
                name=template.name, reason=error.strerror or error
            )
        ) from error
    if findings.missing or findings.unknown or findings.whole:
        raise LetterRefused(list(findings.missing), list(findings.unknown), list(findings.whole))
    return document


def save_letter(letter: DocxTemplate, template: Path, out: str | os.PathLike[str]) -> Path:
    """Write a letter made by :func:`prepare_letter` from ``template`` to the .docx file
    ``out``, whole or not at all; return its path.

    Raises :class:`ValidationError` when ``out`` cannot be written, is not a .docx name or is
    the template itself; ``OSError`` when the disk refuses the write.
    """
    return _write(letter, _letter_target(template, out))


def _write(letter: DocxTemplate, target: Path) -> Path:
    partial = target.with_name(f".{target.name}.partial")
    try:
        letter.save(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


__all__ = ["prepare_letter", "render_letter", "save_letter"]
