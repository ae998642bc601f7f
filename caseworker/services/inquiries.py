"""Inquiries and their course: add, send, register, extend, forward, answer, close.

Every step is a dated :class:`InquiryEvent`, appended and never changed, and an audited
change of the inquiry's row (its status and days). Nothing is overwritten: an extension
keeps the earlier due date in its own event, a forwarded inquiry stays, closed as forwarded,
beside the new one that continues it. Due dates and "overdue" are computed
(:mod:`caseworker.inquiries.deadlines`), never stored.

A step done again with the same values (the same registration day, the same answer) is
recognised and creates nothing; with different values it is refused with a sentence.

Extensions beyond the law (one for 59-FZ and a prosecutor, two for a crime report, none for
the Commissioner, or a new due date past the longest legal term; see
:func:`caseworker.inquiries.deadlines.extension_beyond_law`) are refused with a sentence
(:class:`BeyondTheLaw`), so that a mistyped date is not recorded for good. Offices do break
the law, though, and what the office really wrote must not be lost: asked explicitly
(``beyond_law=True``: the window's check box, the command line's ``--beyond-law``), the
extension is recorded as written, its new due date followed, and it stays marked as beyond
the law wherever the course is shown (:func:`extensions_beyond_law`, worked out from the
course, never stored). Offices without a legal clock (the Red Cross, the ICRC, hospitals, the
other side) have no limit: their "later answer" is only a new chase date.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import Plurals, translate
from caseworker.inquiries.deadlines import (
    BeyondLaw,
    Clock,
    clock,
    extension_beyond_law,
    latest_legal_date,
    rule_for,
)
from caseworker.labels import label
from caseworker.models import Addressee, Inquiry, InquiryEvent, InquiryEvidence, SoughtPerson
from caseworker.services import audit, evidence, fields, records, reports
from caseworker.services.addressees import get_addressee
from caseworker.services.cases import get_case
from caseworker.services.persons import get_person
from caseworker.services.relatives import get_relative
from caseworker.timeline.sentences import day_text
from caseworker.vocab import (
    ENDED_STATUSES,
    WAITING_STATUSES,
    AddresseeKind,
    Channel,
    Claim,
    InquiryEventKind,
    InquiryFileRole,
    InquiryStatus,
    SourceKind,
)

#: Statuses in which the inquiry still waits for an answer, and those that end its course.
WAITING, ENDED = WAITING_STATUSES, ENDED_STATUSES

#: The source kind of a report made from an answer, by the kind of addressee.
ANSWER_SOURCE: dict[AddresseeKind, SourceKind] = {
    AddresseeKind.COMMISSARIAT: SourceKind.OFFICIAL,
    AddresseeKind.UNIT: SourceKind.UNIT,
    AddresseeKind.MINISTRY: SourceKind.OFFICIAL,
    AddresseeKind.PROSECUTOR: SourceKind.OFFICIAL,
    AddresseeKind.INVESTIGATIVE: SourceKind.OFFICIAL,
    AddresseeKind.OMBUDSMAN: SourceKind.OMBUDSMAN,
    AddresseeKind.PRESIDENT: SourceKind.OFFICIAL,
    AddresseeKind.COURT: SourceKind.OFFICIAL,
    AddresseeKind.RED_CROSS: SourceKind.RED_CROSS,
    AddresseeKind.ICRC: SourceKind.RED_CROSS,
    AddresseeKind.HOSPITAL: SourceKind.HOSPITAL,
    AddresseeKind.OTHER_SIDE: SourceKind.OPPOSING_SIDE,
    AddresseeKind.OTHER: SourceKind.OTHER,
}


class Inquiries(Plurals):
    """The inquiries' plural messages."""


class BeyondTheLaw(ValidationError):
    """An extension the law does not allow the addressee, refused until the caseworker says
    the office did write it (``beyond_law=True``)."""


def _refuse(message: str, field: str | None = None) -> ValidationError:
    return ValidationError(message, field=field)


def _day(value: Any, what: str, *, future: bool = False) -> date:
    cleaned: date | None = fields.day(what, allow_future=future, required=True)(value)
    assert cleaned is not None  # required
    return cleaned


def get_inquiry(session: Session, inquiry_id: int) -> Inquiry:
    """The inquiry by its id. Raises :class:`NotFound` when there is no such inquiry."""
    return records.load(session, Inquiry, inquiry_id, translate("Inquiries", "Inquiry"))


def _event(
    session: Session, actor: str, inquiry: Inquiry, kind: InquiryEventKind, on: date, **values: Any
) -> InquiryEvent:
    event = InquiryEvent(inquiry_id=inquiry.id, kind=kind, event_on=on, actor=actor, **values)
    session.add(event)
    return event


def _change(
    session: Session, actor: str, inquiry: Inquiry, kind: InquiryEventKind, **changes: Any
) -> None:
    """Apply row changes and audit each one, the step's kind as the note."""
    applied = {}
    for name, new in changes.items():
        old = getattr(inquiry, name)
        if old != new:
            setattr(inquiry, name, new)
            applied[name] = (old, new)
    records.flush_versioned(session)
    for name, (old, new) in applied.items():
        audit.record(session, actor, "update", inquiry, name, old, new, note=kind.value)


def add_inquiry(
    session: Session,
    actor: str,
    case_id: int,
    addressee_id: int,
    *,
    person_id: int | None = None,
    applicant_id: int | None = None,
    sent_on: date | str | None = None,
    channel: Channel | str | None = None,
    our_reference: str = "",
    notes: str = "",
) -> Inquiry:
    """Write an inquiry of a case to an addressee; without a sent day it is a draft.

    Raises :class:`NotFound` when the case, the addressee, the person or the relative does
    not exist, :class:`ValidationError` when the person or the applicant belongs to another
    case or the channel is not one of the list, :class:`InvalidDate` when the sent day
    cannot be read or lies in the future.
    """
    case = get_case(session, case_id)
    addressee = get_addressee(session, addressee_id)
    if person_id is not None and get_person(session, person_id).case_id != case.id:
        raise _refuse(
            translate("Inquiries", "Sought person {id} is not in case {reference}.").format(
                id=person_id, reference=case.reference
            ),
            field="person_id",
        )
    if applicant_id is not None and get_relative(session, applicant_id).case_id != case.id:
        raise _refuse(
            translate("Inquiries", "Relative {id} is not in case {reference}.").format(
                id=applicant_id, reference=case.reference
            ),
            field="applicant_id",
        )
    sent = fields.day(translate("Inquiries", "The sent day"))(sent_on)
    cleaned_channel = fields.choice(Channel, Channel.POST, translate("Inquiries", "channel"))(
        channel
    )
    inquiry = Inquiry(
        case_id=case.id,
        person_id=person_id,
        addressee_id=addressee.id,
        applicant_id=applicant_id,
        channel=cleaned_channel,
        status=InquiryStatus.SENT if sent else InquiryStatus.DRAFT,
        sent_on=sent,
        our_reference=fields.text(our_reference),
        notes=fields.note(notes),
    )
    session.add(inquiry)
    values = {
        "case_id": case.id,
        "person_id": person_id,
        "addressee_id": addressee.id,
        "applicant_id": applicant_id,
        "channel": cleaned_channel,
        "status": inquiry.status,
        "sent_on": sent,
        "our_reference": inquiry.our_reference,
        "notes": inquiry.notes,
    }
    audit.record_creation(session, actor, inquiry, values)
    if sent is not None:
        _event(session, actor, inquiry, InquiryEventKind.SENT, sent)
    return inquiry


def send_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    on: date | str,
    channel: Channel | str | None = None,
) -> Inquiry:
    """Record that a draft was sent on ``on``. Sending again on the same day changes nothing.

    Raises :class:`NotFound` when there is no such inquiry, :class:`StaleRecord` when
    someone changed it since ``expected_version``, :class:`ValidationError` when it was sent
    on another day or its course has ended, :class:`InvalidDate` when the day cannot be
    read or lies in the future.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    sent = _day(on, translate("Inquiries", "The sent day"))
    if inquiry.sent_on == sent:
        return inquiry
    if inquiry.status is not InquiryStatus.DRAFT:
        raise _refuse(
            translate("Inquiries", "This inquiry was already sent on {day}.").format(
                day=day_text(inquiry.sent_on) if inquiry.sent_on else "?"
            ),
            field="sent_on",
        )
    changes: dict[str, Any] = {"status": InquiryStatus.SENT, "sent_on": sent}
    if channel is not None:
        changes["channel"] = fields.choice(Channel, None, translate("Inquiries", "channel"))(
            channel
        )
    _change(session, actor, inquiry, InquiryEventKind.SENT, **changes)
    _event(session, actor, inquiry, InquiryEventKind.SENT, sent)
    return inquiry


def _require_waiting(inquiry: Inquiry, step: str) -> date:
    """The sent day of an inquiry still waiting for its answer."""
    if inquiry.status is InquiryStatus.DRAFT or inquiry.sent_on is None:
        raise _refuse(
            translate(
                "Inquiries", "This inquiry has not been sent yet: record {step} after sending it."
            ).format(step=step)
        )
    if inquiry.status in ENDED:
        raise _refuse(
            translate(
                "Inquiries",
                "This inquiry's course has ended ({status}): nothing more can be recorded on it.",
            ).format(status=_status_words(inquiry.status))
        )
    return inquiry.sent_on


def _status_words(status: InquiryStatus) -> str:
    return label(status)


def _not_before(day: date, sent_on: date, what: str) -> None:
    if day < sent_on:
        raise _refuse(
            translate(
                "Inquiries", "{what} ({day}) cannot be before the inquiry was sent ({sent})."
            ).format(what=what, day=day_text(day), sent=day_text(sent_on))
        )


def register_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    on: date | str,
    their_reference: str = "",
) -> Inquiry:
    """Record the addressee's registration day and number. The same again changes nothing.

    Raises :class:`NotFound` when there is no such inquiry, :class:`StaleRecord` when
    someone changed it since ``expected_version``, :class:`ValidationError` when it was not
    sent, its course has ended, it was registered on another day, or the day is before the
    sent day, :class:`InvalidDate` when the day cannot be read or lies in the future.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    what = translate("Inquiries", "The registration day")
    registered = _day(on, what)
    reference = fields.text(their_reference)
    if inquiry.registered_on == registered and reference in ("", inquiry.their_reference):
        return inquiry
    sent_on = _require_waiting(inquiry, translate("Inquiries", "its registration"))
    if inquiry.registered_on is not None:
        raise _refuse(
            translate("Inquiries", "This inquiry was already registered on {day}.").format(
                day=day_text(inquiry.registered_on)
            ),
            field="registered_on",
        )
    _not_before(registered, sent_on, what)
    changes: dict[str, Any] = {"registered_on": registered}
    if inquiry.status is InquiryStatus.SENT:
        changes["status"] = InquiryStatus.REGISTERED
    if reference:
        changes["their_reference"] = reference
    _change(session, actor, inquiry, InquiryEventKind.REGISTERED, **changes)
    _event(
        session, actor, inquiry, InquiryEventKind.REGISTERED, registered, their_reference=reference
    )
    return inquiry


def _extended_until(session: Session, inquiry_id: int) -> date | None:
    return session.scalar(
        select(InquiryEvent.due_on)
        .where(
            InquiryEvent.inquiry_id == inquiry_id,
            InquiryEvent.kind == InquiryEventKind.EXTENDED,
        )
        .order_by(InquiryEvent.id.desc())
        .limit(1)
    )


def extend_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    until: date | str,
    reason: str,
    on: date | str | None = None,
    *,
    beyond_law: bool = False,
) -> Inquiry:
    """Record the addressee's notice that the answer comes later, until ``until``; the
    earlier due date stays in the course. The same extension again changes nothing.
    ``beyond_law``: the office did write it although the law does not allow it; recorded
    as written, and marked (:func:`extensions_beyond_law`).

    Raises :class:`NotFound` when there is no such inquiry, :class:`StaleRecord` when
    someone changed it since ``expected_version``, :class:`ValidationError` when the reason
    is empty, it was not sent, its course has ended, or the new due date is not later than
    the current one, :class:`BeyondTheLaw` (without ``beyond_law``) when the law allows the
    addressee no more extensions or not so late a due date, :class:`InvalidDate` when a day
    cannot be read.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    new_due = _day(until, translate("Inquiries", "The new due date"), future=True)
    noticed = _day(on, translate("Inquiries", "The day of the notice")) if on else date.today()
    why = fields.note(reason)
    if not why:
        raise _refuse(translate("Inquiries", "Say why the answer comes later."), field="reason")
    extended = _extended_until(session, inquiry.id)
    if extended == new_due:
        return inquiry
    sent_on = _require_waiting(inquiry, translate("Inquiries", "an extension"))
    current = _clock(inquiry, inquiry.addressee, extended, date.today()).due_on
    if current is not None and new_due <= current:
        raise _refuse(
            translate(
                "Inquiries",
                "An extension moves the due date later: the answer is already due on {day}.",
            ).format(day=day_text(current)),
            field="until",
        )
    _not_before(noticed, sent_on, translate("Inquiries", "The day of the notice"))
    if not beyond_law:
        _refuse_beyond_law(session, inquiry, new_due)
    _change(session, actor, inquiry, InquiryEventKind.EXTENDED, status=InquiryStatus.EXTENDED)
    audit.record(session, actor, "update", inquiry, "due_on", current, new_due, note=why)
    _event(session, actor, inquiry, InquiryEventKind.EXTENDED, noticed, due_on=new_due, text=why)
    return inquiry


def _extension_days(session: Session, inquiry_id: int) -> list[date]:
    """The new due dates of the inquiry's extensions, in the order recorded."""
    return [
        day
        for day in session.scalars(
            select(InquiryEvent.due_on)
            .where(
                InquiryEvent.inquiry_id == inquiry_id,
                InquiryEvent.kind == InquiryEventKind.EXTENDED,
            )
            .order_by(InquiryEvent.id)
        )
        if day is not None
    ]


def _refuse_beyond_law(session: Session, inquiry: Inquiry, new_due: date) -> None:
    addressee = inquiry.addressee
    rule = rule_for(addressee.kind, addressee.deadline_days)
    why = extension_beyond_law(
        rule,
        earlier_extensions=len(_extension_days(session, inquiry.id)),
        new_due=new_due,
        sent_on=inquiry.sent_on,
        registered_on=inquiry.registered_on,
    )
    if why is None:
        return
    if why is BeyondLaw.PAST_MAXIMUM:
        latest = latest_legal_date(rule, inquiry.sent_on, inquiry.registered_on)
        said = translate(
            "Inquiries",
            "By law the answer from “{name}” is due on {latest} at the latest, every "
            "extension included; {day} is later.",
        ).format(
            name=addressee.name, latest=day_text(latest) if latest else "?", day=day_text(new_due)
        )
    elif rule.extensions == 0:
        said = translate(
            "Inquiries", "By law the time “{name}” has to answer cannot be extended."
        ).format(name=addressee.name)
    else:
        said = Inquiries.tr(
            "By law the time “{name}” has to answer may be extended only %n time(s), and it "
            "already has been.",
            None,
            rule.extensions,
        ).format(name=addressee.name)
    raise BeyondTheLaw(
        " ".join(
            (
                said,
                translate(
                    "Inquiries",
                    "If the office did write this, record it as an extension beyond the law.",
                ),
            )
        ),
        field="until",
    )


def extensions_beyond_law(session: Session, inquiry_id: int) -> frozenset[date]:
    """The new due dates of the inquiry's extensions that go beyond the law (each extension
    moves the due date later, so its day names it), in one query. Raises nothing: an
    inquiry that does not exist has none."""
    return extensions_beyond_law_of(session, [inquiry_id]).get(inquiry_id, frozenset())


def extensions_beyond_law_of(
    session: Session, inquiry_ids: Collection[int]
) -> dict[int, frozenset[date]]:
    """:func:`extensions_beyond_law` of several inquiries in one query, by inquiry id (only
    those with such an extension). Raises nothing."""
    rows = session.execute(
        select(
            InquiryEvent.inquiry_id,
            InquiryEvent.due_on,
            Inquiry.sent_on,
            Inquiry.registered_on,
            Addressee.kind,
            Addressee.deadline_days,
        )
        .join(Inquiry, Inquiry.id == InquiryEvent.inquiry_id)
        .join(Addressee, Addressee.id == Inquiry.addressee_id)
        .where(
            InquiryEvent.inquiry_id.in_(sorted(inquiry_ids)),
            InquiryEvent.kind == InquiryEventKind.EXTENDED,
            InquiryEvent.due_on.is_not(None),
        )
        .order_by(InquiryEvent.inquiry_id, InquiryEvent.id)
    ).all()
    made: dict[int, int] = {}
    beyond: dict[int, set[date]] = {}
    for inquiry_id, day, sent_on, registered_on, kind, own_days in rows:
        assert day is not None  # selected so
        earlier = made.get(inquiry_id, 0)
        made[inquiry_id] = earlier + 1
        why = extension_beyond_law(
            rule_for(kind, own_days),
            earlier_extensions=earlier,
            new_due=day,
            sent_on=sent_on,
            registered_on=registered_on,
        )
        if why is not None:
            beyond.setdefault(inquiry_id, set()).add(day)
    return {inquiry_id: frozenset(days) for inquiry_id, days in beyond.items()}


def forward_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    to_addressee_id: int,
    on: date | str,
) -> Inquiry:
    """Record that the addressee forwarded the inquiry to another on ``on``: a new linked
    inquiry whose clock starts again that day; the first is closed as forwarded. Returns
    the new inquiry; forwarding again to the same addressee returns the one made before.

    Raises :class:`NotFound` when the inquiry or the addressee does not exist,
    :class:`StaleRecord` when someone changed it since ``expected_version``,
    :class:`ValidationError` when it goes to the same addressee, was not sent, its course
    has ended or the day is before the sent day, :class:`InvalidDate` when the day cannot
    be read or lies in the future.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    target = get_addressee(session, to_addressee_id)
    forwarded = _day(on, translate("Inquiries", "The forwarding day"))
    earlier = session.scalar(
        select(Inquiry).where(
            Inquiry.forwarded_from_id == inquiry.id, Inquiry.addressee_id == target.id
        )
    )
    if earlier is not None:
        return earlier
    if target.id == inquiry.addressee_id:
        raise _refuse(
            translate(
                "Inquiries",
                "The inquiry is already with “{name}”: forward it to another addressee.",
            ).format(name=target.name),
            field="to",
        )
    sent_on = _require_waiting(inquiry, translate("Inquiries", "a forwarding"))
    _not_before(forwarded, sent_on, translate("Inquiries", "The forwarding day"))
    successor = add_inquiry(
        session,
        actor,
        inquiry.case_id,
        target.id,
        person_id=inquiry.person_id,
        applicant_id=inquiry.applicant_id,
        sent_on=forwarded,
        channel=inquiry.channel,
        our_reference=inquiry.our_reference,
    )
    successor.forwarded_from_id = inquiry.id
    records.flush_versioned(session)
    audit.record(session, actor, "update", successor, "forwarded_from_id", None, inquiry.id)
    _change(session, actor, inquiry, InquiryEventKind.FORWARDED, status=InquiryStatus.FORWARDED)
    _event(
        session,
        actor,
        inquiry,
        InquiryEventKind.FORWARDED,
        forwarded,
        addressee_id=target.id,
        next_inquiry_id=successor.id,
    )
    return successor


@dataclass(frozen=True)
class Answered:
    """An answer recorded: the inquiry, and the report it became (if it said anything)."""

    inquiry_id: int
    report_id: int | None


def answer_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    on: date | str,
    text: str,
    *,
    claim: Claim | str | None = None,
    event: str | None = None,
    reliability: str | None = None,
    credibility: str | None = None,
    person_id: int | None = None,
) -> Answered:
    """Record the answer, and with a claim, the report it becomes on the person's timeline
    (the addressee as the source, the answer's day as stated and received, the event's
    dates and grades as given), linked to the inquiry. The same answer again changes nothing.

    Raises :class:`NotFound` when there is no such inquiry or person,
    :class:`StaleRecord` when someone changed it since ``expected_version``,
    :class:`ValidationError` when the text is empty, it was not sent, its course has ended,
    the day is before the sent day, the case has several persons and none is named, or a
    report field is wrong, :class:`InvalidDate` when a date cannot be read or lies in the
    future.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    answered = _day(on, translate("Inquiries", "The answer's day"))
    words = fields.note(text)
    if not words:
        raise _refuse(translate("Inquiries", "Give the answer's text."), field="text")
    if inquiry.status is InquiryStatus.ANSWERED and (inquiry.answered_on, inquiry.answer) == (
        answered,
        words,
    ):
        report_id = session.scalar(
            select(InquiryEvent.report_id).where(
                InquiryEvent.inquiry_id == inquiry.id,
                InquiryEvent.kind == InquiryEventKind.ANSWERED,
            )
        )
        return Answered(inquiry.id, report_id)
    sent_on = _require_waiting(inquiry, translate("Inquiries", "an answer"))
    _not_before(answered, sent_on, translate("Inquiries", "The answer's day"))
    report_id = None
    if claim is not None and claim != "":
        about = _person_answered_about(session, inquiry, person_id)
        report = reports.add_report(
            session,
            actor,
            about,
            event=event or answered.isoformat(),
            claim=claim,
            stated_on=answered,
            received_on=answered,
            source_kind=ANSWER_SOURCE[inquiry.addressee.kind],
            source_name=inquiry.addressee.name,
            document_ref=inquiry.their_reference,
            reliability=reliability,
            credibility=credibility,
            summary=words,
        )
        report_id = report.id
        _link_answer_scans(session, actor, inquiry.id, report_id)
    _change(
        session,
        actor,
        inquiry,
        InquiryEventKind.ANSWERED,
        status=InquiryStatus.ANSWERED,
        answered_on=answered,
        answer=words,
    )
    _event(
        session,
        actor,
        inquiry,
        InquiryEventKind.ANSWERED,
        answered,
        text=words,
        report_id=report_id,
    )
    return Answered(inquiry.id, report_id)


def _link_answer_scans(session: Session, actor: str, inquiry_id: int, report_id: int) -> None:
    """A scanned answer kept with the inquiry before the answer was recorded supports the
    report the answer became, as one attached after it does."""
    scans = select(InquiryEvidence.evidence_id).where(
        InquiryEvidence.inquiry_id == inquiry_id,
        InquiryEvidence.role == InquiryFileRole.ANSWER_SCAN,
    )
    for evidence_id in list(session.scalars(scans)):
        evidence.link_report(session, actor, evidence_id, report_id)


def _person_answered_about(session: Session, inquiry: Inquiry, person_id: int | None) -> int:
    if person_id is not None:
        if get_person(session, person_id).case_id != inquiry.case_id:
            raise _refuse(
                translate("Inquiries", "Sought person {id} is not in this inquiry's case.").format(
                    id=person_id
                ),
                field="person_id",
            )
        return person_id
    if inquiry.person_id is not None:
        return inquiry.person_id
    persons = session.scalars(
        select(SoughtPerson.id).where(SoughtPerson.case_id == inquiry.case_id)
    ).all()
    if len(persons) != 1:
        raise _refuse(
            translate(
                "Inquiries", "The case has several sought persons: say whom the answer is about."
            )
            if persons
            else translate(
                "Inquiries", "The case has no sought person for the answer to be about."
            ),
            field="person_id",
        )
    return persons[0]


def close_inquiry(
    session: Session,
    actor: str,
    inquiry_id: int,
    expected_version: int | None,
    reason: str,
    on: date | str | None = None,
) -> Inquiry:
    """Close an inquiry without an answer, with the reason. Closing it again changes nothing.

    Raises :class:`NotFound` when there is no such inquiry, :class:`StaleRecord` when
    someone changed it since ``expected_version``, :class:`ValidationError` when the reason
    is empty or it was answered or forwarded, :class:`InvalidDate` when the day cannot be
    read or lies in the future.
    """
    inquiry = get_inquiry(session, inquiry_id)
    records.check_version(inquiry, expected_version)
    why = fields.note(reason)
    if not why:
        raise _refuse(translate("Inquiries", "Say why the inquiry is closed."), field="reason")
    closed = _day(on, translate("Inquiries", "The closing day")) if on else date.today()
    if inquiry.status is InquiryStatus.CLOSED:
        return inquiry
    if inquiry.status in ENDED:
        raise _refuse(
            translate(
                "Inquiries", "This inquiry's course has ended ({status}): it cannot be closed."
            ).format(status=_status_words(inquiry.status))
        )
    if inquiry.sent_on is not None:
        _not_before(closed, inquiry.sent_on, translate("Inquiries", "The closing day"))
    _change(
        session, actor, inquiry, InquiryEventKind.CLOSED_WITHOUT_ANSWER, status=InquiryStatus.CLOSED
    )
    _event(session, actor, inquiry, InquiryEventKind.CLOSED_WITHOUT_ANSWER, closed, text=why)
    return inquiry


def _clock(inquiry: Inquiry, addressee: Addressee, extended: date | None, today: date) -> Clock:
    return clock(
        rule_for(addressee.kind, addressee.deadline_days),
        sent_on=inquiry.sent_on,
        registered_on=inquiry.registered_on,
        extended_until=extended,
        waiting=inquiry.status in WAITING,
        today=today,
    )
