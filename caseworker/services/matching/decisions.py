"""Decisions on a list entry and a sought person: "this is him" or "not him".

Append-only. Each decision keeps a fingerprint of both sides' identity (the names' keys, the
birth date and its precision, the service number); :mod:`.lists` leaves a decided pair out
while both fingerprints are unchanged and shows the earlier reason when it comes back.

A decision is undone (:func:`withdraw_decision`) by a new row, never by deleting it: the
withdrawal points at the decision (``withdraws_id``), says "not the same" with an empty
reason, and has :data:`WITHDRAWN` as both fingerprints. Being the pair's latest row, it makes
:mod:`.lists` propose the pair again as undecided: its fingerprints never equal a real one,
and its reason, shown as the earlier reason, is empty. :func:`decide` after it records a
fresh decision. Whoever reads decisions otherwise (links of duplicate persons) takes the
latest row of a pair and treats a withdrawal as no decision: :func:`standing_decision`.
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
from caseworker.models import WITHDRAWN, ListEntry, MatchDecision, PublishedList, SoughtPerson
from caseworker.services import audit
from caseworker.services.matching.list_file import attach_list_file
from caseworker.services.persons import get_person
from caseworker.services.reports import add_report, get_report, retract_report
from caseworker.text import normalize_service_number
from caseworker.vocab import DatePrecision, SourceKind

__all__ = [
    "WITHDRAWN",
    "decide",
    "entry_fingerprint",
    "fingerprint",
    "person_fingerprint",
    "standing_decision",
    "withdraw_decision",
]


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


def _latest(
    session: Session, entry_id: int | None, person_id: int, other_person_id: int | None = None
) -> MatchDecision | None:
    """The pair's latest row, a withdrawal included."""
    query = (
        select(MatchDecision)
        .where(
            MatchDecision.entry_id.is_(None)
            if entry_id is None
            else MatchDecision.entry_id == entry_id,
            MatchDecision.other_person_id.is_(None)
            if other_person_id is None
            else MatchDecision.other_person_id == other_person_id,
            MatchDecision.person_id == person_id,
        )
        .order_by(MatchDecision.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def standing_decision(
    session: Session,
    person_id: int,
    *,
    entry_id: int | None = None,
    other_person_id: int | None = None,
) -> MatchDecision | None:
    """The decision that stands on a pair: its latest row unless that is a withdrawal (then
    none). The pair is ``person_id`` with list entry ``entry_id`` or with sought person
    ``other_person_id`` (as recorded: not swapped). Raises nothing."""
    latest = _latest(session, entry_id, person_id, other_person_id)
    return None if latest is None or latest.withdrawal else latest


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
    attach_list_file(session, actor, report.person.case_id, listed, report.id)
    return report.id


def _live_report(session: Session, latest: MatchDecision | None) -> int | None:
    """The report the pair's standing "this is him" made, unless retracted since."""
    if latest is None or not latest.same or latest.report_id is None:
        return None
    return None if get_report(session, latest.report_id).retracted else latest.report_id


def _standing_same_others(session: Session, entry_id: int, person_id: int) -> list[int]:
    """The other persons with a standing "this is him" on entry ``entry_id``, but those
    linked to ``person_id`` as the same man. Raises nothing."""
    from caseworker.services.person_links import linked_persons

    latest: dict[int, MatchDecision] = {}
    query = (
        select(MatchDecision)
        .where(MatchDecision.entry_id == entry_id, MatchDecision.person_id != person_id)
        .order_by(MatchDecision.id)
    )
    for row in session.scalars(query):
        latest[row.person_id] = row
    others = [p for p, row in latest.items() if row.same and not row.withdrawal]
    if not others:
        return []
    linked = {p.person_id for p in linked_persons(session, person_id)}
    return [p for p in others if p not in linked]


def _refuse_second_man(session: Session, entry: ListEntry, person_id: int) -> None:
    """Refuse "this is him" when the entry already names another man (one row is one man).
    Raises :class:`ValidationError` naming the other case."""
    others = _standing_same_others(session, entry.id, person_id)
    if not others:
        return
    other = get_person(session, others[0])
    raise ValidationError(
        translate(
            "Matching",
            "Row {row} of the list is already decided as {name} of case {case}: one row is "
            "one man. Undo that decision first if it was wrong.",
        ).format(row=entry.row_number, name=other.full_name, case=other.case.reference)
    )


def decide(
    session: Session, actor: str, entry_id: int, person_id: int, same: bool, reason: str = ""
) -> MatchDecision:
    """Record that list entry ``entry_id`` is (``same``) or is not the sought person.

    "This is him" adds a report from the list for the person (the list's claim, its
    publication day as the event, the list as the source, its grade) and keeps its id on the
    decision; the list's file becomes an evidence item of the person's case (one per case and
    file) supporting that report (:func:`.list_file.attach_list_file`). The same decision
    made again, with both identities unchanged, returns the earlier one and creates nothing;
    after an identity changed, the new decision keeps the report already made. "Not him"
    after "this is him" retracts that report. After a withdrawal (:func:`withdraw_decision`)
    the pair is undecided: a decision then is a fresh row ("this is him": a fresh report),
    since a withdrawal's fingerprints (:data:`WITHDRAWN`) never equal an identity's.

    One row is one man: "this is him" is refused while another person has a standing "this
    is him" on the entry, unless the two are linked as the same man
    (:mod:`caseworker.services.person_links`; two families seeking him each get the report).

    Raises :class:`NotFound` for an unknown entry or person, :class:`ValidationError` when
    "not him" comes without a reason and when "this is him" names a second man on the entry
    (the sentence names the other case), and what ``add_report`` and ``retract_report``
    raise.
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
    if same:
        _refuse_second_man(session, entry, person.id)
    live = _live_report(session, latest)
    report_id = None
    if same:
        report_id = live or _report_from_list(
            session, actor, person.id, entry, entry.published_list
        )
    elif live is not None:
        retract_report(
            session,
            actor,
            live,
            None,
            translate("Matching", "A later decision says the list entry is not him."),
        )
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
    audit.record(
        session,
        actor,
        "create",
        decision,
        new=json.dumps(values, ensure_ascii=False, sort_keys=True),
    )
    return decision


def _audit_withdrawal(
    session: Session, actor: str, decision: MatchDecision, withdrawal: MatchDecision
) -> None:
    values: dict[str, int] = {"withdrawal_id": withdrawal.id}
    if decision.report_id is not None:
        values["report_id"] = decision.report_id
    audit.record(
        session, actor, "withdraw", decision, "withdraws_id", new=json.dumps(values, sort_keys=True)
    )


def withdraw_decision(session: Session, actor: str, decision_id: int) -> MatchDecision:
    """Undo decision ``decision_id`` (on a list entry or on a second sought person) with a new
    row, and return that withdrawal; nothing recorded is deleted.

    The withdrawal has ``withdraws_id`` = ``decision_id``, the same pair, ``same`` false, an
    empty reason and :data:`WITHDRAWN` as both fingerprints: as the pair's latest row it makes
    :func:`~caseworker.services.matching.lists.match_list` propose the pair again as
    undecided, with no earlier reason, and :func:`decide` record a fresh decision. Withdrawing
    "this is him" retracts the report it made (unless already retracted), so that the
    timeline and the rules no longer count it. Withdrawing the same decision again returns the
    existing withdrawal. Audited on the withdrawn decision (action ``withdraw``).

    Raises :class:`NotFound` for an unknown decision, :class:`ValidationError` when
    ``decision_id`` is itself a withdrawal or a later decision on the pair replaced it, and
    what ``retract_report`` raises.
    """
    decision = session.get(MatchDecision, decision_id)
    if decision is None:
        raise NotFound(
            translate("Records", "{what} {id} does not exist.").format(
                what=translate("Matching", "Decision"), id=decision_id
            )
        )
    if decision.withdrawal:
        raise ValidationError(
            translate("Matching", "This is the undoing of a decision; it cannot be undone.")
        )
    existing = session.scalar(
        select(MatchDecision).where(MatchDecision.withdraws_id == decision.id)
    )
    if existing is not None:
        return existing
    latest = _latest(session, decision.entry_id, decision.person_id, decision.other_person_id)
    if latest is not None and latest.id != decision.id:
        raise ValidationError(
            translate(
                "Matching", "A later decision on the same pair replaced this one; undo that one."
            )
        )
    withdrawal = MatchDecision(
        entry_id=decision.entry_id,
        other_person_id=decision.other_person_id,
        person_id=decision.person_id,
        same=False,
        reason="",
        left_fingerprint=WITHDRAWN,
        person_fingerprint=WITHDRAWN,
        report_id=None,
        decided_by=actor,
        withdraws_id=decision.id,
    )
    session.add(withdrawal)
    session.flush()
    if decision.report_id is not None and not get_report(session, decision.report_id).retracted:
        retract_report(
            session,
            actor,
            decision.report_id,
            None,
            translate("Matching", "The match with the list was undone."),
        )
    _audit_withdrawal(session, actor, decision, withdrawal)
    return withdrawal
