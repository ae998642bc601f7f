"""A row's fingerprint: written in its checksum column at export, compared at import to
tell the caseworker's edits from the database's changes since."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any

from caseworker.dates import EventDate


def shown(value: Any) -> str:
    """A value as the preview shows it: dates ISO, vocabularies by value, empty as ""."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, EventDate):
        return value.to_text()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def row_checksum(values: Iterable[Any]) -> str:
    """A fingerprint of a row's values, written at export and compared at import."""
    # As ``shown`` does, inline for the common values: text (and StrEnum members, whose
    # text is their value) as it is, None as "", dates (and date-times) in ISO.
    text = "\x1f".join(
        [
            v if isinstance(v, str)
            else "" if v is None
            else v.isoformat() if isinstance(v, date)
            else shown(v)
            for v in values
        ]
    )  # fmt: skip
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
