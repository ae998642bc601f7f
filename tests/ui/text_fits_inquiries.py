"""The Inquiries tab's dialogs opened for tests/ui/test_text_fits.py, on a demo case."""

from __future__ import annotations

from datetime import date, timedelta

from caseworker.services import addressees, inquiries
from tests.conftest import ACTOR
from ui.case_view import CaseView
from ui.context import AppContext


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
