"""The cells of an import cleaned by the fields' cleaners a column at a time: each distinct
value of a column once (a workbook repeats its claims, sources, dates and places), the rows'
values looked up in C rather than field by field in Python."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caseworker.errors import ValidationError
from caseworker.xlsx.workbook.columns import Sheet

# The cleaned values of a column remembered by cell value, up to this many different
# values per column.
REMEMBERED = 50_000


@dataclass(frozen=True, slots=True)
class Refused:
    """A value the field's cleaner refused, with its sentence."""

    message: str


#: A sheet's editable columns the cleaners know: the field, its cleaner and the values it
#: has cleaned (by the cell's value; a tuple of its type and it when it is not text, so
#: that 1 and 1.0 stay apart).
Cleaners = list[tuple[str, Any, dict[Any, Any]]]


def seen_as(value: Any) -> Any:
    """The value by which a cell's cleaned value is remembered."""
    return value if type(value) is str else (type(value), value)


def cleaned_value(cleaner: Any, remembered: dict[Any, Any], value: Any) -> Any:
    """The cleaner's value of a cell, or :class:`Refused`; remembered when there is room.

    Raises what the cleaner raises, except :class:`ValidationError`.
    """
    seen = seen_as(value)
    result = remembered.get(seen, remembered)
    if result is remembered:
        try:
            result = cleaner(value)
        except ValidationError as error:
            result = Refused(error.message)
        if len(remembered) < REMEMBERED:
            remembered[seen] = result
    return result


def cleaned_rows(
    schema: Sheet, cleaners: Cleaners, rows: list[tuple[Any, ...]]
) -> list[dict[str, Any] | None]:
    """Each row's cleaned values by field (a new dict each), in the cleaners' order; None
    for a row with a refused value (cleaned again field by field, to say which).

    Raises what a cleaner raises, except :class:`ValidationError`.
    """
    if not rows:
        return []
    cells = list(zip(*rows, strict=True))
    columns: list[list[Any]] = []
    refused: set[int] = set()
    for field, cleaner, remembered in cleaners:
        values = cells[schema.index(field)]
        keys: Any = values
        if not set(map(type, values)) <= {str}:
            keys = [value if type(value) is str else (type(value), value) for value in values]
        # Each key's first value (equal values of one type may still differ, as -0.0 and 0.0).
        first = dict(zip(reversed(keys), reversed(values), strict=True))
        found = {key: cleaned_value(cleaner, remembered, value) for key, value in first.items()}
        bad = {key for key, result in found.items() if type(result) is Refused}
        columns.append(list(map(found.__getitem__, keys)))
        if bad:
            refused.update(at for at, key in enumerate(keys) if key in bad)
    fields = [field for field, _, _ in cleaners]
    made: list[dict[str, Any] | None] = [
        dict(zip(fields, values, strict=True)) for values in zip(*columns, strict=True)
    ] or [{} for _ in rows]
    for at in refused:
        made[at] = None
    return made
