"""The window "Possible duplicates": pairs of sought persons reviewed by keyboard, "the same
person" with a justification linking them, "different people" with a reason keeping the
pair out, and a link refused across a "not the same" (fictional people only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.matching import Field
from caseworker.services import persons
from caseworker.services.matching.links import link_persons, linked_persons
from tests.conftest import ACTOR
from tests.ui.conftest import shown_case_view
from tests.ui.duplicates_case import duplicates_window, key, search_again, sought_twice
from tests.ui.fixtures_case import click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.matching.fields_model import DECISION_ROW, CellRole
from ui.matching.link_dialog import SamePersonDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_pairs_are_shown_one_at_a_time_and_paged_by_keyboard(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    found = sought_twice(database)
    window = duplicates_window(qtbot, context)
    state = window.state
    assert state is not None
    one, two, three = found.shumov
    assert [p.person_ids for p in state.queue.pairs] == [
        (one, two),
        (one, three),
        (two, three),
        found.kravtsova,
    ]
    view = window.pair_view
    assert view.position_label.text() == "Pair 1 of 4 · not decided"
    first, second = found.references[:2]
    assert view.persons_label.text() == (
        f"Шумов Алексей Викторович (case {first}) and Шумов Алексей Викторович (case {second})"
    )
    assert view.chance_label.text().endswith("over 99 %, likely")
    assert "100 %" not in view.chance_label.text()
    model = view.model
    assert model.data(model.index(0, 1)) == "Шумов"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "Surname: Шумов — matches"
    assert model.data(model.index(DECISION_ROW, 1)) == "Not decided"
    region = list(Field).index(Field.REGION)
    assert model.data(model.index(region, 1), CellRole.WORDS) == (
        "not compared: the family's region"
    )
    assert window.buttons.open_second.text() == f"Open case {second} (Ctrl+Shift+O)"

    key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_End)
    assert state.position == 3
    assert view.position_label.text() == "Pair 4 of 4 · not decided"
    assert view.persons_label.text().startswith("Кравцова Анна Сергеевна (case ")
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert state.position == 2


def test_the_same_person_with_a_justification_links_them_and_the_case_shows_it(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    window = duplicates_window(qtbot, context)
    one, two, _three = found.shumov
    prompts.dialogs.fill_and_ok({"reason": "Один личный номер, письма матери и жены"})

    key(qtbot, window, Qt.Key.Key_Return, CTRL)

    prompts.dialogs.assert_done()
    assert prompts.dialogs.opened == ["The same person"]
    with database.read() as session:
        (linked,) = linked_persons(session, one)
    assert linked.person_id == two
    state = window.state
    assert state is not None
    assert state.position == 1  # moved on
    decided = state.decided((one, two))
    assert decided is not None and decided.same
    window.previous_pair()
    assert window.pair_view.position_label.text() == "Pair 1 of 4 · decided: the same person"
    words = window.pair_view.model.data(window.pair_view.model.index(DECISION_ROW, 1))
    assert words == "The same person: Один личный номер, письма матери и жены"

    view = shown_case_view(qtbot, context, found.shumov_cases[0], width=1000)
    item = view.persons_list.topLevelItem(0)
    assert item is not None
    assert item.text(0) == f"Шумов Алексей Викторович · also in case {found.references[1]}"


def test_different_people_with_a_reason_keeps_the_pair_out_when_searched_again(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    window = duplicates_window(qtbot, context)
    key(qtbot, window, Qt.Key.Key_End)
    prompts.dialogs.fill_and_ok({"reason": "Разные отчества по свидетельству о рождении"})

    key(qtbot, window, Qt.Key.Key_N)

    assert prompts.dialogs.opened == ["Different people"]
    assert "are different people" in window.status_label.text()
    search_again(window)
    state = window.state
    assert state is not None
    assert found.kravtsova not in [p.person_ids for p in state.queue.pairs]
    assert len(state) == 3


def test_an_empty_justification_is_refused_and_nothing_is_saved(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    window = duplicates_window(qtbot, context)
    said: list[str] = []

    def step(dialog: RecordDialog) -> None:
        click_ok(qtbot, dialog)
        said.append(dialog.error_label.text())
        dialog.reject()

    prompts.dialogs.then(step)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)

    assert said and said[0]  # the form asks for the required justification
    with database.read() as session:
        assert not linked_persons(session, found.shumov[0])
    assert window.undo_stack.count() == 0


def test_a_link_across_a_not_the_same_is_refused_with_its_sentence(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    one, two, three = found.shumov
    window = duplicates_window(qtbot, context)
    # Meanwhile (another caseworker, the command line): one and three are not the same man.
    with database.write() as session:
        link_persons(session, ACTOR, one, three, False, "Разные матери, разные письма")
    prompts.dialogs.fill_and_ok({"reason": "Один личный номер"})
    key(qtbot, window, Qt.Key.Key_Return, CTRL)  # one and two: linked
    window.go_to(2)  # two and three: a link would make one man of one and three
    said: list[str] = []

    def step(dialog: RecordDialog) -> None:
        assert isinstance(dialog, SamePersonDialog)
        fill(qtbot, dialog, {"reason": "Один личный номер"})
        click_ok(qtbot, dialog)
        said.append(dialog.error_label.text())
        dialog.reject()

    prompts.dialogs.then(step)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)

    assert said and said[0].startswith("These two cannot be linked")
    assert "recorded as not the same person" in said[0]
    with database.read() as session:
        assert not linked_persons(session, three)
    state = window.state
    assert state is not None and state.decided((two, three)) is None
    assert window.undo_stack.count() == 1


def test_a_pair_back_after_an_identity_change_shows_the_earlier_reason(
    qtbot: QtBot, database: Database, context: AppContext, prompts: ScriptedPrompts
) -> None:
    found = sought_twice(database)
    window = duplicates_window(qtbot, context)
    key(qtbot, window, Qt.Key.Key_End)
    prompts.dialogs.fill_and_ok({"reason": "Разные отчества по свидетельству о рождении"})
    key(qtbot, window, Qt.Key.Key_N)
    with database.write() as session:
        persons.update_person(session, ACTOR, found.kravtsova[1], None, birth_date="03.1995")

    search_again(window)

    state = window.state
    assert state is not None
    index = state.index_of(found.kravtsova)
    assert index is not None
    window.go_to(index)
    view = window.pair_view
    assert view.earlier_label.isVisible()
    assert "“Разные отчества по свидетельству о рождении”" in view.earlier_label.text()
    words = view.model.data(view.model.index(DECISION_ROW, 1))
    assert words == "Earlier “different people”: Разные отчества по свидетельству о рождении"
