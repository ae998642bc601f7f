"""The family log: what each relative was told, when, how and by whom; append-only.

Telling a family that the person was killed passes the disclosure gate
(:mod:`caseworker.timeline.disclosure`) or carries the caseworker's written override
reason, which is audited and shown on the case. Each case asks that its family be kept
informed every so many days (``Case.inform_every_days``, 14 by default);
:func:`families_waiting` lists the relatives not told within it, for the work list.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, and_, func, or_, select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.errors import DisclosureRefused, ValidationError
from caseworker.i18n import translate
from caseworker.models import AuditEntry, Case, FamilyLogEntry, Relative, Report, SoughtPerson
from caseworker.services import fields, records
from caseworker.services.analysis_inputs import (
    PERSON_FACT_COLUMNS,
    REPORT_FACT_COLUMNS,
    answer_days,
    person_facts_of,
    report_fact,
)
from caseworker.services.audit import audit_text
from caseworker.services.cases import get_case
from caseworker.services.relatives import get_relative
from caseworker.timeline.disclosure import Disclosure, death_disclosure
from caseworker.timeline.facts import ReportFact
from caseworker.vocab import CaseStatus, ToldHow, ToldWhat

#: Keep the family informed every so many days, unless the case says otherwise.
DEFAULT_INFORM_EVERY_DAYS = 14
LONGEST_INFORM_EVERY_DAYS = 365
ENTITY = "family_log"


@dataclass(frozen=True, slots=True)
class FamilyLogRow:
    """One entry of the family log, as the window and the command line show it."""

    id: int
    case_id: int
    relative_id: int
    relative_name: str
    #: The sought person the news was about (always set for a death).
    person_id: int | None
    told_on: date
    told_by: str
    how: ToldHow
    what: ToldWhat
    note: str
    override_reason: str | None
    actor: str
    recorded_at: datetime

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None


@dataclass(frozen=True, slots=True)
class FamilyWaiting:
    """A relative of an open case not told anything within the case's interval."""

    case_id: int
    case_reference: str
    relative_id: int
    relative_name: str
    #: The last day they were told anything; ``None`` when never (counted from their entry).
    last_told_on: date | None
    days_waiting: int
    inform_every_days: int


def told_fields() -> fields.FieldSpec:
    """The cleaners of a family log entry's fields.

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "told_on": fields.day(translate("Fields", "Told on"), required=True),
        "told_by": fields.required_name("told_by", translate("Fields", "Told by")),
        "how": fields.choice(ToldHow, ToldHow.CALL, translate("Fields", "how they were told")),
        "what": fields.choice(ToldWhat, None, translate("Fields", "what they were told")),
        "note": fields.note,
    }


def inform_interval_field() -> fields.FieldSpec:
    """The cleaner of a case's "keep the family informed every N days".

    Raises nothing; the cleaner raises :class:`ValidationError` when it is not a whole number
    of days from 1 to :data:`LONGEST_INFORM_EVERY_DAYS`.
    """

    def clean(value: Any) -> int:
        text = "" if value is None else str(value).strip()
        days = int(text) if text.isdecimal() else 0
        if not 1 <= days <= LONGEST_INFORM_EVERY_DAYS:
            raise ValidationError(
                translate(
                    "Validation",
                    "Keep the family informed every 1 to {most} days; “{value}” is not such a "
                    "number.",
                ).format(most=LONGEST_INFORM_EVERY_DAYS, value=text),
                field="inform_every_days",
            )
        return days

    return {"inform_every_days": clean}


def set_inform_interval(
    session: Session, actor: str, case_id: int, expected_version: int | None, days: int | str
) -> int:
    """Set how often the case's family is to be told how things stand, in days (audited).

    Returns the days set. Raises :class:`NotFound` when the case does not exist,
    :class:`StaleRecord` when someone changed it since ``expected_version``,
    :class:`ValidationError` when ``days`` is not a whole number from 1 to 365.
    """
    case = get_case(session, case_id)
    records.apply_changes(
        session, actor, case, expected_version, inform_interval_field(),
        {"inform_every_days": days},
    )  # fmt: skip
    return case.inform_every_days


def case_disclosure(session: Session, case_id: int, person_id: int | None = None) -> Disclosure:
    """The disclosure gate for telling the case's family of a death.

    Asks the gate for each sought person of the case (only ``person_id`` when given): allowed
    when it allows for one of them, the person named when the case has several.

    Raises :class:`NotFound` when the case does not exist, :class:`ValidationError` when
    ``person_id`` is not a person of this case or the case has no sought person.
    """
    case = get_case(session, case_id)
    conditions: list[Any] = [SoughtPerson.case_id == case.id]
    if person_id is not None:
        conditions.append(SoughtPerson.id == person_id)
    rows = session.execute(
        select(*PERSON_FACT_COLUMNS, SoughtPerson.surname, SoughtPerson.given_name)
        .join(Case, Case.id == SoughtPerson.case_id)
        .where(*conditions)
        .order_by(SoughtPerson.id)
    ).all()
    if not rows:
        if person_id is not None:
            raise ValidationError(
                translate("Validation", "Person {id} is not sought in this case.").format(
                    id=person_id
                ),
                field="person_id",
            )
        raise ValidationError(
            translate("Validation", "The case has no sought person to tell the family about.")
        )
    reports: dict[int, list[ReportFact]] = defaultdict(list)
    query = select(Report.person_id, *REPORT_FACT_COLUMNS).where(
        Report.person_id.in_([row.person_id for row in rows])
    )
    for values in session.execute(query):
        reports[values[0]].append(report_fact(values[1:]))
    answers = answer_days(session, [case.id])
    gates: list[tuple[str, Disclosure]] = []
    for row in rows:
        person = person_facts_of(row, answers)
        name = " ".join(part for part in (row.surname, row.given_name) if part)
        gates.append((name, death_disclosure(reports[row.person_id], person)))
    chosen = next(((n, g) for n, g in gates if g.allowed), gates[0])
    name, gate = chosen
    if len(gates) == 1:
        return gate
    return Disclosure(
        gate.allowed,
        translate("Disclosure", "{person}: {reason}").format(person=name, reason=gate.reason),
        gate.basis,
        gate.report_id,
    )


def record_told(
    session: Session,
    actor: str,
    case_id: int,
    relative_id: int,
    *,
    override_reason: str | None = None,
    person_id: int | None = None,
    **values: Any,
) -> FamilyLogRow:
    """Record that a relative was told something (append-only, audited).

    ``values`` are ``told_on``, ``told_by``, ``how`` (a call by default), ``what`` and
    ``note``. Telling that the person was killed passes the disclosure gate
    (:func:`case_disclosure`, for that one person: ``person_id``, or the case's only one) or needs
    ``override_reason``, the caseworker's written reason, which is kept on the entry and
    audited. When the gate allows, no override is needed and none is kept.

    Raises :class:`NotFound` when the case or the relative does not exist,
    :class:`ValidationError` naming the field when the relative is not of this case, who told
    them is empty, what or how is not one of the list, ``person_id`` is not a person of
    the case, or a death is told in a case of several sought persons without naming one;
    :class:`InvalidDate` when the day is missing, unreadable or in the future;
    :class:`DisclosureRefused` (with the gate's reason) when a death is told without a
    credible basis and without an override reason.
    """
    case = get_case(session, case_id)
    relative = get_relative(session, relative_id)
    if relative.case_id != case.id:
        raise ValidationError(
            translate("Validation", "Relative {id} is not a relative of case {case}.").format(
                id=relative.id, case=case.reference
            ),
            field="relative_id",
        )
    cleaned = fields.clean_all(told_fields(), values, only_given=False)
    reason = fields.note(override_reason) or None
    gate: Disclosure | None = None
    if cleaned["what"] is ToldWhat.KILLED:
        person_id = _person_told_of(session, case, person_id)
        gate = case_disclosure(session, case.id, person_id)
        if gate.allowed:
            reason = None
        elif reason is None:
            raise DisclosureRefused(
                gate.reason
                + " "
                + translate(
                    "Disclosure",
                    "Nothing was recorded; give a written reason to record it anyway.",
                )
            )
    else:
        reason = None
        if person_id is not None:
            person_id = _person_told_of(session, case, person_id)
    entry = FamilyLogEntry(
        case_id=case.id,
        relative_id=relative.id,
        person_id=person_id,
        override_reason=reason,
        actor=actor,
        **cleaned,
    )
    session.add(entry)
    session.flush()
    _audit(session, actor, entry, "create", new=_creation_text(cleaned, reason, person_id))
    if gate is not None:
        _audit(
            session,
            actor,
            entry,
            "override" if reason is not None else "disclosure",
            field="what",
            new=ToldWhat.KILLED,
            note=gate.reason if reason is None else f"{reason}\n{gate.reason}",
        )
    return _row(entry, relative)


def _person_told_of(session: Session, case: Case, person_id: int | None) -> int:
    """The sought person the news is about: ``person_id`` when it is one of the case's, the
    only one when the case has one; a death is never recorded for "the case" as a whole, or a
    death credibly reported for one brother would pass as told of the other."""
    persons = list(
        session.scalars(
            select(SoughtPerson.id).where(SoughtPerson.case_id == case.id).order_by(SoughtPerson.id)
        )
    )
    if person_id is None and len(persons) == 1:
        return persons[0]
    if person_id is None:
        raise ValidationError(
            translate(
                "Validation",
                "Say which sought person the family was told about: case {case} has several.",
            ).format(case=case.reference),
            field="person_id",
        )
    if person_id not in persons:
        raise ValidationError(
            translate("Validation", "Person {id} is not sought in this case.").format(id=person_id),
            field="person_id",
        )
    return person_id


def _creation_text(cleaned: dict[str, Any], reason: str | None, person_id: int | None) -> str:
    values = {name: audit_text(value) for name, value in cleaned.items() if value not in (None, "")}
    if person_id is not None:
        values["person_id"] = str(person_id)
    if reason is not None:
        values["override_reason"] = reason
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _audit(
    session: Session,
    actor: str,
    entry: FamilyLogEntry,
    action: str,
    *,
    field: str = "",
    new: Any = None,
    note: str = "",
) -> None:
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            entity=ENTITY,
            entity_id=entry.id,
            entity_uuid=entry.uuid,
            field=field,
            old_value=None,
            new_value=audit_text(new),
            note=note,
        )
    )


def _row(entry: FamilyLogEntry, relative: Relative) -> FamilyLogRow:
    return FamilyLogRow(
        id=entry.id,
        case_id=entry.case_id,
        relative_id=entry.relative_id,
        relative_name=relative.full_name,
        person_id=entry.person_id,
        told_on=entry.told_on,
        told_by=entry.told_by,
        how=entry.how,
        what=entry.what,
        note=entry.note,
        override_reason=entry.override_reason,
        actor=entry.actor,
        recorded_at=entry.recorded_at,
    )


def _log(session: Session, *conditions: Any) -> list[FamilyLogRow]:
    query = (
        select(FamilyLogEntry, Relative)
        .join(Relative, Relative.id == FamilyLogEntry.relative_id)
        .where(*conditions)
        .order_by(FamilyLogEntry.told_on, FamilyLogEntry.id)
    )
    return [_row(entry, relative) for entry, relative in session.execute(query)]


def relative_log(session: Session, relative_id: int) -> list[FamilyLogRow]:
    """What the relative was told, the earliest first.

    Raises :class:`NotFound` when the relative does not exist.
    """
    relative = get_relative(session, relative_id)
    return _log(session, FamilyLogEntry.relative_id == relative.id)


def case_log(session: Session, case_id: int) -> list[FamilyLogRow]:
    """What the case's relatives were told, the earliest first.

    Raises :class:`NotFound` when the case does not exist.
    """
    case = get_case(session, case_id)
    return _log(session, FamilyLogEntry.case_id == case.id)


def overrides(session: Session, case_id: int) -> list[FamilyLogRow]:
    """The entries of the case where a death was told over the disclosure gate's refusal.

    Raises nothing (an unknown case has none).
    """
    return _log(
        session, FamilyLogEntry.case_id == case_id, FamilyLogEntry.override_reason.is_not(None)
    )


def has_override(session: Session, case_id: int) -> bool:
    """Whether a death was told to the case's family over the gate's refusal. Raises nothing."""
    query = select(FamilyLogEntry.id).where(
        FamilyLogEntry.case_id == case_id, FamilyLogEntry.override_reason.is_not(None)
    )
    return session.scalar(query.limit(1)) is not None


def families_waiting(
    session: Session, today: date, case_ids: Sequence[int] | None = None
) -> list[FamilyWaiting]:
    """The relatives of open cases not told anything within their case's interval.

    A relative never told waits from the day they were entered (its UTC day). The longest
    waiting first.
    ``case_ids`` limits the search to those cases. Raises nothing.
    """
    shortest = session.scalar(
        select(func.min(Case.inform_every_days)).where(Case.status == CaseStatus.OPEN)
    )
    if shortest is None:
        return []
    # Told (or entered) on or after this day, nobody waits yet: the database leaves them out.
    # A day's slack either side for entry times kept in UTC but counted in local days.
    cutoff = today - timedelta(days=shortest)
    entered_cutoff = datetime.combine(cutoff + timedelta(days=2), time(), tzinfo=UTC)
    last_told = (
        select(FamilyLogEntry.relative_id, func.max(FamilyLogEntry.told_on).label("last_told"))
        .group_by(FamilyLogEntry.relative_id)
        .subquery()
    )
    query = (
        select(
            Case.id,
            Case.reference,
            Case.inform_every_days,
            Relative.id,
            Relative.surname,
            Relative.given_name,
            Relative.patronymic,
            func.date(Relative.created_at, type_=Date).label("entered_on"),
            last_told.c.last_told,
        )
        .join(Case, Case.id == Relative.case_id)
        .outerjoin(last_told, last_told.c.relative_id == Relative.id)
        .where(
            Case.status == CaseStatus.OPEN,
            or_(
                last_told.c.last_told < cutoff,
                and_(last_told.c.last_told.is_(None), Relative.created_at < entered_cutoff),
            ),
        )
    )
    batches = (
        [query]
        if case_ids is None
        else [query.where(Case.id.in_(chunk)) for chunk in chunks(sorted(set(case_ids)))]
    )
    waiting: list[FamilyWaiting] = []
    for batch in batches:
        for row in session.connection().execute(batch):
            case_id, reference, every, relative_id, surname, given, patronymic, entered, told = row
            every = every or DEFAULT_INFORM_EVERY_DAYS
            since = told if told is not None else (entered or today)
            days = (today - since).days
            if days > every:
                name = " ".join(p for p in (surname, given, patronymic) if p)
                waiting.append(
                    FamilyWaiting(case_id, reference, relative_id, name, told, days, every)
                )
    waiting.sort(key=lambda w: (-w.days_waiting, w.case_reference, w.relative_id))
    return waiting


def families_waiting_first(
    session: Session, today: date, limit: int
) -> tuple[list[FamilyWaiting], int]:
    """The first ``limit`` of :func:`families_waiting` (the longest waiting), and how many
    wait in all; the database picks and counts them from the days kept on each relative
    (``relatives.last_told_on`` and ``tell_by``, :mod:`caseworker.services.kept_days`):
    the ``limit``-th day last told is found from its index, and only the relatives told
    by then are read. Raises nothing."""
    waiting = Relative.tell_by < today
    since = Relative.last_told_on
    total = session.connection().scalar(select(func.count()).where(waiting)) or 0
    last = select(since).where(waiting).order_by(since).limit(1).offset(limit - 1).scalar_subquery()
    last_told = (
        select(func.max(FamilyLogEntry.told_on))
        .where(FamilyLogEntry.relative_id == Relative.id)
        .scalar_subquery()
    )
    every = func.coalesce(func.nullif(Case.inform_every_days, 0), DEFAULT_INFORM_EVERY_DAYS)
    query = (
        select(
            Case.id,
            Case.reference,
            every,
            Relative.id,
            Relative.surname,
            Relative.given_name,
            Relative.patronymic,
            last_told,
            since,
        )
        .join(Case, Case.id == Relative.case_id)
        .where(waiting, *((since <= last,) if total > limit else ()))
        .order_by(since, Case.reference, Relative.id)
        .limit(limit)
    )
    first: list[FamilyWaiting] = []
    for row in session.connection().execute(query):
        case_id, reference, days_every, relative_id, surname, given, patronymic, told = row[:8]
        day = row[8]
        name = " ".join(p for p in (surname, given, patronymic) if p)
        first.append(
            FamilyWaiting(
                case_id, reference, relative_id, name, told, (today - day).days, days_every
            )
        )
    return first, total
