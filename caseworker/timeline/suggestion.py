"""What the reports together suggest about a person's fate, and how strongly.

Each hypothesis (alive and free, wounded or in hospital, captured, dead, unknown) gets a
score between 0 and 1. The caseworker's own assessment is recorded apart; this is only a
suggestion, and it shows its workings: each report's contribution to each hypothesis.

**A report's weight** is the product of its two grades, each judged alone:

=============  ====  ====  ====  ====  ====  ====
source         A     B     C     D     E     F
weight         1.0   0.8   0.6   0.35  0.15  0.05
information    1     2     3     4     5     6
weight         1.0   0.8   0.6   0.35  0.1   0.05
=============  ====  ====  ====  ====  ====  ====

so a B2 report weighs 0.64, a C3 0.36 and a rumour graded F6 0.0025. A "missing" report
only says that the person's fate is unknown and weighs half as much. "No information"
supports nothing. Retracted reports weigh nothing.

**Dates.** The newest report does not simply win. A death is final: a death report keeps
its full weight whatever comes after it, and a later report that the person is alive
(the "alive after death" contradiction) counts with its own weight for its own
hypothesis, so a rumour cannot erase a credible death report, nor a credible alive report
be erased by it. Among the living, a later event may move the person on (captured, then
released; wounded, then back in the unit; missing, then found): a report is discounted by
the weight of the strongest report of a *different* hypothesis whose event lies wholly
after it, to ``weight * (1 - later weight)``. Reports of the same hypothesis never
discount each other, and a "missing" report discounts nothing.

**Independence.** Reports that relay one original (a comrade repeating the unit, a
reposted video) share a root and count as one: for each hypothesis, the best of them. The
others contribute 0. Independent roots combine as independent evidence: the score is
``1 - (1 - w1) * (1 - w2) * ...``, so two B2 reports together give 0.87, never more than 1.

**The suggested status** is the hypothesis with the highest score; it is "unknown" while
no score reaches 0.1 or when the person's fate is tied (dead against one of the living, or
missing against anything). Alive, wounded and captured do not disagree about the fate: a
tie among them goes to the more specific (captured, then wounded, then alive and free).
The suggestion is **contested** when credible reports disagree about the fate: dead reaches
0.3 and so do the living (alive, wounded and captured combined). Two credible reports
"alive" and "wounded" of one day are not contested.

**Shares.** Scores are not probabilities, and they do not add up to anything: two B2
reports, one "killed" and one "alive", score 0.64 each. What the window shows are
**shares** that do: the part no report settles, ``(1 - s1) * (1 - s2) * ...`` over all
scores, counts as "unknown"; the rest is divided among the hypotheses in proportion to
their scores; whole percentages by the largest remainder, so that they add up to 100. A
report's part of a share is in proportion to its effective weight among the independent
reports carrying that hypothesis; relays and outweighed reports of one origin have none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from math import prod
from operator import itemgetter

from caseworker.timeline.facts import CLAIM_HYPOTHESIS, ReportFact, roots_of
from caseworker.vocab import AssessedStatus, Claim, Credibility, Reliability

RELIABILITY_WEIGHT: Mapping[Reliability, float] = {
    Reliability.A: 1.0,
    Reliability.B: 0.8,
    Reliability.C: 0.6,
    Reliability.D: 0.35,
    Reliability.E: 0.15,
    Reliability.F: 0.05,
}
CREDIBILITY_WEIGHT: Mapping[Credibility, float] = {
    Credibility.CONFIRMED: 1.0,
    Credibility.PROBABLY_TRUE: 0.8,
    Credibility.POSSIBLY_TRUE: 0.6,
    Credibility.DOUBTFUL: 0.35,
    Credibility.IMPROBABLE: 0.1,
    Credibility.CANNOT_JUDGE: 0.05,
}
GRADE_WEIGHT: Mapping[tuple[Reliability, Credibility], float] = {
    (reliability, credibility): r_weight * c_weight
    for reliability, r_weight in RELIABILITY_WEIGHT.items()
    for credibility, c_weight in CREDIBILITY_WEIGHT.items()
}
MISSING_FACTOR = 0.5
# Every claim and grade that supports a hypothesis, looked up once per report.
_WEIGHED: Mapping[tuple[Claim, Reliability, Credibility], tuple[AssessedStatus, float]] = {
    (claim, reliability, credibility): (
        hypothesis,
        weight * (MISSING_FACTOR if hypothesis is AssessedStatus.UNKNOWN else 1.0),
    )
    for claim, hypothesis in CLAIM_HYPOTHESIS.items()
    for (reliability, credibility), weight in GRADE_WEIGHT.items()
}
SUBSTANTIAL = 0.3
MIN_EVIDENCE = 0.1
HYPOTHESES = tuple(AssessedStatus)
_START = itemgetter(0)


# A tie among the living goes to the more specific status (a wounded man is alive too).
SPECIFICITY = (
    AssessedStatus.CAPTURED,
    AssessedStatus.WOUNDED,
    AssessedStatus.ALIVE,
    AssessedStatus.DEAD,
    AssessedStatus.UNKNOWN,
)
LIVING = frozenset({AssessedStatus.ALIVE, AssessedStatus.WOUNDED, AssessedStatus.CAPTURED})


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The suggested status, every hypothesis's score, and each report's contribution.

    ``scores`` are the combined weights (0..1 each, no sum); ``shares`` the whole
    percentages shown to people, adding up to 100 once anything is weighed (all 0 before);
    ``contributions`` each report's effective weight for its hypothesis and
    ``report_shares`` its part, in percent, of that hypothesis's share.
    """

    status: AssessedStatus
    scores: Mapping[AssessedStatus, float]
    contested: bool
    contributions: Mapping[int, Mapping[AssessedStatus, float]]
    shares: Mapping[AssessedStatus, int]
    report_shares: Mapping[int, Mapping[AssessedStatus, float]]


def report_weight(fact: ReportFact) -> float:
    """The weight of a report's grades alone (a "missing" report: half of it)."""
    return _weight(fact, fact.hypothesis)


def _weight(fact: ReportFact, hypothesis: AssessedStatus | None) -> float:
    weight = GRADE_WEIGHT[fact.reliability, fact.credibility]
    return weight * MISSING_FACTOR if hypothesis is AssessedStatus.UNKNOWN else weight


# (start day, end day, hypothesis, weight, report id, root): one report being weighed.
_Row = tuple[int, int, AssessedStatus, float, int, int]


def _later_weights(rows: list[_Row]) -> list[float]:
    """For each report, the weight of the strongest later report of another hypothesis.

    Reports sorted by start; from the end, the two heaviest of different hypotheses are
    kept for each suffix, enough to skip a report's own hypothesis.
    """
    movers = sorted((row for row in rows if row[2] is not AssessedStatus.UNKNOWN), key=_START)
    starts = [row[0] for row in movers]
    size = len(movers)
    best: list[tuple[float, AssessedStatus | None]] = [(0.0, None)] * (size + 1)
    other: list[float] = [0.0] * (size + 1)
    for i in range(size - 1, -1, -1):
        moved_to, weight = movers[i][2], movers[i][3]
        top_weight, top_hypothesis = best[i + 1]
        runner_up = other[i + 1]
        if weight > top_weight:
            best[i] = (weight, moved_to)
            other[i] = top_weight if top_hypothesis != moved_to else runner_up
        else:
            best[i] = (top_weight, top_hypothesis)
            other[i] = max(runner_up, weight) if moved_to != top_hypothesis else runner_up
    later: list[float] = []
    for _, end, hypothesis, _, _, _ in rows:
        if hypothesis is AssessedStatus.DEAD:
            later.append(0.0)
            continue
        k = bisect_right(starts, end)
        top_weight, top_hypothesis = best[k]
        later.append(other[k] if top_hypothesis == hypothesis else top_weight)
    return later


def suggest_status(
    facts: Iterable[ReportFact], roots: Mapping[int, int] | None = None
) -> Suggestion:
    """Weigh the reports (retracted ones excluded) into a suggested status.

    ``roots`` (see :func:`roots_of`) may be passed when the caller has them already.
    """
    everything = list(facts)
    roots = roots if roots is not None else roots_of(everything)
    rows: list[_Row] = [
        (f.event.earliest.toordinal(), f.event.latest.toordinal(), *weighed, f.id, roots[f.id])
        for f in everything
        if not f.retracted
        and (weighed := _WEIGHED.get((f.claim, f.reliability, f.credibility))) is not None
    ]
    # For each root and hypothesis, the best effective weight and the report carrying it.
    best: dict[tuple[int, AssessedStatus], tuple[float, int]] = {}
    effective: dict[int, tuple[AssessedStatus, float]] = {}
    for (_, _, hypothesis, weight, report_id, root), discount in zip(
        rows, _later_weights(rows), strict=True
    ):
        value = weight * (1.0 - discount)
        effective[report_id] = (hypothesis, value)
        held = best.get((root, hypothesis))
        if held is None or value > held[0] or (value == held[0] and report_id < held[1]):
            best[root, hypothesis] = (value, report_id)
    independent: dict[AssessedStatus, list[float]] = {hypothesis: [] for hypothesis in HYPOTHESES}
    for (_, hypothesis), (value, _) in best.items():
        independent[hypothesis].append(value)
    # Multiplied in sorted order, so that the input's order cannot change the last digit;
    # rounded, so that the float noise of 1 - (1 - w) shows neither in the view nor in JSON.
    scores = {
        hypothesis: round(1.0 - prod(1.0 - value for value in sorted(values)), 6)
        for hypothesis, values in independent.items()
    }
    carriers = {report_id for _, report_id in best.values()}
    contributions = {
        report_id: {hypothesis: 0.0} for report_id, (hypothesis, _) in effective.items()
    }
    for report_id in carriers:
        hypothesis, value = effective[report_id]
        contributions[report_id][hypothesis] = round(value, 6)
    exact = _exact_shares(scores)
    carried = {
        hypothesis: sum(value for (_, h), (value, _) in best.items() if h is hypothesis)
        for hypothesis in HYPOTHESES
    }
    report_shares = {
        report_id: {
            hypothesis: round(100 * exact[hypothesis] * value / carried[hypothesis], 6)
            if value > 0
            else 0.0
            for hypothesis, value in parts.items()
        }
        for report_id, parts in contributions.items()
    }
    return Suggestion(
        _status(scores),
        scores,
        _contested(scores),
        contributions,
        whole_percentages(exact),
        report_shares,
    )


def _exact_shares(scores: Mapping[AssessedStatus, float]) -> dict[AssessedStatus, float]:
    """Each hypothesis's share (0..1, adding up to 1; all 0 when nothing is weighed)."""
    total = sum(scores.values())
    if total <= 0:
        return {hypothesis: 0.0 for hypothesis in HYPOTHESES}
    unsettled = prod(1.0 - scores[hypothesis] for hypothesis in HYPOTHESES)
    shares = {
        hypothesis: (1.0 - unsettled) * scores[hypothesis] / total for hypothesis in HYPOTHESES
    }
    shares[AssessedStatus.UNKNOWN] += unsettled
    return shares


def whole_percentages(shares: Mapping[AssessedStatus, float]) -> dict[AssessedStatus, int]:
    """Shares (adding up to 1) as whole percentages adding up to 100: largest remainder."""
    if sum(shares.values()) <= 0:
        return {hypothesis: 0 for hypothesis in HYPOTHESES}
    raw = {hypothesis: 100 * shares[hypothesis] for hypothesis in HYPOTHESES}
    whole = {hypothesis: int(value) for hypothesis, value in raw.items()}
    left = 100 - sum(whole.values())
    by_remainder = sorted(HYPOTHESES, key=lambda h: (-(raw[h] - whole[h]), HYPOTHESES.index(h)))
    for hypothesis in by_remainder[:left]:
        whole[hypothesis] += 1
    return whole


def _status(scores: Mapping[AssessedStatus, float]) -> AssessedStatus:
    ranked = sorted(HYPOTHESES, key=lambda h: (-scores[h], SPECIFICITY.index(h)))
    top, runner_up = ranked[0], ranked[1]
    if scores[top] < MIN_EVIDENCE:
        return AssessedStatus.UNKNOWN
    # A tie within the living is settled by specificity; any other tie is about the fate.
    if scores[top] == scores[runner_up] and not {top, runner_up} <= LIVING:
        return AssessedStatus.UNKNOWN
    return top


def _contested(scores: Mapping[AssessedStatus, float]) -> bool:
    """Credible reports disagree about the fate: dead against the living together."""
    living = 1.0 - prod(1.0 - scores[hypothesis] for hypothesis in LIVING)
    return scores[AssessedStatus.DEAD] >= SUBSTANTIAL and living >= SUBSTANTIAL
