"""The timeline, explanations and assessments through the services, on a real database."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from caseworker.db import Database
from caseworker.errors import NotFound, ValidationError
from caseworker.models import Addressee, AuditEntry, ContradictionExplanation, Inquiry
from caseworker.services import assessments, audit, cases, reports
from caseworker.services.explanations import explain_contradiction, unexplain_contradiction
from caseworker.services.timeline import load_timeline, open_contradiction_counts
from caseworker.timeline import AnalysisSettings, ContradictionRule
from caseworker.vocab import AddresseeKind, AssessedStatus, Confidence, InquiryStatus
from tests.conftest import ACTOR, SampleCase, add_person, add_report

TODAY = date(2026, 6, 1)
AFTER_DEATH = ContradictionRule.ALIVE_AFTER_DEATH


def test_the_timeline_of_the_demo_person(database: Database, sample_case: SampleCase) -> None:
    with database.read() as session:
        timeline = load_timeline(session, sample_case.person_id, today=TODAY)
    assert [r.id for r in timeline.reports] == [
        sample_case.killed_report_id,
        sample_case.alive_report_id,
    ]
    [found] = timeline.open_contradictions
    assert found.rule is AFTER_DEATH
    assert found.report_ids == (sample_case.killed_report_id, sample_case.alive_report_id)
    assert "3 days later" in found.explanation
    assert "командир роты" in found.explanation
    assert timeline.open_count == 1
    assert timeline.contested
    assert timeline.suggestion.status is AssessedStatus.DEAD


def test_no_news_is_a_reminder_that_follows_the_settings(
    database: Database, sample_case: SampleCase
) -> None:
    later = date.today() + timedelta(days=200)
    with database.read() as session:
        timeline = load_timeline(session, sample_case.person_id, today=later)
        assert timeline.reminder is not None and timeline.reminder.days >= 200
        rules = [c.contradiction.rule for c in timeline.contradictions]
        assert ContradictionRule.STALE not in rules, "a reminder, not a contradiction"
        patient = AnalysisSettings(stale_after_days=365)
        assert (
            load_timeline(session, sample_case.person_id, today=later, settings=patient).reminder
            is None
        )


def test_a_case_entered_today_gets_no_reminder_at_once(
    database: Database, sample_case: SampleCase
) -> None:
    """The sample case was opened in May but entered today: no "no news" yet."""
    with database.read() as session:
        assert load_timeline(session, sample_case.person_id).reminder is None


def test_an_inquiry_answer_counts_as_news(database: Database, sample_case: SampleCase) -> None:
    later = date.today() + timedelta(days=120)
    with database.write() as session:
        ministry = Addressee(name="Министерство обороны", kind=AddresseeKind.MINISTRY)
        session.add(
            Inquiry(
                case_id=sample_case.case_id,
                addressee=ministry,
                status=InquiryStatus.ANSWERED,
                sent_on=date.today(),
                answered_on=date.today() + timedelta(days=60),
            )
        )
    with database.read() as session:
        assert load_timeline(session, sample_case.person_id, today=later).reminder is None
        quiet = load_timeline(session, sample_case.person_id, today=later + timedelta(days=60))
    assert quiet.reminder is not None


def test_explaining_sets_a_contradiction_aside_and_withdrawing_brings_it_back(
    database: Database, sample_case: SampleCase
) -> None:
    ids = [sample_case.alive_report_id, sample_case.killed_report_id]  # any order
    with database.write() as session:
        explain_contradiction(
            session,
            ACTOR,
            sample_case.person_id,
            "alive_after_death",
            ids,
            "The unit confused him with another soldier; confirmed by phone on 12 May.",
        )
    with database.read() as session:
        timeline = load_timeline(session, sample_case.person_id, today=TODAY)
        [listed] = timeline.contradictions
        assert listed.explained
        assert listed.note is not None and listed.note.startswith("The unit confused")
        assert listed.explained_by == ACTOR
        assert timeline.open_count == 0
        # Nothing was deleted: both reports are still there.
        assert len(timeline.reports) == 2
    with database.write() as session:
        row = unexplain_contradiction(session, ACTOR, sample_case.person_id, AFTER_DEATH, ids)
        row_id = row.id
    with database.read() as session:
        assert load_timeline(session, sample_case.person_id, today=TODAY).open_count == 1
        actions = [
            entry.action for entry in audit.history(session, "contradiction_explanations", row_id)
        ]
        assert actions == ["create", "withdraw"]
    with database.write() as session:
        explain_contradiction(session, ACTOR, sample_case.person_id, AFTER_DEATH, ids, "Again.")
    with database.read() as session:
        assert load_timeline(session, sample_case.person_id, today=TODAY).open_count == 0
        actions = [
            entry.action for entry in audit.history(session, "contradiction_explanations", row_id)
        ]
        assert actions == ["create", "withdraw", "explain", "update"]
        assert len(session.scalars(select(ContradictionExplanation)).all()) == 1


@pytest.mark.parametrize(
    ("rule", "note", "field"),
    [
        ("alive_after_death", "   ", "note"),
        ("zombie", "A note.", "rule"),
    ],
)
def test_an_explanation_needs_a_note_and_a_real_rule(
    database: Database, sample_case: SampleCase, rule: str, note: str, field: str
) -> None:
    ids = [sample_case.killed_report_id, sample_case.alive_report_id]
    with database.write() as session, pytest.raises(ValidationError) as raised:
        explain_contradiction(session, ACTOR, sample_case.person_id, rule, ids, note)
    assert raised.value.field == field


def test_an_explanation_names_only_the_persons_own_reports(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        other_case = cases.create_case(session, ACTOR, family_name="Петровы")
        other = add_person(session, other_case.id, "Петров Иван")
        with pytest.raises(ValidationError):
            explain_contradiction(
                session, ACTOR, other.id, AFTER_DEATH, [sample_case.killed_report_id], "Note."
            )
        with pytest.raises(NotFound):
            unexplain_contradiction(session, ACTOR, other.id, AFTER_DEATH, [1, 2])


def test_retracting_a_report_through_the_services_ends_its_contradiction(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        killed = reports.get_report(session, sample_case.killed_report_id)
        reports.retract_report(session, ACTOR, killed.id, killed.version, "Wrong person.")
    with database.read() as session:
        timeline = load_timeline(session, sample_case.person_id, today=TODAY)
    assert timeline.open_count == 0
    assert [r.retracted for r in timeline.reports] == [True, False]
    assert timeline.suggestion.status is AssessedStatus.WOUNDED


def test_a_relay_added_through_the_services_weighs_as_its_origin(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        before = load_timeline(session, sample_case.person_id, today=TODAY)
    with database.write() as session:
        add_report(
            session, sample_case.person_id, "killed", "2026-04-02", "C3", source_kind="comrade",
            derived_from_id=sample_case.killed_report_id, received_on="2026-04-20",
        )  # fmt: skip
    with database.read() as session:
        after = load_timeline(session, sample_case.person_id, today=TODAY)
    assert after.suggestion.scores == before.suggestion.scores
    assert after.open_count == before.open_count


def test_open_contradiction_counts_for_the_case_list(
    database: Database, sample_case: SampleCase
) -> None:
    with database.write() as session:
        quiet = cases.create_case(session, ACTOR, family_name="Ивановы", opened_on="2026-05-20")
        add_person(session, quiet.id, "Иванов Пётр")
        empty = cases.create_case(session, ACTOR, family_name="Сидоровы")
    with database.read() as session:
        counts = open_contradiction_counts(
            session, [sample_case.case_id, quiet.id, empty.id], today=TODAY
        )
    assert counts == {sample_case.case_id: (1, True), quiet.id: (0, False), empty.id: (0, False)}
    with database.write() as session:
        explain_contradiction(
            session,
            ACTOR,
            sample_case.person_id,
            AFTER_DEATH,
            [sample_case.killed_report_id, sample_case.alive_report_id],
            "Checked.",
        )
    with database.read() as session:
        counts = open_contradiction_counts(session, [sample_case.case_id], today=TODAY)
    assert counts == {sample_case.case_id: (0, True)}


def test_an_assessment_is_stored_apart_and_audited(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        assert assessments.latest_assessment(session, sample_case.person_id) is None
    with database.write() as session:
        first = assessments.record_assessment(
            session, ACTOR, sample_case.person_id, "dead", "low", "Only the unit says so."
        )
        second = assessments.record_assessment(
            session,
            ACTOR,
            sample_case.person_id,
            AssessedStatus.WOUNDED,
            Confidence.MEDIUM,
            "The hospital in the other side's video matches his tattoo.",
        )
        first_id, second_id = first.id, second.id
    with database.read() as session:
        latest = assessments.latest_assessment(session, sample_case.person_id)
        assert latest is not None and latest.id == second_id
        assert (latest.status, latest.confidence, latest.assessed_by) == (
            AssessedStatus.WOUNDED,
            Confidence.MEDIUM,
            ACTOR,
        )
        history = assessments.assessments_of_person(session, sample_case.person_id)
        assert [a.id for a in history] == [first_id, second_id]
        [created] = audit.history(session, "assessments", second_id)
        assert created.actor == ACTOR
        assert json.loads(created.new_value or "{}")["status"] == "wounded"
        # The suggestion is computed on its own, whatever the caseworker assessed.
        timeline = load_timeline(session, sample_case.person_id, today=TODAY)
        assert timeline.suggestion.status is AssessedStatus.DEAD


@pytest.mark.parametrize(
    ("status", "confidence", "rationale", "field"),
    [
        ("dead", "high", "  ", "rationale"),
        ("zombie", "high", "Because.", "status"),
        ("dead", "", "Because.", "confidence"),
    ],
)
def test_an_assessment_needs_a_status_a_confidence_and_a_rationale(
    database: Database,
    sample_case: SampleCase,
    status: str,
    confidence: str,
    rationale: str,
    field: str,
) -> None:
    with database.write() as session, pytest.raises(ValidationError) as raised:
        assessments.record_assessment(
            session, ACTOR, sample_case.person_id, status, confidence, rationale
        )
    assert raised.value.field == field
    with database.read() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.entity == "assessments")).all()
            == []
        )
