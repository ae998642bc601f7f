"""The disclosure gate as it will stand once the import is applied.

A family log row telling the family of a death is judged, in the preview, against the
person's reports as they will be: the stored ones with the grades the workbook gives them,
the new ones the workbook adds (on the Reports sheet, or as answers with a claim on the
Inquiries sheet), and the official status it sets. The apply asks the gate
again (through :func:`caseworker.services.family_log.record_told`) on what is then stored:
when a conflict was decided for the program's side and no basis is left, nothing is
imported.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.models import Addressee, Inquiry, Report, SoughtPerson
from caseworker.services.analysis_inputs import REPORT_FACT_COLUMNS, report_fact
from caseworker.services.inquiries import ANSWER_SOURCE
from caseworker.services.reports import clean_event
from caseworker.timeline.disclosure import Disclosure, death_disclosure
from caseworker.timeline.facts import PersonFacts, ReportFact
from caseworker.vocab import Credibility, OfficialStatus, Reliability, SourceKind
from caseworker.xlsx.importing.plan import Action, ImportPlan, Parent, RowChange
from caseworker.xlsx.workbook.schema import INQUIRIES, PERSONS, REPORTS

_FACT_FIELDS = frozenset(field.name for field in fields(ReportFact)) - {"id", "claim"}


def _new_fact(report_id: int, values: dict[str, Any]) -> ReportFact:
    """A report the workbook adds, as the gate sees it."""
    given = {name: value for name, value in values.items() if name in _FACT_FIELDS}
    given = {name: value for name, value in given.items() if value is not None}
    given.setdefault("received_on", date.today())
    return ReportFact(id=report_id, claim=values["claim"], **given)


def _answer_fact(session: Session, report_id: int, change: RowChange) -> ReportFact:
    """The report an answer with a claim becomes, as ``answer_inquiry`` makes it."""
    values = change.values
    if change.action is Action.CREATE:
        addressee = change.links["addressee"]
        query = select(Addressee.kind).where(Addressee.id == (addressee or ("", 0))[1])
    else:
        query = (
            select(Addressee.kind)
            .join(Inquiry, Inquiry.addressee_id == Addressee.id)
            .where(Inquiry.id == change.record_id)
        )
    kind = session.scalar(query)
    answered: date = values["answered_on"]
    return ReportFact(
        id=report_id,
        claim=values["claim"],
        event=values.get("event") or clean_event(answered.isoformat()),
        received_on=answered,
        stated_on=answered,
        source_kind=ANSWER_SOURCE[kind] if kind is not None else SourceKind.OTHER,
        reliability=values.get("reliability") or Reliability.F,
        credibility=values.get("credibility") or Credibility.CANNOT_JUDGE,
    )


def planned_disclosure(session: Session, plan: ImportPlan, person: Parent) -> Disclosure:
    """Whether the family may be told of the death of ``person`` (stored or a new row of
    the Persons sheet) once ``plan`` is applied, taking the workbook's side of each
    conflict. Raises nothing."""
    person = stored_person(plan, person)
    facts: dict[int, ReportFact] = {}
    official = OfficialStatus.NOT_REPORTED
    if person[0] == "id":
        query = select(*REPORT_FACT_COLUMNS).where(Report.person_id == person[1])
        for values in session.execute(query):
            fact = report_fact(values)
            facts[fact.id] = fact
        status = session.scalar(
            select(SoughtPerson.official_status).where(SoughtPerson.id == person[1])
        )
        official = status or official
    next_id = max(facts, default=0)
    for change in plan.changes:
        if change.sheet == REPORTS.name and change.action is Action.UPDATE:
            stored = facts.get(change.record_id or 0)
            if stored is not None:
                changed = {n: v for n, v in change.values.items() if n in _FACT_FIELDS}
                facts[stored.id] = replace(stored, **changed)
        elif change.sheet == REPORTS.name and change.parent is not None:
            if stored_person(plan, change.parent) == person:
                next_id += 1  # after the stored ones, as the new report will be
                facts[next_id] = _new_fact(next_id, change.values)
        elif change.sheet == INQUIRIES.name and change.values.get("claim") is not None:
            about = change.links.get("about")
            if about is not None and stored_person(plan, about) == person:
                next_id += 1
                facts[next_id] = _answer_fact(session, next_id, change)
        elif change.sheet == PERSONS.name and "official_status" in change.values:
            row: Parent = (
                ("id", change.record_id or 0)
                if change.action is Action.UPDATE
                else stored_person(plan, ("new", change.row))
            )
            if row == person:
                official = change.values["official_status"] or OfficialStatus.NOT_REPORTED
    return death_disclosure(facts.values(), PersonFacts(official_status=official))


def stored_person(plan: ImportPlan, person: Parent) -> Parent:
    """A new row of the Persons sheet that is already stored, as the stored person."""
    kind, value = person
    found = plan.resolved.get((PERSONS.name, value)) if kind == "new" else None
    return ("id", found) if found is not None else person
