"""The review queue by keyboard: next, previous, "this is him" (a report on the person's
timeline), "not him" with a reason (not proposed again), an empty reason refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.matching import Verdict
from caseworker.services import cases, persons
from caseworker.services.report_rows import report_rows_of_person
from caseworker.vocab import Claim, SourceKind
from tests.conftest import ACTOR, add_person
from tests.ui.fixtures_case import click_ok, fill
from tests.ui.review_queue_case import key, listed, match, review_window
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.matching.fields_model import CellRole


def test_the_queue_shows_the_entries_with_candidates_and_moves_by_keyboard(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    state = window.state
    assert state is not None and len(state) == 2  # the man nobody seeks is left out
    assert [entry.row for entry in state.queue.matches] == [2, 3]
    assert window.entry_view.position_label.text().startswith("Entry 1 of 2")
    assert "Прізвище: Shumov" in window.entry_view.published_label.text()
    model = window.entry_view.model
    assert model.columnCount() == 1 + len(state.entry.candidates)
    assert model.index(0, 0).data() == "Shumov"
    assert model.index(0, 1).data() == "Шумов"
    assert model.headerData(1, Qt.Orientation.Horizontal).endswith("likely")

    key(qtbot, window, Qt.Key.Key_PageDown)
    assert state.position == 1
    assert window.entry_view.position_label.text().startswith("Entry 2 of 2")
    key(qtbot, window, Qt.Key.Key_PageDown)  # the last entry: it stays
    assert state.position == 1
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert state.position == 0
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert state.position == 1
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert state.position == 0


def test_this_is_him_puts_the_lists_report_on_his_timeline_and_moves_on(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)
    state = window.state
    assert state is not None
    key(qtbot, window, Qt.Key.Key_1)
    assert state.candidate.person_id == found.shumov

    key(qtbot, window, Qt.Key.Key_Return, ctrl=True)

    with database.read() as session:
        (report,) = report_rows_of_person(session, found.shumov)
    assert (report.claim, report.source_kind) == (Claim.RELEASED, SourceKind.PUBLISHED_LIST)
    assert report.source_name == "Обмен 14 ноября (Координационный штаб)"
    # The case window hears of it: the report, in the person's case.
    assert [(c.kind, c.case_id, c.record_id) for c in changes] == [
        (ChangeKind.REPORT, found.shumov_case, report.id)
    ]
    assert state.entry_decided(0)
    assert state.position == 1  # moved on to the next entry not decided
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert window.entry_view.model.decision_words(1) == "This is him"
    assert "decided" in window.entry_view.position_label.text()


def test_not_him_asks_the_reason_and_the_pair_is_not_proposed_again(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    state = window.state
    assert state is not None
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert state.candidate.person_id == found.kravtsov
    prompts.dialogs.fill_and_ok({"reason": "Другой Кравцов: у нашего шрам на лице"})

    key(qtbot, window, Qt.Key.Key_N)

    prompts.dialogs.assert_done()
    decided = state.decided(state.queue.matches[1].entry_id, found.kravtsov)
    assert decided is not None and not decided.same
    assert decided.reason == "Другой Кравцов: у нашего шрам на лице"
    with database.read() as session:
        assert report_rows_of_person(session, found.kravtsov) == []

    match(window, found.list_id)
    state = window.state
    assert state is not None
    assert [entry.row for entry in state.queue.matches] == [2]  # Кравцов's row is gone


def test_an_empty_reason_is_refused_with_a_sentence(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    said: list[str] = []

    def empty_then_cancel(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, {"reason": "   "})
        click_ok(qtbot, dialog)
        assert dialog.isVisible()  # kept open, with the sentence
        said.append(dialog.error_label.text())
        layout = dialog.layout()
        assert layout is not None  # taller by the sentence: nothing squeezed
        assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
        dialog.reject()

    prompts.dialogs.then(empty_then_cancel)
    key(qtbot, window, Qt.Key.Key_N)

    assert said == ["Write why this is not him: the reason is kept."]
    state = window.state
    assert state is not None
    assert state.decided(state.entry.entry_id, found.shumov) is None
    assert window.undo_stack.count() == 0


def test_a_candidate_is_chosen_by_his_number_or_the_arrows(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = listed(database)
    with database.write() as session:
        orlovs = cases.create_case(session, ACTOR, family_name="Шумовы-Орловы")
        # Born the same day: the entry fits both alike, so both are proposed at about a
        # half (a namesake known only to the year would share the entry with a man matching
        # to the day and fall under 1 %, proposed only because he is "likely" alone).
        namesake = add_person(
            session, orlovs.id, "Шумов Алексей Викторович", birth_date="04.05.1990"
        )
        namesake_id = namesake.id
    window = review_window(qtbot, context, found.list_id)
    state = window.state
    assert state is not None
    assert [c.person_id for c in state.entry.candidates] == [found.shumov, namesake_id]

    key(qtbot, window, Qt.Key.Key_2)
    assert state.candidate.person_id == namesake_id
    assert window.entry_view.chosen_label.text().startswith("Candidate 2: Шумов Алексей")
    assert window.entry_view.model.headerData(2, Qt.Orientation.Horizontal).startswith("▶ 2.")
    key(qtbot, window, Qt.Key.Key_3)  # no third candidate: the choice stays
    assert state.chosen == 1
    key(qtbot, window, Qt.Key.Key_Left)
    assert state.candidate.person_id == found.shumov
    key(qtbot, window, Qt.Key.Key_Right)
    assert state.candidate.person_id == namesake_id


def test_a_pair_back_after_an_identity_change_shows_the_earlier_reason(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    key(qtbot, window, Qt.Key.Key_PageDown)
    prompts.dialogs.fill_and_ok({"reason": "Другое отчество в военном билете"})
    key(qtbot, window, Qt.Key.Key_N)
    with database.write() as session:
        person = persons.get_person(session, found.kravtsov)
        persons.update_person(session, ACTOR, found.kravtsov, person.version, service_number="АВ-1")

    match(window, found.list_id)

    state = window.state
    assert state is not None and [e.row for e in state.queue.matches] == [2, 3]
    window.next_entry()
    earlier = window.entry_view.earlier_label
    assert earlier.isVisibleTo(window)
    assert "“Другое отчество в военном билете”" in earlier.text()
    assert window.entry_view.model.decision_words(1) == (
        "Earlier “not him”: Другое отчество в военном билете"
    )


def test_the_table_of_fields_is_a_sound_model(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database, context: AppContext
) -> None:
    found = listed(database)
    window = review_window(qtbot, context, found.list_id)
    model = window.entry_view.model
    qtmodeltester.check(model)
    assert model.rowCount() == 8  # seven fields and the decision
    born = model.index(3, 1)
    assert (born.data(CellRole.VERDICT), born.data(CellRole.WORDS)) == (
        Verdict.MATCH,
        "matches",
    )
    assert born.data(Qt.ItemDataRole.ToolTipRole) == "Date of birth: 04.05.1990 — matches"


def test_a_probability_is_never_shown_as_certain() -> None:
    from ui.matching.fields_model import percent

    assert percent(0.004) == "under 1 %"  # a crowd's share: shown, never as nothing
    assert percent(0.5) == "50 %"
    assert percent(0.899) == "89 %"  # "likely" from 0.9 always goes with 90 % or more
    assert percent(0.994) == "99 %"
    assert percent(0.9999) == "over 99 %"
    assert percent(1.0) == "over 99 %"
