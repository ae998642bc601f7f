"""The deadline arithmetic: registration known or not, extension, very overdue, rules per kind."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.inquiries.deadlines import (
    FZ59,
    BeyondLaw,
    clock,
    due_date,
    extension_beyond_law,
    rule_for,
)
from caseworker.vocab import AddresseeKind

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def test_an_answer_under_59_fz_is_due_30_days_after_registration() -> None:
    rule = rule_for(AddresseeKind.MINISTRY)
    assert due_date(rule, date(2026, 9, 3), date(2026, 9, 5)) == date(2026, 10, 5)


def test_without_a_registration_day_the_clock_starts_3_days_after_sending() -> None:
    rule = rule_for(AddresseeKind.COMMISSARIAT)
    assert due_date(rule, date(2026, 9, 3), None) == date(2026, 10, 6)


def test_a_draft_has_no_due_date_and_is_never_overdue() -> None:
    rule = rule_for(AddresseeKind.MINISTRY)
    state = clock(
        rule, sent_on=None, registered_on=None, extended_until=None, waiting=True,
        today=date(2030, 1, 1),
    )  # fmt: skip
    assert (state.due_on, state.overdue, state.days_overdue) == (None, False, 0)


def test_an_extension_replaces_the_due_date() -> None:
    rule = rule_for(AddresseeKind.MINISTRY)
    assert due_date(rule, date(2026, 9, 3), date(2026, 9, 5), date(2026, 11, 4)) == date(
        2026, 11, 4
    )


def test_overdue_starts_the_day_after_the_due_date() -> None:
    rule = rule_for(AddresseeKind.MINISTRY)
    registered = date(2026, 9, 5)  # due 5 October

    def on(today: date) -> tuple[bool, int]:
        state = clock(
            rule, sent_on=date(2026, 9, 3), registered_on=registered, extended_until=None,
            waiting=True, today=today,
        )  # fmt: skip
        return state.overdue, state.days_overdue

    assert on(date(2026, 10, 5)) == (False, 0)
    assert on(date(2026, 10, 6)) == (True, 1)


def test_very_overdue_is_past_60_days_after_registration_under_59_fz() -> None:
    rule = rule_for(AddresseeKind.UNIT)

    def very(today: date) -> bool:
        return clock(
            rule, sent_on=date(2026, 9, 1), registered_on=date(2026, 9, 1), extended_until=None,
            waiting=True, today=today,
        ).very_overdue  # fmt: skip

    assert not very(date(2026, 10, 31))  # day 60
    assert very(date(2026, 11, 1))


def test_an_answered_inquiry_is_never_overdue() -> None:
    state = clock(
        FZ59, sent_on=date(2026, 1, 1), registered_on=None, extended_until=None,
        waiting=False, today=date(2027, 1, 1),
    )  # fmt: skip
    assert (state.overdue, state.very_overdue, state.due_on) == (False, False, date(2026, 2, 3))


@pytest.mark.parametrize(
    ("kind", "days", "maximum"),
    [
        (AddresseeKind.MINISTRY, 30, 60),
        (AddresseeKind.PROSECUTOR, 30, 60),
        (AddresseeKind.INVESTIGATIVE, 3, 30),
        (AddresseeKind.OMBUDSMAN, 10, 30),
        (AddresseeKind.RED_CROSS, 30, None),
        (AddresseeKind.ICRC, 30, None),
        (AddresseeKind.HOSPITAL, 30, None),
    ],
)
def test_each_kind_has_its_rule(kind: AddresseeKind, days: int, maximum: int | None) -> None:
    rule = rule_for(kind)
    assert (rule.days, rule.maximum) == (days, maximum)


def test_an_addressees_own_days_replace_the_rule_and_keep_the_room_to_extend() -> None:
    rule = rule_for(AddresseeKind.PROSECUTOR, 15)  # no check needed
    assert (rule.days, rule.maximum) == (15, 45)
    assert rule_for(AddresseeKind.RED_CROSS, 45).maximum is None


def test_no_legal_clock_is_never_very_overdue() -> None:
    state = clock(
        rule_for(AddresseeKind.ICRC), sent_on=date(2026, 1, 1), registered_on=None,
        extended_until=None, waiting=True, today=date(2027, 1, 1),
    )  # fmt: skip
    assert state.overdue and not state.very_overdue


@given(sent=days, delay=st.integers(0, 40), after=st.integers(-100, 400))
def test_days_overdue_counts_from_the_day_after_due(sent: date, delay: int, after: int) -> None:
    registered = sent + timedelta(days=delay)
    due = registered + timedelta(days=30)
    state = clock(
        FZ59, sent_on=sent, registered_on=registered, extended_until=None, waiting=True,
        today=due + timedelta(days=after),
    )  # fmt: skip
    assert state.due_on == due
    assert state.overdue == (after > 0)
    assert state.days_overdue == max(after, 0)
    assert state.very_overdue == (after > 30)


@given(sent=days, kind=st.sampled_from(list(AddresseeKind)), own=st.none() | st.integers(1, 90))
def test_very_overdue_implies_overdue(sent: date, kind: AddresseeKind, own: int | None) -> None:
    rule = rule_for(kind, own)
    for after in (0, rule.days, rule.maximum or 0, 400):
        state = clock(
            rule, sent_on=sent, registered_on=None, extended_until=None, waiting=True,
            today=sent + timedelta(days=after),
        )  # fmt: skip
        assert not state.very_overdue or state.overdue
        assert state.due_on == sent + timedelta(days=3 + rule.days)


def test_own_days_below_one_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        rule_for(AddresseeKind.MINISTRY, 0)


def test_an_extension_beyond_the_law_by_count_and_by_date() -> None:
    sent, registered = date(2026, 9, 3), date(2026, 9, 4)

    def beyond(kind: AddresseeKind, earlier: int, until: date, own: int | None = None) -> object:
        return extension_beyond_law(
            rule_for(kind, own),
            earlier_extensions=earlier,
            new_due=until,
            sent_on=sent,
            registered_on=registered,
        )

    assert beyond(AddresseeKind.MINISTRY, 0, date(2026, 11, 3)) is None  # 60 days
    assert beyond(AddresseeKind.MINISTRY, 0, date(2026, 11, 4)) is BeyondLaw.PAST_MAXIMUM
    assert beyond(AddresseeKind.MINISTRY, 1, date(2026, 10, 20)) is BeyondLaw.TOO_MANY
    assert beyond(AddresseeKind.INVESTIGATIVE, 1, date(2026, 10, 4)) is None
    assert beyond(AddresseeKind.INVESTIGATIVE, 2, date(2026, 10, 4)) is BeyondLaw.TOO_MANY
    # The Commissioner's notice that it took the complaint: once, within 30 days.
    assert beyond(AddresseeKind.OMBUDSMAN, 0, date(2026, 9, 20)) is None
    assert beyond(AddresseeKind.OMBUDSMAN, 1, date(2026, 9, 20)) is BeyondLaw.TOO_MANY
    # An office's own 45 days keep the law's 30 more: 75 in all.
    assert beyond(AddresseeKind.MINISTRY, 0, date(2026, 11, 18), own=45) is None
    assert beyond(AddresseeKind.HOSPITAL, 5, date(2030, 1, 1)) is None  # no legal clock
