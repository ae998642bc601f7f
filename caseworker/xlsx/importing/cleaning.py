"""The cells of an import cleaned by the fields' cleaners a column at a time: each distinct
value of a column once (a workbook repeats its claims, sources, dates and places), the rows'
values looked up in C rather than field by field in Python."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
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
#: has cleaned, by :func:`seen_as` of the cell's value (a text also by itself).
Cleaners = list[tuple[str, Any, dict[Any, Any]]]


def seen_as(value: Any) -> tuple[type, Any]:
    """The key by which a cell's cleaned value is remembered: its type and it, so that 1
    and 1.0 stay apart."""
    return (type(value), value)


def _text(value: str) -> str:
    return value


def _clean(cleaner: Any, value: Any) -> Any:
    """The cleaner's value, or :class:`Refused`. Raises what the cleaner raises, except
    :class:`ValidationError`."""
    try:
        return cleaner(value)
    except ValidationError as error:
        return Refused(error.message)


def cleaned_value(cleaner: Any, remembered: dict[Any, Any], value: Any) -> Any:
    """The cleaner's value of a cell, or :class:`Refused`; remembered when there is room.

    Raises what the cleaner raises, except :class:`ValidationError`.
    """
    seen = seen_as(value)
    result = remembered.get(seen, remembered)
    if result is remembered:
        result = _clean(cleaner, value)
        if len(remembered) < REMEMBERED:
            remembered[seen] = result
    return result


def cleaned_rows(
    schema: Sheet, cleaners: Cleaners, rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...] | None]:
    """Each row's cleaned values in the cleaners' order; None for a row with a refused
    value (cleaned again field by field, to say which).

    Each column's values are looked up in C (``map`` of the remembered values' ``get``);
    the cleaner is called once for each distinct value not remembered yet (the first of
    equal values of one type, as the cells come).

    Raises what a cleaner raises, except :class:`ValidationError`.
    """
    if not rows:
        return []
    cells = list(zip(*rows, strict=True))
    columns: list[list[Any]] = []
    refused: set[int] = set()
    for field, cleaner, remembered in cleaners:
        values = cells[schema.index(field)]
        keys: Any = values  # a text is remembered by itself too: the same cleaned value
        if not set(map(type, values)) <= {str}:
            keys = list(zip(map(type, values), values, strict=True))
        value = _text if keys is values else itemgetter(1)
        new = {key: _clean(cleaner, value(key)) for key in set(keys).difference(remembered)}
        if new:
            room = max(0, REMEMBERED - len(remembered))
            remembered.update(islice(new.items(), room))
            column = list(map(new.get, keys, map(remembered.get, keys)))
        else:
            column = list(map(remembered.__getitem__, keys))
        if Refused in set(map(type, column)):
            refused.update(at for at, value in enumerate(column) if type(value) is Refused)
        columns.append(column)
    made: list[tuple[Any, ...] | None] = list(zip(*columns, strict=True)) or [()] * len(rows)
    for at in refused:
        made[at] = None
    return made
