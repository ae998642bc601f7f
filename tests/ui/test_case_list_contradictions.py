"""The case list's contradictions column: counted in a worker, red ⚠ for a contested case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.services import explanations
from caseworker.services.case_list import CaseQuery
from caseworker.services.timeline import load_timeline
from tests.conftest import ACTOR, SampleCase
from tests.ui.conftest import add_many_cases
from ui.case_list_model import OVERDUE_COLOUR, CaseColumn, CaseListModel, CaseListRole
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations.background import ANALYSIS
from ui.widgets import first_paint


def test_the_demo_case_shows_contested_and_its_open_count(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database, context: AppContext
) -> None:
    with database.write() as session:
        references = {case.reference: case.id for case in load_demo(session, ACTOR)}
    model = CaseListModel(context)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    model.wait_for_contradictions()
    row = model.row_of_case(references["2026-0001"])  # killed, then alive in hospital
    assert row is not None
    cell = model.index(row, CaseColumn.CONTRADICTIONS)
    assert cell.data(CaseListRole.CONTESTED) is True
    assert cell.data(CaseListRole.OPEN_CONTRADICTIONS) == 1
    assert cell.data() == "⚠ 1"
    brush = cell.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert "Contested" in cell.data(Qt.ItemDataRole.ToolTipRole)
    behind = model.index(model.row_of_case(references["2026-0004"]) or 0, CaseColumn.CONTRADICTIONS)
    assert behind.data(CaseListRole.CONTESTED) is False
    assert behind.data(CaseListRole.OPEN_CONTRADICTIONS) >= 1
    assert behind.data() == str(behind.data(CaseListRole.OPEN_CONTRADICTIONS))
    qtmodeltester.check(model)


@pytest.mark.usefixtures("qtbot")
def test_explaining_lowers_the_count_after_a_refresh(
    database: Database, context: AppContext, sample_case: SampleCase
) -> None:
    model = CaseListModel(context)
    model.wait_for_contradictions()
    cell = model.index(0, CaseColumn.CONTRADICTIONS)
    before = cell.data(CaseListRole.OPEN_CONTRADICTIONS)
    with database.write() as session:
        found = next(
            item.contradiction
            for item in load_timeline(session, sample_case.person_id).contradictions
            if item.contradiction.rule.value == "alive_after_death"
        )
        explanations.explain_contradiction(
            session, ACTOR, sample_case.person_id, found.rule, found.report_ids, "Ошибка роты"
        )
    model.refresh()
    model.wait_for_contradictions()
    assert model.index(0, CaseColumn.CONTRADICTIONS).data(CaseListRole.OPEN_CONTRADICTIONS) == (
        before - 1
    )


@pytest.mark.usefixtures("qtbot")
def test_pages_fetched_later_are_counted_too(database: Database, context: AppContext) -> None:
    add_many_cases(database, 12)
    model = CaseListModel(context, page_size=5)
    model.fetchMore(QModelIndex())
    model.wait_for_contradictions()
    assert model.rowCount() == 10
    counted = [
        model.index(row, CaseColumn.CONTRADICTIONS).data(CaseListRole.OPEN_CONTRADICTIONS)
        for row in range(model.rowCount())
    ]
    assert None not in counted


@pytest.mark.usefixtures("sample_case")
def test_the_column_cannot_sort_the_query(context: AppContext) -> None:
    model = CaseListModel(context)
    query = model.query
    model.sort(CaseColumn.CONTRADICTIONS, Qt.SortOrder.DescendingOrder)
    assert model.query == query


def test_the_window_counts_them_once_its_list_is_painted(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    """The start paints the list first; the first page's analysis follows it."""
    with database.write() as session:
        references = {case.reference: case.id for case in load_demo(session, ACTOR)}
    window = MainWindow(context)
    qtbot.addWidget(window)
    model = window.case_model
    row = model.row_of_case(references["2026-0001"])
    assert row is not None
    cell = model.index(row, CaseColumn.CONTRADICTIONS)
    assert cell.data(CaseListRole.CONTESTED) is None  # not analysed before the list shows
    window.show()
    qtbot.waitUntil(lambda: cell.data(CaseListRole.CONTESTED) is True, timeout=5000)
    assert cell.data() == "⚠ 1"


def test_a_search_is_analysed_once_the_typing_pauses(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    """While the caseworker types, the list shows at once and its ⚠ column follows."""
    with database.write() as session:
        references = {case.reference: case.id for case in load_demo(session, ACTOR)}
    model = CaseListModel(context, analyse_at_once=False)
    for typed in ("С", "Со", "Сок"):  # Соколовы, 2026-0001
        model.set_query(CaseQuery(text=typed))
    row = model.row_of_case(references["2026-0001"])
    assert row is not None
    cell = model.index(row, CaseColumn.CONTRADICTIONS)
    assert cell.data(CaseListRole.CONTESTED) is None  # not while typing
    qtbot.waitUntil(lambda: cell.data(CaseListRole.CONTESTED) is True, timeout=5000)
    assert cell.data() == "⚠ 1"


def test_a_window_closed_before_its_paint_analyses_nothing_after(
    qtbot: QtBot, database: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed before it was painted, the window starts no analysis once it is gone."""
    monkeypatch.setattr(first_paint, "LATEST_MS", 20)
    with database.write() as session:
        load_demo(session, ACTOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.close()
    qtbot.wait(100)
    assert ANALYSIS.settle(0)
    column = [
        window.case_model.index(row, CaseColumn.CONTRADICTIONS).data(CaseListRole.CONTESTED)
        for row in range(window.case_model.rowCount())
    ]
    assert column == [None] * window.case_model.rowCount()
