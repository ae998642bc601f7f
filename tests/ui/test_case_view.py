"""The open case: what it shows, adding and retracting reports, undo, refreshing on changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from caseworker.services import cases, persons
from caseworker.vocab import Claim, SourceKind
from tests.conftest import ACTOR, SampleCase
from tests.ui.conftest import shown_case_view
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_view import CaseView
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.main_window import MainWindow
from ui.report_table_model import ReportColumn, ReportRole


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> CaseView:
    return shown_case_view(qtbot, context, sample_case.case_id, width=820)


def column_texts(tree: QTreeWidget, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def table_claims(view: CaseView) -> list[str]:
    model = view.reports_table.model()
    return [model.index(row, ReportColumn.CLAIM).data() for row in range(model.rowCount())]


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_view_shows_the_case_its_people_and_reports(
    view: CaseView, sample_case: SampleCase
) -> None:
    assert sample_case.reference in view.title_label.text()
    assert "Шумовы" in view.title_label.text()
    assert "Курская область" in view.facts_label.text()
    assert column_texts(view.relatives_list, 0) == ["Шумова Ольга Ёжиковна"]
    assert column_texts(view.relatives_list, 2) == ["8 (916) 000-12-34"]  # as typed
    assert column_texts(view.persons_list, 0) == ["Шумов Алексей Петрович"]
    assert column_texts(view.persons_list, 3) == ["АВ-123 456"]  # as typed
    assert view.current_person_id() == sample_case.person_id
    assert view.report_model.rowCount() == 2
    assert "Шумов Алексей Петрович" in view.reports_person_label.text()
    tabs = [view.tabs.tabText(index) for index in range(view.tabs.count())]
    assert tabs[:2] == ["Reports (2)", "Inquiries (0)"] and tabs[-1] == "Details"


@pytest.mark.usefixtures("qtbot")
def test_no_case_shows_a_hint_and_disables_the_buttons(view: CaseView) -> None:
    view.show_case(None)
    assert view.empty_label.isVisible()
    assert view.current_case_id() is None and view.current_person_id() is None
    assert not view.add_report_button.isEnabled()


def test_an_overdue_next_action_is_marked(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    with context.database.write() as session:
        cases.update_case(
            session,
            ACTOR,
            sample_case.case_id,
            None,
            next_action="Запросить ответ из в/ч",
            next_action_due=date.today() - timedelta(days=3),
        )
    context.notifier.notify(Change(ChangeKind.CASE, sample_case.case_id, sample_case.case_id))
    assert "Запросить ответ из в/ч" in view.next_action_label.text()
    assert "overdue by 3 days" in view.next_action_label.text()


@pytest.mark.usefixtures("sample_case")
def test_add_a_report_and_see_it_in_the_table(
    qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs
) -> None:
    dialogs.fill_and_ok(
        {
            "claim": Claim.CAPTURED,
            "event": "12.04.2026",
            "source_kind": SourceKind.MEDIA,
            "source_name": "видео в канале другой стороны",
            "reliability": "F",
            "credibility": "3",
        }
    )
    click(qtbot, view.add_report_button)

    assert view.report_model.rowCount() == 3
    row = view.current_report()
    assert row is not None and row.claim is Claim.CAPTURED
    assert row.grade == "F3"
    assert "видео в канале другой стороны" in row.source_text
    assert "Шумов Алексей Петрович" in dialogs.opened[0]


def test_retract_a_report_and_see_it_greyed_with_the_reason(
    qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs, sample_case: SampleCase
) -> None:
    view.select_report(sample_case.killed_report_id)
    assert view.retract_report_button.isEnabled()
    dialogs.fill_and_ok({"reason": "Командир роты перепутал фамилии"})

    click(qtbot, view.retract_report_button)

    table = view.reports_table.model()
    index = next(
        table.index(row, ReportColumn.CLAIM)
        for row in range(table.rowCount())
        if table.index(row, 0).data(ReportRole.REPORT_ID) == sample_case.killed_report_id
    )
    assert index.data(ReportRole.RETRACTED) is True
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Командир роты перепутал фамилии" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.current_report_id() == sample_case.killed_report_id
    assert not view.retract_report_button.isEnabled()
    assert not view.edit_report_button.isEnabled()
    assert view.report_model.rowCount() == 2  # still there: reports are never deleted


def test_undo_and_redo_of_a_case_edit(
    qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs, context: AppContext
) -> None:
    dialogs.fill_and_ok({"region": "Брянская область"})
    click(qtbot, view.edit_case_button)
    assert "Брянская область" in view.facts_label.text()

    context.undo_stack.undo()
    assert "Курская область" in view.facts_label.text()
    context.undo_stack.redo()
    assert "Брянская область" in view.facts_label.text()


def test_an_unchanged_edit_adds_nothing_to_undo(
    qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs, context: AppContext
) -> None:
    dialogs.then(lambda dialog: click_ok(qtbot, dialog))
    click(qtbot, view.edit_case_button)
    assert context.undo_stack.count() == 0


def test_add_and_edit_a_sought_person(
    qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs, context: AppContext
) -> None:
    dialogs.fill_and_ok(
        {
            "surname": "Шумов",
            "given_name": "Игорь",
            "patronymic": "Алексеевич",
            "official_status": "captured",
            "official_status_on": "01.05.2026",
        }
    )
    click(qtbot, view.add_person_button)
    assert column_texts(view.persons_list, 0)[-1] == "Шумов Игорь Алексеевич"
    new_id = view.current_person_id()
    assert view.report_model.rowCount() == 0

    def edit(dialog: RecordDialog) -> None:
        assert dialog.values()["official_status_on"] in ("01.05.2026", "2026-05-01")
        fill(qtbot, dialog, {"unit": "в/ч 11111"})
        click_ok(qtbot, dialog)

    dialogs.then(edit)
    click(qtbot, view.edit_person_button)
    assert column_texts(view.persons_list, 5)[-1] == "в/ч 11111"
    with context.database.read() as session:
        assert persons.get_person(session, new_id or 0).unit == "в/ч 11111"


@pytest.mark.usefixtures("context")
def test_add_a_relative(qtbot: QtBot, view: CaseView, dialogs: ScriptedDialogs) -> None:
    dialogs.fill_and_ok(
        {
            "surname": "Шумова",
            "given_name": "Валентина",
            "relation": "mother",
            "dna_collected_on": "20.05.2026",
            "dna_sample_ref": "ДНК-117",
        }
    )
    click(qtbot, view.add_relative_button)
    assert column_texts(view.relatives_list, 0)[-1] == "Шумова Валентина"
    assert "ДНК-117" in column_texts(view.relatives_list, 4)[-1]


def test_the_main_window_action_uses_the_selected_person(
    context: AppContext,
    sample_case: SampleCase,
    dialogs: ScriptedDialogs,
    main_window: MainWindow,
    prompts: ScriptedPrompts,
) -> None:
    """The window hands the person selected in its case view to the action (the actions
    no longer search the widget tree for it)."""
    with context.database.write() as session:
        son_id = persons.add_person(
            session, ACTOR, sample_case.case_id, surname="Шумов", given_name="Игорь"
        ).id
    main_window.open_case(sample_case.case_id)
    view = main_window.case_view
    for number in range(view.persons_list.topLevelItemCount()):
        item = view.persons_list.topLevelItem(number)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == son_id:
            view.persons_list.setCurrentItem(item)
    prompts.answer_choice = lambda *_: pytest.fail("asked")
    dialogs.fill_and_ok({"claim": "alive", "event": "2026-05", "source_kind": "family"})

    main_window.add_report()

    assert view.current_person_id() == son_id
    assert table_claims(view) == ["alive"]


def test_changes_to_other_cases_do_not_disturb_the_view(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    view.select_report(sample_case.alive_report_id)
    with context.database.write() as session:
        other = cases.create_case(session, ACTOR, family_name="Лосевы")
        other_id = other.id
        cases.update_case(session, ACTOR, sample_case.case_id, None, region="Орловская область")
    context.notifier.notify(Change(ChangeKind.CASE, other_id, other_id))
    assert "Курская область" in view.facts_label.text()
    context.notifier.notify(Change(ChangeKind.ALL))
    assert "Орловская область" in view.facts_label.text()
    assert view.current_report_id() == sample_case.alive_report_id
