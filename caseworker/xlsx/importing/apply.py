"""Carry out an import plan through the services, in the caller's one transaction.

Nothing is applied by itself: a plan with invalid cells is refused, and every conflict needs
the caseworker's choice (keep the database's value or take the workbook's). Each record the
import touches gets an extra audit entry naming the file and its SHA-256.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.errors import StaleRecord, ValidationError
from caseworker.i18n import translate
from caseworker.models import AppliedImport, AuditEntry, FamilyLogEntry, ImportMark, MutableRow
from caseworker.services import audit, cases, family_log, persons, records, relatives, reports
from caseworker.xlsx.importing import course_apply
from caseworker.xlsx.importing.already_present import ImportMemory
from caseworker.xlsx.importing.lookups import MODELS
from caseworker.xlsx.importing.plan import Action, Choice, ImportPlan, Parent, RowChange
from caseworker.xlsx.workbook.schema import (
    CASES,
    FAMILY_LOG,
    INQUIRIES,
    PERSONS,
    RELATIVES,
    REPORTS,
)

Choices = Mapping[tuple[str, str, str], Choice]
ORDER = {CASES.name: 0, RELATIVES.name: 1, PERSONS.name: 2, REPORTS.name: 3}
ORDER.update({INQUIRIES.name: 4, FAMILY_LOG.name: 5})
_COURSE = frozenset({INQUIRIES.name, FAMILY_LOG.name})


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    created: int
    updated: int


def _with_choices(change: RowChange, choices: Choices) -> dict[str, Any]:
    values = dict(change.values)
    for name, header in change.conflicts.items():
        choice = choices.get((change.sheet, change.key, header))
        if choice is None:
            raise ValidationError(
                translate(
                    "Xlsx",
                    "Choose for each conflict whether to keep the database's value or take "
                    "the workbook's; nothing was imported.",
                )
            )
        if Choice(choice) is Choice.KEEP_DATABASE:
            del values[name]
    return values


class _Applier:
    def __init__(self, session: Session, actor: str, plan: ImportPlan) -> None:
        self.session, self.actor, self.plan = session, actor, plan
        self.new_ids: dict[tuple[str, int], int] = {}  # (sheet, row number) -> new record id

    def parent_id(self, parent: Parent | None, parent_sheet: str) -> int:
        assert parent is not None
        kind, value = parent
        if kind == "id":
            return value
        # A new parent row is created by this import, or was present already.
        created = self.new_ids.get((parent_sheet, value))
        return created if created is not None else self.plan.resolved[(parent_sheet, value)]

    def create(self, change: RowChange) -> MutableRow | FamilyLogEntry:
        values = dict(change.values)
        if change.sheet in _COURSE:
            return course_apply.create(self.session, self.actor, change, self.parent_id)
        if change.sheet == CASES.name:
            return cases.create_case(self.session, self.actor, **values)
        if change.sheet == RELATIVES.name:
            case_id = self.parent_id(change.parent, CASES.name)
            return relatives.add_relative(self.session, self.actor, case_id, **values)
        if change.sheet == PERSONS.name:
            case_id = self.parent_id(change.parent, CASES.name)
            return persons.add_person(self.session, self.actor, case_id, **values)
        person_id = self.parent_id(change.parent, PERSONS.name)
        event = values.pop("event")
        return reports.add_report(self.session, self.actor, person_id, event=event, **values)

    def update(self, change: RowChange, values: dict[str, Any]) -> MutableRow | None:
        if not values:
            return None
        record_id, version = change.record_id, change.version
        assert record_id is not None
        session, actor = self.session, self.actor
        if change.sheet == INQUIRIES.name:
            return course_apply.update(session, actor, change, values, self.parent_id)
        if change.sheet == CASES.name:
            return cases.update_case(session, actor, record_id, version, **values)
        if change.sheet == RELATIVES.name:
            return relatives.update_relative(session, actor, record_id, version, **values)
        if change.sheet == PERSONS.name:
            return persons.update_person(session, actor, record_id, version, **values)
        event = values.pop("event", None)
        return reports.update_report(session, actor, record_id, version, event=event, **values)


def apply_import(
    session: Session, actor: str, plan: ImportPlan, choices: Choices | None = None
) -> ImportOutcome:
    """Apply ``plan`` in ``session``; the caller commits (all) or rolls back (nothing).

    ``choices`` maps each conflict's
    :attr:`~caseworker.xlsx.importing.plan.Conflict.choice_key` to a :class:`Choice`. Raises
    :class:`ValidationError` when the plan has invalid cells or a conflict without a choice,
    and :class:`~caseworker.errors.StaleRecord` when a record changed after the plan was
    made.
    """
    if plan.errors:
        raise ValidationError(
            translate(
                "Xlsx",
                "The workbook has {count} invalid cells; fix them and import it again. "
                "Nothing was imported.",
            ).format(count=len(plan.errors))
        )
    choices = choices or {}
    _refuse_if_imported_meanwhile(session, plan)
    applier = _Applier(session, actor, plan)
    marks: list[tuple[str, str, str]] = []
    loaded = _load_updated_records(session, plan)  # held: the session keeps weak references
    with cases.case_summaries_deferred(session), records.flushed_together(session):
        created, updated = _apply_changes(session, actor, plan, applier, choices, marks)
    del loaded
    if created or updated:
        _remember(session, actor, plan, marks, created, updated)
    session.flush()
    return ImportOutcome(created, updated)


def _apply_changes(
    session: Session,
    actor: str,
    plan: ImportPlan,
    applier: _Applier,
    choices: Choices,
    marks: list[tuple[str, str, str]],
) -> tuple[int, int]:
    created = updated = 0
    for change in sorted(plan.changes, key=lambda c: (ORDER[c.sheet], c.row)):
        record: MutableRow | FamilyLogEntry | None
        if change.action is Action.CREATE:
            record = applier.create(change)
            assert record is not None
            applier.new_ids[(change.sheet, change.row)] = record.id
            marks.append((change.fingerprint, change.sheet, record.uuid))
            created += 1
        else:
            record = applier.update(change, _with_choices(change, choices))
            updated += record is not None
        if isinstance(record, FamilyLogEntry):
            _audit_entry(session, actor, record, plan.audit_note)
        elif record is not None:
            audit.record(session, actor, "import", record, note=plan.audit_note)
    return created, updated


def _audit_entry(session: Session, actor: str, entry: FamilyLogEntry, note: str) -> None:
    """The import's audit entry of a new family log entry (not a versioned record)."""
    session.add(
        AuditEntry(
            actor=actor, action="import", entity=family_log.ENTITY, entity_id=entry.id,
            entity_uuid=entry.uuid, field="", old_value=None, new_value=None, note=note,
        )
    )  # fmt: skip


def _load_updated_records(session: Session, plan: ImportPlan) -> list[Any]:
    """Load every record the plan updates in a few queries, not one each."""
    loaded: list[Any] = []
    by_sheet: dict[str, list[int]] = {}
    for change in plan.changes:
        if change.record_id is not None:
            by_sheet.setdefault(change.sheet, []).append(change.record_id)
    for sheet, ids in by_sheet.items():
        model = MODELS[sheet]
        for chunk in chunks(ids):
            loaded += session.scalars(select(model).where(model.id.in_(chunk)))
    return loaded


def _refuse_if_imported_meanwhile(session: Session, plan: ImportPlan) -> None:
    """Another window imported these new rows since the plan was made: create nothing."""
    new_rows = [change.fingerprint for change in plan.changes if change.fingerprint]
    if ImportMemory(session).marked(new_rows):
        raise StaleRecord(
            translate(
                "Xlsx",
                "Some of the workbook's new rows were imported meanwhile, in another window; "
                "nothing was imported. Import the workbook again to see what is left.",
            )
        )


def _remember(
    session: Session,
    actor: str,
    plan: ImportPlan,
    marks: list[tuple[str, str, str]],
    created: int,
    updated: int,
) -> None:
    """Record the applied workbook and a mark for each record it created."""
    applied = AppliedImport(
        sha256=plan.sha256,
        file_name=plan.file_name[:255],
        applied_by=actor,
        created=created,
        updated=updated,
    )
    session.add(applied)
    session.flush()
    session.add_all(
        ImportMark(fingerprint=mark, sheet=sheet, record_uuid=uuid, import_id=applied.id)
        for mark, sheet, uuid in marks
        if mark
    )
