"""The case view says when a sought person is linked to another as the same man: the other
case's reference after the name, the sentence in the tooltip and the Details tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import cases
from caseworker.services.matching.links import link_persons
from tests.conftest import ACTOR, add_person
from tests.ui.conftest import shown_case_view
from ui.case_view import CaseView
from ui.changes import Change, ChangeKind
from ui.context import AppContext

BORN = {"birth_date": "04.05.1990"}


def add_case(database: Database, family: str, *names: str) -> tuple[int, str, list[int]]:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name=family)
        ids = [add_person(session, case.id, name, **BORN).id for name in names]
        return case.id, case.reference, ids


def link(database: Database, one: int, two: int) -> None:
    with database.write() as session:
        link_persons(session, ACTOR, one, two, True, "Один личный номер, одна часть")


def detail_texts(view: CaseView) -> list[str]:
    form = view.details_form
    return [
        widget.text()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, form.ItemRole.FieldRole)) is not None
        and isinstance(widget := item.widget(), QLabel)
    ]


def test_a_linked_person_shows_the_other_case(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    case_id, _reference, (shumov, brother) = add_case(
        database, "Шумовы", "Шумов Алексей Викторович", "Шумов Пётр Викторович"
    )
    _other, other_reference, (same,) = add_case(
        database, "Шумовы (мать)", "Шумов Алексей Викторович"
    )
    view = shown_case_view(qtbot, context, case_id, width=1000)
    assert view.persons_list.topLevelItem(0).text(0) == "Шумов Алексей Викторович"  # type: ignore[union-attr]

    link(database, shumov, same)
    context.notifier.changed.emit(Change(ChangeKind.ALL))

    first, second = (view.persons_list.topLevelItem(i) for i in range(2))
    assert first is not None and second is not None
    assert first.text(0) == f"Шумов Алексей Викторович · also in case {other_reference}"
    assert f"the same person as in case {other_reference}" in first.toolTip(0)
    assert second.text(0) == "Шумов Пётр Викторович"
    assert "the same person" not in second.toolTip(0)
    view.persons_list.setCurrentItem(first)
    note = view.person_link_label
    assert f"the same person as in case {other_reference}" in detail_texts(view)
    assert note.isVisible()
    assert note.text() == (
        f"Шумов Алексей Викторович: the same person as in case {other_reference}"
    )
    view.persons_list.setCurrentItem(second)
    assert view.current_person_id() == brother
    assert not any("the same person" in text for text in detail_texts(view))
    assert not note.isVisible()


def test_a_person_entered_twice_in_one_case_says_so(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    case_id, _reference, (one, two) = add_case(
        database, "Шумовы", "Шумов Алексей Викторович", "Шумов Алексей"
    )
    link(database, one, two)

    view = shown_case_view(qtbot, context, case_id, width=1000)

    first = view.persons_list.topLevelItem(0)
    assert first is not None and first.text(0) == "Шумов Алексей Викторович"
    assert "the same person as Шумов Алексей, entered twice in this case" in first.toolTip(0)
