"""Cases: create, edit and look up one family's request."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from caseworker.errors import NotFound
from caseworker.i18n import translate
from caseworker.models import Case, Report, SoughtPerson
from caseworker.services import audit, fields, records, search
from caseworker.text import sort_key
from caseworker.vocab import CaseStatus


def case_fields() -> fields.FieldSpec:
    """The cleaners of a case's fields.

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "family_name": fields.required_name("family_name", translate("Fields", "The family")),
        "region": fields.text,
        "status": fields.choice(CaseStatus, CaseStatus.OPEN, translate("Fields", "case status")),
        "assigned_to": fields.text,
        "next_action": fields.text,
        "next_action_due": fields.day(translate("Fields", "Next action due"), allow_future=True),
        "opened_on": fields.day(translate("Fields", "Opened on")),
        "notes": fields.note,
    }


def next_reference(session: Session, year: int) -> str:
    """The next free reference of the year, such as 2026-0042. Raises nothing."""
    prefix = f"{year:04d}-"
    # Compare numbers, not text: "2026-10000" sorts before "2026-9999" as a string.
    of_year = Case.reference.like(f"{prefix}%")
    longest = select(func.max(func.length(Case.reference))).where(of_year).scalar_subquery()
    last = session.scalar(
        select(func.max(Case.reference)).where(of_year, func.length(Case.reference) == longest)
    )
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def create_case(session: Session, actor: str, **values: Any) -> Case:
    """Open a new case under the next free reference of its opening year.

    Raises :class:`ValidationError` naming the field when the family name is missing or a choice is
    not one of the list, :class:`InvalidDate` when a date cannot be read or lies in the future.
    """
    cleaned = fields.clean_all(case_fields(), values, only_given=False)
    if cleaned["opened_on"] is None:
        cleaned["opened_on"] = date.today()
    case = Case(reference=next_reference(session, cleaned["opened_on"].year), **cleaned)
    session.add(case)
    audit.record_creation(session, actor, case, {"reference": case.reference, **cleaned})
    search.index_case(session, case)
    return case


def update_case(
    session: Session, actor: str, case_id: int, expected_version: int | None, **changes: Any
) -> Case:
    """Change a case's fields (audited); ``expected_version`` guards against lost edits.

    Raises :class:`NotFound` when the case does not exist, :class:`StaleRecord` when someone changed
    it since ``expected_version``, :class:`ValidationError` or :class:`InvalidDate` naming the field
    when a value is wrong.
    """
    case = get_case(session, case_id)
    if changes.get("opened_on", case.opened_on) in (None, ""):
        changes["opened_on"] = case.opened_on
    if records.apply_changes(session, actor, case, expected_version, case_fields(), changes):
        search.index_case(session, case)
    return case


def get_case(session: Session, case_id: int) -> Case:
    """The case by its id. Raises :class:`NotFound` when there is no such case."""
    return records.load(session, Case, case_id, translate("Records", "Case"))


def case_reference(session: Session, case_id: int) -> str:
    """The case's reference, such as 2026-0042: a plain statement (the window asks it at
    start, before any ORM mapper is set up).

    Raises :class:`NotFound` when there is no such case.
    """
    table = Case.__table__.c
    reference = session.execute(select(table.reference).where(table.id == case_id)).scalar()
    if reference is None:
        raise NotFound(
            translate("Records", "{what} {id} does not exist.").format(
                what=translate("Records", "Case"), id=case_id
            )
        )
    return str(reference)


def get_case_by_reference(session: Session, reference: str) -> Case:
    """The case by its reference, such as 2026-0042.

    Raises :class:`NotFound` when there is no such case.
    """
    case = session.scalar(select(Case).where(Case.reference == reference.strip()))
    if case is None:
        raise NotFound(
            translate("Records", "There is no case {reference}.").format(reference=reference)
        )
    return case


def persons_label(names: Iterable[tuple[str, str, str]]) -> str:
    """The case list's "sought persons" text: "Шумов А. П.; Шумова Е. В." (at most 200 chars).

    Raises nothing.
    """
    label = "; ".join(
        " ".join([surname, *(f"{part[0]}." for part in (given, patronymic) if part)])
        for surname, given, patronymic in names
    )
    return label[:200]


_DEFERRED = "caseworker.deferred_case_summaries"


@contextmanager
def case_summaries_deferred(session: Session) -> Iterator[None]:
    """Within the block, refresh each touched case's summary once, at its end.

    For actions that change many records of a case at once (an import): refreshing after
    each of ten thousand reports would hold the write lock most of the time.

    Raises nothing.
    """
    if _DEFERRED in session.info:  # already deferred by an enclosing block
        yield
        return
    pending: set[int] = set()
    session.info[_DEFERRED] = pending
    try:
        yield
    finally:
        del session.info[_DEFERRED]
    for case_id in sorted(pending):
        refresh_case_summary(session, case_id)


def refresh_case_summary(session: Session, case_id: int) -> None:
    """Recompute the case list's denormalised columns (sought persons, last report).

    A plain UPDATE, so the case's version does not move: someone editing the case itself
    must not be told it changed because a report was added. Inside
    :func:`case_summaries_deferred` it only notes the case for the end of the block.

    Raises nothing.
    """
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.add(case_id)
        return
    # One statement (a round trip to a server): the persons, each row with the last report.
    last_report = (
        select(func.max(Report.received_on))
        .join(SoughtPerson, SoughtPerson.id == Report.person_id)
        .where(SoughtPerson.case_id == case_id, Report.retracted_at.is_(None))
        .correlate(None)  # the case's, not each row's person's
        .scalar_subquery()
    )
    rows = session.execute(
        select(SoughtPerson.surname, SoughtPerson.given_name, SoughtPerson.patronymic, last_report)
        .where(SoughtPerson.case_id == case_id)
        .order_by(SoughtPerson.id)
    ).all()
    label = persons_label([row[:3] for row in rows])
    last = rows[0][3] if rows else None  # no persons, no reports
    session.execute(
        update(Case)
        .where(Case.id == case_id)
        .values(persons_label=label, persons_sort=sort_key(label), last_report_on=last)
        .execution_options(synchronize_session=False)
    )
    # Only a case already loaded needs forgetting these: not a SELECT to load it first.
    cached = session.identity_map.get(session.identity_key(Case, case_id))
    if cached is not None:
        session.expire(cached, ["persons_label", "persons_sort", "last_report_on"])
