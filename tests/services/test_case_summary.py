"""The case summary for paper: everything it shows, read in one session as plain values."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.errors import NotFound
from caseworker.services import cases, evidence, explanations, persons
from caseworker.services.case_summary import CaseSummary, summarise_case
from caseworker.timeline import ContradictionRule
from caseworker.vocab import (
    AssessedStatus,
    CaseStatus,
    Claim,
    Confidence,
    Credibility,
    OfficialStatus,
    Relation,
    Reliability,
)
from tests.conftest import ACTOR
from tests.fixtures_summary import TODAY, DemoCase, demo_case_with_evidence


@pytest.fixture
def demo(database: Database, tmp_path: Path) -> DemoCase:
    return demo_case_with_evidence(database, tmp_path)


def summary_of(database: Database, case_id: int) -> CaseSummary:
    with database.read() as session:
        return summarise_case(session, case_id, today=TODAY)


def test_the_case_and_its_relatives(database: Database, demo: DemoCase) -> None:
    summary = summary_of(database, demo.case_id)

    assert summary.reference == demo.reference
    assert (summary.family_name, summary.region) == ("Соколовы", "Белгородская область")
    assert summary.status is CaseStatus.OPEN and summary.assigned_to == ACTOR
    assert summary.next_action == "Запрос в военные госпитали о раненых"
    assert summary.next_action_due == date(2026, 12, 2)
    assert summary.made_on == TODAY
    [wife] = summary.relatives
    assert (wife.full_name, wife.relation) == ("Соколова Марина Андреевна", Relation.WIFE)
    assert wife.consent_on == date(2026, 10, 28)


def test_the_sought_person_with_identity_and_official_status(
    database: Database, demo: DemoCase
) -> None:
    [person] = summary_of(database, demo.case_id).persons

    assert person.full_name == "Соколов Дмитрий Игоревич"
    assert person.birth_date is not None and person.birth_date.earliest == date(1992, 3, 14)
    # Compared on its digits and letters: how the number is stored is not this test's concern.
    assert "".join(c for c in person.service_number if c.isalnum()) == "ВС482913"
    assert person.rank == "сержант"
    assert person.unit == "в/ч 00417, 2-я рота"
    assert person.official_status is OfficialStatus.MISSING
    assert person.official_status_on == date(2026, 11, 2)


def test_reports_come_in_time_order_with_grades_and_retractions(
    database: Database, demo: DemoCase
) -> None:
    [person] = summary_of(database, demo.case_id).persons
    reports = person.reports

    assert [r.event.earliest for r in reports] == sorted(r.event.earliest for r in reports)
    assert [r.claim for r in reports] == [Claim.KILLED, Claim.KILLED, Claim.WOUNDED]
    killed = next(r for r in reports if r.id == demo.killed_report_id)
    assert (killed.reliability, killed.credibility) == (Reliability.B, Credibility.PROBABLY_TRUE)
    assert killed.source_name == "командир роты, в/ч 00417"
    [retracted] = [r for r in reports if r.retracted]
    assert retracted.retraction_reason.startswith("Перепутал с однофамильцем")
    assert all(r.retraction_reason == "" for r in reports if not r.retracted)


def test_contradictions_come_in_their_sentences(database: Database, demo: DemoCase) -> None:
    [person] = summary_of(database, demo.case_id).persons

    [finding] = [f for f in person.findings if f.rule is ContradictionRule.ALIVE_AFTER_DEATH]
    assert finding.report_ids == (demo.killed_report_id, demo.wounded_report_id)
    assert "a person reported dead was reported alive 5 days later" in finding.sentence
    assert not finding.explained


def test_an_explained_contradiction_keeps_its_note(database: Database, demo: DemoCase) -> None:
    with database.write() as session:
        explanations.explain_contradiction(
            session,
            ACTOR,
            demo.person_id,
            ContradictionRule.ALIVE_AFTER_DEATH,
            (demo.killed_report_id, demo.wounded_report_id),
            "Командир говорил со слов сослуживцев.",
        )
    [person] = summary_of(database, demo.case_id).persons

    [finding] = [f for f in person.findings if f.rule is ContradictionRule.ALIVE_AFTER_DEATH]
    assert finding.note == "Командир говорил со слов сослуживцев."
    assert finding.explained_by == ACTOR


def test_the_suggestion_and_the_assessment_stay_apart(database: Database, demo: DemoCase) -> None:
    [person] = summary_of(database, demo.case_id).persons

    assert person.contested
    assert person.assessment is not None
    assert person.assessment.status is AssessedStatus.UNKNOWN
    assert person.assessment.confidence is Confidence.LOW
    assert person.assessment.rationale.startswith("Два источника")
    assert person.timeline.case_reference == demo.reference
    assert person.timeline.person_name == person.full_name


def test_evidence_with_hashes_and_the_reports_it_supports(
    database: Database, demo: DemoCase
) -> None:
    summary = summary_of(database, demo.case_id)
    photo, letter = summary.evidence

    assert (photo.name, photo.sha256) == ("снимок из госпиталя.jpg", demo.photo_sha256)
    assert photo.report_ids == (demo.wounded_report_id,)
    assert (letter.sha256, letter.report_ids) == (demo.letter_sha256, ())
    [person] = summary.persons
    wounded = next(r for r in person.reports if r.id == demo.wounded_report_id)
    assert wounded.evidence_ids == (photo.id,)


def test_removed_evidence_is_left_out(database: Database, demo: DemoCase) -> None:
    letter = summary_of(database, demo.case_id).evidence[1]
    with database.write() as session:
        evidence.remove_evidence(session, ACTOR, letter.id, None)

    assert [item.sha256 for item in summary_of(database, demo.case_id).evidence] == [
        demo.photo_sha256
    ]


def test_the_summary_is_frozen_plain_values(database: Database, demo: DemoCase) -> None:
    summary = summary_of(database, demo.case_id)

    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.reference = "2026-9999"  # type: ignore[misc]
    assert isinstance(summary.persons, tuple) and isinstance(summary.persons[0].reports, tuple)


def test_a_new_case_without_people_or_reports(database: Database) -> None:
    with database.write() as session:
        case_id = cases.create_case(session, ACTOR, family_name="Ёлкины").id
        persons.add_person(session, ACTOR, case_id, surname="Ёлкин", given_name="Пётр")
    summary = summary_of(database, case_id)

    assert summary.relatives == () and summary.evidence == ()
    [person] = summary.persons
    assert person.reports == () and person.assessment is None
    assert person.suggested is AssessedStatus.UNKNOWN and not person.contested


def test_an_unknown_case_is_refused(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound):
        summarise_case(session, 4242)
