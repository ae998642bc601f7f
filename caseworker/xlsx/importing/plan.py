"""What an import would do, shown before anything is written: the preview and its parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Choice(StrEnum):
    """The caseworker's decision on one conflicting field."""

    KEEP_DATABASE = "database"
    TAKE_WORKBOOK = "workbook"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"


@dataclass(frozen=True, slots=True)
class CellError:
    """An invalid cell: the import cannot go ahead until it is fixed in the workbook."""

    sheet: str
    row: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field changed both in the workbook and, since the export, in the database."""

    sheet: str
    row: int
    key: str
    field: str
    workbook_value: str
    database_value: str
    #: Whose record it is, for the caseworker: "2026-0001 Шумов Алексей Петрович".
    record: str = ""

    @property
    def choice_key(self) -> tuple[str, str, str]:
        return (self.sheet, self.key, self.field)


@dataclass(frozen=True, slots=True)
class Missing:
    """A record that was exported but whose row is no longer in the workbook; kept."""

    sheet: str
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class RowNote:
    """What a row holds that the import leaves unrecorded, and why; the row is no error."""

    sheet: str
    row: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class AlreadyPresent:
    """A new row that is not created again: imported before, or identical to a record.

    ``record_id`` is the record it is present as (None when it repeats an earlier row of
    the same workbook, ``repeats`` that row's number); ``imported_at`` and ``file_name``
    name the import that brought it, when one did.
    """

    sheet: str
    row: int
    label: str
    record_id: int | None
    imported_at: datetime | None = None
    imported_by: str = ""
    file_name: str = ""
    repeats: int | None = None


# Where a new row's parent is: ("id", database id) or ("new", the parent's row number).
Parent = tuple[str, int]


@dataclass(slots=True)
class RowChange:
    """One record to create or update. ``values`` holds cleaned values by field name."""

    sheet: str
    row: int
    action: Action
    values: dict[str, Any]
    key: str = ""
    record_id: int | None = None
    version: int | None = None  # the database's version when the plan was made
    parent: Parent | None = None
    conflicts: dict[str, str] = field(default_factory=dict)  # field name -> column header
    fingerprint: str = ""  # of a new row's content (see caseworker.xlsx.importing.already_present)
    label: str = ""  # whose record it is: "2026-0001 Шумов Алексей Петрович"
    old_values: dict[str, Any] = field(default_factory=dict)  # an update's stored values
    #: Whom a new inquiry or family log entry names, beside its case: "addressee",
    #: "person", "applicant", "relative" -> where it is (None: nobody).
    links: dict[str, Parent | None] = field(default_factory=dict)
    #: The steps of an inquiry's course the row records, in order (``inquiry_course.Step``).
    steps: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportPlan:
    """The preview: counts, conflicts, invalid cells and rows no longer in the workbook."""

    file_name: str
    sha256: str
    changes: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    present: list[AlreadyPresent] = field(default_factory=list)
    notes: list[RowNote] = field(default_factory=list)
    #: When this very file (by SHA-256) was applied before: (when, by whom), else None.
    earlier: tuple[datetime, str] | None = None
    #: New rows already present, by (sheet, row number): the record they stand for, so
    #: that new rows beneath them (a person of a case imported before) find their parent.
    resolved: dict[tuple[str, int], int] = field(default_factory=dict)

    @property
    def created(self) -> int:
        return sum(1 for change in self.changes if change.action is Action.CREATE)

    @property
    def updated(self) -> int:
        return sum(1 for change in self.changes if change.action is Action.UPDATE)

    @property
    def clean(self) -> bool:
        """Nothing stands in the way of applying it without asking the caseworker."""
        return not self.errors and not self.conflicts

    @property
    def audit_note(self) -> str:
        return f"import {self.file_name} sha256={self.sha256}"

    def as_json(self, applied: bool) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": [
                {
                    "sheet": c.sheet,
                    "row": c.row,
                    "key": c.key,
                    "field": c.field,
                    "workbook_value": c.workbook_value,
                    "database_value": c.database_value,
                }
                for c in self.conflicts
            ],
            "errors": [
                {
                    "sheet": e.sheet,
                    "row": e.row,
                    "column": e.column,
                    "value": e.value,
                    "reason": e.reason,
                }
                for e in self.errors
            ],
            "missing": [{"sheet": m.sheet, "key": m.key, "label": m.label} for m in self.missing],
            "already_present": [
                {
                    "sheet": p.sheet,
                    "row": p.row,
                    "label": p.label,
                    "imported_at": p.imported_at.isoformat() if p.imported_at else None,
                    "file": p.file_name or None,
                }
                for p in self.present
            ],
            "not_recorded": [
                {"sheet": n.sheet, "row": n.row, "label": n.label, "reason": n.text}
                for n in self.notes
            ],
            "applied": applied,
        }
