"""The disclosure gate: a family is told of a death only on a credible basis."""

from __future__ import annotations

from datetime import date
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker import i18n
from caseworker.timeline import PersonFacts, ReportFact
from caseworker.timeline.disclosure import Basis, death_disclosure
from caseworker.vocab import Claim, OfficialStatus, SourceKind
from tests.timeline.factories import fact

OFFICIAL = SourceKind.OFFICIAL


def test_an_official_death_notice_allows_telling() -> None:
    notice = fact(1, Claim.KILLED, "2026-04-02", "F6", source_kind=OFFICIAL)
    gate = death_disclosure([notice])
    assert gate.allowed and gate.basis is Basis.OFFICIAL_NOTICE and gate.report_id == 1
    assert "report 1" in gate.reason


def test_an_official_status_of_killed_allows_telling() -> None:
    gate = death_disclosure([], PersonFacts(official_status=OfficialStatus.KILLED))
    assert gate.allowed and gate.basis is Basis.OFFICIAL_STATUS and gate.report_id is None


def test_identified_remains_allow_telling_when_credible() -> None:
    remains = fact(2, Claim.REMAINS_IDENTIFIED, "2026-05", "C3", source_kind=SourceKind.RESEARCH)
    assert death_disclosure([remains]).basis is Basis.IDENTIFIED_REMAINS
    rumour = fact(2, Claim.REMAINS_IDENTIFIED, "2026-05", "E5", source_kind=SourceKind.MEDIA)
    assert not death_disclosure([rumour]).allowed


def test_an_independent_b2_report_of_death_allows_telling() -> None:
    gate = death_disclosure([fact(3, Claim.KILLED, "2026-04-02", "B2", source_kind="unit")])
    assert gate.allowed and gate.basis is Basis.INDEPENDENT_REPORT and gate.report_id == 3


def test_a_c3_report_of_death_is_not_enough() -> None:
    gate = death_disclosure([fact(3, Claim.KILLED, "2026-04-02", "C3", source_kind="comrade")])
    assert not gate.allowed
    assert "graded A-B and 1-2" in gate.reason


def test_no_report_of_death_at_all() -> None:
    gate = death_disclosure([fact(1, Claim.MISSING, "2026-04-02")])
    assert not gate.allowed and gate.report_id is None
    assert gate.reason.startswith("No report says that the person died")


def test_a_credible_report_of_him_alive_later_blocks_the_b2_report() -> None:
    killed = fact(3, Claim.KILLED, "2026-04-02", "B2", source_kind="unit")
    wounded = fact(4, Claim.WOUNDED, "2026-04-09", "C3", source_kind="opposing_side")
    gate = death_disclosure([killed, wounded])
    assert not gate.allowed and gate.report_id == 3
    assert "report 3" in gate.reason and "report 4" in gate.reason


def test_alive_at_the_same_time_blocks_but_alive_before_does_not() -> None:
    killed = fact(3, Claim.KILLED, "2026-04", "A1")
    same_month = fact(4, Claim.CAPTURED, "2026-04-20", "B3")
    assert not death_disclosure([killed, same_month]).allowed
    before = fact(5, Claim.ALIVE, "2026-03-20", "A1")
    assert death_disclosure([killed, before]).allowed


def test_a_rumour_of_him_alive_does_not_block() -> None:
    killed = fact(3, Claim.KILLED, "2026-04-02", "B2")
    rumour = fact(4, Claim.ALIVE, "2026-04-20", "D4")
    assert death_disclosure([killed, rumour]).allowed


def test_retracted_reports_never_count() -> None:
    notice = fact(1, Claim.KILLED, "2026-04-02", "A1", source_kind=OFFICIAL, retracted=True)
    assert not death_disclosure([notice]).allowed
    killed = fact(3, Claim.KILLED, "2026-04-02", "B2")
    retracted_alive = fact(4, Claim.ALIVE, "2026-04-20", "A1", retracted=True)
    assert death_disclosure([killed, retracted_alive]).allowed


def test_a_relay_is_not_independent() -> None:
    original = fact(1, Claim.KILLED, "2026-04-02", "D4", source_kind="comrade")
    relay = fact(2, Claim.KILLED, "2026-04-02", "B2", source_kind="unit", derived_from=1)
    official_relay = fact(3, Claim.KILLED, "2026-04-02", "A1", source_kind=OFFICIAL, derived_from=1)
    assert not death_disclosure([original, relay, official_relay]).allowed


def test_the_refusal_in_russian() -> None:
    table = i18n.source_translations("ru")
    previous = i18n.install_translator(lambda context, text: table.get((context, text), text))
    try:
        gate = death_disclosure([fact(3, Claim.KILLED, "2026-04-02", "C3")])
    finally:
        i18n.install_translator(previous)
    assert not gate.allowed
    assert "семье" in gate.reason and "A-B" in gate.reason


DAYS = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))
GRADES = st.sampled_from([f"{r}{c}" for r in "ABCDEF" for c in "123456"])
KINDS = st.sampled_from(list(SourceKind))


@st.composite
def reports(draw: st.DrawFn, first_id: int = 1, most: int = 6) -> list[ReportFact]:
    count = draw(st.integers(min_value=0, max_value=most))
    made: list[ReportFact] = []
    for report_id in range(first_id, first_id + count):
        made.append(
            fact(
                report_id,
                draw(st.sampled_from(list(Claim))),
                draw(DAYS).isoformat(),
                draw(GRADES),
                source_kind=draw(KINDS),
                retracted=draw(st.booleans()),
                derived_from=draw(st.sampled_from([None, *[m.id for m in made]])),
            )
        )
    return made


STATUSES = st.sampled_from(list(OfficialStatus)).map(lambda s: PersonFacts(official_status=s))


@settings(max_examples=200, deadline=None)
@given(reports(), STATUSES, DAYS, st.sampled_from([Claim.ALIVE, Claim.WOUNDED, Claim.CAPTURED]))
def test_a_later_credible_alive_report_never_opens_the_gate(
    facts: list[ReportFact], person: PersonFacts, when: date, claim: Claim
) -> None:
    alive = fact(99, claim, when.isoformat(), "B2")
    if not death_disclosure(facts, person).allowed:
        assert not death_disclosure([*facts, alive], person).allowed


@settings(max_examples=200, deadline=None)
@given(reports(), STATUSES, reports(first_id=50, most=3))
def test_retracted_reports_and_relays_of_death_never_open_the_gate(
    facts: list[ReportFact], person: PersonFacts, more: list[ReportFact]
) -> None:
    """Reports that cannot count (retracted, or relaying another) change no refusal."""
    extra = [
        ReportFact(
            id=m.id,
            claim=m.claim,
            event=m.event,
            received_on=m.received_on,
            source_kind=m.source_kind,
            reliability=m.reliability,
            credibility=m.credibility,
            derived_from_id=m.derived_from_id or (facts[0].id if facts and m.id % 2 else None),
            retracted=m.retracted or not (facts and m.id % 2),
        )
        for m in more
    ]
    if not death_disclosure(facts, person).allowed:
        assert not death_disclosure([*facts, *extra], person).allowed


@settings(max_examples=200, deadline=None)
@given(reports(), STATUSES, st.randoms(use_true_random=False))
def test_the_order_of_the_reports_does_not_matter(
    facts: list[ReportFact], person: PersonFacts, random: Random
) -> None:
    shuffled = list(facts)
    random.shuffle(shuffled)
    assert death_disclosure(shuffled, person) == death_disclosure(facts, person)


@settings(max_examples=200, deadline=None)
@given(reports(), STATUSES)
def test_an_allowed_gate_names_a_standing_original_report_of_death(
    facts: list[ReportFact], person: PersonFacts
) -> None:
    gate = death_disclosure(facts, person)
    if gate.allowed and gate.basis is not Basis.OFFICIAL_STATUS:
        basis = next(f for f in facts if f.id == gate.report_id)
        assert basis.group == "dead" and not basis.retracted and basis.derived_from_id is None
    if gate.allowed and gate.basis is Basis.OFFICIAL_STATUS:
        assert person.official_status is OfficialStatus.KILLED
