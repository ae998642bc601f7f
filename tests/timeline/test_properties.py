"""Rules that hold for every set of reports, checked with hypothesis."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.dates import APPROXIMATE_MARGIN, EventDate
from caseworker.timeline import (
    ContradictionRule,
    PersonFacts,
    ReportFact,
    analyse,
    find_contradictions,
    roots_of,
    suggest_status,
)
from caseworker.vocab import (
    Claim,
    ClaimGroup,
    Credibility,
    DatePrecision,
    OfficialStatus,
    Reliability,
    SourceKind,
)

BASE = date(2026, 3, 1)
TODAY = date(2026, 12, 1)
PERSON = PersonFacts(OfficialStatus.MISSING, date(2026, 3, 10), opened_on=date(2026, 3, 1))
QUIET = PersonFacts(active=False)
PLACES = ["", "Курск", "курск", "Белгород", "Ростов-на-Дону"]
KNOWN_CLAIMS = [claim for claim in Claim if claim is not Claim.NO_INFORMATION]


def received_at_once(
    report_id: int,
    claim: Claim,
    event: EventDate,
    reliability: Reliability,
    credibility: Credibility,
) -> ReportFact:
    """A graded report received on the last day its event may have happened."""
    return ReportFact(
        report_id, claim, event, event.latest, reliability=reliability, credibility=credibility
    )


@st.composite
def events(draw: st.DrawFn, lo: int = 0, hi: int = 120) -> EventDate:
    start = BASE + timedelta(days=draw(st.integers(lo, hi)))
    precision = draw(st.sampled_from(list(DatePrecision)))
    if precision is DatePrecision.MONTH:
        last = calendar.monthrange(start.year, start.month)[1]
        return EventDate(start.replace(day=1), start.replace(day=last), precision)
    if precision is DatePrecision.YEAR:
        return EventDate(date(start.year, 1, 1), date(start.year, 12, 31), precision)
    if precision is DatePrecision.APPROXIMATE:
        return EventDate(start - APPROXIMATE_MARGIN, start + APPROXIMATE_MARGIN, precision)
    if precision is DatePrecision.RANGE:
        return EventDate(start, start + timedelta(days=draw(st.integers(1, 20))), precision)
    return EventDate(start, start, precision)


@st.composite
def report_sets(draw: st.DrawFn, max_size: int = 14) -> list[ReportFact]:
    count = draw(st.integers(0, max_size))
    facts: list[ReportFact] = []
    for report_id in range(1, count + 1):
        happened = draw(events())
        origin = draw(st.one_of(st.none(), st.integers(1, report_id - 1))) if facts else None
        facts.append(
            ReportFact(
                id=report_id,
                claim=draw(st.sampled_from(list(Claim))),
                event=happened,
                received_on=happened.latest + timedelta(days=draw(st.integers(0, 40))),
                source_kind=draw(st.sampled_from(list(SourceKind))),
                reliability=draw(st.sampled_from(list(Reliability))),
                credibility=draw(st.sampled_from(list(Credibility))),
                derived_from_id=origin,
                place=draw(st.sampled_from(PLACES)),
                retracted=draw(st.integers(0, 3)) == 0,
            )
        )
    return facts


@given(report_sets(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_entry(
    facts: list[ReportFact], rng: object
) -> None:
    shuffled = list(facts)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert analyse(shuffled, PERSON, today=TODAY) == analyse(facts, PERSON, today=TODAY)


@given(report_sets(), st.data())
def test_retracting_a_report_removes_every_contradiction_it_was_part_of(
    facts: list[ReportFact], data: st.DataObject
) -> None:
    if not facts:
        return
    chosen = data.draw(st.sampled_from(facts))
    after = [replace(f, retracted=True) if f.id == chosen.id else f for f in facts]
    found = find_contradictions(after, PERSON, today=TODAY)
    assert all(chosen.id not in c.report_ids for c in found)


@given(
    events(0, 60),
    st.integers(1, 200),
    st.sampled_from([c for c in Claim if c.group is ClaimGroup.ALIVE]),
    st.sampled_from([c for c in Claim if c.group is ClaimGroup.DEAD]),
    st.sampled_from(list(Reliability)),
    st.sampled_from(list(Credibility)),
)
def test_alive_and_later_killed_in_time_order_is_no_contradiction(
    alive_event: EventDate,
    gap: int,
    alive_claim: Claim,
    dead_claim: Claim,
    reliability: Reliability,
    credibility: Credibility,
) -> None:
    killed_on = alive_event.latest + timedelta(days=gap)
    alive = ReportFact(1, alive_claim, alive_event, alive_event.latest, reliability=reliability)
    killed = ReportFact(
        2,
        dead_claim,
        EventDate(killed_on, killed_on, DatePrecision.DAY),
        killed_on,
        credibility=credibility,
    )
    assert find_contradictions([alive, killed], QUIET, today=TODAY) == []


@given(
    st.sampled_from(KNOWN_CLAIMS), st.sampled_from(KNOWN_CLAIMS), events(), events(), st.booleans()
)
def test_an_f6_report_never_outweighs_a_b2_report(
    strong_claim: Claim,
    weak_claim: Claim,
    strong_event: EventDate,
    weak_event: EventDate,
    weak_first: bool,
) -> None:
    strong = received_at_once(
        1, strong_claim, strong_event, Reliability.B, Credibility.PROBABLY_TRUE
    )
    weak = received_at_once(2, weak_claim, weak_event, Reliability.F, Credibility.CANNOT_JUDGE)
    if strong.hypothesis == weak.hypothesis:
        return
    assert strong.hypothesis is not None and weak.hypothesis is not None
    suggestion = suggest_status([weak, strong] if weak_first else [strong, weak])
    assert suggestion.scores[strong.hypothesis] > suggestion.scores[weak.hypothesis]


@given(
    report_sets(max_size=6),
    st.sampled_from(KNOWN_CLAIMS),
    events(),
    st.sampled_from(list(Reliability)),
    st.sampled_from(list(Credibility)),
    st.data(),
)
def test_one_original_repeated_by_ten_relays_weighs_as_one(
    others: list[ReportFact],
    claim: Claim,
    happened: EventDate,
    reliability: Reliability,
    credibility: Credibility,
    data: st.DataObject,
) -> None:
    original = ReportFact(
        100,
        claim,
        happened,
        happened.latest,
        SourceKind.UNIT,
        reliability=reliability,
        credibility=credibility,
    )
    no_worse_source = [r for r in Reliability if r >= reliability]
    no_worse_information = [c for c in Credibility if c >= credibility]
    relays = [
        ReportFact(
            101 + i,
            claim,
            happened,
            happened.latest + timedelta(days=i),
            SourceKind.COMRADE,
            reliability=data.draw(st.sampled_from(no_worse_source)),
            credibility=data.draw(st.sampled_from(no_worse_information)),
            # Half relay the original, half relay an earlier relay.
            derived_from_id=100 if i % 2 == 0 else 100 + i,
        )
        for i in range(10)
    ]
    alone = suggest_status([*others, original])
    repeated = suggest_status([*others, original, *relays])
    assert repeated.scores == alone.scores
    assert all(set(repeated.contributions[r.id].values()) == {0.0} for r in relays)


def _conflicting(a: ReportFact, b: ReportFact, roots: dict[int, int]) -> str | None:
    """The rule two reports break, by brute force (the definition, not the sweep)."""
    if roots[a.id] == roots[b.id]:
        return None
    if {a.group, b.group} == {ClaimGroup.ALIVE, ClaimGroup.DEAD}:
        dead, alive = (a, b) if a.group is ClaimGroup.DEAD else (b, a)
        if alive.event.wholly_after(dead.event):
            return "alive_after_death"
        if alive.event.overlaps(dead.event):
            return "dead_and_alive"
        return None
    claims = {a.claim, b.claim}
    if Claim.CAPTURED in claims and claims & {Claim.ALIVE, Claim.WOUNDED} and len(claims) == 2:
        places = {a.place.casefold(), b.place.casefold()}
        if a.event.overlaps(b.event) and "" not in places and len(places) == 2:
            return "elsewhere"
    return None


@settings(max_examples=300)
@given(report_sets(max_size=16))
def test_conflicts_are_found_exactly_as_the_rules_define_them(facts: list[ReportFact]) -> None:
    roots = roots_of(facts)
    active = [f for f in facts if not f.retracted]
    by_id = {f.id: f for f in facts}
    found = find_contradictions(facts, QUIET, today=TODAY)
    named: dict[str, set[int]] = {"alive_after_death": set(), "dead_and_alive": set()}
    kinds_found = set()
    for c in found:
        a, b = (by_id[i] for i in c.report_ids)
        kind = _conflicting(a, b, roots)
        assert kind is not None, c  # every finding is a real conflict
        if c.rule is ContradictionRule.ALIVE_AFTER_DEATH:
            assert kind == "alive_after_death"
        else:
            assert kind in ("dead_and_alive", "elsewhere")
        named.setdefault(kind, set()).update(c.report_ids)
        kinds_found.add(kind)
    active_ids = {f.id for f in active}

    def echo(f: ReportFact) -> bool:
        origin = by_id.get(roots[f.id])
        return (
            origin is not None
            and origin is not f
            and origin.id in active_ids
            and (origin.claim, origin.event) == (f.claim, f.event)
        )

    speaking = [f for f in active if not echo(f)]
    for a in speaking:
        for b in speaking:
            kind = _conflicting(a, b, roots)
            if kind in ("alive_after_death", "dead_and_alive"):
                # Every report in a conflict of life and death is named at least once.
                assert a.id in named[kind] and b.id in named[kind]
            elif kind == "elsewhere":
                assert "elsewhere" in kinds_found
    assert len(found) <= 2 * len(active) + 2


@given(report_sets())
def test_shares_shown_add_up_to_a_whole(facts: list[ReportFact]) -> None:
    """What the window shows as percentages adds up to 100, and each report's part of a
    share never exceeds the share; nothing weighed shows nothing."""
    suggestion = suggest_status(facts)
    total = sum(suggestion.shares.values())
    weighed = any(score > 0 for score in suggestion.scores.values())
    assert total == (100 if weighed else 0)
    assert all(0 <= share <= 100 for share in suggestion.shares.values())
    for hypothesis in suggestion.shares:
        parts = sum(p.get(hypothesis, 0.0) for p in suggestion.report_shares.values())
        assert parts <= suggestion.shares[hypothesis] + 1.0  # whole percentages round
