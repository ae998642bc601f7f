"""Edits of one record as the window's dialogs and undo steps make them, in plain values.

:func:`editable` gives what an edit dialog starts from (the record's fields, its version and
its case). :func:`save_edit` saves new values if the record is still at the version the
caller saw; :func:`reapply_edit` (an undo or a redo) writes values back only if the fields it
replaces still hold what the caller's last save left there. Both give back a :class:`Saved`
(the version and the fields as saved), so the caller keeps only ids, versions and values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from caseworker.models import Case, MutableRow, Relative, Report, SoughtPerson
from caseworker.services import cases, fields, persons, records, relatives, reports


class RecordKind(StrEnum):
    """The kinds of record whose fields a caseworker edits."""

    CASE = "case"
    RELATIVE = "relative"
    PERSON = "person"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class EditableRecord:
    """What an edit dialog starts from: the record's editable fields as they are now."""

    kind: RecordKind
    id: int
    case_id: int
    version: int
    # The case's reference; a relative's or a person's full name; for a report, the full
    # name of the person it is about.
    name: str
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Saved:
    """The record after a save: its version and the saved fields as they now read."""

    version: int
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _Kind:
    model: type[MutableRow]
    spec: Callable[[], fields.FieldSpec]
    get: Callable[[Session, int], Any]
    # (session, actor, id, expected_version, **changes) and (session, actor, owner, **values)
    update: Callable[..., MutableRow]
    add: Callable[..., MutableRow]
    extra_fields: tuple[str, ...] = ()


_KINDS: dict[RecordKind, _Kind] = {
    RecordKind.CASE: _Kind(
        Case, cases.case_fields, cases.get_case, cases.update_case, cases.create_case
    ),
    RecordKind.RELATIVE: _Kind(
        Relative,
        relatives.relative_fields,
        relatives.get_relative,
        relatives.update_relative,
        relatives.add_relative,
    ),
    RecordKind.PERSON: _Kind(
        SoughtPerson,
        persons.person_fields,
        persons.get_person,
        persons.update_person,
        persons.add_person,
    ),
    RecordKind.REPORT: _Kind(
        Report,
        reports.report_fields,
        reports.get_report,
        reports.update_report,
        reports.add_report,
        ("event", "derived_from_id"),
    ),
}


def editable_fields(kind: RecordKind) -> list[str]:
    """The names of the fields an edit dialog of ``kind`` shows. Raises nothing."""
    spec = _KINDS[kind]
    return [*spec.spec(), *spec.extra_fields]


def _values(record: MutableRow, names: list[str]) -> Mapping[str, Any]:
    return MappingProxyType({name: getattr(record, name) for name in names})


def editable(session: Session, kind: RecordKind, record_id: int) -> EditableRecord:
    """The record's editable fields, version, case and name, for an edit dialog.

    Raises :class:`NotFound` when there is no such record.
    """
    spec = _KINDS[kind]
    record = spec.get(session, record_id)
    if isinstance(record, Case):
        case_id, name = record.id, record.reference
    elif isinstance(record, Report):
        case_id, name = record.person.case_id, record.person.full_name
    else:
        case_id, name = record.case_id, record.full_name
    return EditableRecord(
        kind, record.id, case_id, record.version, name, _values(record, editable_fields(kind))
    )


def create_record(
    session: Session,
    actor: str,
    kind: RecordKind,
    owner_id: int | None,
    values: Mapping[str, Any],
) -> EditableRecord:
    """Add a record of ``kind`` (audited) and give it back as an edit dialog would load it.

    ``owner_id`` is the case of a relative or a person, the person of a report, and None for
    a case.

    Raises :class:`NotFound` when the owner does not exist, :class:`ValidationError` or
    :class:`InvalidDate` naming the field when a value is wrong or missing.
    """
    add = _KINDS[kind].add
    if kind is RecordKind.CASE:
        record = add(session, actor, **values)
    elif owner_id is None:
        raise ValueError("a relative, person or report is added to its case or person")
    else:
        record = add(session, actor, owner_id, **values)
    session.flush()
    return editable(session, kind, record.id)


def save_edit(
    session: Session,
    actor: str,
    kind: RecordKind,
    record_id: int,
    expected_version: int,
    values: Mapping[str, Any],
) -> Saved:
    """Save ``values`` to the record if it is still at ``expected_version`` (audited).

    Raises :class:`NotFound` when there is no such record, :class:`StaleRecord` when someone
    changed it since ``expected_version``, :class:`ValidationError` or :class:`InvalidDate`
    naming the field when a value is wrong.
    """
    spec = _KINDS[kind]
    record = spec.update(session, actor, record_id, expected_version, **values)
    return Saved(record.version, _values(record, list(values)))


def reapply_edit(
    session: Session,
    actor: str,
    kind: RecordKind,
    record_id: int,
    left: Mapping[str, Any],
    values: Mapping[str, Any],
) -> Saved:
    """Write ``values`` back (an undo or a redo) if the record's fields still hold ``left``.

    ``left`` is what the caller's last save left in the fields about to be replaced; changes
    to other fields, by anyone, do not stop it.

    Raises :class:`StaleRecord` when the record is gone or one of those fields was changed
    meanwhile (nothing is written then), :class:`ValidationError` or :class:`InvalidDate`
    naming the field when a value is wrong.
    """
    spec = _KINDS[kind]
    record = session.get(spec.model, record_id)
    if record is None or any(getattr(record, name) != value for name, value in left.items()):
        raise records.changed_meanwhile()
    return save_edit(session, actor, kind, record_id, record.version, values)
