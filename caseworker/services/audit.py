"""Writing audit entries: who changed what, when, from which value to which."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import AuditEntry, MutableRow


class Recorded(Protocol):
    """A row an audit entry can name: its id and UUID (a versioned ``MutableRow``, or an
    append-only row such as a match decision)."""

    @property
    def id(self) -> int: ...

    @property
    def uuid(self) -> str: ...


def entity_name(entity: Recorded | MutableRow) -> str:
    """The name audit entries give the record's table. Raises nothing."""
    return str(getattr(entity, "__tablename__", type(entity).__name__.lower()))


def audit_text(value: Any) -> str | None:
    """The stored form of a value in an audit entry (dates ISO, enums by value). Raises nothing."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, EventDate):
        return value.to_text()
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    actor: str,
    action: str,
    entity: Recorded | MutableRow,
    field: str = "",
    old: Any = None,
    new: Any = None,
    note: str = "",
) -> None:
    """Add an audit entry of ``action`` on ``entity`` (written at the next flush).

    Raises nothing.
    """
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            entity=entity_name(entity),
            entity_id=entity.id,
            entity_uuid=entity.uuid,
            field=field,
            old_value=audit_text(old),
            new_value=audit_text(new),
            note=note,
        )
    )


def record_creation(
    session: Session, actor: str, entity: MutableRow, fields: dict[str, Any]
) -> None:
    """One entry for a new record, its initial values as JSON in ``new_value``. Raises nothing."""
    session.flush()
    values = {name: audit_text(value) for name, value in fields.items() if value not in (None, "")}
    record(
        session, actor, "create", entity, new=json.dumps(values, ensure_ascii=False, sort_keys=True)
    )


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    """Every audit entry of one record, the oldest first. Raises nothing."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(query))
