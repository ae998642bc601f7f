"""The Inquiries tab's dialogs opened for tests/ui/test_text_fits.py, on a demo case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QWidget
from sqlalchemy import select

from caseworker.models import Case, SoughtPerson
from caseworker.services import addressees, inquiries
from tests.conftest import ACTOR
from ui.case_view import CaseView
from ui.context import AppContext
from ui.inquiries.inquiry_model import InquiryColumn
from ui.main_window import MainWindow


def open_the_inquiry_dialogs(view: CaseView, context: AppContext, case_id: int) -> None:
    """Every dialog of the Inquiries tab, each through its button's action: a new inquiry,
    then each step on a draft and on an inquiry sent a week ago."""
    with context.database.write() as session:
        addressees.add_starter_addressees(session, ACTOR)
        to = addressees.addressee_lines(session)[0].id
        draft = inquiries.add_inquiry(session, ACTOR, case_id, to).id
        sent_on = date.today() - timedelta(days=7)
        sent = inquiries.add_inquiry(session, ACTOR, case_id, to, sent_on=sent_on).id
    view.reload()
    panel = view.inquiries_panel
    view.tabs.setCurrentWidget(panel)
    panel.new_inquiry()
    panel.select_inquiry(draft)
    panel.send()
    panel.select_inquiry(sent)
    for step in (panel.register, panel.extend, panel.forward, panel.answer, panel.close_inquiry):
        step()


def inquiries_that_scroll_across(
    window: MainWindow, context: AppContext, cut_texts: Callable[[QWidget], list[str]]
) -> list[str]:
    """Each case's Inquiries table in ``window``: what scrolls across or is cut, with what
    ``cut_texts`` finds cut in the window (a column's title among them).

    A table that scrolls across hides its last columns from a caseworker who does not think
    of scrolling; a day, a status, a number or a delay cut short says something else. Names
    may wrap and be elided (their tooltip holds the whole)."""
    with context.database.read() as session:
        case_ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        names = {person.id: person.full_name for person in session.scalars(select(SoughtPerson))}
    problems = []
    for case_id in case_ids:
        window.open_case(case_id)
        panel = window.case_view.inquiries_panel
        window.case_view.tabs.setCurrentWidget(panel)
        QApplication.processEvents()
        table, model = panel.table, panel.model
        if table.horizontalScrollBar().isVisible():
            problems.append(f"case {case_id}: the table scrolls across")
        problems += [f"case {case_id}: {problem}" for problem in cut_texts(window)]
        metrics = table.fontMetrics()
        # The style's text margin each side of a cell's text (Qt's item view drawing).
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        padding = 2 * (margin + 1)
        for row, line in enumerate(model.rows()):
            for column in InquiryColumn:
                text = str(model.index(row, column).data() or "")
                tip = str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
                whole = {
                    InquiryColumn.ADDRESSEE: line.addressee,
                    InquiryColumn.PERSON: names.get(line.person_id or 0, ""),
                }.get(column)
                if whole is not None:  # a name: wrapped, elided, whole in its tooltip
                    if text and whole not in tip:
                        problems.append(f"case {case_id}: {tip!r} does not hold {whole!r}")
                    continue
                if table.isColumnHidden(column):
                    continue
                for part in text.splitlines():
                    needed = metrics.horizontalAdvance(part) + padding
                    if needed > table.columnWidth(column):
                        problems.append(
                            f"case {case_id}: {part!r} needs {needed} px, "
                            f"has {table.columnWidth(column)}"
                        )
                rows_needed = len(text.splitlines()) * metrics.lineSpacing()
                if rows_needed > table.rowHeight(row):
                    problems.append(f"case {case_id}: {text!r} is taller than its row")
    return problems
