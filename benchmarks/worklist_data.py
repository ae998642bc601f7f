"""The work list benchmark's data: the 100,000 cases plus 200,000 inquiries and a family log.

Made once under ``benchmarks/data/`` (git-ignored) from a copy of the case desk's database
(:mod:`benchmarks.case_desk_data`, seed 1), with a fixed seed, written with SQLAlchemy Core
as :mod:`caseworker.synth` writes cases. The inquiries are spread as a busy office's would
be: each to an addressee of the starter set or a regional one (commissariats, units,
hospitals, regional commissioners and prosecutors, one body of the other side), sent between
the case's opening and the day the data was made; most were answered (their answer recorded
as a report of the case) or closed long ago, a few percent still wait (some of them
overdue), some were registered, extended or forwarded (a new linked inquiry whose clock
starts again), a few are drafts and a few answers are not yet recorded. Every step is an
``inquiry_events`` row. About a quarter of the relatives have family log entries. Each case
and its relatives count as entered on the case's opening day (the synthetic ones were all
entered on the day they were made).

The day the data was made is kept beside it (``.day``): the benchmark asks for the work
list as of that day, so that the figures do not drift as the calendar moves on.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, text

from benchmarks.case_desk_data import DATA
from caseworker.db import open_database
from caseworker.inquiries.deadlines import REGISTRATION_DAYS, rule_for
from caseworker.inquiries.starter import FEDERAL_OFFICES
from caseworker.models import Addressee, FamilyLogEntry, Inquiry, InquiryEvent
from caseworker.services.kept_days import refresh_all
from caseworker.vocab import (
    AddresseeKind,
    Channel,
    InquiryEventKind,
    InquiryStatus,
    ToldHow,
    ToldWhat,
)

INQUIRIES = 200_000
SEED = 12
ACTOR = "bench"
#: The case whose Inquiries tab is timed: it gets this many inquiries of every kind.
BIG_CASE_INQUIRIES = 40


def database_path(cases_count: int) -> Path:
    return DATA / f"worklist_{cases_count}.sqlite"


def data_day(path: Path) -> date:
    """The day the data was made, which the benchmark takes for today."""
    return date.fromisoformat(path.with_suffix(".day").read_text().strip())


def ensure_database(cases_count: int = 100_000, inquiries: int = INQUIRIES) -> Path:
    """Make the work list database once (a copy of the case desk's plus the inquiries)."""
    path = database_path(cases_count)
    if path.exists() and path.with_suffix(".day").exists():
        return path
    source = _case_desk(cases_count)
    partial = path.with_suffix(".partial")
    for leftover in DATA.glob(partial.name + "*"):
        leftover.unlink()
    print(f"copying {source.name} and adding {inquiries} inquiries (once; a few minutes)...")
    started = time.perf_counter()
    with sqlite3.connect(source) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    shutil.copyfile(source, partial)
    today = date.today()
    database = open_database(str(partial))  # brings the copy to the current schema
    try:
        summary = _fill(database, today, inquiries)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    partial.rename(path)
    for backup in DATA.glob(partial.name + ".before-*.bak"):
        backup.unlink()  # the migration's copy of the case desk's database
    path.with_suffix(".day").write_text(today.isoformat() + "\n")
    print(f"made in {time.perf_counter() - started:.0f} s: {summary}")
    return path


def _case_desk(cases_count: int) -> Path:
    from benchmarks import case_desk_data

    return case_desk_data.ensure_database(cases_count)


@dataclass
class _Case:
    id: int
    opened_on: date
    persons: list[int] = field(default_factory=list)
    relatives: list[int] = field(default_factory=list)


@dataclass
class _Writer:
    """Rows of the three tables with their keys, written in batches."""

    session: Any
    now: datetime
    next_id: dict[str, int]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def flush(self, at_least: int = 0) -> None:
        """Write the rows kept, parents before children, once there are ``at_least``."""
        if sum(len(rows) for rows in self.rows.values()) < at_least:
            return
        for name in _TABLES:
            if self.rows[name]:
                self.session.execute(insert(_TABLES[name]), self.rows[name])
                self.rows[name] = []


_TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Addressee, Inquiry, InquiryEvent, FamilyLogEntry)
}


def _fill(database: Any, today: date, count: int) -> dict[str, int]:
    rng = random.Random(SEED)
    with database.write() as session:
        session.execute(text("PRAGMA cache_size = -262144"))
        _entered_when_opened(session)
        cases = _cases(session)
        first_reports = _first_reports(session)
        writer = _Writer(
            session,
            datetime.now(UTC),
            {
                name: (session.scalar(select(table.c.id).order_by(table.c.id.desc())) or 0) + 1
                for name, table in _TABLES.items()
            },
        )
        offices = _addressees(session, writer)
        writer.flush()
        maker = _InquiryMaker(rng, today, writer, offices, first_reports)
        ordered = sorted(cases.values(), key=lambda c: c.id)
        big = ordered[len(ordered) // 2]
        for _ in range(BIG_CASE_INQUIRIES):
            maker.inquiry(big)
        while maker.made < count:
            maker.inquiry(rng.choice(ordered))
            writer.flush(at_least=20_000)  # whole inquiries only: a forwarding's pair together
        told = _family_log(writer, rng, today, ordered)
        writer.flush()
        refresh_all(session.connection())  # plain inserts: the work list's kept days
        return {
            "addressees": len(offices),
            "inquiries": maker.made,
            "events": maker.events,
            "family_log": told,
            "big_case": big.id,
        }


def _cases(session: Any) -> dict[int, _Case]:
    connection = session.connection()
    cases = {
        case_id: _Case(case_id, date.fromisoformat(opened_on))
        for case_id, opened_on in connection.execute(text("SELECT id, opened_on FROM cases"))
    }
    for person_id, case_id in connection.execute(text("SELECT id, case_id FROM persons")):
        cases[case_id].persons.append(person_id)
    for relative_id, case_id in connection.execute(text("SELECT id, case_id FROM relatives")):
        cases[case_id].relatives.append(relative_id)
    return cases


def _entered_when_opened(session: Any) -> None:
    """The synthetic cases were all entered on the day they were made; here each case and
    its relatives were entered on the day it was opened, as in an office that has used the
    program for three years (so that "no news for too long" and "not told within the
    interval" count from then)."""
    session.execute(text("UPDATE cases SET created_at = opened_on || ' 09:00:00.000000'"))
    session.execute(
        text(
            "UPDATE relatives SET created_at = "
            "(SELECT created_at FROM cases WHERE cases.id = relatives.case_id)"
        )
    )


def _first_reports(session: Any) -> dict[int, int]:
    """A report of each person that has one (an answer recorded as a report links it)."""
    query = text("SELECT person_id, min(id) FROM reports GROUP BY person_id")
    return dict(session.connection().execute(query).all())


_REGIONAL_KINDS = (
    ("Военный комиссариат {region}", AddresseeKind.COMMISSARIAT, False),
    ("Уполномоченный по правам человека — {region}", AddresseeKind.OMBUDSMAN, True),
    ("Военная прокуратура гарнизона — {region}", AddresseeKind.PROSECUTOR, False),
)


def _addressees(session: Any, writer: _Writer) -> list[tuple[int, float]]:
    """The starter set, regional offices, units and hospitals; (id, weight) of each."""
    regions = [
        r for (r,) in session.execute(text("SELECT DISTINCT region FROM cases WHERE region != ''"))
    ]
    offices: list[tuple[int, float]] = []

    def add(name: str, kind: AddresseeKind, weight: float, **values: Any) -> None:
        row_id = writer.take("addressees")
        writer.add(
            "addressees",
            {
                "id": row_id,
                "uuid": str(uuid.uuid4()),
                "version": 1,
                "created_at": writer.now,
                "updated_at": writer.now,
                "name": name,
                "kind": kind,
                "regional": False,
                "postal_address": "",
                "email": "",
                "portal": "",
                "deadline_days": None,
                "sensitive": False,
                "notes": "",
                **values,
            },
        )
        offices.append((row_id, weight))

    for office in FEDERAL_OFFICES:
        add(office.name, office.kind, 6.0, postal_address=office.postal_address)
    for region in sorted(regions):
        for pattern, kind, regional in _REGIONAL_KINDS:
            add(pattern.format(region=region), kind, 1.0, regional=regional)
    for number in range(60):
        add(f"Войсковая часть {10000 + number * 137}", AddresseeKind.UNIT, 0.5)
    for number in range(20):
        add(f"Военный госпиталь № {300 + number}", AddresseeKind.HOSPITAL, 0.4, deadline_days=45)
    add("Главное следственное управление", AddresseeKind.INVESTIGATIVE, 0.5)
    add("Комиссия по обмену (другая сторона)", AddresseeKind.OTHER_SIDE, 0.3, sensitive=True)
    add("Региональная приёмная (свой срок)", AddresseeKind.OTHER, 0.3, deadline_days=20)
    return offices


class _InquiryMaker:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        writer: _Writer,
        offices: list[tuple[int, float]],
        first_reports: dict[int, int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.writer = writer
        self.office_ids = [office for office, _ in offices]
        self.weights = [weight for _, weight in offices]
        self.first_reports = first_reports
        self.made = 0
        self.events = 0
        self.rules: dict[int, Any] = {}

    def _rule(self, addressee_id: int) -> Any:
        rule = self.rules.get(addressee_id)
        if rule is None:
            kind, own = self.writer.session.execute(
                select(Addressee.kind, Addressee.deadline_days).where(Addressee.id == addressee_id)
            ).one()
            rule = self.rules[addressee_id] = rule_for(kind, own)
        return rule

    def _event(self, inquiry_id: int, kind: InquiryEventKind, on: date, **values: Any) -> int:
        event_id = self.writer.take("inquiry_events")
        self.writer.add(
            "inquiry_events",
            {
                "id": event_id,
                "uuid": str(uuid.uuid4()),
                "inquiry_id": inquiry_id,
                "kind": kind,
                "event_on": on,
                "due_on": values.get("due_on"),
                "text": values.get("text", ""),
                "their_reference": values.get("their_reference", ""),
                "report_id": values.get("report_id"),
                "addressee_id": values.get("addressee_id"),
                "next_inquiry_id": values.get("next_inquiry_id"),
                "actor": ACTOR,
                "recorded_at": self.writer.now,
            },
        )
        self.events += 1
        return event_id

    def inquiry(
        self,
        case: _Case,
        sent_on: date | None = None,
        forwarded_from: tuple[int, int | None, int | None] | None = None,
    ) -> None:
        rng = self.rng
        today = self.today
        addressee = rng.choices(self.office_ids, self.weights)[0]
        rule = self._rule(addressee)
        inquiry_id = self.writer.take("inquiries")
        self.made += 1
        if forwarded_from is not None:
            _, person, applicant = forwarded_from
        else:
            person = rng.choice(case.persons) if case.persons and rng.random() < 0.9 else None
            applicant = (
                rng.choice(case.relatives) if case.relatives and rng.random() < 0.7 else None
            )
        row: dict[str, Any] = {
            "id": inquiry_id,
            "uuid": str(uuid.uuid4()),
            "version": 1,
            "created_at": self.writer.now,
            "updated_at": self.writer.now,
            "case_id": case.id,
            "person_id": person,
            "addressee_id": addressee,
            "applicant_id": applicant,
            "channel": rng.choice(list(Channel)),
            "status": InquiryStatus.DRAFT,
            "sent_on": None,
            "registered_on": None,
            "our_reference": f"И-{inquiry_id}",
            "their_reference": "",
            "answered_on": None,
            "answer": "",
            "notes": "",
            "forwarded_from_id": forwarded_from[0] if forwarded_from else None,
        }
        if sent_on is None and forwarded_from is None:
            if rng.random() < 0.012:  # a draft, written lately
                self.writer.add("inquiries", row)
                return
            span = max((today - case.opened_on).days, 1)
            sent_on = today - timedelta(days=int(span * rng.random() ** 0.7))
        assert sent_on is not None
        row["sent_on"] = sent_on
        row["status"] = InquiryStatus.SENT
        self._event(inquiry_id, InquiryEventKind.SENT, sent_on)
        start = sent_on + timedelta(days=REGISTRATION_DAYS)
        if rng.random() < 0.6:
            registered = sent_on + timedelta(days=rng.randint(1, 9))
            if registered <= today:
                row["registered_on"] = start = registered
                row["status"] = InquiryStatus.REGISTERED
                row["their_reference"] = f"{rng.randint(1, 99)}/{rng.randint(100, 99999)}"
                self._event(inquiry_id, InquiryEventKind.REGISTERED, registered)
        due = start + timedelta(days=rule.days)
        if rule.legal and rng.random() < 0.05 and start + timedelta(days=10) <= today:
            due = due + timedelta(days=rng.randint(10, 30))
            row["status"] = InquiryStatus.EXTENDED
            self._event(
                inquiry_id,
                InquiryEventKind.EXTENDED,
                start + timedelta(days=rng.randint(5, 10)),
                due_on=due,
                text="Продление срока рассмотрения обращения",
            )
        age = (today - sent_on).days
        fate = rng.random()
        waiting_share = 0.85 if age < 35 else 0.025
        if fate < waiting_share:
            pass  # still waiting (overdue when past its due date)
        elif fate < waiting_share + 0.05 and age > 10 and forwarded_from is None:
            on = sent_on + timedelta(days=rng.randint(3, min(age, 7)))
            next_id = self.writer.next_id["inquiries"]
            row["status"] = InquiryStatus.FORWARDED
            self.writer.add("inquiries", row)
            self._event(
                inquiry_id,
                InquiryEventKind.FORWARDED,
                on,
                addressee_id=addressee,
                next_inquiry_id=next_id,
                text="Направлено по компетенции",
            )
            self.inquiry(case, on, (inquiry_id, person, applicant))
            return
        elif fate < 0.86 or age < 35:
            answered = min(start + timedelta(days=rng.randint(5, 45)), today)
            answered = max(answered, sent_on)
            row["status"] = InquiryStatus.ANSWERED
            row["answered_on"] = answered
            row["answer"] = "Сведениями о месте нахождения военнослужащего не располагаем."
            # The answer became a report of the person (or of another of the case's); a few
            # answers of the last four months wait to be recorded.
            about = [person] if person is not None else []
            reports = [
                self.first_reports[p] for p in about + case.persons if p in self.first_reports
            ]
            report = reports[0] if reports else None
            recorded = report is not None and not (age < 120 and rng.random() < 0.15)
            self._event(
                inquiry_id,
                InquiryEventKind.ANSWERED,
                answered,
                text=row["answer"],
                report_id=report if recorded else None,
            )
        else:
            closed = min(due + timedelta(days=rng.randint(10, 90)), today)
            row["status"] = InquiryStatus.CLOSED
            self._event(
                inquiry_id,
                InquiryEventKind.CLOSED_WITHOUT_ANSWER,
                max(closed, sent_on),
                text="Ответ не получен",
            )
        self.writer.add("inquiries", row)


def _family_log(writer: _Writer, rng: random.Random, today: date, cases: list[_Case]) -> int:
    """About a quarter of the relatives were told something, a few times; most of them
    lately (within the 14 days), some long ago (they wait to be told again)."""
    told = 0
    what = [w for w in ToldWhat if w is not ToldWhat.KILLED]
    for case in cases:
        for relative in case.relatives:
            if rng.random() >= 0.25:
                continue
            span = max((today - case.opened_on).days, 1)
            last = rng.randint(0, min(span, 13)) if rng.random() < 0.85 else rng.randint(0, span)
            for number in range(rng.randint(1, 4)):
                writer.add(
                    "family_log",
                    {
                        "id": writer.take("family_log"),
                        "uuid": str(uuid.uuid4()),
                        "case_id": case.id,
                        "relative_id": relative,
                        "person_id": None,
                        "told_on": today - timedelta(days=min(span, last + 14 * number)),
                        "told_by": "Волонтёр",
                        "how": rng.choice(list(ToldHow)),
                        "what": rng.choice(what),
                        "note": "",
                        "override_reason": None,
                        "actor": ACTOR,
                        "recorded_at": writer.now,
                    },
                )
                told += 1
    return told


def give_addresses(path: Path, case_id: int) -> None:
    """The synthetic relatives have no postal address, which every starter letter needs:
    the case whose letter is timed gets them (once)."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE relatives SET address = '170100, г. Тверь, ул. Советская, д. ' || id "
            "WHERE case_id = ? AND address = ''",
            (case_id,),
        )
    connection.close()


def big_case_id(path: Path) -> int:
    """The case with the most inquiries (its Inquiries tab is timed)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT case_id FROM inquiries GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT 1"
        ).fetchone()
    connection.close()
    return int(row[0])
