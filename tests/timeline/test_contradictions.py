"""The four contradiction rules on the situations families actually meet."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date, timedelta

import pytest

from caseworker.i18n import install_translator
from caseworker.timeline import (
    AnalysisSettings,
    Contradiction,
    ContradictionRule,
    PersonFacts,
    Severity,
    analyse,
    find_contradictions,
    find_reminder,
)
from caseworker.timeline.sentences import rule_label, severity_label
from caseworker.vocab import Claim, OfficialStatus
from tests.timeline.factories import day, fact

TODAY = date(2026, 10, 1)
QUIET = PersonFacts(active=False)  # no official status, closed: only report conflicts


def rules_of(found: list) -> list[tuple[str, tuple[int, ...]]]:  # type: ignore[type-arg]
    return [(c.rule.value, c.report_ids) for c in found]


def test_killed_then_alive_in_hospital_three_days_later() -> None:
    killed = fact(3, "killed", "2026-04-02", "B2", source_kind="unit", source_name="unit commander")
    alive = fact(
        5,
        "wounded",
        "2026-04-05",
        "C3",
        source_kind="opposing_side",
        source_name="soldier of the other side",
    )
    [found] = find_contradictions([alive, killed], QUIET, today=TODAY)
    assert found.rule is ContradictionRule.ALIVE_AFTER_DEATH
    assert found.report_ids == (3, 5)
    assert found.severity is Severity.HIGH
    assert found.days == 3
    assert found.explanation == (
        "Report 3 (unit commander, 2 April 2026: killed) and report 5 (soldier of the other "
        "side, 5 April 2026: wounded, in hospital): a person reported dead was reported "
        "alive 3 days later."
    )


def test_official_missing_for_five_months_behind_a_credible_capture_report() -> None:
    capture = fact(
        7,
        "captured",
        "2026-04-25",
        "B2",
        received="2026-05-01",
        source_kind="red_cross",
        place="Ростов-на-Дону",
    )
    person = PersonFacts(OfficialStatus.MISSING, day("2026-04-20"), active=False)
    [found] = find_contradictions([capture], person, today=day("2026-10-01"))
    assert found.rule is ContradictionRule.OFFICIAL_BEHIND
    assert found.report_ids == (7,)
    assert found.days == 153
    assert found.severity is Severity.MEDIUM
    assert "153 days" in found.explanation
    assert "“missing”" in found.explanation
    assert "report 7 (Red Cross, 25 April 2026: captured (prisoner of war))" in found.explanation


def test_the_official_delay_is_a_setting() -> None:
    capture = fact(7, "captured", "2026-04-25", "B2", received="2026-05-01")
    person = PersonFacts(OfficialStatus.MISSING, day("2026-04-20"), active=False)
    patient = AnalysisSettings(official_delay_days=200)
    assert find_contradictions([capture], person, today=TODAY, settings=patient) == []
    on_the_day = day("2026-05-31")  # 30 days: not yet more than 30
    assert find_contradictions([capture], person, today=on_the_day) == []
    assert len(find_contradictions([capture], person, today=day("2026-06-01"))) == 1


@pytest.mark.parametrize(
    ("grade", "status", "claim", "found"),
    [
        ("D2", OfficialStatus.MISSING, "captured", False),  # source not credible
        ("B4", OfficialStatus.MISSING, "captured", False),  # information doubtful
        ("B2", OfficialStatus.CAPTURED, "captured", False),  # they agree
        ("B2", OfficialStatus.MISSING, "missing", False),  # asserts nothing new
        ("B2", OfficialStatus.NOT_REPORTED, "killed", False),  # no official status
        ("A1", OfficialStatus.KILLED, "alive", True),
        ("C3", OfficialStatus.ALIVE, "remains_identified", True),
    ],
)
def test_which_reports_the_official_status_falls_behind(
    grade: str, status: OfficialStatus, claim: str, found: bool
) -> None:
    report = fact(4, claim, "2026-05-02", grade, received="2026-05-03")
    person = PersonFacts(status, day("2026-04-20"), active=False)
    result = find_contradictions([report], person, today=TODAY)
    assert bool(result) is found
    if found:
        assert result[0].severity is Severity.HIGH  # life against death


def test_a_report_older_than_the_official_status_is_not_behind_it() -> None:
    old = fact(4, "captured", "2026-04-01", "B2", received="2026-04-02")
    person = PersonFacts(OfficialStatus.MISSING, day("2026-04-20"), active=False)
    assert find_contradictions([old], person, today=TODAY) == []


def test_alive_then_killed_in_time_order_is_no_contradiction() -> None:
    reports = [fact(1, "alive", "2026-04-01"), fact(2, "killed", "2026-04-10")]
    assert find_contradictions(reports, QUIET, today=TODAY) == []


def killed_then_seen_within_and_after(
    killed_on: str, claim: str, within: str, after: str
) -> list[Contradiction]:
    """Killed (report 1), then ``claim`` within that date (2) and after it (3): both rules."""
    reports = [fact(1, "killed", killed_on, "B2"), fact(2, claim, within, "B2")]
    found = find_contradictions([*reports, fact(3, claim, after, "B2")], QUIET, today=TODAY)
    assert rules_of(found) == [("alive_after_death", (1, 3)), ("same_time_conflict", (1, 2))]
    return found


def test_dates_compare_as_intervals() -> None:
    found = killed_then_seen_within_and_after("2026-04", "alive", "2026-04-20", "2026-05-02")
    after_death = found[0]
    assert after_death.days == 2
    assert "at least 2 days later" in after_death.explanation
    assert "April 2026: killed" in after_death.explanation


def test_an_approximate_date_overlaps_the_days_around_it() -> None:
    found = killed_then_seen_within_and_after("~2026-04-10", "wounded", "2026-04-15", "2026-04-18")
    assert "about 10 April 2026" in found[0].explanation


def test_the_next_day_reads_naturally() -> None:
    found = find_contradictions(
        [fact(1, "killed", "2026-04-01"), fact(2, "alive", "2026-04-02")], QUIET, today=TODAY
    )
    assert found[0].explanation.endswith("was reported alive the next day.")


def test_retracted_reports_take_no_part() -> None:
    killed = fact(1, "killed", "2026-04-02", retracted=True)
    alive = fact(2, "alive", "2026-04-05")
    assert find_contradictions([killed, alive], QUIET, today=TODAY) == []


def test_a_relay_never_contradicts_its_origin_or_the_origins_other_relays() -> None:
    origin = fact(1, "killed", "2026-04-02", "B2", source_kind="unit")
    relay = fact(2, "alive", "2026-04-09", "F6", source_kind="comrade", derived_from=1)
    relay_of_relay = fact(3, "killed", "2026-04-09", "F6", derived_from=2)
    sibling = fact(4, "alive", "2026-04-20", "F6", derived_from=1)
    assert find_contradictions([origin, relay, relay_of_relay, sibling], QUIET, today=TODAY) == []
    independent = fact(5, "alive", "2026-04-12", "C3", source_kind="opposing_side")
    found = find_contradictions([origin, relay, sibling, independent], QUIET, today=TODAY)
    assert all(5 in c.report_ids for c in found)


def test_captured_and_free_at_the_same_time_in_different_places_is_milder() -> None:
    captured = fact(1, "captured", "2026-04", "B2", place="Курск")
    free = fact(2, "wounded", "2026-04-10", "B2", place="госпиталь, Белгород")
    [found] = find_contradictions([captured, free], QUIET, today=TODAY)
    assert found.rule is ContradictionRule.SAME_TIME_CONFLICT
    assert found.severity is Severity.MEDIUM
    assert "held prisoner in Курск and free or in hospital in госпиталь, Белгород" in (
        found.explanation
    )


@pytest.mark.parametrize(
    ("captured_place", "free_place", "free_claim"),
    [
        ("Курск", "курск", "alive"),  # the same place, written differently
        ("", "Белгород", "alive"),  # a place unknown
        ("Курск", "Белгород", "released"),  # released is what follows capture
    ],
)
def test_captured_and_free_without_a_conflict_of_places(
    captured_place: str, free_place: str, free_claim: str
) -> None:
    reports = [
        fact(1, "captured", "2026-04-05", place=captured_place),
        fact(2, free_claim, "2026-04-05", place=free_place),
    ]
    assert find_contradictions(reports, QUIET, today=TODAY) == []


def test_a_conflict_with_a_weak_report_is_milder() -> None:
    credible = fact(1, "killed", "2026-04-02", "B2")
    rumour = fact(2, "alive", "2026-04-02", "F6")
    other_rumour = fact(3, "killed", "2026-05-02", "E5")
    late = fact(4, "alive", "2026-06-01", "D4")
    found = find_contradictions([credible, rumour], QUIET, today=TODAY)
    assert [c.severity for c in found] == [Severity.MEDIUM]
    found = find_contradictions([other_rumour, late], QUIET, today=TODAY)
    assert [c.severity for c in found] == [Severity.LOW]


def test_no_news_is_a_reminder_counted_from_the_last_report_or_inquiry_answer() -> None:
    report = fact(1, "missing", "2026-05-01", received="2026-05-10")
    open_case = PersonFacts(opened_on=day("2026-05-05"))
    assert find_contradictions([report], open_case, today=day("2026-09-01")) == []
    reminder = find_reminder([report], open_case, today=day("2026-09-01"))
    assert reminder is not None
    assert (reminder.latest_report_id, reminder.days) == (1, 114)
    assert reminder.text == (
        "Nothing new for 114 days: no report and no answer to an inquiry since 10 May 2026."
    )
    answered = replace(open_case, last_answer_on=day("2026-07-01"))
    assert find_reminder([report], answered, today=day("2026-09-01")) is None
    patient = AnalysisSettings(stale_after_days=200)
    assert find_reminder([report], open_case, today=day("2026-09-01"), settings=patient) is None
    closed = replace(open_case, active=False)
    assert find_reminder([report], closed, today=day("2026-09-01")) is None


def test_a_case_without_reports_is_quiet_from_its_opening() -> None:
    reminder = find_reminder([], PersonFacts(opened_on=day("2026-01-10")), today=TODAY)
    assert reminder is not None and reminder.latest_report_id is None
    assert find_contradictions([], PersonFacts(opened_on=day("2026-01-10")), today=TODAY) == []


def test_a_case_entered_today_with_an_old_opening_day_is_not_quiet_yet() -> None:
    """The family wrote five months ago; the case is typed in today: no reminder yet."""
    old_letter = PersonFacts(opened_on=day("2026-01-10"), entered_on=TODAY)
    assert find_reminder([], old_letter, today=TODAY) is None
    assert find_reminder([], old_letter, today=TODAY + timedelta(days=91)) is not None


def test_the_most_severe_come_first() -> None:
    reports = [
        fact(1, "killed", "2026-04-02", "B2"),
        fact(2, "alive", "2026-04-20", "F6"),
        fact(3, "alive", "2026-04-22", "B2"),
    ]
    person = PersonFacts(OfficialStatus.MISSING, day("2026-04-01"), opened_on=day("2026-04-01"))
    found = find_contradictions(reports, person, today=TODAY)
    assert [(c.severity.value, c.rule.value) for c in found] == [
        ("high", "alive_after_death"),
        ("medium", "alive_after_death"),
        ("medium", "official_behind"),
    ]


def test_sentences_follow_the_installed_translation() -> None:
    found = find_contradictions(
        [fact(1, "killed", "2026-04-01"), fact(2, "alive", "2026-04-03")], QUIET, today=TODAY
    )
    install_translator(lambda _context, text: text.replace("reported dead", "said to be dead"))
    try:
        assert "a person said to be dead" in found[0].explanation
    finally:
        install_translator(None)
    assert "a person reported dead" in found[0].explanation


def test_many_reports_give_at_most_a_few_findings_each() -> None:
    deaths = [fact(i, Claim.KILLED, f"2026-04-{i:02d}", "B2") for i in range(1, 11)]
    alive = [fact(100 + i, Claim.ALIVE, f"2026-05-{i:02d}", "B2") for i in range(1, 11)]
    found = find_contradictions(deaths + alive, QUIET, today=TODAY)
    # 100 conflicting pairs; each report is named, with its closest counterpart.
    named = {report_id for c in found for report_id in c.report_ids}
    assert named == {f.id for f in deaths + alive}
    assert len(found) <= len(deaths) + len(alive)
    assert (10, 101) in [c.report_ids for c in found]


def test_relays_repeating_their_origin_add_no_findings_of_their_own() -> None:
    origin = fact(1, "killed", "2026-04-02", "B2", source_kind="unit")
    echoes = [fact(i, "killed", "2026-04-02", "C3", derived_from=1) for i in range(2, 12)]
    alive = fact(20, "alive", "2026-04-05", "C3", source_kind="opposing_side")
    found = find_contradictions([origin, *echoes, alive], QUIET, today=TODAY)
    assert rules_of(found) == [("alive_after_death", (1, 20))]
    # Once the origin is retracted, its relays speak for themselves.
    retracted = replace(origin, retracted=True)
    found = find_contradictions([retracted, *echoes, alive], QUIET, today=TODAY)
    assert found and all(1 not in c.report_ids for c in found)


def test_every_rule_and_severity_has_a_label() -> None:
    assert [rule_label(rule) for rule in ContradictionRule] == [
        "alive after death",
        "same-time conflict",
        "official status behind the facts",
        "no news for a long time",
    ]
    assert [severity_label(severity) for severity in Severity] == ["high", "medium", "low"]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_analysis_leaves_the_cycle_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        analyse([fact(1, "killed", "2026-04-02"), fact(2, "alive", "2026-04-05")], today=TODAY)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
