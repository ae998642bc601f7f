"""The disclosure gate: may the family be told that the person died?

Telling a family of a death is allowed only on a credible basis, one of:

1. **An official death notice**: the person's official status is "killed", or a report from
   an official source (ministry, official letter: source kind ``official``) says the person
   died (killed, remains recovered or identified), whatever its grades.
2. **Identified remains**: a report that the remains were identified (``remains_identified``),
   graded credible by the timeline's measure (source A-C, information 1-3).
3. **An independent report** that the person died (killed, remains recovered or identified),
   graded A-B for the source and 1-2 for the information, with no credible report (A-C,
   1-3) of the person alive, wounded, captured or released at the same time or later
   (an event that is not wholly before the death's).

Retracted reports never count, on either side. A report that relays another (``derived from``)
is never a basis itself: its original speaks for it. A pure function over the timeline's
plain facts; :mod:`caseworker.services.family_log` loads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from caseworker.i18n import translate
from caseworker.labels import short_grade
from caseworker.timeline.facts import PersonFacts, ReportFact
from caseworker.timeline.sentences import report_text
from caseworker.vocab import Claim, ClaimGroup, Credibility, OfficialStatus, Reliability, SourceKind

STRONG_RELIABILITY = frozenset({Reliability.A, Reliability.B})
STRONG_CREDIBILITY = frozenset({Credibility.CONFIRMED, Credibility.PROBABLY_TRUE})


class Basis(StrEnum):
    """What allowed telling the family of a death."""

    OFFICIAL_STATUS = "official_status"
    OFFICIAL_NOTICE = "official_notice"
    IDENTIFIED_REMAINS = "identified_remains"
    INDEPENDENT_REPORT = "independent_report"


@dataclass(frozen=True, slots=True)
class Disclosure:
    """The gate's answer: allowed or refused, with the reason in a sentence.

    ``report_id`` is the report the answer rests on: the basis when allowed; when refused, a
    strong report of the death that a credible report of the person alive stands against
    (``None`` when no report could be a basis).
    """

    allowed: bool
    reason: str
    basis: Basis | None = None
    report_id: int | None = None


def _original(fact: ReportFact) -> bool:
    return not fact.retracted and fact.derived_from_id is None


def _strong(fact: ReportFact) -> bool:
    return fact.reliability in STRONG_RELIABILITY and fact.credibility in STRONG_CREDIBILITY


def _by_id(facts: Iterable[ReportFact]) -> list[ReportFact]:
    return sorted(facts, key=lambda fact: fact.id)


def death_disclosure(facts: Iterable[ReportFact], person: PersonFacts | None = None) -> Disclosure:
    """Whether the family may be told that the person died, and why. Raises nothing."""
    reports = _by_id(facts)
    if person is not None and person.official_status is OfficialStatus.KILLED:
        return Disclosure(
            True,
            translate("Disclosure", "The person's official status is “killed”."),
            Basis.OFFICIAL_STATUS,
        )
    deaths = [f for f in reports if _original(f) and f.group is ClaimGroup.DEAD]
    for death in deaths:
        if death.source_kind is SourceKind.OFFICIAL:
            return Disclosure(
                True,
                translate("Disclosure", "An official notice of the death: {report}.").format(
                    report=report_text(death)
                ),
                Basis.OFFICIAL_NOTICE,
                death.id,
            )
    for death in deaths:
        if death.claim is Claim.REMAINS_IDENTIFIED and death.credible:
            return Disclosure(
                True,
                translate("Disclosure", "The remains were identified: {report}.").format(
                    report=report_text(death)
                ),
                Basis.IDENTIFIED_REMAINS,
                death.id,
            )
    alive = [f for f in reports if not f.retracted and f.group is ClaimGroup.ALIVE and f.credible]
    blocked: tuple[ReportFact, ReportFact] | None = None
    for death in (f for f in deaths if _strong(f)):
        against = next((f for f in alive if f.event.latest >= death.event.earliest), None)
        if against is None:
            return Disclosure(
                True,
                translate(
                    "Disclosure", "An independent report of the death graded {grade}: {report}."
                ).format(
                    grade=short_grade(death.reliability, death.credibility),
                    report=report_text(death),
                ),
                Basis.INDEPENDENT_REPORT,
                death.id,
            )
        blocked = blocked or (death, against)
    if blocked is not None:
        death, against = blocked
        return Disclosure(
            False,
            translate(
                "Disclosure",
                "The family cannot be told of a death yet: {death} says the person died, but the "
                "credible {alive} says the person was alive at the same time or later.",
            ).format(death=report_text(death), alive=report_text(against)),
            report_id=death.id,
        )
    if deaths:
        return Disclosure(
            False,
            translate(
                "Disclosure",
                "The family cannot be told of a death yet: no report of it is an official "
                "notice, identified remains or an independent report graded A-B and 1-2.",
            ),
        )
    return Disclosure(
        False,
        translate(
            "Disclosure",
            "No report says that the person died: the family can be told of a death only on an "
            "official notice, identified remains or an independent report graded A-B and 1-2.",
        ),
    )
