"""Values in slices small enough for one ``IN (...)`` list of a statement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

#: At most this many values in one ``IN`` list (SQLite's and PostgreSQL's limits are far).
CHUNK = 500
T = TypeVar("T")


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``values`` in slices of at most ``size``. Raises nothing."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
