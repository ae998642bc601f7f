"""The case list model: a correct Qt model that pages, filters and sorts through the query."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import cases
from caseworker.services.case_list import CaseQuery, CaseSort
from caseworker.vocab import CaseStatus
from tests.conftest import SampleCase
from tests.ui.conftest import add_case, add_many_cases
from ui.case_list_model import OVERDUE_COLOUR, CaseColumn, CaseListModel, CaseListRole
from ui.context import AppContext


def column_texts(model: CaseListModel, column: CaseColumn) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def russian_locale() -> Iterator[QLocale]:
    previous = QLocale()
    locale = QLocale("ru_RU")
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("sample_case")
def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, database: Database, context: AppContext
) -> None:
    add_case(database, "Ивановы", region="Тверская область", next_action_due=date(2026, 1, 5))
    model = CaseListModel(context)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_model_passes_the_qt_model_tester_while_paging(
    qtmodeltester: ModelTester, database: Database, context: AppContext
) -> None:
    add_many_cases(database, 12)
    model = CaseListModel(context, page_size=5)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 12


def test_a_large_list_starts_with_one_page_and_grows_as_asked(
    database: Database, context: AppContext
) -> None:
    add_many_cases(database, 1000)
    model = CaseListModel(context, page_size=200, first_page=60)
    assert model.total == 1000
    assert model.rowCount() == 60  # what a keystroke reads: a tall window's worth
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 260
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    references = column_texts(model, CaseColumn.REFERENCE)
    assert references == sorted(references)
    assert len(set(references)) == 1000


@pytest.mark.usefixtures("russian_locale")
def test_columns_show_what_a_caseworker_reads(context: AppContext, sample_case: SampleCase) -> None:
    model = CaseListModel(context)
    values = {column: model.index(0, column).data() for column in CaseColumn}
    assert values[CaseColumn.REFERENCE] == sample_case.reference
    assert values[CaseColumn.FAMILY] == "Шумовы"
    assert values[CaseColumn.REGION] == "Курская область"
    assert "Шумов" in values[CaseColumn.PERSONS]
    assert values[CaseColumn.STATUS] == "open"
    # Dates as the locale writes them: 05.04.2026 or 08.04.2026, never ISO.
    assert values[CaseColumn.LAST_REPORT].endswith(".04.2026")
    assert values[CaseColumn.NEXT_DUE] == ""
    assert model.index(0, 0).data(CaseListRole.CASE_ID) == sample_case.case_id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"


def test_overdue_next_action_stands_out(database: Database, context: AppContext) -> None:
    yesterday = date.today() - timedelta(days=1)
    add_case(database, "Overdue", next_action_due=yesterday)
    add_case(database, "Future", next_action_due=date.today() + timedelta(days=3))
    add_case(database, "Closed", status=CaseStatus.CLOSED, next_action_due=yesterday)
    model = CaseListModel(context)
    model.set_query(CaseQuery(sort=CaseSort.FAMILY))
    assert column_texts(model, CaseColumn.FAMILY) == ["Closed", "Future", "Overdue"]

    def colour(row: int) -> object:
        return model.index(row, CaseColumn.NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole)

    overdue = colour(2)
    assert isinstance(overdue, QBrush)
    assert overdue.color() == OVERDUE_COLOUR
    assert model.index(2, CaseColumn.NEXT_DUE).data(CaseListRole.OVERDUE) is True
    assert colour(1) is None
    assert colour(0) is None, "a closed case has nothing overdue"


def test_filters_by_status_region_and_text(
    database: Database, context: AppContext, qtbot: QtBot
) -> None:
    add_case(database, "Петровы", region="Курская область")
    add_case(database, "Сидоровы", region="Тверская область", status=CaseStatus.LOCATED)
    add_case(database, "Кузнецовы", region="Тверская область", relative_surname="ЁЛКИНА")
    model = CaseListModel(context)
    assert model.total == 3

    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.total_changed) as total:
        model.set_query(CaseQuery(region="Тверская область"))
    assert total.args == [2]
    assert column_texts(model, CaseColumn.FAMILY) == ["Сидоровы", "Кузнецовы"]

    model.set_query(replace(model.query, statuses=frozenset({CaseStatus.LOCATED})))
    assert column_texts(model, CaseColumn.FAMILY) == ["Сидоровы"]

    model.set_query(CaseQuery(text="елкина"))
    assert column_texts(model, CaseColumn.FAMILY) == ["Кузнецовы"]


def test_sorting_happens_in_the_query(database: Database, context: AppContext) -> None:
    for family in ("Борисовы", "Антоновы", "Вдовины"):
        add_case(database, family)
    model = CaseListModel(context)
    model.sort(CaseColumn.FAMILY, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, CaseColumn.FAMILY) == ["Антоновы", "Борисовы", "Вдовины"]
    model.sort(CaseColumn.FAMILY, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == CaseSort.FAMILY and model.query.descending
    assert column_texts(model, CaseColumn.FAMILY) == ["Вдовины", "Борисовы", "Антоновы"]


def test_refresh_keeps_the_rows_already_loaded(database: Database, context: AppContext) -> None:
    add_many_cases(database, 30)
    model = CaseListModel(context, page_size=10)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    add_case(database, "Новые")
    model.refresh()
    assert model.total == 31
    assert model.rowCount() == 20


def test_an_edited_case_is_updated_in_place(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_many_cases(database, 30)
    model = CaseListModel(context, page_size=10)
    model.fetchMore(QModelIndex())
    case_id = model.case_id(15)
    with database.write() as session:
        cases.update_case(session, "tester", case_id, None, region="Тверская область")
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.refresh_case(case_id)
    assert model.index(15, CaseColumn.REGION).data() == "Тверская область"
    assert model.rowCount() == 20


def test_a_case_that_moves_in_the_order_reloads_the_list(
    database: Database, context: AppContext
) -> None:
    add_many_cases(database, 30)
    model = CaseListModel(context, page_size=10)
    model.set_query(replace(model.query, sort=CaseSort.FAMILY))
    case_id = model.case_id(5)
    with database.write() as session:
        cases.update_case(session, "tester", case_id, None, family_name="Яяяевы")
    assert not model.refresh_case(case_id)


def test_the_count_of_a_long_list_arrives_from_a_worker(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_many_cases(database, 30)
    model = CaseListModel(context, page_size=10)
    with qtbot.waitSignal(model.total_changed) as counted:
        model.set_query(CaseQuery(region="Курская область"))
    assert counted.args == [10]
    with qtbot.waitSignal(model.total_changed) as counted:
        model.set_query(CaseQuery())
    assert model.rowCount() == 10
    assert counted.args == [30]
    assert model.known_total == 30


def test_a_window_taller_than_the_first_page_shows_it_full(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    add_many_cases(database, 80)
    model = CaseListModel(context, page_size=10, first_page=5)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() * view.rowHeight(0) >= view.viewport().height())
    assert model.rowCount() < 80  # the rest is read when scrolled to
    references = column_texts(model, CaseColumn.REFERENCE)
    assert references == sorted(references)
