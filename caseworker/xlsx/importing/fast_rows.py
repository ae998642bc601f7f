"""Rows of calamine's values as the field cleaners take them, the same as
:func:`caseworker.xlsx.importing.cell_values.from_cell` makes them cell by cell, with Python
work only for the cells that need it: the rows are turned into columns and back in C, texts
stay as they are except in the few columns that strip them or read a version, and only
numbers and dates are converted one by one."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseworker.xlsx.importing.cell_values import FIRST_DAY, from_cell
from caseworker.xlsx.workbook.columns import Kind, Sheet

_STRIPPED = frozenset({Kind.KEY, Kind.CHOICE, Kind.CHECKSUM})


def fast_rows(values: list[list[Any]], schema: Sheet) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows (numbered from 2: ``values`` starts at row 2) that hold a value in the
    schema's columns; a cell without a value is "" in ``values``."""
    kinds = [column.kind for column in schema.columns]
    width = len(kinds)
    padding = [""] * width
    cut = [row[:width] if len(row) >= width else row + padding[len(row) :] for row in values]
    numbers = [number for number, row in enumerate(cut, 2) if row.count("") != width]
    kept = [cut[number - 2] for number in numbers]
    if not kept:
        return []
    columns = [
        _column(kind, cells) for kind, cells in zip(kinds, zip(*kept, strict=True), strict=True)
    ]
    return list(zip(numbers, zip(*columns, strict=True), strict=True))


def _column(kind: Kind, cells: tuple[Any, ...]) -> tuple[Any, ...] | list[Any]:
    if kind is Kind.VERSION:
        return [from_cell(kind, None if value == "" else value) for value in cells]
    if kind in _STRIPPED:
        return [value.strip() if type(value) is str else _value(kind, value) for value in cells]
    if set(map(type, cells)) == {str}:
        return cells
    return [value if type(value) is str else _value(kind, value) for value in cells]


def _value(kind: Kind, value: Any) -> Any:
    """from_cell's value of a number or a date (from_cell's own, quicker for days)."""
    if type(value) is date and kind is Kind.DATE and value >= FIRST_DAY:
        return value
    return from_cell(kind, value)
