"""The plain facts the timeline analysis works on: reports and a person's official status."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING

from caseworker.dates import EventDate
from caseworker.vocab import (
    AssessedStatus,
    Claim,
    ClaimGroup,
    Credibility,
    OfficialStatus,
    Reliability,
    SourceKind,
)

if TYPE_CHECKING:
    from caseworker.models import Report

CREDIBLE_RELIABILITY = frozenset({Reliability.A, Reliability.B, Reliability.C})
CREDIBLE_CREDIBILITY = frozenset(
    {Credibility.CONFIRMED, Credibility.PROBABLY_TRUE, Credibility.POSSIBLY_TRUE}
)


# What a claim says about the person's fate, as one of the assessment's hypotheses;
# "no information" says nothing and supports none.
CLAIM_HYPOTHESIS: dict[Claim, AssessedStatus] = {
    Claim.ALIVE: AssessedStatus.ALIVE,
    Claim.RELEASED: AssessedStatus.ALIVE,
    Claim.WOUNDED: AssessedStatus.WOUNDED,
    Claim.CAPTURED: AssessedStatus.CAPTURED,
    Claim.KILLED: AssessedStatus.DEAD,
    Claim.REMAINS_RECOVERED: AssessedStatus.DEAD,
    Claim.REMAINS_IDENTIFIED: AssessedStatus.DEAD,
    Claim.MISSING: AssessedStatus.UNKNOWN,
}
OFFICIAL_HYPOTHESIS: dict[OfficialStatus, AssessedStatus] = {
    OfficialStatus.MISSING: AssessedStatus.UNKNOWN,
    OfficialStatus.CAPTURED: AssessedStatus.CAPTURED,
    OfficialStatus.WOUNDED: AssessedStatus.WOUNDED,
    OfficialStatus.KILLED: AssessedStatus.DEAD,
    OfficialStatus.ALIVE: AssessedStatus.ALIVE,
}


@dataclass(frozen=True, slots=True)
class ReportFact:
    """What the analysis needs to know about one report, detached from the database."""

    id: int
    claim: Claim
    event: EventDate
    received_on: date
    source_kind: SourceKind = SourceKind.OTHER
    source_name: str = ""
    reliability: Reliability = Reliability.F
    credibility: Credibility = Credibility.CANNOT_JUDGE
    stated_on: date | None = None
    derived_from_id: int | None = None
    place: str = ""
    summary: str = ""
    retracted: bool = False

    @property
    def group(self) -> ClaimGroup:
        return self.claim.group

    @property
    def hypothesis(self) -> AssessedStatus | None:
        return CLAIM_HYPOTHESIS.get(self.claim)

    @property
    def credible(self) -> bool:
        """Graded A-C for the source and 1-3 for the information (docs/WORDS-AND-RULES.md)."""
        return self.reliability in CREDIBLE_RELIABILITY and self.credibility in CREDIBLE_CREDIBILITY

    @classmethod
    def from_report(cls, report: Report) -> ReportFact:
        return cls(
            id=report.id,
            claim=report.claim,
            event=report.event,
            received_on=report.received_on,
            source_kind=report.source_kind,
            source_name=report.source_name,
            reliability=report.reliability,
            credibility=report.credibility,
            stated_on=report.stated_on,
            derived_from_id=report.derived_from_id,
            place=report.place,
            summary=report.summary,
            retracted=report.retracted,
        )


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """The person-level facts the rules compare the reports with.

    ``opened_on`` (the case's opening day), ``entered_on`` (the day it was entered in the
    program) and ``last_answer_on`` (the latest answer to an inquiry) feed the "no news"
    reminder, which applies only while ``active`` (the case is open).
    """

    official_status: OfficialStatus = OfficialStatus.NOT_REPORTED
    official_status_on: date | None = None
    opened_on: date | None = None
    entered_on: date | None = None
    last_answer_on: date | None = None
    active: bool = True


_TIME_ORDER = attrgetter("event.earliest", "event.latest", "id")


def in_time_order(facts: Iterable[ReportFact]) -> list[ReportFact]:
    """Reports by event (earliest, then latest day), then by id: the timeline's order."""
    return sorted(facts, key=_TIME_ORDER)


def roots_of(facts: Iterable[ReportFact]) -> dict[int, int]:
    """Each report's root: the report it relays, followed back to the original.

    Reports that share a root tell one thing from one source and never support or
    contradict one another. An origin that is missing from ``facts`` is still a shared
    root; a cycle (which the services refuse) is rooted at its lowest id.
    """
    origin_of: Mapping[int, int | None] = {f.id: f.derived_from_id for f in facts}
    roots: dict[int, int] = {}
    for start in origin_of:
        path: list[int] = []
        seen: set[int] = set()
        current = start
        while current not in roots:
            path.append(current)
            seen.add(current)
            parent = origin_of.get(current)
            if parent is None:
                roots[current] = current
                break
            if parent in seen:
                cycle = path[path.index(parent) :]
                roots[current] = min(cycle)
                break
            current = parent
        root = roots[current]
        for visited in path:
            roots[visited] = root
    return roots
