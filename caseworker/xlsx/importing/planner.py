"""Plan an import: compare the workbook's rows with the database, list every change, conflict
and invalid cell, and write nothing. :mod:`caseworker.xlsx.importing.apply` carries the plan out.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from enum import Enum
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.collector import collector_paused
from caseworker.dates import EventDate
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.services import cases, persons, relatives, reports
from caseworker.services.fields import FieldSpec
from caseworker.text import fold
from caseworker.xlsx.importing.already_present import Found, ImportMemory, fingerprint
from caseworker.xlsx.importing.cleaning import Cleaners, Refused, cleaned_rows, cleaned_value
from caseworker.xlsx.importing.course_planner import (
    COURSE_SHEETS,
    CoursePlanner,
    course_fields,
    course_label,
)
from caseworker.xlsx.importing.course_records import course_records
from caseworker.xlsx.importing.lookups import (
    References,
    Stored,
    WholeTables,
    missing_records,
    record_label,
    stored_records,
)
from caseworker.xlsx.importing.plan import (
    Action,
    AlreadyPresent,
    CellError,
    Conflict,
    ImportPlan,
    Parent,
    RowChange,
)
from caseworker.xlsx.importing.preview import value_text
from caseworker.xlsx.importing.reader import WorkbookData, read_workbook
from caseworker.xlsx.workbook.checksum import row_checksum, shown
from caseworker.xlsx.workbook.schema import (
    CASES,
    PERSONS,
    RELATIVES,
    REPORTS,
    Limits,
    Sheet,
    checked_fields,
)

# Required dates that an empty cell leaves as they are, as the services do.
KEEP_WHEN_BLANK = frozenset({"opened_on", "received_on"})
# Values whose text (as ``shown`` gives it) is the same exactly when they are equal (as it
# is for two members of one enumeration).
_PLAIN = frozenset({str, type(None), date, int, bool, EventDate})


class _Row:
    """A row of a sheet: its number and its cells in the schema's order; ``values`` by
    field is made when first asked for (most rows of a workbook imported again never are)."""

    __slots__ = ("_at", "_values", "cells", "number", "sheet")

    def __init__(
        self, sheet: Sheet, number: int, cells: tuple[Any, ...], at: dict[str, int]
    ) -> None:
        self.sheet, self.number, self.cells, self._at = sheet, number, cells, at
        self._values: dict[str, Any] | None = None

    @property
    def values(self) -> dict[str, Any]:
        if self._values is None:
            self._values = dict(zip(self._at, self.cells, strict=True))
        return self._values

    def cell(self, field: str) -> Any:
        """The row's value of the field (``KeyError`` for a field not in its sheet)."""
        return self.cells[self._at[field]]


def _specs() -> dict[str, FieldSpec]:
    return {
        CASES.name: cases.case_fields(),
        RELATIVES.name: relatives.relative_fields(),
        PERSONS.name: persons.person_fields(),
        REPORTS.name: {**reports.report_fields(), "event": reports.clean_event},
        **course_fields(),
    }


class _Planner:
    def __init__(self, session: Session, data: WorkbookData, tables: WholeTables) -> None:
        self.session, self.data, self.tables = session, data, tables
        self.plan = ImportPlan(data.name, data.sha256)
        self.refs = References(session)
        self.specs = _specs()
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.new_cases: dict[str, int] = {}
        self.new_persons: dict[Parent, list[tuple[str, Parent]]] = defaultdict(list)
        self.new_relatives: dict[Parent, list[tuple[str, Parent]]] = defaultdict(list)
        self.course = CoursePlanner(self)
        self.memory = ImportMemory(session)
        self.tokens: dict[tuple[str, int], str] = {}  # a new row's fingerprint, by sheet and row
        self.first_rows: dict[str, int] = {}  # fingerprint -> the first new row that has it
        self.plain_rows: set[tuple[type, ...]] = set()  # types of rows' plain values
        # Per sheet, its editable columns the cleaners know (see cleaning.Cleaners).
        self.cleaners: dict[str, Cleaners] = {
            sheet: [
                (column.field, spec[column.field], {})
                for column in schema.columns
                if column.editable and column.field in spec
            ]
            for schema in (CASES, RELATIVES, PERSONS, REPORTS, *COURSE_SHEETS)
            for sheet, spec in [(schema.name, self.specs[schema.name])]
        }
        self.fields = {
            sheet: [field for field, _, _ in cleaners] for sheet, cleaners in self.cleaners.items()
        }
        # Per sheet, a getter of a stored record's values of the cleaners' fields, as a
        # tuple (None: fewer than two fields, compared one by one); made with the first.
        self.stored_values: dict[str, Any] = {}
        self.planned: set[str] = set()  # the sheets planned (see plan_sheets)
        earlier = self.memory.earlier_import(data.sha256)
        if earlier is not None:
            self.plan.earlier = (earlier.applied_at, earlier.applied_by)

    def error(self, row: _Row, field: str, reason: str) -> None:
        column = row.sheet.columns[row.sheet.index(field)]
        value = shown(row.values.get(field))
        self.plan.errors.append(CellError(row.sheet.name, row.number, column.header, value, reason))

    def run(self) -> ImportPlan:
        """The plan of the whole workbook (its sheets planned already, if any, kept)."""
        self.plan_sheets(whole=True)
        if self.data.exported_cases is not None:
            # A record a new row of this workbook stands for is in it, only without a key.
            for present in self.plan.present:
                if present.record_id is not None:
                    self.seen[present.sheet].add(
                        self.memory.record_key(present.sheet, present.record_id)
                    )
            self.plan.missing = missing_records(
                self.session, self.data.exported_cases, self.data.exported_at, self.seen,
                with_reports=not self.data.template,
            )  # fmt: skip
            self.plan.missing += self.course.missing(self.data.exported_cases)
        return self.plan

    def plan_sheets(self, whole: bool) -> None:
        """Plan the rows of each sheet in order; with ``whole`` False, only those read so
        far (up to the first sheet not read yet)."""
        self.tables.read({name: len(sheet.rows) for name, sheet in self.data.sheets.items()})
        for schema in (CASES, RELATIVES, PERSONS, REPORTS, *COURSE_SHEETS):
            if schema.name in self.planned:
                continue
            found = self.data.sheets.get(schema.name)
            if found is None and not whole:
                return
            self.planned.add(schema.name)
            at = {column.field: position for position, column in enumerate(schema.columns)}
            every = self.tables.get(schema.name)  # the table read whole, if it was
            for chunk in chunks(found.rows if found is not None else []):
                keyed = [values[0] for _, values in chunk if values[0]]
                stored = (
                    course_records(self.session, schema.name, keyed)
                    if schema in COURSE_SHEETS
                    else every
                    if every is not None
                    else stored_records(self.session, schema.name, keyed)
                )
                cleaners = self.cleaners[schema.name]
                rows = [values for _, values in chunk]
                made = cleaned_rows(schema, cleaners, rows)
                for (number, values), cleaned in zip(chunk, made, strict=True):
                    self._plan_row(_Row(schema, number, values, at), stored, cleaned)

    def _clean(self, row: _Row) -> dict[str, Any] | None:
        cleaned: dict[str, Any] = {}
        valid = True
        for field, cleaner, remembered in self.cleaners[row.sheet.name]:
            result = cleaned_value(cleaner, remembered, row.values[field])
            if type(result) is Refused:
                self.error(row, field, result.message)
                valid = False
            else:
                cleaned[field] = result
        return cleaned if valid else None

    def _plan_row(
        self,
        row: _Row,
        stored: Stored | dict[str, dict[str, Any]],
        made: tuple[Any, ...] | None,
    ) -> None:
        """Plan a row; ``made``: its cleaned values in the cleaners' order, None when one
        was refused."""
        key = row.cell("uuid")
        fields = self.fields[row.sheet.name]
        # Made into a dict once needed (not for a stored row that is unchanged).
        cleaned = self._clean(row) if made is None else None  # says what was refused
        if not key and made is not None:
            cleaned = dict(zip(fields, made, strict=True))
        if not key and row.sheet in COURSE_SHEETS:
            self.course.new_row(row, cleaned)
            return
        if not key:
            found, parent = self._new_parent(row)
            if cleaned is not None and found:
                mark = fingerprint(row.sheet.name, self._parent_token(row, parent), cleaned)
                self.tokens[(row.sheet.name, row.number)] = mark
                present = self._already_present(row, cleaned, parent, mark)
                self._register_new(row, cleaned, parent)
                if present:
                    return
                change = RowChange(
                    row.sheet.name,
                    row.number,
                    Action.CREATE,
                    cleaned,
                    parent=parent,
                    fingerprint=mark,
                    label=new_row_label(row.sheet, row.values, cleaned),
                )
                self.plan.changes.append(change)
            return
        sheet_seen = self.seen[row.sheet.name]
        if key in sheet_seen:
            self.error(row, "uuid", translate(
                "Xlsx", "Another row has the same key; clear the key of a copied row to add it "
                "as a new record."))  # fmt: skip
            return
        sheet_seen.add(key)
        if isinstance(stored, Stored):
            self._plan_stored(row, key, stored, made)
            return
        record = stored.get(key)
        if record is None:
            self._not_stored(row)
            return
        moved = self._check_parent(row, record.__getitem__)
        if made is None or moved:
            return
        self.course.compare(row, key, record, dict(zip(fields, made, strict=True)))

    def _not_stored(self, row: _Row) -> None:
        self.error(row, "uuid", translate(
            "Xlsx", "No record with this key is in this database; clear the key to add the "
            "row as a new record."))  # fmt: skip

    def _plan_stored(
        self, row: _Row, key: str, stored: Stored, made: tuple[Any, ...] | None
    ) -> None:
        """Plan a row of a stored record of the Cases, Relatives, Persons or Reports sheet."""
        values = stored.rows.get(key)
        if values is None:
            self._not_stored(row)
            return
        at = stored.at
        moved = self._check_parent(row, lambda name: values[at[name]])
        if made is None or moved:
            return
        if self._unchanged(row.sheet.name, stored, values, made):
            self.plan.unchanged += 1
            return
        cleaned = dict(zip(self.fields[row.sheet.name], made, strict=True))
        self._compare(row, key, stored.record(values), cleaned)

    def _unchanged(
        self, sheet: str, stored: Stored, record: tuple[Any, ...], values: tuple[Any, ...]
    ) -> bool:
        """Whether every cleaned value (in the cleaners' order) is the record's, of its
        type, a plain value: the quick answer for most rows of a workbook imported again
        (False: compare them one by one)."""
        if sheet not in self.stored_values:
            fields = self.fields[sheet]
            positions = [stored.at[field] for field in fields]
            self.stored_values[sheet] = itemgetter(*positions) if len(fields) > 1 else None
        getter = self.stored_values[sheet]
        if getter is None:
            return False
        old = getter(record)
        if values != old:
            return False
        types = tuple(map(type, values))
        if types != tuple(map(type, old)):
            return False
        if types not in self.plain_rows:
            if not all(kind in _PLAIN or issubclass(kind, Enum) for kind in types):
                return False
            self.plain_rows.add(types)
        return True

    def _compare(
        self, row: _Row, key: str, record: dict[str, Any], cleaned: dict[str, Any]
    ) -> None:
        differs = {
            name: value
            for name, value in cleaned.items()
            if not (name in KEEP_WHEN_BLANK and value is None)
            and not (
                type(value) is type(record[name])
                and (type(value) in _PLAIN or isinstance(value, Enum))
                and value == record[name]
            )
            and shown(value) != shown(record[name])
        }
        if "claim" in differs:
            self.error(row, "claim", translate(
                "Validation", "A report's claim cannot be changed. Retract this report with a "
                "reason and add a new one."))  # fmt: skip
            return
        if not differs:
            self.plan.unchanged += 1
            return
        version = row.values["version"]
        if version is None:
            self.error(row, "version", translate("Xlsx", "The hidden version cell is empty."))
            return
        change = RowChange(
            row.sheet.name, row.number, Action.UPDATE, differs, key, record["id"],
            record["version"], label=record_label(row.sheet.name, record),
            old_values={name: record[name] for name in differs},
        )  # fmt: skip
        if version != record["version"]:
            checked = [cleaned[name] for name in checked_fields(row.sheet)]
            if row_checksum(checked) == row.values["checksum"]:
                # Changed in the database only: the workbook's row is as it was exported.
                self.plan.unchanged += 1
                return
            for name, value in differs.items():
                header = row.sheet.columns[row.sheet.index(name)].header
                change.conflicts[name] = header
                self.plan.conflicts.append(
                    Conflict(row.sheet.name, row.number, key, header, value_text(value),
                             value_text(record[name]), record_label(row.sheet.name, record))
                )  # fmt: skip
        self.plan.changes.append(change)

    def _parent_sheet(self, row: _Row) -> str:
        return PERSONS.name if row.sheet is REPORTS else CASES.name

    def _parent_token(self, row: _Row, parent: Parent | None) -> str:
        """The parent's part of a new row's fingerprint: the same on every import."""
        if parent is None:
            return ""
        kind, value = parent
        if kind == "id":
            return f"id:{value}"
        return self.tokens[(self._parent_sheet(row), value)]

    def _stored_parent(self, row: _Row, parent: Parent | None) -> int | None:
        """The parent's database id, when it is stored already (or present as stored)."""
        if parent is None:
            return None
        kind, value = parent
        if kind == "id":
            return value
        return self.plan.resolved.get((self._parent_sheet(row), value))

    def _already_present(
        self, row: _Row, cleaned: dict[str, Any], parent: Parent | None, mark: str
    ) -> bool:
        """Whether the new row is in the database already (or earlier in the workbook)."""
        found: Found | None = self.memory.marked([mark]).get(mark)
        if found is None:
            parent_id = self._stored_parent(row, parent)
            if parent_id is not None:
                record_id = self.memory.identical(row.sheet.name, parent_id, cleaned)
                found = None if record_id is None else Found(record_id)
        label = new_row_label(row.sheet, row.values, cleaned)
        if found is not None:
            earlier = found.earlier
            self.plan.resolved[(row.sheet.name, row.number)] = found.record_id
            self.plan.present.append(
                AlreadyPresent(
                    row.sheet.name,
                    row.number,
                    label,
                    found.record_id,
                    earlier.applied_at if earlier else None,
                    earlier.applied_by if earlier else "",
                    earlier.file_name if earlier else "",
                )
            )
            return True
        first = self.first_rows.setdefault(mark, row.number)
        if first != row.number:
            self.plan.present.append(
                AlreadyPresent(row.sheet.name, row.number, label, None, repeats=first)
            )
            return True
        return False

    def _check_parent(self, row: _Row, stored: Callable[[str], Any]) -> bool:
        """Whether the row tries to move its record (whose values ``stored`` gives by name)
        to another case or person (an error)."""
        if row.sheet is CASES:
            if row.cell("reference").strip() not in ("", stored("reference")):
                self.error(row, "reference", translate(
                    "Xlsx", "A case's reference cannot be changed."))  # fmt: skip
                return True
            return False
        moved = row.cell("case_reference").strip() not in ("", stored("case_reference"))
        if row.sheet is REPORTS:
            moved = moved or row.cell("person_key") not in ("", stored("person_key"))
        if moved:
            self.error(row, "case_reference", translate(
                "Xlsx", "A record cannot be moved to another case or person by an import; it "
                "belongs to {reference}.").format(reference=stored("case_reference")))  # fmt: skip
        return moved

    def _case_parent(self, row: _Row) -> Parent | None:
        reference = row.values["case_reference"].strip()
        if not reference:
            self.error(row, "case_reference", translate("Xlsx", "The case reference is missing."))
            return None
        if reference in self.new_cases:
            return ("new", self.new_cases[reference])
        case_id = self.refs.case_id(reference)
        if case_id is None:
            message = translate("Records", "There is no case {reference}.")
            self.error(row, "case_reference", message.format(reference=reference))
            return None
        return ("id", case_id)

    def _new_parent(self, row: _Row) -> tuple[bool, Parent | None]:
        """Whether the new row's case (for a report, person) was found, and which it is."""
        if row.sheet is CASES:
            return True, None
        parent = self._report_person(row) if row.sheet is REPORTS else self._case_parent(row)
        return parent is not None, parent

    def _report_person(self, row: _Row) -> Parent | None:
        key = row.values["person_key"]
        if key:
            found = self.refs.person(key)
            if found is None:
                self.error(row, "person_key", translate("Xlsx", "There is no such person."))
                return None
            return ("id", found[0])
        case = self._case_parent(row)
        if case is None:
            return None
        candidates: list[tuple[str, Parent]] = list(self.new_persons[case])
        if case[0] == "id":
            candidates += [(name, ("id", pid)) for name, pid in self.refs.person_names(case[1])]
        wanted = fold(" ".join(row.values["person"].split()))
        matches = [parent for name, parent in candidates if name == wanted or not wanted]
        if len(matches) != 1:
            reason = (
                translate("Xlsx", "No sought person of case {reference} is called “{name}”.")
                if not matches
                else translate(
                    "Xlsx", "Say which sought person of case {reference} this report is about."
                )
            )
            self.error(row, "person", reason.format(
                reference=row.values["case_reference"], name=row.values["person"]))  # fmt: skip
            return None
        return matches[0]

    def _register_new(self, row: _Row, cleaned: dict[str, Any], parent: Any) -> None:
        if row.sheet is CASES:
            placeholder = row.values["reference"].strip()
            if not placeholder:
                return
            if placeholder in self.new_cases or self.refs.case_id(placeholder) is not None:
                self.error(row, "reference", translate(
                    "Xlsx", "This reference is already used; give the new case a reference of "
                    "its own, such as NEW-1, or none."))  # fmt: skip
                return
            self.new_cases[placeholder] = row.number
        elif row.sheet in (PERSONS, RELATIVES):
            name = " ".join(
                part for part in (cleaned["surname"], cleaned["given_name"], cleaned["patronymic"])
                if part
            )  # fmt: skip
            found = self.new_persons if row.sheet is PERSONS else self.new_relatives
            found[parent].append((fold(name), ("new", row.number)))


def new_row_label(sheet: Sheet, values: dict[str, Any], cleaned: dict[str, Any]) -> str:
    """What a new row is, for the preview: a family, a person's name, a report's claim."""
    if sheet in COURSE_SHEETS:
        return course_label(sheet, values | cleaned)
    reference = str(values.get("case_reference") or values.get("reference") or "").strip()
    if sheet is CASES:
        return " ".join(part for part in (reference, cleaned["family_name"]) if part)
    if sheet is REPORTS:
        return translate("Xlsx", "{reference} {person}: {claim}, {event}").format(
            reference=reference,
            person=" ".join(str(values.get("person") or "").split()),
            claim=label(cleaned["claim"]),
            event=cleaned["event"].to_text(),
        )
    name = " ".join(
        part for part in (cleaned["surname"], cleaned["given_name"], cleaned["patronymic"]) if part
    )
    return f"{reference} {name}".strip()


def plan_import(
    session: Session,
    source: str | os.PathLike[str] | WorkbookData,
    limits: Limits | None = None,
    password: str | None = None,
) -> ImportPlan:
    """Read the workbook (refusing what is not ours) and plan its import; writes nothing.

    ``password`` opens a workbook protected with one (see :func:`read_workbook`).
    """
    with collector_paused():
        if isinstance(source, WorkbookData):
            return _Planner(session, source, WholeTables(session)).run()
        return _plan_while_reading(session, source, limits, password)


def _plan_while_reading(
    session: Session,
    source: str | os.PathLike[str],
    limits: Limits | None,
    password: str | None,
) -> ImportPlan:
    """Read the workbook and plan its import, the planning begun while python-calamine still
    parses the last sheets: the tables the workbook covers are read whole then, and the
    sheets already read planned."""
    tables = WholeTables(session)
    started: list[_Planner] = []

    def meanwhile(read: WorkbookData, rows: dict[str, int]) -> None:
        tables.read(rows)
        started.append(_Planner(session, read, tables))
        started[0].plan_sheets(whole=False)

    data = read_workbook(source, limits, password, meanwhile=meanwhile)
    planner = started[0] if started else _Planner(session, data, tables)
    planner.data = data
    return planner.run()
