"""The case view's Inquiries tab: the case's inquiries, their course, each step asked for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import addressees, inquiries
from tests.conftest import ACTOR, SampleCase
from tests.ui.conftest import shown_case_view
from ui.case_view import CaseView
from ui.context import AppContext
from ui.inquiries.inquiry_model import InquiryColumn


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> CaseView:
    return shown_case_view(qtbot, context, sample_case.case_id, width=900)


def an_addressee(database: Database, name: str, kind: str = "ministry", **values: object) -> int:
    with database.write() as session:
        return addressees.add_addressee(session, ACTOR, name=name, kind=kind, **values).id


def an_inquiry(database: Database, case_id: int, addressee_id: int, **values: object) -> int:
    with database.write() as session:
        return inquiries.add_inquiry(session, ACTOR, case_id, addressee_id, **values).id


def cells(view: CaseView, column: InquiryColumn) -> list[str]:
    model = view.inquiries_panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


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


def test_an_overdue_inquiry_is_shown_late_in_the_problem_colour(
    view: CaseView, context: AppContext, sample_case: SampleCase
) -> None:
    ministry = an_addressee(context.database, "Минобороны России")
    sent = date.today() - timedelta(days=40)  # 3 days to register + 30 to answer: 7 days late
    an_inquiry(context.database, sample_case.case_id, ministry, sent_on=sent)
    view.reload()

    assert cells(view, InquiryColumn.LATE) == ["overdue by 7 days"]
    assert cells(view, InquiryColumn.STATUS) == ["sent"]
