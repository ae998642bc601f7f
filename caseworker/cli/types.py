"""Argument types of the command line: record ids and counts, refused with a sentence when out
of range (an id beyond SQLite's integers would otherwise end in a traceback)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from caseworker.i18n import translate

#: The largest integer SQLite stores, and so the largest id a record can have.
LARGEST_ID = 2**63 - 1


def _whole_number(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def record_id(text: str) -> int:
    """An id of a record: a whole number from 1 to :data:`LARGEST_ID`."""
    value = _whole_number(text)
    if value is None or not 1 <= value <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not an id: ids are whole numbers from 1 to {largest}.")
            .format(text=text, largest=LARGEST_ID)
        )  # fmt: skip
    return value


def whole_number(largest: int) -> Callable[[str], int]:
    """The type of a count: a whole number from 0 to ``largest``."""

    def parse(text: str) -> int:
        value = _whole_number(text)
        if value is None or not 0 <= value <= largest:
            raise argparse.ArgumentTypeError(
                translate("Cli", "“{text}” is not a whole number from 0 to {largest}.").format(
                    text=text, largest=largest
                )
            )
        return value

    parse.__name__ = "whole_number"
    return parse
