"""The open case's page: header, relatives, sought persons and the tabs under them.

Built the first time a case is shown (:meth:`ui.case_view.CaseView.reload`), not at start:
the timeline, the evidence, the family log, the inquiries and the letters' actions load with
it, so a start with no case open neither imports nor builds them. The strings keep the case
view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.case_parts import header, people
from ui.case_parts.reports_tab import build_reports_tab
from ui.evidence.evidence_panel import EvidencePanel
from ui.family.family_panel import FamilyPanel
from ui.inquiries.inquiries_panel import add_inquiries_tab
from ui.letters.letter_actions import add_letter_actions
from ui.timeline.timeline_panel import TimelinePanel

if TYPE_CHECKING:
    from ui.case_view import CaseView
    from ui.report_table_model import ReportTableModel

translate = QCoreApplication.translate


def build_case_page(view: CaseView, reports: ReportTableModel) -> QWidget:
    """The page, its widgets set on ``view`` (``tabs``, ``splitter``, the panels, …)."""
    context = view._context
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 0, 4, 4)
    view.family_panel = FamilyPanel(context)  # its override line is in the header
    layout.addWidget(header.build_header(view))
    people.build_relatives(view)
    people.build_persons(view)

    view.tabs = tabs = QTabWidget()
    tabs.setObjectName("caseTabs")
    tabs.addTab(build_reports_tab(view, reports), translate("CaseView", "Reports"))
    view.inquiries_panel = add_inquiries_tab(tabs, context)
    add_letter_actions(view.inquiries_panel, context)
    view.timeline_panel = TimelinePanel(context)
    view.timeline_panel.report_selected.connect(view._on_timeline_report_selected)
    view.timeline_panel.inquiry_selected.connect(view.show_inquiry)
    tabs.addTab(view.timeline_panel, translate("CaseView", "Timeline"))
    view.evidence_panel = EvidencePanel(context)
    view.evidence_panel.count_changed.connect(view._on_evidence_count)
    tabs.addTab(view.evidence_panel, translate("CaseView", "Evidence"))
    view.family_panel.add_to(tabs)
    tabs.addTab(header.build_details_tab(view), translate("CaseView", "Details"))

    view.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setObjectName("caseViewSplitter")
    splitter.setChildrenCollapsible(False)
    view.relatives_section = people.section(
        translate("CaseView", "Relatives"),
        view.relatives_list,
        view.add_relative_button,
        view.edit_relative_button,
    )
    splitter.addWidget(view.relatives_section)
    splitter.addWidget(
        people.section(
            translate("CaseView", "Sought persons"),
            view.persons_list,
            view.add_person_button,
            view.edit_person_button,
            view.person_link_label,
        )
    )
    splitter.addWidget(tabs)
    splitter.setStretchFactor(2, 1)
    splitter.setSizes([110, 130, 460])
    tabs.currentChanged.connect(_tall_tabs_take_the_room(view))
    layout.addWidget(splitter, 1)
    return page


def _tall_tabs_take_the_room(view: CaseView) -> Callable[[int], None]:
    """What the tabs do when another is chosen. The timeline, the evidence and the inquiries
    need height more than the relatives need a list: while one is shown the relatives step
    aside and the persons shrink to their least; both get their room back afterwards."""
    sizes_before: list[int] | None = None

    def on_tab_changed(index: int) -> None:
        nonlocal sizes_before
        tall = (view.timeline_panel, view.evidence_panel, view.inquiries_panel)
        on_tall_tab = view.tabs.widget(index) in tall
        if on_tall_tab and sizes_before is None:
            sizes_before = view.splitter.sizes()
            view.relatives_section.hide()
            view.splitter.setSizes([0, 0, sum(sizes_before)])
        elif not on_tall_tab and sizes_before is not None:
            view.relatives_section.show()
            view.splitter.setSizes(sizes_before)
            sizes_before = None

    return on_tab_changed
