"""The inquiries on a person's timeline: when each was sent, answered or ended, and its clock.

A person's timeline shows the case's inquiries that concern them: those written about the
person and those about the whole case (no person). A draft has no day to stand on and is
left out. Read in two queries however many inquiries there are: the case's lines with their
clocks (:func:`~caseworker.services.inquiry_lines.inquiry_lines`) and the days on which
their courses ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.models import Inquiry, InquiryEvent
from caseworker.services.inquiries import WAITING
from caseworker.services.inquiry_lines import InquiryLine, inquiry_lines
from caseworker.vocab import InquiryEventKind, InquiryStatus

_ENDINGS = (
    InquiryEventKind.ANSWERED,
    InquiryEventKind.CLOSED_WITHOUT_ANSWER,
    InquiryEventKind.FORWARDED,
)


@dataclass(frozen=True, slots=True)
class TimelineInquiry:
    """An inquiry as the timeline draws it: its line (with its clock on the timeline's day)
    and the days it stands on."""

    line: InquiryLine
    sent_on: date
    #: The day its course ended (answered, closed without an answer, forwarded); ``None``
    #: while it waits for an answer.
    ended_on: date | None = None
    #: The report the answer was recorded as (drawn in the lanes on the day of its event).
    report_id: int | None = None

    @property
    def id(self) -> int:
        return self.line.id

    @property
    def answered(self) -> bool:
        return self.line.status is InquiryStatus.ANSWERED

    @property
    def late(self) -> bool:
        """Still unanswered after its due date, or answered after it."""
        if self.line.overdue:
            return True
        due = self.line.due_on
        return (
            self.answered and due is not None and self.ended_on is not None and self.ended_on > due
        )


@dataclass(frozen=True, slots=True)
class TimelineInquiries:
    """The inquiries a person's timeline shows, and the rest of the case's sent ones."""

    shown: tuple[TimelineInquiry, ...] = ()
    #: The case's sent inquiries about its other persons: not drawn, but every person's
    #: timeline keeps a strip as tall as all of them need, so switching persons moves nothing.
    others: tuple[TimelineInquiry, ...] = ()

    @property
    def case_has_any(self) -> bool:
        return bool(self.shown or self.others)


#: A timeline built without the database shows no inquiries.
NO_INQUIRIES = TimelineInquiries()


def _endings(session: Session, case_id: int) -> dict[int, tuple[date, int | None]]:
    """The day each ended inquiry of the case ended, and the report its answer became."""
    found: dict[int, tuple[date, int | None]] = {}
    query = (
        select(InquiryEvent.inquiry_id, InquiryEvent.event_on, InquiryEvent.report_id)
        .join(Inquiry, Inquiry.id == InquiryEvent.inquiry_id)
        .where(Inquiry.case_id == case_id, InquiryEvent.kind.in_(_ENDINGS))
        .order_by(InquiryEvent.id)
    )
    for inquiry_id, on, report_id in session.execute(query):
        kept = found.get(inquiry_id, (on, None))[1]
        found[inquiry_id] = (on, kept if report_id is None else report_id)
    return found


def _drawn(line: InquiryLine, endings: dict[int, tuple[date, int | None]]) -> TimelineInquiry:
    assert line.sent_on is not None
    ended_on, report_id = endings.get(line.id, (None, None))
    if line.status is InquiryStatus.ANSWERED and line.answered_on is not None:
        ended_on = line.answered_on
    return TimelineInquiry(line, line.sent_on, ended_on, report_id)


def timeline_inquiries(
    session: Session, case_id: int, person_id: int, today: date
) -> TimelineInquiries:
    """The sent inquiries of ``case_id`` about ``person_id`` or about the whole case, and
    apart the case's others, by the day they were sent, with their clocks on ``today``.
    Raises nothing (an unknown case or person has none)."""
    sent = [line for line in inquiry_lines(session, case_id, today) if line.sent_on is not None]
    endings = _endings(session, case_id) if any(i.status not in WAITING for i in sent) else {}
    drawn = sorted((_drawn(line, endings) for line in sent), key=lambda i: (i.sent_on, i.id))
    return TimelineInquiries(
        tuple(i for i in drawn if i.line.person_id in (None, person_id)),
        tuple(i for i in drawn if i.line.person_id not in (None, person_id)),
    )
