"""Argument types of the command line: record ids and counts, refused with a sentence when out
of range (an id beyond SQLite's integers would otherwise end in a traceback); and how the
command line writes vocabulary values and days (``red-cross`` for ``red_cross``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from caseworker.i18n import Plurals, translate


#: The largest integer SQLite stores, and so the largest id a record can have.
class Cli(Plurals):
    """The command line's plural messages."""


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


def option_name(member: StrEnum) -> str:
    """How the command line writes a value: ``red-cross`` for ``red_cross``."""
    return member.value.replace("_", "-")


def stored_value(text: str) -> str:
    """The stored value of an option written with hyphens; other text (a label) as it is."""
    return text.strip().replace("-", "_") if text.strip().isascii() else text


def iso_day(value: date | None) -> str | None:
    """A day as JSON writes it: ``2026-10-03``, or null."""
    return value.isoformat() if value else None
