"""A case opens on its Reports tab: the evidence panel reads the case's reports (for its
report filter) when it is first shown, and then offers them all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import SampleCase
from ui.case_view import CaseView
from ui.context import AppContext


def test_the_report_filter_is_filled_when_the_evidence_tab_is_shown(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    view = CaseView(context)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_case(sample_case.case_id)
    panel = view.evidence_panel
    assert not panel.isVisible()
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(panel.isVisible)
    offered = [panel.report_filter.itemData(i) for i in range(panel.report_filter.count())]
    assert offered == [None, sample_case.killed_report_id, sample_case.alive_report_id] or (
        offered == [None, sample_case.alive_report_id, sample_case.killed_report_id]
    )
    view.show_case(None)
    view.tabs.setCurrentIndex(0)
    view.show_case(sample_case.case_id)  # opened again while hidden: shown current again
    view.tabs.setCurrentWidget(panel)
    assert panel.report_filter.count() == 3
