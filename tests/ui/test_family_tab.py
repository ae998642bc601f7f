"""The Family tab of the case view: what the family was told, the disclosure gate and its
override, and how often the family is to be told."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import family_log
from caseworker.services.family_page import family_page
from tests.conftest import SampleCase, add_person, add_report
from tests.ui.conftest import shown_case_view
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from ui.case_view import CaseView
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.family.family_model import FamilyColumn, FamilyLogModel
from ui.family.told_dialog import ToldDialog


def family_tab(qtbot: QtBot, context: AppContext, case_id: int) -> CaseView:
    view = shown_case_view(qtbot, context, case_id, 1000)
    view.tabs.setCurrentWidget(view.family_panel)
    return view


def cell(view: CaseView, row: int, column: FamilyColumn) -> str:
    model = view.family_panel.model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def tab_title(view: CaseView) -> str:
    return view.tabs.tabText(view.tabs.indexOf(view.family_panel))


def test_what_the_family_was_told_appears_in_the_log(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, sample_case: SampleCase
) -> None:
    view = family_tab(qtbot, context, sample_case.case_id)
    assert tab_title(view) == "Family (0)"
    assert view.family_panel.empty_label.isVisible()
    dialogs.fill_and_ok(
        {"told_on": "12.05.2026", "how": "meeting", "what": "report_received",
         "note": "Рассказали о сообщении командира"}
    )  # fmt: skip
    qtbot.mouseClick(view.family_panel.record_button, Qt.MouseButton.LeftButton)

    assert tab_title(view) == "Family (1)"
    assert cell(view, 0, FamilyColumn.RELATIVE) == "Шумова Ольга Ёжиковна"
    assert cell(view, 0, FamilyColumn.WHAT) == "report received"
    assert cell(view, 0, FamilyColumn.HOW) == "meeting"
    assert cell(view, 0, FamilyColumn.BY) == context.actor
    assert cell(view, 0, FamilyColumn.NOTE) == "Рассказали о сообщении командира"
    assert view.family_panel.selected_entry_id() is not None
    assert "last told" in view.family_panel.interval_label.text()
    assert not view.family_panel.override_label.isVisible()


def test_killed_without_a_basis_is_refused_with_the_reason_and_nothing_recorded(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    database: Database,
    sample_case: SampleCase,
) -> None:
    view = family_tab(qtbot, context, sample_case.case_id)
    seen: dict[str, object] = {}

    def refused(dialog: RecordDialog) -> None:
        assert isinstance(dialog, ToldDialog)
        assert not dialog.override_box.isVisible()  # never offered before the gate refuses
        fill(qtbot, dialog, {"what": "killed"})
        click_ok(qtbot, dialog)
        seen["message"] = dialog.error_label.text()
        seen["offered"] = dialog.override_box.isVisible()
        seen["ticked"] = dialog.override_box.isChecked()
        seen["reason shown"] = dialog.override_edit.isVisible()
        dialog.reject()

    dialogs.then(refused)
    qtbot.mouseClick(view.family_panel.record_button, Qt.MouseButton.LeftButton)

    assert str(seen["message"]).startswith("The family cannot be told of a death yet")
    assert f"report {sample_case.alive_report_id}" in str(seen["message"])
    assert seen["offered"] and not seen["ticked"] and not seen["reason shown"]
    with database.read() as session:
        assert family_log.case_log(session, sample_case.case_id) == []
    assert tab_title(view) == "Family (0)"


def test_an_override_with_a_reason_is_recorded_and_shown_in_the_case_header(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    database: Database,
    sample_case: SampleCase,
) -> None:
    view = family_tab(qtbot, context, sample_case.case_id)
    reason = "Семья получила извещение военкомата и просила подтвердить"

    def override(dialog: RecordDialog) -> None:
        assert isinstance(dialog, ToldDialog)
        fill(qtbot, dialog, {"told_on": "12.05.2026", "what": "killed"})
        click_ok(qtbot, dialog)
        dialog.override_box.setChecked(True)
        click_ok(qtbot, dialog)  # ticked without a reason: asked for one, still open
        assert dialog.isVisible() and "Write why" in dialog.error_label.text()
        fill(qtbot, dialog, {"override_reason": reason})
        click_ok(qtbot, dialog)

    dialogs.then(override)
    qtbot.mouseClick(view.family_panel.record_button, Qt.MouseButton.LeftButton)

    with database.read() as session:
        [entry] = family_log.case_log(session, sample_case.case_id)
    assert entry.override_reason == reason and entry.person_id == sample_case.person_id
    assert cell(view, 0, FamilyColumn.WHAT) == "killed (without a sufficient basis)"
    header = view.family_panel.override_label
    assert header.isVisible()
    assert header.text().startswith(
        "The family was told of a death without a sufficient basis: " + reason
    )


def test_show_family_log_opens_the_tab_at_the_relatives_latest_entry(
    qtbot: QtBot, context: AppContext, database: Database, sample_case: SampleCase
) -> None:
    told: dict[str, Any] = {"told_by": "Ирина Ёжикова", "how": "call"}
    with database.write() as session:
        for day, what in (("2026-05-12", "report_received"), ("2026-05-20", "no_news")):
            family_log.record_told(
                session, context.actor, sample_case.case_id, sample_case.relative_id,
                told_on=day, what=what, **told,
            )  # fmt: skip
    view = shown_case_view(qtbot, context, sample_case.case_id, 1000)
    view.show_family_log(sample_case.relative_id)
    assert view.tabs.currentWidget() is view.family_panel
    [index] = view.family_panel.table.selectionModel().selectedRows()
    assert cell(view, index.row(), FamilyColumn.WHAT) == "no news"


def test_the_interval_is_changed_and_a_bad_one_keeps_the_dialog_open(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, sample_case: SampleCase
) -> None:
    view = family_tab(qtbot, context, sample_case.case_id)
    assert "every 14 days" in view.family_panel.interval_label.text()
    seen: list[str] = []

    def bad_then_good(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"inform_every_days": "0"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        assert dialog.isVisible()
        fill(qtbot, dialog, {"inform_every_days": "7"})
        click_ok(qtbot, dialog)

    dialogs.then(bad_then_good)
    qtbot.mouseClick(view.family_panel.interval_button, Qt.MouseButton.LeftButton)

    assert "1 to 365" in seen[0]
    assert "every 7 days" in view.family_panel.interval_label.text()


def test_a_death_told_on_an_official_notice_needs_no_override(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    database: Database,
    sample_case: SampleCase,
) -> None:
    with database.write() as session:
        add_report(
            session, sample_case.person_id, "killed", "2026-04-02", source_kind="official",
            source_name="извещение военкомата",
        )  # fmt: skip
    view = family_tab(qtbot, context, sample_case.case_id)
    dialogs.fill_and_ok({"told_on": "12.05.2026", "what": "killed"})
    qtbot.mouseClick(view.family_panel.record_button, Qt.MouseButton.LeftButton)

    with database.read() as session:
        [entry] = family_log.case_log(session, sample_case.case_id)
    assert entry.what.value == "killed" and not entry.overridden
    assert cell(view, 0, FamilyColumn.WHAT) == "killed"
    assert not view.family_panel.override_label.isVisible()


def test_with_several_persons_a_death_names_whom_and_the_offer_follows_the_choice(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    database: Database,
    sample_case: SampleCase,
) -> None:
    with database.write() as session:
        brother = add_person(session, sample_case.case_id, "Шумов Пётр Петрович").id
    view = family_tab(qtbot, context, sample_case.case_id)
    seen: list[str] = []

    def whom(dialog: RecordDialog) -> None:
        assert isinstance(dialog, ToldDialog) and dialog.person_combo is not None
        fill(qtbot, dialog, {"told_on": "12.05.2026", "what": "killed"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        assert not dialog.override_box.isVisible()  # not refused by the gate: not offered
        fill(qtbot, dialog, {"person_id": brother})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        dialog.override_box.setChecked(True)
        fill(qtbot, dialog, {"person_id": sample_case.person_id})  # another person
        seen.append("offered" if dialog.override_box.isVisible() else "withdrawn")
        dialog.reject()

    dialogs.then(whom)
    qtbot.mouseClick(view.family_panel.record_button, Qt.MouseButton.LeftButton)

    assert seen[0].startswith("Say which sought person the family was told about")
    assert seen[1].startswith("No report says that the person died")
    assert seen[2] == "withdrawn"
    with database.read() as session:
        assert family_log.case_log(session, sample_case.case_id) == []


def test_the_family_log_model_passes_the_model_checks(
    qtmodeltester: ModelTester,
    context: AppContext,
    database: Database,
    sample_case: SampleCase,
) -> None:
    with database.write() as session:
        family_log.record_told(
            session, context.actor, sample_case.case_id, sample_case.relative_id,
            told_on="2026-05-12", told_by="Ирина Ёжикова", what="killed",
            override_reason="Семья настояла",
        )  # fmt: skip
    with database.read() as session:
        page = family_page(session, sample_case.case_id)
    model = FamilyLogModel()
    qtmodeltester.check(model)
    model.set_rows(list(page.rows), dict(page.persons))
    qtmodeltester.check(model)
    index = model.index(0, FamilyColumn.WHAT)
    assert "Семья настояла" in str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
