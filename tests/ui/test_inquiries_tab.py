"""The case view's Inquiries tab: the case's inquiries, their course, each step asked for."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import addressees, inquiries
from caseworker.services.inquiry_lines import InquiryLine, inquiry_lines
from caseworker.services.report_rows import report_rows_of_person
from caseworker.vocab import InquiryStatus
from tests.conftest import ACTOR, SampleCase, add_person
from tests.services.test_plain_results import statements_run
from tests.ui.conftest import shown_case_view
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_view import CaseView
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.inquiries.inquiry_model import InquiryColumn
from ui.widgets.date_field import PROBLEM_COLOUR, format_short_day


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> CaseView:
    return shown_case_view(qtbot, context, sample_case.case_id, width=900)


def an_addressee(database: Database, name: str, kind: str = "ministry", **values: Any) -> int:
    with database.write() as session:
        return addressees.add_addressee(session, ACTOR, name=name, kind=kind, **values).id


def an_inquiry(database: Database, case_id: int, addressee_id: int, **values: Any) -> int:
    with database.write() as session:
        return inquiries.add_inquiry(session, ACTOR, case_id, addressee_id, **values).id


def cells(
    view: CaseView, column: InquiryColumn, role: int = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    model = view.inquiries_panel.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def lines_of(database: Database, case_id: int) -> list[InquiryLine]:
    with database.read() as session:
        return inquiry_lines(session, case_id)


def test_show_inquiry_opens_the_tab_at_that_inquiry(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    first = an_inquiry(context.database, sample_case.case_id, ministry, sent_on="2026-09-03")
    an_inquiry(context.database, sample_case.case_id, ministry)
    view.reload()

    view.show_inquiry(first)

    panel = view.inquiries_panel
    assert view.tabs.currentWidget() is panel
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Inquiries (2)"
    assert view.tabs.indexOf(panel) == 1  # after Reports
    selected = panel.selected_line()
    assert selected is not None and selected.id == first
    assert [row[1] for row in panel.course_texts()] == ["sent"]


def test_an_inquiry_written_sent_registered_and_answered_from_the_case_view(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    panel = view.inquiries_panel
    view.tabs.setCurrentWidget(panel)
    today = date.today()

    # A draft: no sent day.
    dialogs.fill_and_ok(
        {"addressee_id": ministry, "person_id": sample_case.person_id, "our_reference": "№ 12"}
    )
    click(qtbot, panel.new_button)
    assert cells(view, InquiryColumn.STATUS) == ["draft"]
    assert cells(view, InquiryColumn.ADDRESSEE) == ["Минобороны России"]
    assert cells(view, InquiryColumn.PERSON) == ["Шумов Алексей Петрович"]
    assert not panel.register_button.isEnabled()

    dialogs.fill_and_ok({"on": (today - timedelta(days=10)).isoformat()})
    click(qtbot, panel.send_button)
    assert cells(view, InquiryColumn.STATUS) == ["sent"]
    assert not panel.send_button.isEnabled()

    dialogs.fill_and_ok({"on": (today - timedelta(days=8)).isoformat(), "their_reference": "ОГ-7"})
    click(qtbot, panel.register_button)
    assert cells(view, InquiryColumn.STATUS) == ["registered"]
    # The day and their number a line each: the column stays narrow.
    assert cells(view, InquiryColumn.REGISTERED)[0] == "\n".join(
        [format_short_day(today - timedelta(days=8)), "No. ОГ-7"]
    )
    due = cells(view, InquiryColumn.DUE)[0]
    assert due  # 30 days after the registration

    dialogs.fill_and_ok(
        {
            "on": today.isoformat(),
            "text": "Находится на лечении в госпитале",
            "claim": "wounded",
            "event": "2026-04-20",
            "reliability": "A",
            "credibility": "1",
        }
    )
    click(qtbot, panel.answer_button)

    assert cells(view, InquiryColumn.STATUS) == ["answered"]
    assert [row[1] for row in panel.course_texts()] == ["sent", "registered", "answered"]
    assert panel.course_texts()[-1][3].endswith("(recorded as a report)")
    # The report is in the Reports tab and on the timeline at once.
    assert view.tabs.tabText(0) == "Reports (3)"
    with context.database.read() as session:
        rows = report_rows_of_person(session, sample_case.person_id)
    made = [row for row in rows if row.source_name == "Минобороны России"]
    assert len(made) == 1
    assert view.report_model.index_of(made[0].id).isValid()
    assert not any(
        button.isEnabled()
        for button in (panel.send_button, panel.register_button, panel.answer_button)
    )


def test_a_bad_date_keeps_the_dialog_open_with_the_sentence(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on="2026-09-03")
    view.reload()
    seen: list[str] = []

    def too_early(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"on": "2026-09-01", "their_reference": "ОГ-7"})  # before sending
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        fill(qtbot, dialog, {"on": "31.02.2026"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        seen.append(dialog.field("their_reference").text())  # type: ignore[attr-defined]
        dialog.reject()

    dialogs.then(too_early)
    click(qtbot, view.inquiries_panel.register_button)

    assert seen[0].startswith("The registration day")
    assert "cannot be before the inquiry was sent" in seen[0]
    assert seen[1] == "“31.02.2026” is not a day that exists in the calendar."
    assert seen[2] == "ОГ-7"  # what was typed is kept
    assert cells(view, InquiryColumn.STATUS) == ["sent"]


def test_a_declined_confirmation_for_a_sensitive_addressee_creates_nothing(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    prompts: ScriptedPrompts,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    other_side = an_addressee(
        context.database, "Комиссия другой стороны", kind="other_side", sensitive=True
    )
    asked: list[str] = []
    seen: list[str] = []

    def decline(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    prompts.answer_confirm = decline

    def declined(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"addressee_id": other_side, "sent_on": "2026-09-03"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        dialog.reject()

    dialogs.then(declined)
    click(qtbot, view.inquiries_panel.new_button)

    assert len(asked) == 1 and "“Комиссия другой стороны” is marked sensitive" in asked[0]
    assert seen[0].startswith("Nothing was saved")
    assert lines_of(context.database, sample_case.case_id) == []
    assert not view.inquiries_panel.sensitive_label.isVisible()


def test_a_confirmed_letter_to_a_sensitive_addressee_is_shown_on_the_case(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    prompts: ScriptedPrompts,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    other_side = an_addressee(
        context.database, "Комиссия другой стороны", kind="other_side", sensitive=True
    )
    draft = an_inquiry(context.database, sample_case.case_id, other_side)
    view.reload()
    panel = view.inquiries_panel
    view.tabs.setCurrentWidget(panel)
    assert not panel.sensitive_label.isVisible()  # a draft was not written to anyone yet
    prompts.answer_confirm = lambda _title, _text: True

    panel.select_inquiry(draft)
    dialogs.fill_and_ok({"on": "2026-09-03"})
    click(qtbot, panel.send_button)

    assert cells(view, InquiryColumn.ADDRESSEE) == ["Комиссия другой стороны (sensitive)"]
    assert panel.sensitive_label.isVisible()
    assert panel.sensitive_label.text() == (
        "Written to sensitive addressees: Комиссия другой стороны."
    )


def test_overdue_and_very_overdue_are_shown_late_in_the_problem_colour(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    today = date.today()
    # 3 days to register + 30 to answer: 7 days late; registered 70 days ago: past 60.
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on=today - timedelta(40))
    very = an_inquiry(
        context.database, sample_case.case_id, ministry, sent_on=today - timedelta(75)
    )
    with context.database.write() as session:
        inquiries.register_inquiry(session, ACTOR, very, None, today - timedelta(70))
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on=today)
    view.reload()

    # Short under the column's title "Overdue"; said whole in the tooltip.
    assert cells(view, InquiryColumn.LATE) == ["7 days", "‼ 40 days", ""]
    tips = cells(view, InquiryColumn.LATE, Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == "Overdue by 7 days."
    assert tips[1].startswith("Overdue by 40 days. Past the longest time")
    assert tips[2] is None
    colours = cells(view, InquiryColumn.LATE, Qt.ItemDataRole.ForegroundRole)
    assert [isinstance(c, QBrush) and c.color() == PROBLEM_COLOUR for c in colours] == [
        True,
        True,
        False,
    ]
    fonts = cells(view, InquiryColumn.LATE, Qt.ItemDataRole.FontRole)
    assert [isinstance(f, QFont) and f.bold() for f in fonts] == [False, True, False]


def test_forwarding_selects_the_new_inquiry_and_closing_needs_a_reason(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    commissariat = an_addressee(context.database, "Военный комиссариат", kind="commissariat")
    first = an_inquiry(context.database, sample_case.case_id, ministry, sent_on="2026-09-03")
    view.reload()
    panel = view.inquiries_panel

    dialogs.fill_and_ok({"to": commissariat, "on": "2026-09-05"})
    click(qtbot, panel.forward_button)
    selected = panel.selected_line()
    assert selected is not None and selected.id != first
    assert selected.addressee == "Военный комиссариат" and selected.forwarded_from_id == first
    assert cells(view, InquiryColumn.STATUS) == ["forwarded", "sent"]

    seen: list[str] = []

    def without_reason(dialog: RecordDialog) -> None:
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        fill(qtbot, dialog, {"reason": "Семья получила ответ по телефону"})
        click_ok(qtbot, dialog)

    dialogs.then(without_reason)
    click(qtbot, panel.close_button)
    assert seen == ["Say why the inquiry is closed."]
    assert cells(view, InquiryColumn.STATUS) == ["forwarded", "closed without an answer"]
    panel.select_inquiry(first)
    assert panel.course_texts()[-1][1:4:2] == ["forwarded", "to Военный комиссариат"]


def test_the_tab_reads_the_case_in_a_few_statements_however_many_inquiries(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    for day in range(1, 29):
        an_inquiry(context.database, sample_case.case_id, ministry, sent_on=f"2026-09-{day:02d}")
    with statements_run(context.database) as statements:
        view.inquiries_panel.reload()
    assert view.inquiries_panel.model.rowCount() == 28
    # the inquiries, the persons' names (the case, its persons), the files kept with the
    # inquiries (for the letter buttons' line) and the selected one's course
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 6
    assert InquiryStatus.SENT in {line.status for line in view.inquiries_panel.lines()}


def test_an_extension_keeps_the_earlier_due_date_in_the_course(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    sent = date.today() - timedelta(days=10)
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on=sent)
    view.reload()
    panel = view.inquiries_panel
    due = panel.lines()[0].due_on
    assert due is not None
    seen: list[str] = []

    def earlier_then_later(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"until": (due - timedelta(days=1)).isoformat(), "reason": "Проверка"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        fill(qtbot, dialog, {"until": (due + timedelta(days=30)).isoformat()})
        click_ok(qtbot, dialog)

    dialogs.then(earlier_then_later)
    click(qtbot, panel.extend_button)

    assert seen[0].startswith("An extension moves the due date later")
    assert panel.lines()[0].due_on == due + timedelta(days=30)
    assert cells(view, InquiryColumn.STATUS) == ["extended"]
    assert panel.course_texts()[-1][1] == "extended"
    assert panel.course_texts()[-1][3].endswith(": Проверка")
    assert panel.step_text.text() == panel.course_texts()[-1][3]


def test_an_extension_beyond_the_law_keeps_the_dialog_until_the_office_is_said_to_have_written_it(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    sent = date.today() - timedelta(days=40)
    inquiry = an_inquiry(context.database, sample_case.case_id, ministry, sent_on=sent)
    first = sent + timedelta(days=50)
    with context.database.write() as session:
        inquiries.extend_inquiry(session, ACTOR, inquiry, None, first, "Проверка")
    view.reload()
    panel = view.inquiries_panel
    later = (first + timedelta(days=20)).isoformat()
    seen: list[tuple[str, str, bool]] = []

    def refused_then_as_written(dialog: RecordDialog) -> None:
        box = dialog.findChild(QCheckBox, "beyondLaw")
        assert box is not None and box.isHidden()
        fill(qtbot, dialog, {"until": later, "reason": "Продлили повторно"})
        click_ok(qtbot, dialog)
        seen.append((dialog.error_label.text(), dialog.values()["reason"], box.isVisible()))
        box.setChecked(True)
        click_ok(qtbot, dialog)

    dialogs.then(refused_then_as_written)
    click(qtbot, panel.extend_button)

    said, kept, offered = seen[0]
    assert said.startswith("By law the time “Минобороны России” has to answer may be extended")
    assert "only 1 time," in said
    assert (kept, offered) == ("Продлили повторно", True)
    assert panel.lines()[0].due_on == date.fromisoformat(later)
    steps = panel.course_texts()
    assert [row[1] for row in steps[-2:]] == ["extended", "extended"]
    assert cells(view, InquiryColumn.STATUS) == ["extended beyond the law"]
    assert "beyond what the law allows" not in steps[-2][3]
    assert steps[-1][3].endswith(": Продлили повторно (an extension beyond what the law allows)")


def test_the_table_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    ministry = an_addressee(context.database, "Комиссия", kind="other_side", sensitive=True)
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on="2026-09-03")
    an_inquiry(context.database, sample_case.case_id, ministry)
    view.reload()
    qtmodeltester.check(view.inquiries_panel.model)


def test_an_answer_about_one_of_several_persons_asks_whom_it_is_about(
    qtbot: QtBot,
    view: CaseView,
    context: AppContext,
    dialogs: ScriptedDialogs,
    sample_case: SampleCase,
) -> None:
    with context.database.write() as session:
        brother = add_person(session, sample_case.case_id, "Шумов Борис Петрович").id
    ministry = an_addressee(context.database, "Минобороны России")
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on="2026-09-03")
    view.reload()
    panel = view.inquiries_panel
    assert cells(view, InquiryColumn.PERSON) == [""]  # shown: the case has two persons
    seen: list[str] = []

    def whom(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"text": "Находится в плену", "claim": "captured"})
        click_ok(qtbot, dialog)
        seen.append(dialog.error_label.text())
        fill(qtbot, dialog, {"person_id": brother})
        click_ok(qtbot, dialog)

    dialogs.then(whom)
    click(qtbot, panel.answer_button)

    assert seen == ["The case has several sought persons: say whom the answer is about."]
    with context.database.read() as session:
        about_brother = report_rows_of_person(session, brother)
    assert [row.source_name for row in about_brother] == ["Минобороны России"]
    assert cells(view, InquiryColumn.STATUS) == ["answered"]


def test_an_empty_directory_is_offered_the_starter_set(
    qtbot: QtBot,
    view: CaseView,
    prompts: ScriptedPrompts,
    dialogs: ScriptedDialogs,
) -> None:
    asked: list[str] = []

    def yes(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    prompts.answer_confirm = yes
    offered: list[int] = []

    def look(dialog: RecordDialog) -> None:
        combo = dialog.field("addressee_id")
        assert isinstance(combo, QComboBox)
        offered.append(combo.count() - 1)  # "Choose…" aside
        dialog.reject()

    dialogs.then(look)
    click(qtbot, view.inquiries_panel.new_button)

    assert asked and asked[0].startswith("The directory of addressees is empty.")
    assert offered[0] >= 6
    assert view.inquiries_panel.model.rowCount() == 0
