"""The database side of an import: records by key, cases by reference, rows no longer present."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

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

CHUNK = 500
MODELS: dict[str, type[Any]] = {
    CASES.name: Case,
    RELATIVES.name: Relative,
    PERSONS.name: SoughtPerson,
    REPORTS.name: Report,
    INQUIRIES.name: Inquiry,
    FAMILY_LOG.name: FamilyLogEntry,
}


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_NAME_PARTS = ("surname", "given_name", "patronymic")


def _records_query(sheet: str) -> Select[Any]:
    model = MODELS[sheet]
    if model is Case:
        return select(Case.__table__)
    if model is Report:
        return (
            select(
                Report.__table__,
                SoughtPerson.uuid.label("person_key"),
                Case.reference.label("case_reference"),
                *(getattr(SoughtPerson, name).label(f"person_{name}") for name in _NAME_PARTS),
            )
            .join(SoughtPerson, SoughtPerson.id == Report.person_id)
            .join(Case, Case.id == SoughtPerson.case_id)
        )
    return select(model.__table__, Case.reference.label("case_reference")).join(
        Case, Case.id == model.case_id
    )


def records_by_key(session: Session, sheet: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored values of the sheet's records with these keys, by key."""
    model = MODELS[sheet]
    found: dict[str, dict[str, Any]] = {}
    query = _records_query(sheet)
    for chunk in chunks(keys):
        result = session.execute(query.where(model.uuid.in_(chunk)))
        names = list(result.keys())
        for row in result:
            values = dict(zip(names, row, strict=True))
            if model is Report:
                values["event"] = EventDate(
                    values["event_from"], values["event_to"], values["event_precision"]
                )
            elif model is SoughtPerson and values["birth_date"] is not None:
                values["birth_date"] = birth_interval(
                    values["birth_date"], values["birth_precision"] or DatePrecision.DAY
                )
            found[values["uuid"]] = values
    return found


def record_label(sheet: str, record: dict[str, Any]) -> str:
    """Whose record a row of ``records_by_key`` is: "2026-0001 Шумов Алексей Петрович", a
    report as its person, claim and date ("...: killed, 2026-04-02")."""
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
    for sheet, query in queries:
        present = seen.get(sheet, set())
        for chunk in chunks(keys):
            for key, created_at, reference, name in session.execute(
                query.where(Case.uuid.in_(chunk))
            ):
                if key in present or (limit is not None and created_at > limit):
                    continue
                missing.append(Missing(sheet, key, f"{reference} {name}"))
    return missing
