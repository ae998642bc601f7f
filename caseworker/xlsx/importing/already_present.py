"""What an import brought in before: so that doing it twice creates nothing twice.

A new row (one without a key) is **already present** when

- its content was imported before: the same rows, whether from the same file or from a
  copy re-saved by LibreOffice (the file's SHA-256 differs, the rows' content does not).
  Each record an import creates leaves an :class:`~caseworker.models.ImportMark` with the
  fingerprint of the row's content and of its parent's; or
- an identical record is already stored under the same parent: a report of the same person
  with the same claim, event dates, source and summary; a person or a relative of the same
  case with the same names (and birth date, or relation); an inquiry of the same case to
  the same addressee, about the same person, sent the same day with the same reference; an
  entry of the family log of the same relative, day, teller and words; or
- the same workbook has the same new row twice.

A workbook applied before is remembered by its SHA-256 with who applied it and when, so the
preview can say "already imported on ...".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.dates import EventDate
from caseworker.models import (
    AppliedImport,
    Case,
    FamilyLogEntry,
    ImportMark,
    Inquiry,
    Relative,
    Report,
    SoughtPerson,
)
from caseworker.xlsx.importing.course_records import case_records
from caseworker.xlsx.workbook.checksum import shown
from caseworker.xlsx.workbook.schema import (
    CASES,
    FAMILY_LOG,
    INQUIRIES,
    PERSONS,
    RELATIVES,
    REPORTS,
)

# The fields that make two records of one parent the same record.
IDENTITY: Mapping[str, tuple[str, ...]] = {
    REPORTS.name: ("claim", "event", "source_kind", "source_name", "summary"),
    PERSONS.name: ("surname", "given_name", "patronymic", "birth_date"),
    RELATIVES.name: ("surname", "given_name", "patronymic", "relation"),
    INQUIRIES.name: ("addressee", "person", "applicant", "sent_on", "our_reference"),
    FAMILY_LOG.name: ("relative", "person", "told_on", "told_by", "how", "what", "note"),
}


_MODELS: dict[str, Any] = {
    CASES.name: Case,
    RELATIVES.name: Relative,
    PERSONS.name: SoughtPerson,
    REPORTS.name: Report,
    INQUIRIES.name: Inquiry,
    FAMILY_LOG.name: FamilyLogEntry,
}


@dataclass(frozen=True, slots=True)
class EarlierImport:
    """A workbook applied before: when, by whom, under which name."""

    applied_at: datetime
    applied_by: str
    file_name: str


@dataclass(frozen=True, slots=True)
class Found:
    """The record a new row is already present as, and the import that brought it, if any."""

    record_id: int
    earlier: EarlierImport | None = None


def fingerprint(sheet: str, parent_token: str, values: Mapping[str, Any]) -> str:
    """The fingerprint of a new row: its sheet, its parent, its cleaned values."""
    text = "\x1e".join(
        [sheet, parent_token, *(f"{name}\x1f{shown(values[name])}" for name in sorted(values))]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def identity(sheet: str, values: Mapping[str, Any]) -> tuple[str, ...] | None:
    """What makes the record the same as another of its parent (None: no such rule)."""
    names = IDENTITY.get(sheet)
    if names is None:
        return None
    return tuple(shown(values.get(name)).casefold() for name in names)


class ImportMemory:
    """The marks, earlier workbooks and stored records a plan compares its new rows with."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._identities: dict[tuple[str, int], dict[tuple[str, ...], int]] = {}

    def earlier_import(self, sha256: str) -> EarlierImport | None:
        row = self.session.execute(
            select(AppliedImport.applied_at, AppliedImport.applied_by, AppliedImport.file_name)
            .where(AppliedImport.sha256 == sha256)
            .order_by(AppliedImport.applied_at)
            .limit(1)
        ).first()
        return None if row is None else EarlierImport(*row)

    def marked(self, fingerprints: Iterable[str]) -> dict[str, Found]:
        """The records that earlier imports created from rows with these fingerprints."""
        found: dict[str, Found] = {}
        wanted = list(fingerprints)
        models = _MODELS
        for chunk in chunks(wanted):
            query = (
                select(
                    ImportMark.fingerprint,
                    ImportMark.sheet,
                    ImportMark.record_uuid,
                    AppliedImport.applied_at,
                    AppliedImport.applied_by,
                    AppliedImport.file_name,
                )
                .join(AppliedImport, AppliedImport.id == ImportMark.import_id)
                .where(ImportMark.fingerprint.in_(chunk))
            )
            for mark, sheet, uuid, applied_at, applied_by, file_name in self.session.execute(query):
                model = models[sheet]
                record_id = self.session.scalar(select(model.id).where(model.uuid == uuid))
                if record_id is not None:  # a record purged since is no longer present
                    found[mark] = Found(record_id, EarlierImport(applied_at, applied_by, file_name))
        return found

    def record_key(self, sheet: str, record_id: int) -> str:
        """The stable key (UUID) of a record that a new row is present as."""
        model = _MODELS[sheet]
        return str(self.session.scalar(select(model.uuid).where(model.id == record_id)))

    def identical(self, sheet: str, parent_id: int, values: Mapping[str, Any]) -> int | None:
        """A stored record of the parent identical to ``values``, by the sheet's rule."""
        wanted = identity(sheet, values)
        if wanted is None:
            return None
        key = (sheet, parent_id)
        if key not in self._identities:
            self._identities[key] = self._load_identities(sheet, parent_id)
        return self._identities[key].get(wanted)

    def _load_identities(self, sheet: str, parent_id: int) -> dict[tuple[str, ...], int]:
        if sheet in (INQUIRIES.name, FAMILY_LOG.name):
            return {
                identity(sheet, record) or (): record["id"]
                for record in case_records(self.session, sheet, parent_id)
            }
        if sheet == REPORTS.name:
            rows = self.session.execute(
                select(
                    Report.id,
                    Report.claim,
                    Report.event_from,
                    Report.event_to,
                    Report.event_precision,
                    Report.source_kind,
                    Report.source_name,
                    Report.summary,
                ).where(Report.person_id == parent_id)
            )
            return {
                identity(
                    sheet,
                    {
                        "claim": r.claim,
                        "event": EventDate(r.event_from, r.event_to, r.event_precision),
                        "source_kind": r.source_kind,
                        "source_name": r.source_name,
                        "summary": r.summary,
                    },
                )
                or (): r.id
                for r in rows
            }
        model: Any = SoughtPerson if sheet == PERSONS.name else Relative
        found: dict[tuple[str, ...], int] = {}
        # Few records per case: the ORM's own attributes (a person's birth date with its
        # precision) rather than their columns.
        for record in self.session.scalars(select(model).where(model.case_id == parent_id)):
            values = {name: getattr(record, name) for name in IDENTITY[sheet]}
            found.setdefault(identity(sheet, values) or (), record.id)
        return found
