"""Deadline rules: when an answer is due, when it is overdue, when very overdue.

Pure functions over plain dates; nothing here is stored. Days are calendar days.

- One rule per kind of addressee (:func:`rule_for`); an addressee's own days replace the
  rule's days for an answer and keep the rule's room for an extension.
- Appeals under Federal Law 59-FZ: registered within 3 days, answered within 30 days of
  registration, extendable once by up to 30 days (60 in all), forwarded within 7 days when
  the body is not competent.
- A military prosecutor: 30 days (15 when no check is needed: give the addressee 15 days),
  plus up to 30.
- A crime report to the Investigative Committee: 3 days, extendable to 10 and to 30.
- The Human Rights Commissioner: 10 days to say whether it takes the complaint; its notice
  that it took it is recorded as the one extension, to an answer within 30 days in all
  (then it is very late).
- The Red Cross, the ICRC, hospitals and bodies of the other side have no legal clock: a
  chase date 30 days on (the addressee's own days change it), never "very overdue".

The due date is the registration day plus the rule's days; when the registration day is not
known, the sent day plus 3 plus the rule's days; an extension's new due date replaces it.
Overdue starts the day after the due date; very overdue is past the rule's absolute maximum,
counted the same way from registration.

An extension is beyond the law (:func:`extension_beyond_law`) when the addressee's rule allows
no more extensions than those already made (59-FZ and a prosecutor: one; a crime report: two;
the Commissioner: one, its notice that it took the complaint), or when its new due date lies
past the rule's absolute maximum. An addressee without a legal clock (the Red Cross, the
ICRC, a hospital, the other side) has no legal limit: its "later answer" is only a new chase
date, never beyond the law.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from caseworker.vocab import AddresseeKind

#: Days an office has to register an appeal (59-FZ, art. 8.2), counted from sending when the
#: registration day is not known.
REGISTRATION_DAYS = 3
#: Days a body that is not competent has to forward an appeal (59-FZ, art. 8.3).
FORWARDING_DAYS = 7


@dataclass(frozen=True)
class DeadlineRule:
    """How long an addressee has to answer.

    ``days``: for an answer, from registration. ``maximum``: the latest an answer may come
    with every extension the law allows (``None``: no legal clock, never very overdue).
    ``extensions``: how many times the law lets the answer be put off. ``legal``: whether a
    law sets the clock (otherwise ``days`` is only when to chase).
    """

    days: int
    maximum: int | None
    extensions: int
    legal: bool = True


FZ59 = DeadlineRule(days=30, maximum=60, extensions=1)
PROSECUTOR = DeadlineRule(days=30, maximum=60, extensions=1)
CRIME_REPORT = DeadlineRule(days=3, maximum=30, extensions=2)
# The Commissioner's notice that it took the complaint moves the answer once, to day 30 at
# the latest.
COMMISSIONER = DeadlineRule(days=10, maximum=30, extensions=1)
NO_CLOCK = DeadlineRule(days=30, maximum=None, extensions=0, legal=False)

RULES: dict[AddresseeKind, DeadlineRule] = {
    AddresseeKind.COMMISSARIAT: FZ59,
    AddresseeKind.UNIT: FZ59,
    AddresseeKind.MINISTRY: FZ59,
    AddresseeKind.PROSECUTOR: PROSECUTOR,
    AddresseeKind.INVESTIGATIVE: CRIME_REPORT,
    AddresseeKind.OMBUDSMAN: COMMISSIONER,
    AddresseeKind.PRESIDENT: FZ59,
    AddresseeKind.COURT: FZ59,
    AddresseeKind.RED_CROSS: NO_CLOCK,
    AddresseeKind.ICRC: NO_CLOCK,
    AddresseeKind.HOSPITAL: NO_CLOCK,
    AddresseeKind.OTHER_SIDE: NO_CLOCK,
    AddresseeKind.OTHER: FZ59,
}


def rule_for(kind: AddresseeKind, own_days: int | None = None) -> DeadlineRule:
    """The rule of an addressee of ``kind`` whose own days (if any) are ``own_days``.

    Own days replace the rule's days and move its maximum by as much, keeping the room the
    law gives for an extension. Raises ``ValueError`` for own days below 1.
    """
    rule = RULES[kind]
    if own_days is None:
        return rule
    if own_days < 1:
        raise ValueError("an addressee's own days are at least 1")
    maximum = None if rule.maximum is None else rule.maximum - rule.days + own_days
    return replace(rule, days=own_days, maximum=maximum)


def clock_start(sent_on: date | None, registered_on: date | None) -> date | None:
    """The day the rule's days count from: registration, or sending plus 3 days when the
    registration day is not known; ``None`` for a draft. Raises nothing."""
    if registered_on is not None:
        return registered_on
    if sent_on is not None:
        return sent_on + timedelta(days=REGISTRATION_DAYS)
    return None


def due_date(
    rule: DeadlineRule,
    sent_on: date | None,
    registered_on: date | None,
    extended_until: date | None = None,
) -> date | None:
    """When the answer is due: an extension's day, else the clock's start plus the rule's
    days; ``None`` for a draft. Raises nothing."""
    if extended_until is not None:
        return extended_until
    start = clock_start(sent_on, registered_on)
    return None if start is None else start + timedelta(days=rule.days)


def latest_legal_date(
    rule: DeadlineRule, sent_on: date | None, registered_on: date | None
) -> date | None:
    """The last day an answer may come under every extension the law allows; ``None``
    without a legal clock or for a draft. Raises nothing."""
    start = clock_start(sent_on, registered_on)
    if start is None or rule.maximum is None:
        return None
    return start + timedelta(days=rule.maximum)


class BeyondLaw(Enum):
    """Why an extension goes beyond what the law allows the addressee."""

    #: The rule allows no more extensions than those already made.
    TOO_MANY = "too_many"
    #: The new due date is past the latest day the rule allows, every extension included.
    PAST_MAXIMUM = "past_maximum"


def extension_beyond_law(
    rule: DeadlineRule,
    *,
    earlier_extensions: int,
    new_due: date,
    sent_on: date | None,
    registered_on: date | None,
) -> BeyondLaw | None:
    """Whether an extension to ``new_due``, after ``earlier_extensions`` made before it, goes
    beyond the law; ``None`` when the law allows it or sets no clock. Raises nothing."""
    if not rule.legal:
        return None
    if earlier_extensions >= rule.extensions:
        return BeyondLaw.TOO_MANY
    latest = latest_legal_date(rule, sent_on, registered_on)
    if latest is not None and new_due > latest:
        return BeyondLaw.PAST_MAXIMUM
    return None


@dataclass(frozen=True)
class Clock:
    """Where an inquiry stands against its deadline on a given day."""

    due_on: date | None
    overdue: bool
    days_overdue: int
    very_overdue: bool


def clock(
    rule: DeadlineRule,
    *,
    sent_on: date | None,
    registered_on: date | None,
    extended_until: date | None,
    waiting: bool,
    today: date,
) -> Clock:
    """The inquiry's clock on ``today``. ``waiting``: still waiting for an answer (sent, not
    answered, closed or forwarded); an inquiry not waiting is never overdue. Raises nothing."""
    due = due_date(rule, sent_on, registered_on, extended_until)
    if not waiting or due is None or today <= due:
        return Clock(due, overdue=False, days_overdue=0, very_overdue=False)
    latest = latest_legal_date(rule, sent_on, registered_on)
    very = latest is not None and today > max(latest, due)
    return Clock(due, overdue=True, days_overdue=(today - due).days, very_overdue=very)
