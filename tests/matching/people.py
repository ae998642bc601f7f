"""Identities from text as a caseworker types it (fictional people only)."""

from __future__ import annotations

from datetime import date

from caseworker.dates import parse_birth_date
from caseworker.matching import Identity


def person(**fields: str) -> Identity:
    """An identity from text; ``born`` as written on a list (14.05.1990, 1990-05-14, 1990)."""
    birth = fields.get("born", "")
    return Identity(
        surname=fields.get("surname", ""),
        given=fields.get("given", ""),
        patronymic=fields.get("patronymic", ""),
        born=parse_birth_date(birth, today=date(2026, 12, 2)) if birth else None,
        service_number=fields.get("service_number", ""),
        unit=fields.get("unit", ""),
        region=fields.get("region", ""),
    )
