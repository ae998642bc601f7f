"""Rows of calamine's values as the field cleaners take them, the same as
:func:`caseworker.xlsx.importing.cell_values.from_cell` makes them cell by cell, with Python
work only for the distinct values that need it: the rows are cut, counted, turned into
columns and back in C (``map``, ``compress``, ``zip``), texts stay as they are except in the
few columns that strip them or read a version, and numbers and dates are converted once per
distinct value of a column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import compress, repeat
from operator import itemgetter, ne
from typing import Any

from caseworker.xlsx.importing.cell_values import FIRST_DAY, from_cell
from caseworker.xlsx.workbook.columns import Kind, Sheet

_STRIPPED = frozenset({Kind.KEY, Kind.CHOICE, Kind.CHECKSUM})


def fast_rows(values: list[list[Any]], schema: Sheet) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows (numbered from 2: ``values`` starts at row 2) that hold a value in the
    schema's columns; a cell without a value is "" in ``values``."""
    kinds = [column.kind for column in schema.columns]
    width = len(kinds)
    cut = _cut(values, width)
    # A row is kept when not all of its cells in the schema's columns are "".
    kept_mask = list(map(ne, map(list.count, cut, repeat("")), repeat(width)))
    numbers = list(compress(range(2, len(values) + 2), kept_mask))
    if not numbers:
        return []
    kept = compress(cut, kept_mask)
    columns = [
        _column(kind, cells) for kind, cells in zip(kinds, zip(*kept, strict=True), strict=True)
    ]
    return list(zip(numbers, zip(*columns, strict=True), strict=True))


def _cut(values: list[list[Any]], width: int) -> list[list[Any]]:
    """Each row as exactly ``width`` cells: cut, or padded with ""."""
    lengths = set(map(len, values))
    if lengths == {width}:
        return values
    if min(lengths, default=width) >= width:
        return list(map(itemgetter(slice(0, width)), values))
    padding = [""] * width
    return [row[:width] if len(row) >= width else row + padding[len(row) :] for row in values]


def _column(kind: Kind, cells: tuple[Any, ...]) -> tuple[Any, ...] | list[Any]:
    if set(map(type, cells)) <= {str} and kind is not Kind.VERSION:
        return list(map(str.strip, cells)) if kind in _STRIPPED else cells
    convert: Callable[[Any], Any]
    if kind is Kind.VERSION:
        convert = partial(_version, kind)
    elif kind in _STRIPPED:
        convert = partial(_stripped, kind)
    else:
        convert = partial(_text_or_value, kind)
    # Once per distinct value of a type (1 and 1.0 apart; -0.0 and 0.0 give one value).
    typed = list(zip(map(type, cells), cells, strict=True))
    made = {key: convert(key[1]) for key in set(typed)}
    return list(map(made.__getitem__, typed))


def _version(kind: Kind, value: Any) -> Any:
    return from_cell(kind, None if value == "" else value)


def _stripped(kind: Kind, value: Any) -> Any:
    return value.strip() if type(value) is str else _value(kind, value)


def _text_or_value(kind: Kind, value: Any) -> Any:
    return value if type(value) is str else _value(kind, value)


def _value(kind: Kind, value: Any) -> Any:
    """from_cell's value of a number or a date (from_cell's own, quicker for days)."""
    if type(value) is date and kind is Kind.DATE and value >= FIRST_DAY:
        return value
    return from_cell(kind, value)
