"""The database side of an import: records by key, cases by reference, rows no longer present."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from sqlalchemy import Dialect, Select, bindparam, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from caseworker.chunks import chunks
from caseworker.dates import EventDate, birth_interval
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.models import Case, FamilyLogEntry, Inquiry, Relative, Report, SoughtPerson
from caseworker.services.search import full_name
from caseworker.text import fold
from caseworker.vocab import Claim, DatePrecision
from caseworker.xlsx.importing.plan import Missing
from caseworker.xlsx.workbook.schema import (
    CASES,
    FAMILY_LOG,
    INQUIRIES,
    PERSONS,
    RELATIVES,
    REPORTS,
)

MODELS: dict[str, type[Any]] = {
    CASES.name: Case,
    RELATIVES.name: Relative,
    PERSONS.name: SoughtPerson,
    REPORTS.name: Report,
    INQUIRIES.name: Inquiry,
    FAMILY_LOG.name: FamilyLogEntry,
}


_NAME_PARTS = ("surname", "given_name", "patronymic")
# Columns a stored record needs besides the editable ones of its sheet: which it is, the
# parts its event or birth date is made of, and its name.
_ALSO = frozenset({"id", "uuid", "version", "event_from", "event_to", "event_precision",
                   "birth_precision", "family_name", *_NAME_PARTS})  # fmt: skip
_SHEETS = {sheet.name: sheet for sheet in (CASES, RELATIVES, PERSONS, REPORTS)}


def _columns(sheet: str) -> list[Any]:
    """The table's columns the planner compares or names a record by; not the others
    (their moments alone cost as much as the rest)."""
    wanted = _ALSO | {column.field for column in _SHEETS[sheet].columns if column.editable}
    return [column for column in MODELS[sheet].__table__.columns if column.name in wanted]


def _records_query(sheet: str) -> Select[Any]:
    model = MODELS[sheet]
    if model is Case:
        return select(*_columns(sheet))
    if model is Report:
        return (
            select(
                *_columns(sheet),
                SoughtPerson.uuid.label("person_key"),
                Case.reference.label("case_reference"),
                *(getattr(SoughtPerson, name).label(f"person_{name}") for name in _NAME_PARTS),
            )
            .join(SoughtPerson, SoughtPerson.id == Report.person_id)
            .join(Case, Case.id == SoughtPerson.case_id)
        )
    return select(*_columns(sheet), Case.reference.label("case_reference")).join(
        Case, Case.id == model.case_id
    )


@lru_cache(maxsize=32)
def _raw_query(sheet: str, dialect: Dialect) -> tuple[Any, list[str], list[Any]]:
    """The sheet's records query, its values as the database gives them; the names of its
    columns and how each is converted."""
    query = _records_query(sheet)
    selected = list(query.selected_columns)
    raw = query.with_only_columns(
        *(type_coerce(column, NullType()).label(column.name) for column in selected)
    )
    names = [column.name for column in selected]
    return raw, names, [_processor(dialect, column) for column in selected]


@lru_cache(maxsize=32)
def _keyed_query(sheet: str, dialect: Dialect) -> tuple[Any, list[str], list[Any]]:
    """:func:`_raw_query` for the records with keys (the expanding parameter ``keys``)."""
    raw, names, processors = _raw_query(sheet, dialect)
    return raw.where(MODELS[sheet].uuid.in_(bindparam("keys", expanding=True))), names, processors


@dataclass(frozen=True, slots=True)
class Stored:
    """Stored records by key, each a tuple of its values in the order of ``names`` (a
    dict made only for the few rows that need one: most rows of a workbook imported again
    are compared by position)."""

    names: list[str]
    at: dict[str, int]  # each name's position
    rows: dict[str, tuple[Any, ...]]

    def record(self, values: tuple[Any, ...]) -> dict[str, Any]:
        """A stored record's values by name."""
        return dict(zip(self.names, values, strict=True))


def stored_records(session: Session, sheet: str, keys: Sequence[str]) -> Stored:
    """The stored values of the sheet's records with these keys, by key.

    The rows are read as the database gives them and each column's values converted as
    SQLAlchemy would (by the column type's result processor), once per distinct value:
    the rows of a workbook repeat their dates, choices and places.
    """
    connection = session.connection()
    keyed, names, processors = _keyed_query(sheet, connection.dialect)
    batches = (connection.execute(keyed, {"keys": chunk}).all() for chunk in chunks(keys))
    return _stored(sheet, names, processors, batches)


def every_stored_record(session: Session, sheet: str) -> Stored:
    """The stored values of every record of the sheet's table, by key (as
    :func:`stored_records`, in one reading of the table)."""
    connection = session.connection()
    raw, names, processors = _raw_query(sheet, connection.dialect)
    return _stored(sheet, names, processors, [connection.execute(raw).all()])


def whole_table_pays(session: Session, sheet: str, rows: int) -> bool:
    """Whether reading the sheet's whole table costs less than looking ``rows`` records up
    by key: reading a record in the table's order takes about a third of finding it by its
    key (100,000 reports: 0.6 s against 1.2-1.8 s), so the whole table pays from half."""
    if rows == 0:
        return False
    table = MODELS[sheet].__table__
    return 2 * rows >= (session.scalar(select(func.count()).select_from(table)) or 0)


class WholeTables:
    """The stored records of each sheet whose workbook rows are at least half its table's
    records, its table read whole once (:func:`whole_table_pays`)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._decided: dict[str, Stored | None] = {}

    def read(self, rows: dict[str, int]) -> None:
        """Read the tables that pay for sheets of so many ``rows`` (by sheet name), each
        decided once."""
        for sheet, count in rows.items():
            if sheet in _SHEETS and sheet not in self._decided:
                pays = whole_table_pays(self._session, sheet, count)
                self._decided[sheet] = every_stored_record(self._session, sheet) if pays else None

    def get(self, sheet: str) -> Stored | None:
        """The sheet's stored records, when its table was read whole."""
        return self._decided.get(sheet)


def _stored(
    sheet: str, names: list[str], processors: list[Any], batches: Iterable[Sequence[Any]]
) -> Stored:
    """The rows of each batch as :class:`Stored` records (see :func:`stored_records`)."""
    found: dict[str, tuple[Any, ...]] = {}
    at = {name: position for position, name in enumerate(names)}
    if sheet == REPORTS.name:
        names = [*names, "event"]
        at["event"] = len(names) - 1
    key = at["uuid"]
    for rows in batches:
        if not rows:
            continue
        columns = [
            values if convert is _same else _converted(convert, values)
            for convert, values in zip(processors, zip(*rows, strict=True), strict=True)
        ]
        if sheet == REPORTS.name:
            parts = ("event_from", "event_to", "event_precision")
            columns.append(_combined(EventDate, *(columns[at[name]] for name in parts)))
        elif sheet == PERSONS.name:
            columns[at["birth_date"]] = _combined(
                _birth, columns[at["birth_date"]], columns[at["birth_precision"]]
            )
        found.update(zip(columns[key], zip(*columns, strict=True), strict=True))
    return Stored(names, at, found)


def _birth(first_day: date | None, precision: DatePrecision | None) -> EventDate | None:
    if first_day is None:
        return None
    return birth_interval(first_day, precision or DatePrecision.DAY)


def _combined(make: Any, *columns: Sequence[Any]) -> list[Any]:
    """``make`` of the columns' values in each row, once per distinct combination (the
    values made are immutable, shared by the rows that have them)."""
    combined = list(zip(*columns, strict=True))
    made = {values: make(*values) for values in set(combined)}
    return list(map(made.__getitem__, combined))


def _converted(convert: Any, values: tuple[Any, ...]) -> list[Any]:
    """A column's values converted once per distinct value (None stays None)."""
    table = {value: None if value is None else convert(value) for value in set(values)}
    return list(map(table.__getitem__, values))


def record_label(sheet: str, record: dict[str, Any]) -> str:
    """Whose record a stored record is (by name, ``Stored.record``): "2026-0001 Шумов
    Алексей Петрович", a report as its person, claim and date ("...: killed, 2026-04-02")."""
    if sheet == CASES.name:
        return f"{record['reference']} {record['family_name']}"
    if sheet == REPORTS.name:
        person = full_name(*(record[f"person_{name}"] for name in _NAME_PARTS))
        claim = label(Claim(record["claim"]))
        return translate("Xlsx", "{reference} {person}: {claim}, {event}").format(
            reference=record["case_reference"], person=person, claim=claim,
            event=record["event"].to_text(),
        )  # fmt: skip
    person = full_name(*(record[name] for name in _NAME_PARTS))
    return f"{record['case_reference']} {person}"


class References:
    """Cases by reference and persons by key or name, each looked up once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cases: dict[str, int | None] = {}
        self._persons: dict[str, tuple[int, int] | None] = {}
        self._names: dict[int, list[tuple[str, int]]] = {}

    def case_id(self, reference: str) -> int | None:
        if reference not in self._cases:
            self._cases[reference] = self.session.scalar(
                select(Case.id).where(Case.reference == reference)
            )
        return self._cases[reference]

    def person(self, key: str) -> tuple[int, int] | None:
        """The person's id and case id, by key."""
        if key not in self._persons:
            row = self.session.execute(
                select(SoughtPerson.id, SoughtPerson.case_id).where(SoughtPerson.uuid == key)
            ).first()
            self._persons[key] = None if row is None else (row[0], row[1])
        return self._persons[key]

    def person_names(self, case_id: int) -> list[tuple[str, int]]:
        """(folded full name, person id) of the case's persons."""
        if case_id not in self._names:
            query = select(
                SoughtPerson.id, SoughtPerson.surname, SoughtPerson.given_name,
                SoughtPerson.patronymic,
            ).where(SoughtPerson.case_id == case_id)  # fmt: skip
            self._names[case_id] = [
                (fold(full_name(r.surname, r.given_name, r.patronymic)), r.id)
                for r in self.session.execute(query)
            ]
        return self._names[case_id]


def exported_moment(moment: datetime | None) -> datetime | None:
    """The export's moment, aware, rounded up: the workbook keeps whole seconds only."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment + timedelta(seconds=1)


def missing_records(
    session: Session,
    exported_cases: Iterable[str],
    exported_at: datetime | None,
    seen: dict[str, set[str]],
    with_reports: bool,
) -> list[Missing]:
    """Records of the exported cases that existed at the export and whose rows are gone."""
    keys = list(exported_cases)
    limit = exported_moment(exported_at)
    missing: list[Missing] = []
    queries: list[tuple[str, Any]] = [
        (CASES.name, select(Case.uuid, Case.created_at, Case.reference, Case.family_name)),
        (
            RELATIVES.name,
            select(Relative.uuid, Relative.created_at, Case.reference, Relative.surname).join(
                Case, Case.id == Relative.case_id
            ),
        ),
        (
            PERSONS.name,
            select(
                SoughtPerson.uuid, SoughtPerson.created_at, Case.reference, SoughtPerson.surname
            ).join(Case, Case.id == SoughtPerson.case_id),
        ),
    ]
    if with_reports:
        queries.append(
            (
                REPORTS.name,
                select(Report.uuid, Report.created_at, Case.reference, SoughtPerson.surname)
                .join(SoughtPerson, SoughtPerson.id == Report.person_id)
                .join(Case, Case.id == SoughtPerson.case_id),
            )
        )
    connection = session.connection()
    for sheet, query in queries:
        present = seen.get(sheet, set())
        key, made, *named = query.selected_columns
        convert = _processor(connection.dialect, made)
        raw = query.with_only_columns(key, type_coerce(made, NullType())).where(
            Case.uuid.in_(bindparam("keys", expanding=True))
        )
        gone: list[str] = []
        for chunk in chunks(keys):
            rows = connection.execute(raw, {"keys": chunk}).all()
            # The records whose rows are gone (picked in C); only their moments converted.
            absent = compress(rows, map(not_, map(present.__contains__, map(itemgetter(0), rows))))
            gone += [
                k for k, created_at in absent if limit is None or not convert(created_at) > limit
            ]
        # Their case and name, read for them alone.
        labels: dict[str, str] = {}
        names = query.with_only_columns(key, *named).where(
            key.in_(bindparam("gone", expanding=True))
        )
        for chunk in chunks(gone):
            for found, reference, name in connection.execute(names, {"gone": chunk}):
                labels[found] = f"{reference} {name}"
        missing += [Missing(sheet, k, labels[k]) for k in gone]
    return missing


def _processor(dialect: Dialect, column: Any) -> Any:
    """How SQLAlchemy converts the column's values as the database gives them (None: as
    they are)."""
    convert = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return _same if convert is None else convert


def _same(value: Any) -> Any:
    return value
