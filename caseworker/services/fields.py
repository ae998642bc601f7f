"""Field cleaners: turn what a user typed into a value to store, or raise a clear error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from caseworker.dates import EventDate, check_not_future, parse_birth_date, parse_optional_day
from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.labels import from_text, label, labelled
from caseworker.text import clean_multiline, clean_text, require_name
from caseworker.vocab import DatePrecision

Cleaner = Callable[[Any], Any]
FieldSpec = Mapping[str, Cleaner]
E = TypeVar("E", bound=StrEnum)


def text(value: Any) -> str:
    """Text on one line, trimmed. Raises nothing."""
    return clean_text(None if value is None else str(value))


def note(value: Any) -> str:
    """Text over several lines, trimmed. Raises nothing."""
    return clean_multiline(None if value is None else str(value))


def required_name(field: str, label: str) -> Cleaner:
    """``label`` is already translated, so the message reads naturally in the user's language.

    Raises nothing; the cleaner raises :class:`ValidationError` when the name is empty.
    """
    return lambda value: require_name(None if value is None else str(value), field, label)


def choice(enum: type[E], default: E | None, what: str) -> Cleaner:
    """A value of ``enum``: its coded value or its label in any language the program speaks
    (see :func:`caseworker.labels.from_text`); ``what`` names the field in messages.

    Raises nothing; the cleaner raises :class:`ValidationError` when the value is missing (without a
    default) or not one of the choices.
    """

    def clean(value: Any) -> E:
        if value is None or value == "":
            if default is None:
                raise ValidationError(
                    translate("Validation", "{what} must be chosen.").format(what=what)
                )
            return default
        if isinstance(value, enum):
            return value
        raw = str(value).strip()
        found = from_text(enum, raw)
        if found is not None:
            return found
        allowed = (
            ", ".join(f"“{label(member)}”" for member in enum)
            if labelled(enum)
            else ", ".join(member.value for member in enum)
        )
        raise ValidationError(
            translate(
                "Validation", "“{value}” is not a valid {what}; use one of: {allowed}."
            ).format(value=raw, what=what, allowed=allowed)
        )

    return clean


def day(label: str, *, allow_future: bool = False, required: bool = False) -> Cleaner:
    """A cleaner of a day; ``label`` (translated) names the field in messages.

    Raises nothing; the cleaner raises :class:`InvalidDate` when the day cannot be read or lies in
    the future (unless ``allow_future``), :class:`ValidationError` when it is ``required`` and
    missing.
    """

    def clean(value: Any) -> date | None:
        if isinstance(value, date):
            if not allow_future:
                check_not_future(value)
            return value
        parsed = parse_optional_day(
            None if value is None else str(value), allow_future=allow_future
        )
        if parsed is None and required:
            raise ValidationError(
                translate("Validation", "{what} must be given.").format(what=label)
            )
        return parsed

    return clean


def birth(value: Any) -> EventDate | None:
    """A birth date: a day, a month or a year; empty means not known.

    Raises :class:`InvalidDate` when it cannot be read or lies in the future.
    """
    if value is None or isinstance(value, EventDate):
        return value
    if isinstance(value, date):
        check_not_future(value)
        return EventDate(value, value, DatePrecision.DAY)
    text = str(value).strip()
    return parse_birth_date(text) if text else None


def clean_all(spec: FieldSpec, values: Mapping[str, Any], *, only_given: bool) -> dict[str, Any]:
    """Clean ``values`` by ``spec``; unknown fields are a programming error.

    With ``only_given`` (an edit) only the given fields are cleaned; otherwise (a creation)
    every field is, so that required fields left out are reported.

    Raises :class:`ValidationError` (or :class:`InvalidDate`) naming the field of the first wrong
    value; :class:`TypeError` for an unknown field.
    """
    unknown = set(values) - set(spec)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    names = values.keys() if only_given else spec.keys()
    cleaned: dict[str, Any] = {}
    for name in names:
        try:
            cleaned[name] = spec[name](values.get(name))
        except ValidationError as error:
            # Name the offending field, so that a dialog can put the cursor there.
            if error.field is None:
                error.field = name
            raise
    return cleaned
