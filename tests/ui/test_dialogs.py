"""The record dialogs, driven as a user would: typing, OK, errors that keep what was typed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from caseworker.dates import parse_event_date
from caseworker.db import Database
from caseworker.services import cases, persons, relatives, reports
from caseworker.vocab import CaseStatus, Claim, Credibility, Relation, Reliability, SourceKind
from tests.conftest import ACTOR, SampleCase, reopen
from tests.ui.fixtures_case import ScriptedDialogs, click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import case_actions
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.widgets.date_field import DateField, EventDateField, format_event


@pytest.fixture
def russian_dates(qapp: QApplication) -> Iterator[None]:  # noqa: ARG001 (QLocale needs Qt)
    previous = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    yield
    QLocale.setDefault(previous)


def error_text(dialog: RecordDialog) -> str:
    return dialog.error_label.text() if dialog.error_label.isVisible() else ""


def test_create_a_case_through_its_dialog(
    dialogs: ScriptedDialogs, context: AppContext, database: Database
) -> None:
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)
    dialogs.fill_and_ok(
        {
            "family_name": "Кравцовы",
            "region": "Белгородская область",
            "next_action": "Написать в военкомат",
            "next_action_due": "01.02.2099",
        }
    )

    case_id = case_actions.new_case(None, context)

    assert case_id is not None
    with database.read() as session:
        case = cases.get_case(session, case_id)
        assert (case.family_name, case.region) == ("Кравцовы", "Белгородская область")
        assert case.status is CaseStatus.OPEN
        assert case.next_action_due == date(2099, 2, 1)
        assert case.opened_on == date.today()
    assert changes == [Change(ChangeKind.CASE, case_id, case_id)]
    assert context.undo_stack.count() == 0  # creations are not undoable


def test_a_missing_family_keeps_the_dialog_open_on_that_field(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, database: Database
) -> None:
    def step(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"region": "Тверская область"})
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "family" in error_text(dialog).lower()
        assert dialog.focusWidget() is dialog.field("family_name")
        assert dialog.values()["region"] == "Тверская область"
        fill(qtbot, dialog, {"family_name": "Лосевы"})
        click_ok(qtbot, dialog)

    dialogs.then(step)
    case_id = case_actions.new_case(None, context)
    with database.read() as session:
        assert cases.get_case(session, case_id or 0).region == "Тверская область"


def test_an_invalid_event_date_keeps_the_dialog_open_with_the_message(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, sample_case: SampleCase
) -> None:
    def step(dialog: RecordDialog) -> None:
        fill(
            qtbot,
            dialog,
            {
                "claim": Claim.ALIVE,
                "event": "31.02.2026",
                "source_kind": SourceKind.HOSPITAL,
                "source_name": "военный госпиталь",
            },
        )
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "31.02.2026" in error_text(dialog)
        assert dialog.focusWidget() is dialog.field("event")
        event = dialog.field("event")
        assert isinstance(event, EventDateField)
        assert event.text() == "31.02.2026" and not event.is_valid()
        assert dialog.values()["source_name"] == "военный госпиталь"
        fill(qtbot, dialog, {"event": "~10.04.2026"})
        click_ok(qtbot, dialog)

    dialogs.then(step)
    report_id = case_actions.add_report(None, context, sample_case.case_id)

    assert report_id is not None
    with context.database.read() as session:
        report = reports.get_report(session, report_id)
        assert report.event == parse_event_date("~2026-04-10")
        assert report.person_id == sample_case.person_id
        assert report.received_on == date.today()


def test_the_report_dialog_records_grades_and_origin(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, sample_case: SampleCase
) -> None:
    def step(dialog: RecordDialog) -> None:
        origin = dialog.field("derived_from_id")
        choices = [origin.itemData(i) for i in range(origin.count())]  # type: ignore[attr-defined]
        assert choices == [None, sample_case.killed_report_id, sample_case.alive_report_id]
        fill(
            qtbot,
            dialog,
            {
                "claim": Claim.KILLED,
                "event": "04.2026",
                "stated_on": "2026-04-20",
                "received_on": "21.04.2026",
                "source_kind": SourceKind.COMRADE,
                "source_name": "сослуживец Петров",
                "source_contact": "+7 900 000 00 00",
                "document_ref": "сообщение в мессенджере",
                "reliability": Reliability.D,
                "credibility": Credibility.DOUBTFUL,
                "derived_from_id": sample_case.killed_report_id,
                "place": "Суджа",
                "summary": "Пересказал слова командира роты",
            },
        )
        click_ok(qtbot, dialog)

    dialogs.then(step)
    report_id = case_actions.add_report(None, context, sample_case.case_id)
    with context.database.read() as session:
        report = reports.get_report(session, report_id or 0)
        assert report.derived_from_id == sample_case.killed_report_id
        assert (report.reliability, report.credibility) == (Reliability.D, Credibility.DOUBTFUL)
        assert (report.stated_on, report.received_on) == (date(2026, 4, 20), date(2026, 4, 21))
        assert report.event == parse_event_date("2026-04")
        assert report.summary == "Пересказал слова командира роты"


def test_the_next_report_offers_the_received_date_used_last(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, sample_case: SampleCase
) -> None:
    """Reports typed in days after they came do not silently become "received today"."""
    offered: list[str] = []

    def step(received: str | None) -> Any:
        def run(dialog: RecordDialog) -> None:
            offered.append(dialog.values()["received_on"])
            values: dict[str, Any] = {
                "claim": Claim.MISSING,
                "event": "2026-04",
                "source_kind": SourceKind.FAMILY,
            }
            if received is not None:
                values["received_on"] = received
            fill(qtbot, dialog, values)
            click_ok(qtbot, dialog)

        return run

    dialogs.then(step("21.04.2026"))
    first = case_actions.add_report(None, context, sample_case.case_id)
    dialogs.then(step(None))  # left as offered
    second = case_actions.add_report(None, context, sample_case.case_id)
    assert offered[0] == date.today().strftime("%d.%m.%Y")
    assert offered[1] == "21.04.2026"
    with context.database.read() as session:
        assert reports.get_report(session, first or 0).received_on == date(2026, 4, 21)
        assert reports.get_report(session, second or 0).received_on == date(2026, 4, 21)


def test_several_persons_ask_which_one(
    dialogs: ScriptedDialogs,
    context: AppContext,
    sample_case: SampleCase,
    prompts: ScriptedPrompts,
) -> None:
    with context.database.write() as session:
        son = persons.add_person(
            session, ACTOR, sample_case.case_id, surname="Шумов", given_name="Игорь"
        )
        son_id = son.id
    asked: list[list[tuple[int, str]]] = []

    def ask(_title: str, choices: Sequence[tuple[int, str]]) -> int:
        asked.append(list(choices))
        return son_id

    prompts.answer_choice = ask
    dialogs.fill_and_ok({"claim": Claim.MISSING, "event": "2026", "source_kind": SourceKind.FAMILY})

    report_id = case_actions.add_report(None, context, sample_case.case_id)

    assert [name for _id, name in asked[0]] == ["Шумов Алексей Петрович", "Шумов Игорь"]
    with context.database.read() as session:
        assert reports.get_report(session, report_id or 0).person_id == son_id


@pytest.mark.usefixtures("sample_case")
def test_the_claim_of_a_report_cannot_be_edited(qtbot: QtBot) -> None:
    dialog = ReportDialog(person_name="Шумов", origins=[], editing=True)
    qtbot.addWidget(dialog)
    assert not dialog.field("claim").isEnabled()
    assert dialog.field("claim").toolTip()


def test_a_relative_edit_is_undoable(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, sample_case: SampleCase
) -> None:
    def step(dialog: RecordDialog) -> None:
        assert dialog.values()["surname"] == "Шумова"
        assert dialog.values()["relation"] == Relation.WIFE.value
        fill(qtbot, dialog, {"phone": "8 916 111-22-33", "consent_on": "10.05.2026"})
        click_ok(qtbot, dialog)

    dialogs.then(step)
    assert case_actions.edit_relative(None, context, sample_case.relative_id)

    def phone() -> str:
        with context.database.read() as session:
            return relatives.get_relative(session, sample_case.relative_id).phone

    assert phone() == "8 916 111-22-33", "kept as typed"
    context.undo_stack.undo()
    assert phone() == "8 (916) 000-12-34"


def test_a_concurrent_edit_shows_changed_meanwhile_and_saves_nothing(
    qtbot: QtBot,
    dialogs: ScriptedDialogs,
    context: AppContext,
    sample_case: SampleCase,
    db_path: Path,
) -> None:
    other = reopen(db_path)

    def step(dialog: RecordDialog) -> None:
        with other.write() as session:
            cases.update_case(session, ACTOR, sample_case.case_id, None, assigned_to="Петрова Анна")
        fill(qtbot, dialog, {"assigned_to": "Иванова Мария"})
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "Changed meanwhile" in error_text(dialog)
        assert dialog.values()["assigned_to"] == "Иванова Мария"
        dialog.reject()

    dialogs.then(step)
    try:
        assert not case_actions.edit_case(None, context, sample_case.case_id)
    finally:
        other.dispose()
    with context.database.read() as session:
        assert cases.get_case(session, sample_case.case_id).assigned_to == "Петрова Анна"
    assert context.undo_stack.count() == 0


def test_retracting_needs_a_reason(
    qtbot: QtBot, dialogs: ScriptedDialogs, context: AppContext, sample_case: SampleCase
) -> None:
    def step(dialog: RecordDialog) -> None:
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and error_text(dialog)
        assert dialog.focusWidget() is dialog.field("reason")
        fill(qtbot, dialog, {"reason": "Командир роты позже поправился"})
        click_ok(qtbot, dialog)

    dialogs.then(step)
    assert case_actions.retract_report(None, context, sample_case.killed_report_id)
    with context.database.read() as session:
        report = reports.get_report(session, sample_case.killed_report_id)
        assert report.retracted
        assert report.retraction_reason == "Командир роты позже поправился"


def test_date_field_reads_both_ways_of_writing_and_flags_nonsense(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    for typed in ("02.04.2026", "2026-04-02"):
        field.setText(typed)
        assert field.date() == date(2026, 4, 2) and field.is_valid()
        assert field.interpretation.text()
    field.setText("")
    assert field.date() is None and field.is_valid()
    field.setText("2.4")
    field.editingFinished.emit()
    assert not field.is_valid()
    assert field.problem_label.text() == field.problem() != ""
    assert field.toolTip() == field.problem()


@pytest.mark.usefixtures("russian_dates")
def test_event_date_field_shows_its_reading_live(qtbot: QtBot) -> None:
    field = EventDateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "04.2026")
    assert field.interpretation.text().startswith("апр. 2026")
    field.clear()
    qtbot.keyClicks(field, "~02.04.2026")
    assert field.interpretation.text().startswith("≈ 2 апр. 2026")
    field.clear()
    qtbot.keyClicks(field, "02.04.2026..10.04.2026")
    assert "2 апр. – 10 апр. 2026" in field.interpretation.text()
    assert field.event_date() == parse_event_date("2026-04-02..2026-04-10")
    field.set_event(parse_event_date("2026-05"))
    assert field.text() == "05.2026"
    assert format_event(field.event_date()) == "май 2026"


def test_required_fields_are_marked(qtbot: QtBot) -> None:
    dialog = ReportDialog(person_name="Шумов", origins=[])
    qtbot.addWidget(dialog)
    assert dialog.legend.isVisibleTo(dialog)
    captions = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    assert captions[dialog.field("event")].endswith("*")
    assert not captions[dialog.field("place")].endswith("*")


def test_a_birth_year_alone_is_taken_in_the_person_dialog(
    qtbot: QtBot,
    dialogs: ScriptedDialogs,
    context: AppContext,
    sample_case: SampleCase,
) -> None:
    from caseworker.dates import birth_text
    from caseworker.services import persons

    def step(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"birth_date": "1990"})
        field = dialog.field("birth_date")
        assert "1990" in field.interpretation.text()  # type: ignore[attr-defined]
        click_ok(qtbot, dialog)

    dialogs.then(step)
    assert case_actions.edit_person(None, context, sample_case.person_id)
    with context.database.read() as session:
        assert birth_text(persons.get_person(session, sample_case.person_id).birth_date) == "1990"
