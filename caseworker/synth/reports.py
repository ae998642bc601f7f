"""Synthetic reports about one sought person: varied claims, sources, grades and dates."""

from __future__ import annotations

import calendar
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from caseworker.dates import APPROXIMATE_MARGIN
from caseworker.synth import data
from caseworker.synth.data import Weighted, weighted
from caseworker.synth.people import PersonDraft
from caseworker.vocab import Claim, Credibility, DatePrecision, Reliability, SourceKind

MAX_REPORTS = 30
DERIVED_SHARE = 0.08
RETRACTED_SHARE = 0.03
_FATE_CLAIMS = {
    "unknown": (Claim.MISSING, Claim.NO_INFORMATION),
    "captured": (Claim.CAPTURED, Claim.MISSING, Claim.RELEASED),
    "killed": (Claim.KILLED, Claim.REMAINS_RECOVERED, Claim.REMAINS_IDENTIFIED, Claim.MISSING),
    "wounded": (Claim.WOUNDED, Claim.ALIVE),
    "alive": (Claim.ALIVE, Claim.WOUNDED, Claim.RELEASED),
}
_PRECISIONS = (
    (DatePrecision.DAY, 70),
    (DatePrecision.MONTH, 10),
    (DatePrecision.APPROXIMATE, 10),
    (DatePrecision.RANGE, 7),
    (DatePrecision.YEAR, 3),
)
_WEAK_RELIABILITY = (Reliability.D, Reliability.E, Reliability.F)
_WEAK_CREDIBILITY = (
    Credibility.POSSIBLY_TRUE,
    Credibility.DOUBTFUL,
    Credibility.IMPROBABLE,
    Credibility.CANNOT_JUDGE,
)
_DOCUMENTED = {SourceKind.OFFICIAL, SourceKind.OMBUDSMAN, SourceKind.RED_CROSS}

Draft = dict[str, Any]


class ReportMaker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._claims = weighted(data.CLAIMS)
        self._kinds = weighted(data.SOURCE_KINDS)
        self._reliability = weighted(data.RELIABILITIES)
        self._credibility = weighted(data.CREDIBILITIES)
        self._precision = weighted(_PRECISIONS)

    def _pick(self, choices: Weighted) -> Any:
        return self.rng.choices(choices[0], cum_weights=choices[1])[0]

    def _count(self) -> int:
        if self.rng.random() < 0.15:
            return self.rng.randint(0, MAX_REPORTS)
        return min(MAX_REPORTS, int(self.rng.expovariate(1 / 6)))

    def _later(self, day: date, most: int) -> date:
        return min(self.today, day + timedelta(days=self.rng.randint(0, most)))

    def for_person(self, person: PersonDraft, caseworker: str) -> list[Draft]:
        """The person's reports in the order they were received (a relay after its origin).

        Each draft is ``{"row": column values, "origin": the draft it relays or None}``.
        """
        count = self._count()
        originals: list[Draft] = []
        relays: list[Draft] = []
        for index in range(count):
            if originals and index and self.rng.random() < DERIVED_SHARE:
                relays.append(self._relay(self.rng.choice(originals), caseworker))
            else:
                originals.append(self._original(person, caseworker))
        drafts = originals + relays
        drafts.sort(key=lambda d: (d["row"]["received_on"], d["origin"] is not None))
        return drafts

    def _event(self, since: date) -> tuple[date, date, DatePrecision]:
        start = since - timedelta(days=3)
        day = start + timedelta(days=self.rng.randint(0, max(0, (self.today - start).days)))
        precision = self._pick(self._precision)
        if precision is DatePrecision.YEAR and day.year == self.today.year:
            precision = DatePrecision.MONTH
        if precision is DatePrecision.DAY:
            return day, day, precision
        if precision is DatePrecision.MONTH:
            last = calendar.monthrange(day.year, day.month)[1]
            return day.replace(day=1), day.replace(day=last), precision
        if precision is DatePrecision.YEAR:
            return date(day.year, 1, 1), date(day.year, 12, 31), precision
        if precision is DatePrecision.APPROXIMATE:
            # Stored as parse_event_date("~centre") stores it; the centre is never in the future.
            centre = min(day + APPROXIMATE_MARGIN, self.today)
            return centre - APPROXIMATE_MARGIN, centre + APPROXIMATE_MARGIN, precision
        return day, self._later(day, 20), precision

    def _original(self, person: PersonDraft, caseworker: str) -> Draft:
        rng = self.rng
        if rng.random() < 0.5:
            claim = rng.choice(_FATE_CLAIMS[person.fate])
        else:
            claim = self._pick(self._claims)
        kind = self._pick(self._kinds)
        event_from, event_to, precision = self._event(person.missing_since)
        stated = self._later(min(event_to, self.today), 10)
        received = self._later(stated, 30)
        retracted = rng.random() < RETRACTED_SHARE
        row = self._row(claim, kind, event_from, event_to, precision, caseworker)
        row.update(
            reliability=self._pick(self._reliability),
            credibility=self._pick(self._credibility),
            stated_on=stated if rng.random() < 0.8 else None,
            received_on=received,
        )
        if retracted:
            row.update(self._retraction(received, caseworker))
        return {"row": row, "origin": None}

    def _relay(self, origin: Draft, caseworker: str) -> Draft:
        source = origin["row"]
        received = self._later(source["received_on"], 14)
        row = self._row(
            source["claim"],
            self.rng.choice(data.RELAY_KINDS),
            source["event_from"],
            source["event_to"],
            source["event_precision"],
            caseworker,
        )
        row.update(
            reliability=self.rng.choice(_WEAK_RELIABILITY),
            credibility=self.rng.choice(_WEAK_CREDIBILITY),
            stated_on=None,
            received_on=received,
            summary="Пересказ: " + source["summary"],
        )
        return {"row": row, "origin": origin}

    def _row(
        self,
        claim: Claim,
        kind: SourceKind,
        event_from: date,
        event_to: date,
        precision: DatePrecision,
        caseworker: str,
    ) -> dict[str, Any]:
        rng = self.rng
        return {
            "claim": claim,
            "event_from": event_from,
            "event_to": event_to,
            "event_precision": precision,
            "source_kind": kind,
            "source_name": rng.choice(data.SOURCE_NAMES[kind]),
            "source_contact": f"+79{rng.randint(0, 999_999_999):09d}" if rng.random() < 0.2 else "",
            "document_ref": f"№ {rng.randint(1, 9999)}/{rng.randint(1, 99)}"
            if kind in _DOCUMENTED
            else "",
            "place": rng.choice(data.PLACES) if rng.random() < 0.6 else "",
            "summary": rng.choice(data.SUMMARIES[claim]),
            "entered_by": caseworker,
            "retracted_at": None,
            "retracted_by": "",
            "retraction_reason": "",
        }

    def _retraction(self, received: date, caseworker: str) -> dict[str, Any]:
        # Two days back at the latest: safely past in every time zone, and reproducible.
        latest = datetime.combine(self.today - timedelta(days=2), time(12, 0), tzinfo=UTC)
        moment = datetime.combine(self._later(received, 60), time(12, 0), tzinfo=UTC)
        return {
            "retracted_at": min(moment, latest),
            "retracted_by": caseworker,
            "retraction_reason": self.rng.choice(data.RETRACTION_REASONS),
        }
