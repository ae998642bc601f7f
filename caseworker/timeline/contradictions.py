"""Where a person's reports contradict each other, the official status or the calendar.

The timeline checks four rules. Retracted reports take no part in any of them. A report
that only relays another one (a comrade repeating what the unit said, a reposted video)
shares that report's *root*, the original it goes back to; reports with the same root
tell one thing from one source, so they never contradict one another. A relay that
repeats its original (the same claim about the same event) adds no finding of its own:
the original speaks for it, unless the original is retracted.

Event dates are compared as periods: "April 2026" runs from 1 to 30 April, "about
2 April" from a week before to a week after. One event lies *after* another only when it
begins after the other has ended; two events *overlap* when their periods share a day.

1. **Alive after death** (high). A report that the person was alive (alive, wounded,
   captured, released) whose event lies wholly after an event in which a report said the
   person died (killed, remains recovered or identified). The sentence gives the number of
   days in between, "at least" when a date is known only roughly. The other way round,
   alive and later killed, is no contradiction: that is what happens in a war.
2. **Same-time conflict** (high). A report that the person was alive and one that the
   person was dead, for events that overlap: both cannot be true. Milder (medium): a report
   of capture and one of the person free or in hospital, at overlapping times, in two
   different places (both places named).
3. **Official status behind the facts** (high when the official status and the report
   disagree on life and death, otherwise medium). The official status says one thing, and
   a credible report (source A-C, information 1-3) that reached us after the status was
   set, or tells of a later event, says another, for more than 30 days (a setting). The
   sentence gives the number of days; the report behind the oldest disagreement is named.
4. **Stale** (low). While the case is open: no new report and no answer to an inquiry for
   more than 90 days (a setting), counted from the latest of those and the case's opening.

A conflict in which one report is not itself credible is one step milder (high becomes
medium, medium low), one in which neither is, two steps.

A person can have thousands of reports, so rules 1 and 2 do not list every conflicting
pair (ten death reports against ten alive reports would make a hundred). Instead each
report picks one representative among the reports it conflicts with: for rule 1 the
closest in time (an alive report, the last death report before it; a death report, the
first alive report after it); for rule 2 the overlapping report that ends last; for
captured against free, one report already under way elsewhere when it begins. So every
report in a conflict of life and death is named in at least one finding, a rule never
gives more findings than the reports it concerns, and the search takes sorted sweeps
(n log n), not a comparison of every pair. Ties go to the lower report id, so the
findings do not depend on the order in which the reports were entered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from caseworker.timeline import pairs, sentences
from caseworker.timeline.facts import (
    CLAIM_HYPOTHESIS,
    OFFICIAL_HYPOTHESIS,
    PersonFacts,
    ReportFact,
    roots_of,
)
from caseworker.vocab import (
    CLAIM_GROUPS,
    AssessedStatus,
    Claim,
    ClaimGroup,
    ContradictionRule,
    OfficialStatus,
    Severity,
)

SEVERITIES = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
RULE_RANK = {rule: rank for rank, rule in enumerate(ContradictionRule)}
FREE_CLAIMS = frozenset({Claim.ALIVE, Claim.WOUNDED})


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """How long a disagreement may last before the timeline points at it, in days."""

    official_delay_days: int = 30
    stale_after_days: int = 90


@dataclass(frozen=True, slots=True)
class Contradiction:
    """One finding: its rule, the reports involved (sorted ids), how serious it is.

    ``reports`` are the facts involved, the earlier event first; ``days`` is the number
    the sentence quotes (the gap, the delay); ``since`` the day a delay is counted from.
    The sentence itself, :attr:`explanation`, is worded when it is read, in the language
    installed at that moment.
    """

    rule: ContradictionRule
    report_ids: tuple[int, ...]
    severity: Severity
    days: int | None = None
    reports: tuple[ReportFact, ...] = ()
    since: date | None = None
    official_status: OfficialStatus | None = None

    @property
    def key(self) -> tuple[ContradictionRule, tuple[int, ...]]:
        return (self.rule, self.report_ids)

    @property
    def explanation(self) -> str:
        """One sentence a family could understand."""
        return _explain(self)


def _explain(found: Contradiction) -> str:
    rule, reports = found.rule, found.reports
    if rule is ContradictionRule.ALIVE_AFTER_DEATH:
        return sentences.alive_after_death(reports[0], reports[1], found.days or 0)
    if rule is ContradictionRule.SAME_TIME_CONFLICT:
        if any(report.group is ClaimGroup.DEAD for report in reports):
            return sentences.dead_and_alive_at_once(reports[0], reports[1])
        return sentences.captured_and_free_elsewhere(reports[0], reports[1])
    if rule is ContradictionRule.OFFICIAL_BEHIND:
        assert found.official_status is not None and found.since is not None
        return sentences.official_behind(
            found.official_status, reports[0], found.since, found.days or 0
        )
    assert found.since is not None  # a stale finding of an earlier version
    return sentences.stale(found.since, found.days or 0)


Buckets = dict[tuple[int, int], list["Contradiction"]]


def _add_pair_findings(
    buckets: Buckets, rule: ContradictionRule, base: Severity, found: Iterable[pairs.Pair]
) -> None:
    """Findings for pairs of spans, the earlier event first, into buckets by severity and rule.

    This loop is the hot path of a large timeline: it runs once for each finding.
    """
    rank = SEVERITY_RANK[base]
    lists = [buckets.setdefault((min(rank + steps, 2), RULE_RANK[rule]), []) for steps in range(3)]
    severities = [SEVERITIES[min(rank + steps, 2)] for steps in range(3)]
    after_death = rule is ContradictionRule.ALIVE_AFTER_DEATH
    for a, b in found:
        if a.start > b.start or (a.start == b.start and (a.end, a.id) > (b.end, b.id)):
            a, b = b, a
        steps = (not a.credible) + (not b.credible)
        lists[steps].append(
            Contradiction(
                rule,
                (a.id, b.id) if a.id < b.id else (b.id, a.id),
                severities[steps],
                b.start - a.end if after_death else None,
                (a.fact, b.fact),
            )
        )


def _echoes(relay: ReportFact, origin: ReportFact | None) -> bool:
    """Whether a relay repeats its (active) original: the same claim about the same event."""
    return origin is not None and origin.claim is relay.claim and origin.event == relay.event


def _conflicts(active: Sequence[ReportFact], roots: Mapping[int, int]) -> Buckets:
    alive: list[pairs.Span] = []
    dead: list[pairs.Span] = []
    captured: list[pairs.Span] = []
    free: list[pairs.Span] = []
    by_id = {fact.id: fact for fact in active}
    for fact in active:
        root = roots[fact.id]
        if root != fact.id and _echoes(fact, by_id.get(root)):
            continue
        group = CLAIM_GROUPS[fact.claim]
        if group is ClaimGroup.ALIVE:
            span = pairs.Span(fact, root)
            alive.append(span)
            if fact.claim is Claim.CAPTURED:
                captured.append(span.with_place())
            elif fact.claim in FREE_CLAIMS:
                free.append(span.with_place())
        elif group is ClaimGroup.DEAD:
            dead.append(pairs.Span(fact, root))
    buckets: Buckets = {}
    _add_pair_findings(
        buckets,
        ContradictionRule.ALIVE_AFTER_DEATH,
        Severity.HIGH,
        pairs.wholly_after(dead, alive),
    )
    _add_pair_findings(
        buckets,
        ContradictionRule.SAME_TIME_CONFLICT,
        Severity.HIGH,
        pairs.overlapping(alive, dead),
    )
    _add_pair_findings(
        buckets,
        ContradictionRule.SAME_TIME_CONFLICT,
        Severity.MEDIUM,
        pairs.overlapping_elsewhere(captured, free),
    )
    return buckets


def _official_behind(
    active: Iterable[ReportFact], person: PersonFacts, today: date, settings: AnalysisSettings
) -> Contradiction | None:
    official = OFFICIAL_HYPOTHESIS.get(person.official_status)
    if official is None:
        return None
    set_on = person.official_status_on
    oldest: tuple[date, int, ReportFact] | None = None
    skip = (None, AssessedStatus.UNKNOWN, official)
    for fact in active:
        if not fact.credible or CLAIM_HYPOTHESIS.get(fact.claim) in skip:
            continue
        if set_on is not None and not (fact.received_on > set_on or fact.event.earliest > set_on):
            continue
        since = fact.received_on if set_on is None else max(fact.received_on, set_on)
        if oldest is None or (since, fact.id) < oldest[:2]:
            oldest = (since, fact.id, fact)
    if oldest is None:
        return None
    since, _, fact = oldest
    days = (today - since).days
    if days <= settings.official_delay_days:
        return None
    official_group = ClaimGroup.DEAD if official is AssessedStatus.DEAD else ClaimGroup.ALIVE
    life_and_death = official is not AssessedStatus.UNKNOWN and official_group != fact.group
    return Contradiction(
        ContradictionRule.OFFICIAL_BEHIND,
        (fact.id,),
        Severity.HIGH if life_and_death else Severity.MEDIUM,
        days=days,
        reports=(fact,),
        since=since,
        official_status=person.official_status,
    )


@dataclass(frozen=True, slots=True)
class Reminder:
    """No news for a long time: a reminder to ask again, not a contradiction.

    ``since`` is the day of the last news (a report received, an inquiry answered) or the
    day the case was opened or entered in the program, whichever is latest; ``days`` the
    days since then; ``latest_report_id`` the report received last, if any.
    """

    since: date
    days: int
    latest_report_id: int | None = None

    @property
    def text(self) -> str:
        return sentences.stale(self.since, self.days)


def find_reminder(
    facts: Iterable[ReportFact],
    person: PersonFacts | None = None,
    *,
    today: date,
    settings: AnalysisSettings | None = None,
) -> Reminder | None:
    """The "no news" reminder while the case is open and quiet for too long, else None.

    Counted from the latest of: the case's opening day, the day it was entered in the
    program (a case entered today with an old opening day gets its full grace), the last
    report received, the last inquiry answer. Retracted reports are no news.
    """
    settings = settings or AnalysisSettings()
    person = person or PersonFacts()
    if not person.active:
        return None
    latest = max(
        (fact for fact in facts if not fact.retracted),
        key=lambda f: (f.received_on, f.id),
        default=None,
    )
    moments = [
        person.opened_on,
        person.entered_on,
        person.last_answer_on,
        latest.received_on if latest else None,
    ]
    known = [moment for moment in moments if moment is not None]
    if not known:
        return None
    since = max(known)
    days = (today - since).days
    if days <= settings.stale_after_days:
        return None
    return Reminder(since, days, latest.id if latest else None)


def find_contradictions(
    facts: Iterable[ReportFact],
    person: PersonFacts | None = None,
    *,
    today: date,
    settings: AnalysisSettings | None = None,
    roots: Mapping[int, int] | None = None,
) -> list[Contradiction]:
    """Every finding of the three rules, most severe first, then by rule and report ids.

    A long silence is not a contradiction: :func:`find_reminder` says so apart.

    ``roots`` (see :func:`roots_of`) may be passed when the caller has them already.
    """
    settings = settings or AnalysisSettings()
    person = person or PersonFacts()
    everything = list(facts)
    # Roots are traced through retracted reports too: relays of a retracted original
    # still repeat one another.
    roots = roots if roots is not None else roots_of(everything)
    active = [fact for fact in everything if not fact.retracted]
    buckets = _conflicts(active, roots)
    single = _official_behind(active, person, today, settings)
    if single is not None:
        rank = (SEVERITY_RANK[single.severity], RULE_RANK[single.rule])
        buckets.setdefault(rank, []).append(single)
    ordered: list[Contradiction] = []
    for rank in sorted(buckets):
        ordered += sorted(buckets[rank], key=attrgetter("report_ids"))
    return ordered


def find_official_behind(
    facts: Iterable[ReportFact],
    person: PersonFacts,
    *,
    today: date,
    settings: AnalysisSettings | None = None,
) -> Contradiction | None:
    """Rule 3 alone, "official status behind the facts", as :func:`find_contradictions`
    finds it, for callers (the work list) that need no other rule. Raises nothing."""
    active = [fact for fact in facts if not fact.retracted]
    return _official_behind(active, person, today, settings or AnalysisSettings())
