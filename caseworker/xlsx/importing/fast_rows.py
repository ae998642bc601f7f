"""Rows of calamine's values as the field cleaners take them, the same as
:func:`caseworker.xlsx.importing.cell_values.from_cell` makes them cell by cell, with Python
work only for the cells that need it: texts go as they are, except in the few columns that
strip them or read a version; numbers and dates are converted one by one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caseworker.xlsx.importing.cell_values import FIRST_DAY, from_cell
from caseworker.xlsx.workbook.columns import Kind, Sheet

_STRIPPED = frozenset({Kind.KEY, Kind.CHOICE, Kind.CHECKSUM})


def fast_rows(values: list[list[Any]], schema: Sheet) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows (numbered from 2: ``values`` starts at row 2) that hold a value in the
    schema's columns; a cell without a value is "" in ``values``."""
    kinds = [column.kind for column in schema.columns]
    width = len(kinds)
    stripped = [at for at, kind in enumerate(kinds) if kind in _STRIPPED]
    versions = [at for at, kind in enumerate(kinds) if kind is Kind.VERSION]
    padding = [""] * width
    rows: list[tuple[int, tuple[Any, ...]]] = []
    for number, row in enumerate(values, 2):
        cells = row[:width]
        if len(cells) < width:
            cells += padding[len(cells) :]
        if cells.count("") == width:
            continue
        if set(map(type, cells)) != {str}:
            for at, value in enumerate(cells):
                if type(value) is not str:
                    cells[at] = _value(kinds[at], value)
        for at in stripped:
            value = cells[at]
            if type(value) is str:
                cells[at] = value.strip()
        for at in versions:
            value = cells[at]
            cells[at] = from_cell(Kind.VERSION, None if value == "" else value)
        rows.append((number, tuple(cells)))
    return rows


def _value(kind: Kind, value: Any) -> Any:
    """from_cell's value of a number or a date, the same as from_cell's."""
    if kind is Kind.VERSION:
        return value  # read with the column's texts
    if type(value) is date and kind is Kind.DATE and value >= FIRST_DAY:
        return value
    if type(value) is datetime:
        value = value.date()
    return from_cell(kind, value)
