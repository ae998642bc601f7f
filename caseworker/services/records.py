"""Loading records by id and saving edits to them under optimistic locking."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseworker.errors import NotFound, StaleRecord
from caseworker.i18n import translate
from caseworker.models import MutableRow
from caseworker.services import audit
from caseworker.services.fields import FieldSpec, clean_all

R = TypeVar("R", bound=MutableRow)


def load(session: Session, model: type[R], record_id: int, what: str) -> R:
    """The record of ``model`` with ``record_id``.

    Raises :class:`NotFound` naming ``what`` (already translated) when there is no such record.
    """
    found = session.get(model, record_id)
    if found is None:
        raise NotFound(
            translate("Records", "{what} {id} does not exist.").format(what=what, id=record_id)
        )
    return found


def changed_meanwhile() -> StaleRecord:
    """The error saying someone else changed the record; the caller raises it. Raises nothing."""
    return StaleRecord(
        translate(
            "Records",
            "Someone else changed this record after you opened it. Nothing was saved; "
            "reopen it to see their changes, then make yours again.",
        )
    )


def check_version(entity: MutableRow, expected_version: int | None) -> None:
    """Refuse an edit of a record that changed since the caller loaded it.

    Raises :class:`StaleRecord` when its version is not ``expected_version``.
    """
    if expected_version is not None and entity.version != expected_version:
        raise changed_meanwhile()


def apply_changes(
    session: Session,
    actor: str,
    entity: MutableRow,
    expected_version: int | None,
    spec: FieldSpec,
    changes: dict[str, Any],
) -> dict[str, tuple[Any, Any]]:
    """Validate and apply ``changes``; audit each field that really changed.

    Returns the changes applied, as ``{field: (old, new)}``. Raises :class:`StaleRecord`
    when the record's version is not the one the caller loaded.

    Raises :class:`ValidationError` (or :class:`InvalidDate`) naming the field when a value is
    wrong.
    """
    check_version(entity, expected_version)
    cleaned = clean_all(spec, changes, only_given=True)
    applied: dict[str, tuple[Any, Any]] = {}
    for name, new in cleaned.items():
        old = getattr(entity, name)
        if old != new:
            setattr(entity, name, new)
            applied[name] = (old, new)
    if applied:
        flush_versioned(session)
        for name, (old, new) in applied.items():
            audit.record(session, actor, "update", entity, name, old, new)
    return applied


_BATCHED = "caseworker.batched_flush"


@contextmanager
def flushed_together(session: Session) -> Iterator[None]:
    """Within the block, edits are flushed together at its end rather than one by one.

    For an action that edits thousands of records (an import): each record's UPDATE and
    audit entries go out in a few statements, so the write lock is held for less time. A
    record changed meanwhile is still refused, at the end, and nothing is saved.

    Raises :class:`StaleRecord` at the end when a record changed meanwhile.
    """
    if _BATCHED in session.info:
        yield
        return
    session.info[_BATCHED] = True
    try:
        yield
    finally:
        del session.info[_BATCHED]
    flush_versioned(session)


def flush_versioned(session: Session) -> None:
    """Flush, turning SQLAlchemy's version mismatch into the caseworker's error.

    Raises :class:`StaleRecord` when a record changed meanwhile.
    """
    if _BATCHED in session.info:
        return
    try:
        session.flush()
    except StaleDataError as error:
        raise changed_meanwhile() from error
