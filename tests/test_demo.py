"""The demo cases show the five situations the program exists for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.integrity import check_database
from caseworker.models import AuditEntry, Case, Relative, Report, SoughtPerson
from caseworker.services.search import search
from caseworker.services.worklist import work_list
from caseworker.text import normalize_phone
from caseworker.vocab import (
    Claim,
    ClaimGroup,
    Credibility,
    OfficialStatus,
    Reliability,
    SourceKind,
)

ACTOR = "tester"


@pytest.fixture
def demo(database: Database) -> list[str]:
    with database.write() as session:
        return [case.reference for case in load_demo(session, ACTOR)]


def _reports(database: Database) -> list[Report]:
    with database.read() as session:
        return list(session.scalars(select(Report).order_by(Report.id)))


def _persons(database: Database) -> list[SoughtPerson]:
    with database.read() as session:
        return list(session.scalars(select(SoughtPerson).order_by(SoughtPerson.id)))


def test_five_cases_each_with_next_action_and_reachable_relatives(
    database: Database, demo: list[str]
) -> None:
    assert len(demo) == 5
    with database.read() as session:
        cases = list(session.scalars(select(Case).order_by(Case.id)))
        relatives = list(session.scalars(select(Relative)))
    assert all(case.next_action and case.next_action_due for case in cases)
    assert all(case.persons_label and case.last_report_on for case in cases)
    assert {r.case_id for r in relatives} == {case.id for case in cases}
    # Reachable: each has a phone number (kept as typed), a Russian one.
    assert all(normalize_phone(r.phone).startswith("+7") for r in relatives)


@pytest.mark.usefixtures("demo")
def test_killed_then_alive_in_hospital(database: Database) -> None:
    reports = [r for r in _reports(database) if not r.retracted]
    killed = [
        r
        for r in reports
        if r.claim is Claim.KILLED
        and r.source_kind is SourceKind.UNIT
        and (r.reliability, r.credibility) == (Reliability.B, Credibility.PROBABLY_TRUE)
    ]
    alive = [
        r for r in reports if r.claim is Claim.WOUNDED and r.source_kind is SourceKind.OPPOSING_SIDE
    ]
    assert any(
        a.person_id == k.person_id and a.event.wholly_after(k.event)
        and (a.event_from - k.event_to).days <= 10
        for a in alive
        for k in killed
    )  # fmt: skip


@pytest.mark.usefixtures("demo")
def test_unit_passed_through_town_then_silence(database: Database) -> None:
    persons = {p.id: p for p in _persons(database)}
    missing = [r for r in _reports(database) if r.claim is Claim.MISSING and r.place]
    assert any(
        persons[r.person_id].last_contact_on == r.event_from
        and persons[r.person_id].last_contact_place == r.place
        for r in missing
    )


@pytest.mark.usefixtures("demo")
def test_prisoner_video_and_a_relay_of_it(database: Database) -> None:
    reports = _reports(database)
    videos = {
        r.id: r for r in reports if r.claim is Claim.CAPTURED and r.source_kind is SourceKind.MEDIA
    }
    relays = [r for r in reports if r.derived_from_id in videos]
    assert relays
    assert all(r.source_kind is SourceKind.COMRADE and r.claim is Claim.CAPTURED for r in relays)
    assert all(r.person_id == videos[r.derived_from_id].person_id for r in relays)  # type: ignore[index]


@pytest.mark.usefixtures("demo")
def test_official_missing_for_five_months_behind_credible_capture(database: Database) -> None:
    long_ago = date.today() - timedelta(days=150)
    stale = {
        p.id
        for p in _persons(database)
        if p.official_status is OfficialStatus.MISSING
        and p.official_status_on is not None
        and p.official_status_on < long_ago
    }
    assert any(
        r.person_id in stale
        and r.claim is Claim.CAPTURED
        and not r.retracted
        and r.reliability <= Reliability.B
        and r.credibility <= Credibility.PROBABLY_TRUE
        for r in _reports(database)
    )


@pytest.mark.usefixtures("demo")
def test_relative_gave_dna_reference_sample(database: Database) -> None:
    with database.read() as session:
        donors = list(
            session.scalars(select(Relative).where(Relative.dna_collected_on.is_not(None)))
        )
    assert donors
    donor = donors[0]
    assert donor.dna_lab and donor.dna_sample_ref
    assert donor.consent_on is not None and donor.consent_scope
    assert donor.consent_on <= donor.dna_collected_on  # type: ignore[operator]


@pytest.mark.usefixtures("demo")
def test_a_retracted_report_keeps_its_reason(database: Database) -> None:
    retracted = [r for r in _reports(database) if r.retracted]
    assert retracted
    assert all(r.retraction_reason and r.retracted_by == ACTOR for r in retracted)
    assert any(r.group is ClaimGroup.DEAD for r in retracted)


@pytest.mark.usefixtures("demo")
def test_no_date_lies_in_the_future(database: Database) -> None:
    today = date.today()
    for report in _reports(database):
        assert report.event_from <= today and report.received_on <= today
    for person in _persons(database):
        born = person.birth_date.latest if person.birth_date else None
        for day in (person.official_status_on, person.last_contact_on, born):
            assert day is None or day <= today


def test_loading_twice_adds_nothing(database: Database, demo: list[str]) -> None:
    with database.write() as session:
        again = [case.reference for case in load_demo(session, ACTOR)]
    assert again == demo
    with database.read() as session:
        assert session.scalar(select(func.count(Case.id))) == 5
        marks = session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "demo"))
        assert marks == 5


@pytest.mark.usefixtures("demo")
def test_demo_is_consistent_and_searchable(database: Database) -> None:
    with database.read() as session:
        assert check_database(session) == []
        hits = search(session, "КОВАЛЕВ")
    assert {hit.kind for hit in hits} == {"case", "person", "relative"}


@pytest.mark.usefixtures("demo")
def test_demo_morning_has_every_kind_of_work(database: Database) -> None:
    """A caseworker trying the demo sees a late letter, one due soon, a draft, an answer to
    record and a family waiting for news, whatever day it is."""
    with database.read() as session:
        today = work_list(session, date.today())
    assert len(today.overdue) == 2
    assert all(line.days_overdue > 0 for line in today.overdue)
    assert len(today.due_soon) == 1 and len(today.drafts) == 1
    assert len(today.unrecorded_answers) == 1
    assert len(today.families_waiting) == 1
