"""The Timeline tab: contradictions, explanations, the assessment, export and selection sync."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseworker.models import AuditEntry
from caseworker.services import assessments, persons
from caseworker.vocab import AssessedStatus, Confidence
from tests.conftest import ACTOR, SampleCase
from tests.ui.conftest import shown_case_view
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_view import CaseView
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.timeline.contradiction_model import ContradictionRole
from ui.timeline.timeline_panel import TimelinePanel
from ui.timeline.timeline_widget import TimelineWidget


class RecordingTimeline(TimelineWidget):
    """The real timeline, remembering which reports the panel asked it to highlight."""

    highlighted: frozenset[int] = frozenset()

    def highlight_reports(self, report_ids: Collection[int]) -> None:
        self.highlighted = frozenset(report_ids)
        super().highlight_reports(report_ids)


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> TimelinePanel:
    shown = TimelinePanel(context, RecordingTimeline())
    qtbot.addWidget(shown)
    shown.resize(900, 640)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_person(sample_case.case_id, sample_case.person_id, "Шумов Алексей Петрович")
    return shown


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> CaseView:
    shown = shown_case_view(qtbot, context, sample_case.case_id, width=900)
    shown.tabs.setCurrentWidget(shown.timeline_panel)
    return shown


def select_rule(panel: TimelinePanel, rule: str) -> int:
    model = panel.contradiction_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ContradictionRole.RULE) == rule:
            panel.contradictions_table.selectRow(row)
            return row
    raise AssertionError(f"no {rule} contradiction listed")


def test_selecting_a_contradiction_highlights_its_reports(
    panel: TimelinePanel, sample_case: SampleCase
) -> None:
    timeline = panel.timeline
    assert isinstance(timeline, RecordingTimeline)
    assert timeline.highlighted == frozenset()
    select_rule(panel, "alive_after_death")
    assert timeline.highlighted == {sample_case.killed_report_id, sample_case.alive_report_id}
    assert "reported alive 3 days later" in panel.sentence_text()
    assert panel.explain_button.isEnabled() and not panel.reopen_button.isEnabled()
    panel.contradictions_table.clearSelection()
    assert timeline.highlighted == frozenset()


@pytest.mark.usefixtures("sample_case")
def test_marking_a_contradiction_explained_sets_it_aside_and_is_audited(
    qtbot: QtBot,
    panel: TimelinePanel,
    context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    before = panel.contradiction_model.open_count
    assert f"Contradictions: {before} open" in panel.contradictions_box.title()

    def refuse_empty_then_explain(dialog: RecordDialog) -> None:
        click_ok(qtbot, dialog)
        assert dialog.isVisible(), "a note is required"
        assert dialog.error_label.isVisible()
        fill(qtbot, dialog, {"note": "Командир перепутал с однофамильцем"})
        click_ok(qtbot, dialog)

    dialogs.then(refuse_empty_then_explain)
    select_rule(panel, "alive_after_death")
    qtbot.mouseClick(panel.explain_button, Qt.MouseButton.LeftButton)

    assert panel.contradiction_model.open_count == before - 1
    assert f"Contradictions: {before - 1} open" in panel.contradictions_box.title()
    # Still listed, now explained, and still selected with its note shown.
    item = panel.current_contradiction()
    assert item is not None and item.explained
    assert "Командир перепутал" in panel.sentence_text()
    assert panel.reopen_button.isEnabled() and not panel.explain_button.isEnabled()
    with context.database.read() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "contradiction_explanations")
        ).all()
    assert audited and all(entry.actor == ACTOR for entry in audited)

    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert panel.contradiction_model.open_count == before


def test_assess_stores_an_assessment_shown_in_the_panel(
    qtbot: QtBot,
    panel: TimelinePanel,
    context: AppContext,
    sample_case: SampleCase,
    dialogs: ScriptedDialogs,
) -> None:
    assert panel.assessment_box.status_label.text() == "Not assessed yet."
    dialogs.fill_and_ok(
        {
            "status": "wounded",
            "confidence": "medium",
            "rationale": "Звонок с его номера; ждём ответа госпиталей",
        }
    )
    qtbot.mouseClick(panel.assessment_box.assess_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        stored = assessments.latest_assessment(session, sample_case.person_id)
        assert stored is not None
        assert (stored.status, stored.confidence) == (AssessedStatus.WOUNDED, Confidence.MEDIUM)
        assert stored.assessed_by == ACTOR
    box = panel.assessment_box
    assert box.status_label.text() == "wounded or in hospital, confidence medium"
    assert "ждём ответа госпиталей" in box.rationale_label.text()
    assert box.by_label.text().startswith(f"by {ACTOR}, ")


def test_the_assessment_dialog_chooses_nothing_for_the_caseworker(
    qtbot: QtBot,
    panel: TimelinePanel,
    context: AppContext,
    sample_case: SampleCase,
    dialogs: ScriptedDialogs,
) -> None:
    """The suggestion is shown as a reminder; status and confidence start unchosen."""
    seen: dict[str, object] = {}

    def ok_without_choosing(dialog: RecordDialog) -> None:
        seen.update(dialog.values())
        fill(qtbot, dialog, {"rationale": "Пока только слова сослуживцев"})
        click_ok(qtbot, dialog)
        seen["still open"] = dialog.isVisible()
        seen["problem"] = dialog.error_label.text()
        dialog.reject()

    dialogs.then(ok_without_choosing)
    qtbot.mouseClick(panel.assessment_box.assess_button, Qt.MouseButton.LeftButton)
    assert seen["status"] is None and seen["confidence"] is None
    assert seen["still open"] is True
    assert "must be chosen" in str(seen["problem"])
    with context.database.read() as session:
        assert assessments.latest_assessment(session, sample_case.person_id) is None
    assert panel.assessment_box.status_label.text() == "Not assessed yet."


def test_export_writes_a_png_of_the_returned_size(
    panel: TimelinePanel, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    asked: list[str] = []

    def choose(_title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "письмо в министерство")

    prompts.answer_save = choose
    written = panel.export_picture()
    assert written == tmp_path / "письмо в министерство.png"
    assert asked and asked[0].endswith("Шумов Алексей Петрович.png")
    image = QImage(str(written))
    assert not image.isNull() and image.width() > 0 and image.height() > 0
    assert str(written) in panel.status_label.text()


def test_a_person_without_reports_gets_a_friendly_word(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    with context.database.write() as session:
        person_id = persons.add_person(
            session, ACTOR, sample_case.case_id, surname="Шумов", given_name="Пётр"
        ).id
    shown = TimelinePanel(context)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_person(sample_case.case_id, person_id, "Шумов Пётр")
    assert "No reports about Шумов Пётр yet" in shown.status_label.text()
    assert not shown.export_button.isEnabled()
    assert shown.suggestion_box.status_label.text() == "Suggested: unknown"


def test_report_table_and_timeline_selections_stay_in_sync(
    view: CaseView, sample_case: SampleCase
) -> None:
    panel = view.timeline_panel
    assert panel.result() is not None, "the tab loads its timeline when shown"
    view.select_report(sample_case.killed_report_id)
    assert panel.selected_report_id() == sample_case.killed_report_id
    assert panel.timeline.selected_report_id() == sample_case.killed_report_id
    assert panel.details.text("claim") == "killed"
    assert panel.details.text("source") == "unit: командир роты"

    # The user picks the other report in the timeline: the table follows.
    panel.timeline.select_report(sample_case.alive_report_id)
    panel.timeline.report_selected.emit(sample_case.alive_report_id)
    assert view.current_report_id() == sample_case.alive_report_id
    assert panel.selected_report_id() == sample_case.alive_report_id
    assert "в госпитале" in panel.details.text("summary")
    # Its part of the share it supports: with the B2 death report, 28 % of the weight.
    assert panel.details.text("weight") == "28 % of the share of “wounded or in hospital”"
    box = panel.suggestion_box
    assert box.share_label.text() == (
        f"Of these shares, report #{sample_case.alive_report_id} gives "
        "28 % of “wounded or in hospital”."
    )


def test_the_suggestion_shows_labelled_shares_that_add_up_to_a_whole(
    panel: TimelinePanel,
) -> None:
    box = panel.suggestion_box
    shown = [box.scores[hypothesis].text() for hypothesis in AssessedStatus]
    assert sum(int(text.removesuffix(" %")) for text in shown) == 100
    assert box.score_header.text() == "Share"
    assert "not probabilities" in box.note_label.text()
    assert box.contested_label.isVisibleTo(box), "killed by the unit, alive in hospital"


@pytest.mark.usefixtures("qtbot")
def test_the_timeline_follows_the_case_view_after_a_change(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    panel = view.timeline_panel
    from ui.changes import Change, ChangeKind

    with context.database.write() as session:
        assessments.record_assessment(
            session, ACTOR, sample_case.person_id, "dead", "low", "Сообщил командир роты"
        )
    context.notifier.notify(Change(ChangeKind.PERSON, sample_case.case_id, sample_case.person_id))
    assert panel.assessment_box.status_label.text() == "dead, confidence low"


def test_the_relatives_step_aside_while_the_timeline_is_shown(view: CaseView) -> None:
    assert view.relatives_section.isHidden()
    view.tabs.setCurrentIndex(0)
    assert not view.relatives_section.isHidden()


def test_no_news_shows_as_a_reminder_apart_from_the_contradictions(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from caseworker.models import Case
    from caseworker.services import cases

    with context.database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Тихоновы", opened_on="2026-01-10")
        person_id = persons.add_person(
            session, ACTOR, case.id, surname="Тихонов", given_name="Олег"
        ).id
        session.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(created_at=datetime.now(UTC) - timedelta(days=200))
        )
        case_id = case.id
    shown = TimelinePanel(context)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_person(case_id, person_id, "Тихонов Олег")
    assert shown.reminder_label.isVisibleTo(shown)
    assert "Nothing new for" in shown.reminder_label.text()
    assert shown.contradiction_model.rowCount() == 0
