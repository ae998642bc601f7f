"""Decisions on a list entry and a sought person: "this is him" or "not him".

Append-only. Each decision keeps a fingerprint of both sides' identity (the names' keys, the
birth date and its precision, the service number); :mod:`.lists` leaves a decided pair out
while both fingerprints are unchanged and shows the earlier reason when it comes back.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.errors import NotFound, ValidationError
from caseworker.i18n import translate
from caseworker.models import AuditEntry, ListEntry, MatchDecision, PublishedList, SoughtPerson
from caseworker.services.persons import get_person
from caseworker.services.reports import add_report
from caseworker.text import normalize_service_number
from caseworker.vocab import DatePrecision, SourceKind

ENTITY = "match_decisions"


def fingerprint(
    keys: tuple[str, str, str],
    born: date | None,
    precision: DatePrecision | None,
    service_number: str,
) -> str:
    """SHA-256 of an identity as matching sees it: the names' keys, the birth date with its
    precision, the normalised service number. Raises nothing."""
    parts = [
        *keys,
        born.isoformat() if born else "",
        str(precision or "") if born else "",
        normalize_service_number(service_number or ""),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def entry_fingerprint(entry: ListEntry) -> str:
    return fingerprint(
        (entry.surname_key, entry.given_key, entry.patronymic_key),
        entry.born_on,
        entry.birth_precision,
        entry.service_number,
    )


def person_fingerprint(person: SoughtPerson) -> str:
    return fingerprint(
        (person.surname_key, person.given_key, person.patronymic_key),
        person.born_on,
        person.birth_precision,
        person.service_number,
    )


def _latest(session: Session, entry_id: int, person_id: int) -> MatchDecision | None:
    query = (
        select(MatchDecision)
        .where(MatchDecision.entry_id == entry_id, MatchDecision.person_id == person_id)
        .order_by(MatchDecision.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def _report_from_list(
    session: Session, actor: str, person_id: int, entry: ListEntry, listed: PublishedList
) -> int:
    day = listed.published_on
    report = add_report(
        session,
        actor,
        person_id,
        event=EventDate(day, day, DatePrecision.DAY),
        claim=listed.means,
        source_kind=SourceKind.PUBLISHED_LIST,
        source_name=f"{listed.name} ({listed.publisher})",
        document_ref=translate("Matching", "row {row}").format(row=entry.row_number),
        reliability=listed.reliability,
        credibility=listed.credibility,
        stated_on=day,
    )
    return report.id


def decide(
    session: Session, actor: str, entry_id: int, person_id: int, same: bool, reason: str = ""
) -> MatchDecision:
    """Record that list entry ``entry_id`` is (``same``) or is not the sought person.

    "This is him" adds a report from the list for the person (the list's claim, its
    publication day as the event, the list as the source, its grade) and keeps its id on the
    decision. The same decision made again, with both identities unchanged, returns the
    earlier one and creates nothing.

    Raises :class:`NotFound` for an unknown entry or person, :class:`ValidationError` when
    "not him" comes without a reason, and what ``add_report`` raises.
    """
    entry = session.get(ListEntry, entry_id)
    if entry is None:
        raise NotFound(
            translate("Records", "{what} {id} does not exist.").format(
                what=translate("Matching", "List entry"), id=entry_id
            )
        )
    person = get_person(session, person_id)
    reason = (reason or "").strip()
    if not same and not reason:
        raise ValidationError(
            translate("Matching", "Write why this is not him: the reason is kept."),
            field="reason",
        )
    left, right = entry_fingerprint(entry), person_fingerprint(person)
    latest = _latest(session, entry.id, person.id)
    if (
        latest is not None
        and latest.same == same
        and (latest.left_fingerprint, latest.person_fingerprint) == (left, right)
    ):
        return latest
    report_id = None
    if same:
        report_id = _report_from_list(session, actor, person.id, entry, entry.published_list)
    decision = MatchDecision(
        entry_id=entry.id,
        person_id=person.id,
        same=same,
        reason=reason,
        left_fingerprint=left,
        person_fingerprint=right,
        report_id=report_id,
        decided_by=actor,
    )
    session.add(decision)
    session.flush()
    values = {"entry_id": entry.id, "person_id": person.id, "same": same, "reason": reason}
    if report_id is not None:
        values["report_id"] = report_id
    session.add(
        AuditEntry(
            actor=actor,
            action="create",
            entity=ENTITY,
            entity_id=decision.id,
            entity_uuid=decision.uuid,
            field="",
            old_value=None,
            new_value=json.dumps(values, ensure_ascii=False, sort_keys=True),
            note="",
        )
    )
    return decision
