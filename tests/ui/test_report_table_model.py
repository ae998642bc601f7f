"""The reports table model: what each column shows, retracted rows, and Qt's model rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.labels import label
from caseworker.services import reports
from caseworker.vocab import Claim, SourceKind
from tests.conftest import ACTOR, SampleCase
from ui.report_table_model import ReportColumn, ReportRole, ReportRow, ReportTableModel


@pytest.fixture
def russian_dates(qapp: QApplication) -> Iterator[None]:  # noqa: ARG001 (QLocale needs Qt)
    previous = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    yield
    QLocale.setDefault(previous)


def load_rows(database: Database, person_id: int) -> list[ReportRow]:
    with database.read() as session:
        return [ReportRow.from_report(r) for r in reports.reports_of_person(session, person_id)]


def add_reports(database: Database, sample: SampleCase) -> None:
    """A month-only, an approximate and a period report besides the sample's two days."""
    with database.write() as session:
        for event, claim in (
            ("2026-03", "missing"),
            ("~2026-04-10", "captured"),
            ("2026-04-01..2026-04-04", "alive"),
        ):
            reports.add_report(
                session,
                ACTOR,
                sample.person_id,
                claim=claim,
                event=event,
                source_kind="comrade",
                received_on="2026-05-01",
            )
        retracted = reports.get_report(session, sample.alive_report_id)
        reports.retract_report(
            session, ACTOR, retracted.id, retracted.version, "Перепутали с однофамильцем"
        )


def text(model: ReportTableModel, row: int, column: ReportColumn) -> str:
    return str(model.data(model.index(row, column)))


def row_of(model: ReportTableModel, report_id: int) -> int:
    return model.index_of(report_id).row()


def test_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, database: Database, sample_case: SampleCase
) -> None:
    add_reports(database, sample_case)
    model = ReportTableModel()
    qtmodeltester.check(model)
    model.set_rows(load_rows(database, sample_case.person_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    model.set_rows([])
    assert model.rowCount() == 0


@pytest.mark.usefixtures("russian_dates")
def test_columns_show_claim_event_source_grade_and_received(
    database: Database, sample_case: SampleCase
) -> None:
    add_reports(database, sample_case)
    model = ReportTableModel()
    model.set_rows(load_rows(database, sample_case.person_id))
    killed = row_of(model, sample_case.killed_report_id)
    assert text(model, killed, ReportColumn.CLAIM) == label(Claim.KILLED)
    assert text(model, killed, ReportColumn.EVENT) == "2 апр. 2026"
    assert text(model, killed, ReportColumn.SOURCE) == f"{label(SourceKind.UNIT)}: командир роты"
    assert text(model, killed, ReportColumn.GRADE) == "B2"
    assert text(model, killed, ReportColumn.RECEIVED) == "5 апр. 2026"
    events = {text(model, row, ReportColumn.EVENT) for row in range(model.rowCount())}
    assert {"март 2026", "≈ 10 апр. 2026", "1 апр. – 4 апр. 2026"} <= events
    assert model.headerData(ReportColumn.GRADE, Qt.Orientation.Horizontal)


def test_retracted_rows_are_struck_out_grey_with_the_reason(
    database: Database, sample_case: SampleCase
) -> None:
    add_reports(database, sample_case)
    model = ReportTableModel()
    model.set_rows(load_rows(database, sample_case.person_id))
    retracted = model.index(row_of(model, sample_case.alive_report_id), ReportColumn.SOURCE)
    kept = model.index(row_of(model, sample_case.killed_report_id), ReportColumn.SOURCE)

    assert model.data(retracted, ReportRole.RETRACTED) is True
    assert model.data(retracted, Qt.ItemDataRole.FontRole).strikeOut()
    grey = model.data(retracted, Qt.ItemDataRole.ForegroundRole).color()
    assert grey != model.data(kept, Qt.ItemDataRole.ForegroundRole)
    assert "Перепутали с однофамильцем" in model.data(retracted, Qt.ItemDataRole.ToolTipRole)
    assert "tester" in model.data(retracted, Qt.ItemDataRole.ToolTipRole)

    assert model.data(kept, ReportRole.RETRACTED) is False
    assert model.data(kept, Qt.ItemDataRole.FontRole) is None
    assert model.data(kept, ReportRole.REPORT_ID) == sample_case.killed_report_id


@pytest.mark.usefixtures("russian_dates")
def test_event_dates_sort_by_date_not_by_text(database: Database, sample_case: SampleCase) -> None:
    add_reports(database, sample_case)
    model = ReportTableModel()
    model.set_rows(load_rows(database, sample_case.person_id))
    keys = sorted(
        (model.data(model.index(row, ReportColumn.EVENT), ReportRole.SORT_KEY), row)
        for row in range(model.rowCount())
    )
    shown_in_order = [text(model, row, ReportColumn.EVENT) for _key, row in keys]
    assert shown_in_order[0] == "март 2026"
    assert shown_in_order[-1] == "5 апр. 2026"


@pytest.mark.usefixtures("russian_dates")
def test_the_table_sorts_itself_keeping_the_selected_report(
    qtbot: QtBot, database: Database, sample_case: SampleCase
) -> None:
    """A click on a column's title sorts the rows by what it means; the report selected
    stays selected, and a new person's reports come in the order chosen."""
    add_reports(database, sample_case)
    model = ReportTableModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(ReportColumn.EVENT, Qt.SortOrder.AscendingOrder)
    model.set_rows(load_rows(database, sample_case.person_id))
    events = [text(model, row, ReportColumn.EVENT) for row in range(model.rowCount())]
    assert events[0] == "март 2026" and events[-1] == "5 апр. 2026"
    table.selectRow(row_of(model, sample_case.killed_report_id))
    table.sortByColumn(ReportColumn.EVENT, Qt.SortOrder.DescendingOrder)
    assert [text(model, row, ReportColumn.EVENT) for row in range(model.rowCount())] == (
        events[::-1]
    )
    selected = table.selectionModel().selectedRows()
    assert [model.data(index, ReportRole.REPORT_ID) for index in selected] == [
        sample_case.killed_report_id
    ]
    model.set_rows(load_rows(database, sample_case.person_id))  # as the person is shown again
    assert text(model, 0, ReportColumn.EVENT) == "5 апр. 2026"
