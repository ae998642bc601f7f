"""The suggested status: grades, independence and dates, never "the newest wins"."""

from __future__ import annotations

import pytest

from caseworker.timeline import ReportFact, report_weight, suggest_status
from caseworker.vocab import AssessedStatus
from tests.timeline.factories import fact

ALIVE, WOUNDED, CAPTURED, DEAD, UNKNOWN = (
    AssessedStatus.ALIVE,
    AssessedStatus.WOUNDED,
    AssessedStatus.CAPTURED,
    AssessedStatus.DEAD,
    AssessedStatus.UNKNOWN,
)


def test_no_reports_suggest_nothing() -> None:
    suggestion = suggest_status([])
    assert suggestion.status is UNKNOWN
    assert set(suggestion.scores.values()) == {0.0}
    assert not suggestion.contested
    assert suggestion.contributions == {}


@pytest.mark.parametrize(
    ("grade", "weight"), [("A1", 1.0), ("B2", 0.64), ("C3", 0.36), ("F6", 0.0025)]
)
def test_a_reports_weight_comes_from_its_grades(grade: str, weight: float) -> None:
    assert report_weight(fact(1, "alive", "2026-04-02", grade)) == pytest.approx(weight)


def test_the_demo_killed_then_alive_in_hospital_is_contested() -> None:
    killed = fact(3, "killed", "2026-04-02", "B2")
    in_hospital = fact(5, "wounded", "2026-04-05", "C3")
    suggestion = suggest_status([killed, in_hospital])
    assert suggestion.status is DEAD
    assert suggestion.scores[DEAD] == pytest.approx(0.64)
    # Alive after death raises the hypothesis by the report's own weight, no more.
    assert suggestion.scores[WOUNDED] == pytest.approx(0.36)
    assert suggestion.contested
    assert suggestion.contributions == {3: {DEAD: 0.64}, 5: {WOUNDED: 0.36}}
    # What is shown adds up: 23 % of the weight is settled by neither report.
    assert suggestion.shares == {ALIVE: 0, WOUNDED: 28, CAPTURED: 0, DEAD: 49, UNKNOWN: 23}
    assert suggestion.report_shares[3][DEAD] == pytest.approx(49.3, abs=0.1)


@pytest.mark.parametrize(
    ("earlier", "later", "status", "hypothesis", "score"),
    [
        pytest.param(
            fact(1, "killed", "2026-04-02", "B2"), fact(2, "alive", "2026-06-01", "F6"),
            DEAD, DEAD, 0.64, id="a credible death is not erased by a later rumour",
        ),
        pytest.param(
            fact(1, "captured", "2026-04-02", "B2"), fact(2, "released", "2026-08-20", "A1"),
            ALIVE, CAPTURED, 0.0, id="a later credible event moves the living on",
        ),
        pytest.param(
            fact(1, "alive", "2026-04-01", "B2"), fact(2, "killed", "2026-04-10", "B2"),
            DEAD, ALIVE, 0.64 * 0.36, id="alive and later killed suggests dead",
        ),
    ],
)  # fmt: skip
def test_a_later_report_settles_the_fate_uncontested(
    earlier: ReportFact,
    later: ReportFact,
    status: AssessedStatus,
    hypothesis: AssessedStatus,
    score: float,
) -> None:
    suggestion = suggest_status([earlier, later])
    assert suggestion.status is status
    assert suggestion.scores[hypothesis] == pytest.approx(score)
    assert not suggestion.contested


def test_independent_reports_add_up_but_never_past_one() -> None:
    reports = [fact(i, "captured", f"2026-04-0{i}", "B2") for i in range(1, 4)]
    suggestion = suggest_status(reports)
    assert suggestion.scores[CAPTURED] == pytest.approx(1 - 0.36**3)
    assert suggestion.scores[CAPTURED] < 1


def test_relays_count_once_and_show_no_contribution_of_their_own() -> None:
    origin = fact(1, "killed", "2026-04-02", "B2", source_kind="unit")
    relays = [
        fact(i, "killed", "2026-04-02", "C3", source_kind="comrade", derived_from=1)
        for i in range(2, 5)
    ]
    alone = suggest_status([origin])
    together = suggest_status([origin, *relays])
    assert together.scores == alone.scores
    assert together.contributions[1] == {DEAD: 0.64}
    assert all(together.contributions[r.id] == {DEAD: 0.0} for r in relays)


def test_the_best_of_a_group_of_relays_carries_it() -> None:
    weak_origin = fact(1, "wounded", "2026-04-02", "E5")
    better_relay = fact(2, "wounded", "2026-04-02", "B2", derived_from=1)
    suggestion = suggest_status([weak_origin, better_relay])
    assert suggestion.scores[WOUNDED] == pytest.approx(0.64)
    assert suggestion.contributions == {1: {WOUNDED: 0.0}, 2: {WOUNDED: 0.64}}


def test_missing_weighs_half_and_no_information_nothing() -> None:
    suggestion = suggest_status(
        [fact(1, "missing", "2026-04-02", "A1"), fact(2, "no_information", "2026-04-03", "A1")]
    )
    assert suggestion.status is UNKNOWN
    assert suggestion.scores[UNKNOWN] == pytest.approx(0.5)
    assert 2 not in suggestion.contributions


def test_a_lone_rumour_suggests_nothing_yet() -> None:
    suggestion = suggest_status([fact(1, "captured", "2026-04-02", "F6")])
    assert suggestion.status is UNKNOWN
    assert suggestion.scores[CAPTURED] == pytest.approx(0.0025)


def test_retracted_reports_weigh_nothing() -> None:
    suggestion = suggest_status([fact(1, "killed", "2026-04-02", "A1", retracted=True)])
    assert suggestion.status is UNKNOWN
    assert suggestion.contributions == {}


@pytest.mark.parametrize(
    ("first", "second", "status", "contested"),
    [
        pytest.param("killed", "alive", UNKNOWN, True, id="equal weight for life and death"),
        # Two credible reports, "alive" and "wounded", today: wounded, not unknown and contested.
        pytest.param("alive", "wounded", WOUNDED, False, id="alive and wounded agree"),
        pytest.param("alive", "captured", CAPTURED, False, id="the specific wins a tie"),
    ],
)
def test_two_credible_reports_on_one_day(
    first: str, second: str, status: AssessedStatus, contested: bool
) -> None:
    suggestion = suggest_status(
        [fact(1, first, "2026-04-02", "B2"), fact(2, second, "2026-04-02", "B2")]
    )
    assert suggestion.status is status
    assert suggestion.contested is contested


def test_shares_add_up_to_a_hundred_and_say_what_is_unsettled() -> None:
    # The case: "погиб 64 %" beside "alive" scores that summed past 100.
    suggestion = suggest_status(
        [
            fact(1, "killed", "2026-04-02", "B2"),
            fact(2, "wounded", "2026-04-09", "B2"),
            fact(3, "alive", "2026-04-09", "C3"),
        ]
    )
    assert sum(suggestion.shares.values()) == 100
    assert suggestion.shares[DEAD] < 50
    assert suggestion.contested


def test_a_lone_rumour_leaves_almost_everything_unsettled() -> None:
    suggestion = suggest_status([fact(1, "killed", "2026-04-02", "F6")])
    assert suggestion.shares[UNKNOWN] == 100
    assert suggestion.shares[DEAD] == 0


def test_nothing_weighed_shows_no_shares() -> None:
    assert set(suggest_status([]).shares.values()) == {0}


def test_a_reports_part_of_a_share_follows_its_weight() -> None:
    suggestion = suggest_status(
        [fact(1, "captured", "2026-04-02", "B2"), fact(2, "captured", "2026-04-03", "C3")]
    )
    parts = suggestion.report_shares
    assert parts[1][CAPTURED] + parts[2][CAPTURED] == pytest.approx(
        100 * (1 - 0.36 * 0.64), abs=1e-4
    )
    assert parts[1][CAPTURED] / parts[2][CAPTURED] == pytest.approx(0.64 / 0.36)
