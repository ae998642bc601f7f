"""An inquiry's row read as the steps of its course: what the workbook adds to the program.

A row of the Inquiries sheet is never copied over the inquiry. What it holds beyond the
program becomes the steps the services record (sent, registered, answered, closed), each
in the course's order; nothing recorded is changed or taken back. A value behind the
program's (an empty cell where the program has a day, an earlier status) is the caseworker
taking something back, which is refused with a sentence; unless the program moved the
inquiry on since the export, when the row is only out of date there and the value is left
as the program has it.

Once the answer became a report, the row's claim, event and grades are the report's, shown
for reading: the report is corrected on the Reports sheet or in the program (which does not
move the inquiry's version), so they are no step of the course and never refused here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from caseworker.dates import EventDate
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.timeline.sentences import day_text, event_text
from caseworker.vocab import InquiryStatus


class Step(StrEnum):
    """A step of the course the import records, in this order."""

    SEND = "send"
    REGISTER = "register"
    ANSWER = "answer"
    CLOSE = "close"


#: The fields each step is made of; a step is recorded only when all of them are taken.
STEP_FIELDS: Mapping[Step, tuple[str, ...]] = {
    Step.SEND: ("sent_on",),
    Step.REGISTER: ("registered_on",),
    Step.ANSWER: ("answered_on", "answer"),
    Step.CLOSE: ("status", "close_reason"),
}
#: What the answer says, as the report it becomes (with a claim only).
REPORT_FIELDS = ("claim", "event", "reliability", "credibility")
#: The values each step records, the first naming it: a conflict takes or keeps them all.
STEP_VALUES: Mapping[Step, tuple[str, ...]] = {
    Step.SEND: ("sent_on", "channel"),
    Step.REGISTER: ("registered_on", "their_reference"),
    Step.ANSWER: ("answered_on", "answer", *REPORT_FIELDS),
    Step.CLOSE: ("status", "close_reason"),
}
#: The status each step leaves the inquiry in (the preview names the step by it).
STEP_STATUS: Mapping[Step, InquiryStatus] = {
    Step.SEND: InquiryStatus.SENT,
    Step.REGISTER: InquiryStatus.REGISTERED,
    Step.ANSWER: InquiryStatus.ANSWERED,
    Step.CLOSE: InquiryStatus.CLOSED,
}
_RANK = {
    InquiryStatus.DRAFT: 0,
    InquiryStatus.SENT: 1,
    InquiryStatus.REGISTERED: 2,
    InquiryStatus.EXTENDED: 3,
    InquiryStatus.FORWARDED: 4,
    InquiryStatus.ANSWERED: 4,
    InquiryStatus.CLOSED: 4,
}
_ENDED = frozenset({InquiryStatus.ANSWERED, InquiryStatus.CLOSED, InquiryStatus.FORWARDED})
#: Fields only a new row gives; on an inquiry's row they stay as recorded.
FIXED = ("addressee", "person", "applicant", "our_reference", "notes")
#: Fields a step records once; after that they stay as recorded.
RECORDED = (
    "sent_on", "registered_on", "their_reference", "answered_on", "answer", *REPORT_FIELDS,
    "close_reason",
)  # fmt: skip
#: A new inquiry as the course starts it, before its row is read.
DRAFT: Mapping[str, Any] = {"status": InquiryStatus.DRAFT}


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a row cannot be imported: the field whose cell is wrong and the sentence."""

    field: str
    reason: str


@dataclass(frozen=True, slots=True)
class Course:
    """What the row adds: the steps in order and the changed values they are made of;
    ``behind``: values of earlier steps not recorded, the program having ended the course
    (the row is behind it); ``unapplied``: the row's claim, event or grades that differ
    from the report the answer became, which the row does not change."""

    steps: tuple[Step, ...]
    values: dict[str, Any]
    behind: dict[str, Any] = field(default_factory=dict)
    unapplied: dict[str, Any] = field(default_factory=dict)


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _cannot_change(old: Any) -> str:
    shown = (
        day_text(old) if isinstance(old, date)
        else label(old) if isinstance(old, StrEnum)
        else event_text(old) if isinstance(old, EventDate)
        else old
    )  # fmt: skip
    return translate(
        "Xlsx",
        "The program has “{old}” here, recorded in the inquiry's course; an import does not "
        "change or take back what is recorded.",
    ).format(old=shown)


class _Reading:
    def __init__(self, stored: Mapping[str, Any], wanted: Mapping[str, Any], stale: bool) -> None:
        self.stored, self.wanted, self.stale = stored, wanted, stale
        self.values: dict[str, Any] = {}
        self.steps: list[Step] = []

    def new(self, name: str) -> Any:
        """The workbook's value when the program has none, else None (checked apart)."""
        old, value = self.stored.get(name), self.wanted.get(name)
        if _blank(old) and not _blank(value):
            self.values[name] = value
            return value
        return None

    def unchanged(self, names: tuple[str, ...], *, allow: tuple[str, ...] = ()) -> Refusal | None:
        """The first of ``names`` the row changes (an empty cell behind a value taken back),
        unless the program moved on since the export and the row is only out of date."""
        for name in names:
            old, value = self.stored.get(name), self.wanted.get(name)
            if _blank(old) or name in allow or value == old:
                continue
            if _blank(value) and self.stale:
                continue
            if name in FIXED:
                return Refusal(
                    name,
                    translate(
                        "Xlsx",
                        "This cannot be changed on an inquiry's row: the row adds the steps "
                        "of its course. For another addressee or person, add a new inquiry.",
                    ),
                )
            return Refusal(name, _cannot_change(old))
        return None


def _not_sent(step: str) -> str:
    return translate(
        "Inquiries", "This inquiry has not been sent yet: record {step} after sending it."
    ).format(step=step)


def _before_sending(what: str, day: date, sent: date) -> str:
    return translate(
        "Inquiries", "{what} ({day}) cannot be before the inquiry was sent ({sent})."
    ).format(what=what, day=day_text(day), sent=day_text(sent))


def _ended(status: InquiryStatus) -> str:
    return translate(
        "Inquiries",
        "This inquiry's course has ended ({status}): nothing more can be recorded on it.",
    ).format(status=label(status))


def read_course(
    stored: Mapping[str, Any], wanted: Mapping[str, Any], *, stale: bool = False
) -> Course | Refusal:
    """The steps a row adds to an inquiry stored as ``stored`` (``DRAFT`` for a new row),
    or why it cannot. ``stale``: the program changed the inquiry since the export."""
    if _blank(stored.get("claim")):
        return _read_course(stored, wanted, stale)
    # The answer is a report: its fields are read as the report has them.
    unapplied = {n: wanted.get(n) for n in REPORT_FIELDS if wanted.get(n) != stored.get(n)}
    course = _read_course(stored, {**wanted, **{n: stored.get(n) for n in REPORT_FIELDS}}, stale)
    if isinstance(course, Refusal) or not unapplied:
        return course
    return replace(course, unapplied=unapplied)


def _read_course(
    stored: Mapping[str, Any], wanted: Mapping[str, Any], stale: bool
) -> Course | Refusal:
    reading = _Reading(stored, wanted, stale)
    allow = ("channel",) if _blank(stored.get("sent_on")) else ()
    refused = reading.unchanged((*FIXED, "channel", *RECORDED), allow=allow)
    if refused is not None:
        return refused
    status: InquiryStatus = stored["status"]
    if status in _ENDED:
        # Exported before or after the course ended, the row is behind it all the same: an
        # earlier step it adds is not recorded (nor could it be in the program), and the
        # rest of the workbook imports.
        behind = _behind(reading, status)
        if stale or isinstance(behind, Refusal):
            return behind
        went_back = _check_status(_Reading(stored, wanted, stale), status)
        return went_back if isinstance(went_back, Refusal) else behind
    sent = reading.new("sent_on")
    if sent is not None:
        reading.steps.append(Step.SEND)
        if not _blank(wanted.get("channel")) and wanted.get("channel") != stored.get("channel"):
            reading.values["channel"] = wanted["channel"]
        status = InquiryStatus.SENT
    sent_on: date | None = stored.get("sent_on") or sent
    reached = _later_steps(reading, status, sent_on)
    if isinstance(reached, Refusal):
        return reached
    return _check_status(reading, reached)


def _behind(reading: _Reading, status: InquiryStatus) -> Course | Refusal:
    """The row of an inquiry whose course the program ended: an earlier step it adds
    (sending, registration) is left unrecorded, the program having more; an answer or a
    closing it adds contradicts the ending and is refused, on the cell that gives it."""
    if reading.new("answered_on") is not None or reading.new("answer") is not None:
        return Refusal("answered_on", _ended(status))
    refused = _claim_alone(reading, status)
    if refused is not None:
        return refused
    closing = reading.wanted.get("status") is InquiryStatus.CLOSED
    if (closing and status is not InquiryStatus.CLOSED) or reading.new("close_reason"):
        return Refusal("status" if closing else "close_reason", _ended(status))
    for name in ("sent_on", "registered_on", "their_reference"):
        reading.new(name)
    if "sent_on" in reading.values and not _blank(reading.wanted.get("channel")):
        reading.values["channel"] = reading.wanted["channel"]
    return Course((), {}, behind=reading.values)


def _claim_alone(reading: _Reading, status: InquiryStatus) -> Refusal | None:
    """A claim (or the event's day, the grades) with no answer to become the report of."""
    if not any(reading.new(name) is not None for name in REPORT_FIELDS):
        return None
    if status is InquiryStatus.ANSWERED:
        reason = translate(
            "Xlsx",
            "The program has recorded this answer without a report; record the report in the "
            "program: the work list shows the answer under “Answers not recorded as reports”.",
        )
    elif status in _ENDED:
        reason = _ended(status)
    else:
        reason = translate(
            "Xlsx", "The claim is what the answer says: give the answer's day and text too."
        )
    return Refusal("claim", reason)


def _later_steps(
    reading: _Reading, status: InquiryStatus, sent_on: date | None
) -> InquiryStatus | Refusal:
    """Registration, answer and closing; the status they leave, or a refusal."""
    registered = reading.new("registered_on")
    reference = reading.new("their_reference")
    answered, answer = reading.new("answered_on"), reading.new("answer")
    reason = reading.new("close_reason")
    wanted_status = reading.wanted.get("status")
    closing = wanted_status is InquiryStatus.CLOSED and status is not InquiryStatus.CLOSED
    if answered is None and answer is None:
        refused = _claim_alone(reading, status)
        if refused is not None:
            return refused
    if reference is not None and registered is None and reading.stored.get("registered_on"):
        return Refusal(
            "their_reference",
            translate(
                "Xlsx",
                "The program recorded the registration on {day} without their number, and a "
                "recorded step is not changed: the number cannot be added to it.",
            ).format(day=day_text(reading.stored["registered_on"])),
        )
    if reference is not None and registered is None:
        return Refusal(
            "their_reference",
            translate(
                "Xlsx",
                "Give the registration day too: their number is recorded with the registration.",
            ),
        )
    if registered is None and answered is None and answer is None and not closing:
        if reason is not None:
            return Refusal(
                "close_reason",
                translate("Xlsx", "Set the status to closed to close the inquiry with a reason."),
            )
        return status
    if registered is not None:
        if sent_on is None:
            return Refusal("registered_on", _not_sent(translate("Inquiries", "its registration")))
        what = translate("Inquiries", "The registration day")
        if registered < sent_on:
            return Refusal("registered_on", _before_sending(what, registered, sent_on))
        reading.steps.append(Step.REGISTER)
        status = InquiryStatus.REGISTERED if status is InquiryStatus.SENT else status
    if answered is not None or answer is not None:
        if answered is None:
            what = translate("Inquiries", "The answer's day")
            message = translate("Validation", "{what} must be given.").format(what=what)
            return Refusal("answered_on", message)
        if answer is None:
            return Refusal("answer", translate("Inquiries", "Give the answer's text."))
        if sent_on is None:
            return Refusal("answered_on", _not_sent(translate("Inquiries", "an answer")))
        if answered < sent_on:
            what = translate("Inquiries", "The answer's day")
            return Refusal("answered_on", _before_sending(what, answered, sent_on))
        said = {name: reading.new(name) for name in REPORT_FIELDS}
        if said["claim"] is None and any(value is not None for value in said.values()):
            return Refusal(
                "claim",
                translate(
                    "Xlsx",
                    "Give the claim too: the event's day and the grades are those of the "
                    "report the answer becomes, which needs a claim.",
                ),
            )
        reading.steps.append(Step.ANSWER)
        status = InquiryStatus.ANSWERED
    if closing:
        if status in _ENDED:
            return Refusal("status", _ended(status))
        if reason is None:
            return Refusal("close_reason", translate("Inquiries", "Say why the inquiry is closed."))
        reading.values["status"] = InquiryStatus.CLOSED
        reading.steps.append(Step.CLOSE)
        status = InquiryStatus.CLOSED
    elif reason is not None:
        return Refusal(
            "close_reason",
            translate("Xlsx", "Set the status to closed to close the inquiry with a reason."),
        )
    return status


def _check_status(reading: _Reading, reached: InquiryStatus) -> Course | Refusal:
    """The status cell says no more than the steps reach, and never goes back."""
    wanted: InquiryStatus | None = reading.wanted.get("status")
    stored: InquiryStatus = reading.stored["status"]
    course = Course(tuple(reading.steps), reading.values)
    if wanted is None or wanted is reached:
        return course
    if _RANK[wanted] < _RANK[stored] or (wanted in _ENDED and stored in _ENDED):
        if reading.stale:
            return course
        return Refusal(
            "status",
            translate(
                "Xlsx",
                "An inquiry's course does not go back: the program has it as “{stored}”, "
                "the workbook as “{wanted}”.",
            ).format(stored=label(stored), wanted=label(wanted)),
        )
    if wanted in (InquiryStatus.EXTENDED, InquiryStatus.FORWARDED):
        return Refusal(
            "status",
            translate(
                "Xlsx",
                "Record an extension or a forwarding in the program, with the new due date "
                "or the new addressee.",
            ),
        )
    if _RANK[wanted] > _RANK[reached]:
        return Refusal(
            "status",
            translate(
                "Xlsx",
                "The status says “{wanted}”, but the row does not give that step's day; "
                "fill it in.",
            ).format(wanted=label(wanted)),
        )
    return course
