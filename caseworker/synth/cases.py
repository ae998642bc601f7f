"""Synthetic cases for load tests: realistic families, persons and reports, bulk-inserted.

The per-record services are far too slow for 100,000 cases, so the rows are generated in
Python and written with SQLAlchemy Core ``insert()`` executemany, filling in everything the
services would: uuid, version, timestamps, the case list's denormalised columns, the persons'
name keys and the search entries (built by the same helpers as
:mod:`caseworker.services.search`). One audit entry per case (action ``synth``) records where
it came from.

The content is deterministic for a seed (uuids are fresh, so that two runs never collide).
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import AuditEntry, Case, Relative, Report, SearchEntry, SoughtPerson
from caseworker.models.identity import KEYED_BY
from caseworker.names import NameField, name_key
from caseworker.services.cases import next_reference, persons_label
from caseworker.services.kept_days import refresh_cases
from caseworker.services.search import case_entry, person_entry, relative_entry
from caseworker.synth.people import PeopleMaker, PersonDraft
from caseworker.synth.reports import Draft, ReportMaker
from caseworker.text import sort_key

CASES_PER_TRANSACTION = 25_000
CASES_PER_BATCH = 1_000
HISTORY_DAYS = 3 * 365
_TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (Case, SoughtPerson, Relative, Report, SearchEntry, AuditEntry)
)


@dataclass
class SynthSummary:
    cases: int = 0
    persons: int = 0
    relatives: int = 0
    reports: int = 0
    seconds: float = 0.0


@dataclass
class _Rows:
    """The rows of one batch, by table name."""

    by_table: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {table.name: [] for table in _TABLES}
    )

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.by_table[table].append(row)


class _Ids:
    """The next free key of each table, read inside the writing transaction."""

    def __init__(self, session: Session) -> None:
        self._next = {
            table.name: (session.scalar(select(func.max(table.c.id))) or 0) + 1 for table in _TABLES
        }

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


class _References:
    """Case references continuing each year's numbering after the existing ones."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[int, int] = {}

    def take(self, year: int) -> str:
        if year not in self._next:
            self._next[year] = int(next_reference(self._session, year).split("-")[1])
        number = self._next[year]
        self._next[year] = number + 1
        return f"{year:04d}-{number:04d}"


def _mutable(row_id: int, now: datetime, **values: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "uuid": str(uuid.uuid4()),
        "version": 1,
        "created_at": now,
        "updated_at": now,
        **values,
    }


class _CaseMaker:
    """Turns random draws into the rows of whole cases."""

    def __init__(self, rng: random.Random, today: date, actor: str, seed: int) -> None:
        self.rng = rng
        self.today = today
        self.actor = actor
        self.seed = seed
        self.people = PeopleMaker(rng, today)
        self.reports = ReportMaker(rng, today)

    def case(self, opened_on: date, ids: _Ids, refs: _References, rows: _Rows) -> None:
        now = datetime.now(UTC)
        case_id = ids.take("cases")
        family = self.people.family(opened_on)
        reference = refs.take(opened_on.year)
        last_report: date | None = None
        names: list[tuple[str, str, str]] = []
        for draft in family.persons:
            person = draft.row
            person_id = ids.take("persons")
            names.append((person["surname"], person["given_name"], person["patronymic"]))
            rows.add(
                "persons", _mutable(person_id, now, case_id=case_id, **person, **_name_keys(person))
            )
            self._search_row(rows, ids, "person", person_id, case_id, _person_entry(person))
            for report in self.reports.for_person(draft, family.caseworker):
                report_id = ids.take("reports")
                report["row"]["id"] = report_id
                origin = report["origin"]
                report["row"]["derived_from_id"] = origin["row"]["id"] if origin else None
                rows.add("reports", _mutable(report_id, now, person_id=person_id, **report["row"]))
                if report["row"]["retracted_at"] is None:
                    received = report["row"]["received_on"]
                    last_report = received if last_report is None else max(last_report, received)
        for relative in family.relatives:
            relative_id = ids.take("relatives")
            rows.add("relatives", _mutable(relative_id, now, case_id=case_id, **relative))
            entry = relative_entry(
                relative["surname"],
                relative["given_name"],
                relative["patronymic"],
                relative["phone"],
                relative["email"],
            )
            self._search_row(rows, ids, "relative", relative_id, case_id, entry)
        label = persons_label(names)
        case = _mutable(
            case_id,
            now,
            reference=reference,
            opened_on=opened_on,
            persons_label=label,
            persons_sort=sort_key(label),
            family_sort=sort_key(family.case["family_name"]),
            region_sort=sort_key(family.case["region"]),
            last_report_on=last_report,
            **family.case,
        )
        rows.add("cases", case)
        entry = case_entry(reference, case["family_name"], case["region"], case["assigned_to"])
        self._search_row(rows, ids, "case", case_id, case_id, entry)
        counts = {"persons": len(family.persons), "relatives": len(family.relatives)}
        rows.add(
            "audit_entries",
            {
                "id": ids.take("audit_entries"),
                "at": now,
                "actor": self.actor,
                "action": "synth",
                "entity": "cases",
                "entity_id": case_id,
                "entity_uuid": case["uuid"],
                "field": "",
                "old_value": None,
                "new_value": json.dumps({"seed": self.seed, **counts}, sort_keys=True),
                "note": "synthetic case for load tests",
            },
        )

    @staticmethod
    def _search_row(
        rows: _Rows, ids: _Ids, kind: str, entity_id: int, case_id: int, entry: tuple[str, str]
    ) -> None:
        label, body = entry
        rows.add(
            "search_entries",
            {
                "id": ids.take("search_entries"),
                "kind": kind,
                "entity_id": entity_id,
                "case_id": case_id,
                "label": label,
                "text": body,
            },
        )


def _name_keys(person: dict[str, Any]) -> dict[str, str]:
    """The keys the model's validator sets from the names (plain inserts pass it by)."""
    return {
        column: name_key(person[name], NameField(column.removesuffix("_key")))
        for name, column in KEYED_BY.items()
    }


def _person_entry(person: dict[str, Any]) -> tuple[str, str]:
    return person_entry(
        person["surname"],
        person["given_name"],
        person["patronymic"],
        person["name_variants"],
        person["service_number"],
        person["unit"],
        person["call_sign"],
        person["rank"],
    )


def _chunks(items: Sequence[date], size: int) -> Iterator[Sequence[date]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _insert_cases(
    session: Session, maker: _CaseMaker, opened: Sequence[date], summary: SynthSummary
) -> None:
    ids = _Ids(session)
    refs = _References(session)
    dialect = session.get_bind().dialect.name
    cache_size = None
    if dialect == "sqlite":
        # A larger page cache keeps the random uuid indexes from thrashing the disk.
        cache_size = session.execute(text("PRAGMA cache_size")).scalar()
        session.execute(text("PRAGMA cache_size = -262144"))
    for batch in _chunks(opened, CASES_PER_BATCH):
        rows = _Rows()
        for opened_on in batch:
            maker.case(opened_on, ids, refs, rows)
        for table in _TABLES:
            if rows.by_table[table.name]:
                session.execute(insert(table), rows.by_table[table.name])
        # Plain inserts pass the session's hook by: keep the work list's days here.
        refresh_cases(session.connection(), (row["id"] for row in rows.by_table["cases"]))
        summary.cases += len(rows.by_table["cases"])
        summary.persons += len(rows.by_table["persons"])
        summary.relatives += len(rows.by_table["relatives"])
        summary.reports += len(rows.by_table["reports"])
    if cache_size is not None:
        session.execute(text(f"PRAGMA cache_size = {int(cache_size)}"))
    if dialect == "postgresql":
        # Explicit keys leave the serial sequences behind; move them past the new rows.
        for table in _TABLES:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"
                )
            )


class _NoReports(ReportMaker):
    def for_person(self, person: PersonDraft, caseworker: str) -> list[Draft]:  # noqa: ARG002
        """No reports, whoever the person."""
        return []


def synthesize(
    target: Database | Session,
    cases: int,
    seed: int,
    *,
    actor: str = "synth",
    people: Callable[[random.Random, date], PeopleMaker] | None = None,
    reports: bool = True,
) -> SynthSummary:
    """Add ``cases`` synthetic cases; given a Database, commit every 25,000 cases.

    Given a Session, everything goes into that session's transaction (the caller commits).
    ``people`` makes the families instead of :class:`PeopleMaker`, from the same random
    stream and today's date (a subclass that renames them, as the matching benchmark's);
    ``reports=False`` writes cases without reports. Raises :class:`ValidationError` for a
    negative number of cases.
    """
    if cases < 0:
        raise ValidationError(
            translate("Synth", "The number of cases must not be negative."), field="cases"
        )
    started = time.perf_counter()
    rng = random.Random(seed)
    today = date.today()
    # Cases are numbered in the order they were opened, as real ones are.
    opened = sorted(today - timedelta(days=rng.randint(0, HISTORY_DAYS)) for _ in range(cases))
    maker = _CaseMaker(rng, today, actor, seed)
    if people is not None:
        maker.people = people(rng, today)
    if not reports:
        maker.reports = _NoReports(rng, today)
    summary = SynthSummary()
    if isinstance(target, Session):
        _insert_cases(target, maker, opened, summary)
    else:
        for part in _chunks(opened, CASES_PER_TRANSACTION):
            with target.write() as session:
                _insert_cases(session, maker, part, summary)
    summary.seconds = time.perf_counter() - started
    return summary
