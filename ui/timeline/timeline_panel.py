"""The "Timeline" tab of a case: a person's timeline, its contradictions, suggestion and assessment.

The panel loads the selected person's :class:`TimelineResult` when it is shown (a case opens
on its reports; the analysis runs only when someone looks at it) and again after every change
the notifier reports for its case. Its parts are built in :mod:`ui.timeline.timeline_parts`;
what its buttons do (explain, reopen, assess, export the picture) is in
:mod:`ui.timeline.timeline_actions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from caseworker.errors import NotFound
from caseworker.services.assessments import current_assessment
from caseworker.services.report_rows import report_in_context
from caseworker.services.timeline import ListedContradiction, TimelineResult, load_timeline
from caseworker.timeline import Reminder
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import ReadOp
from ui.timeline import timeline_actions
from ui.timeline.contradiction_model import ContradictionModel
from ui.timeline.report_details import ReportDetails
from ui.timeline.status_boxes import AssessmentBox, SuggestionBox
from ui.timeline.timeline_parts import build_contradictions, build_toolbar, scrolling
from ui.timeline.timeline_widget import TimelineWidget


class TimelinePanel(QWidget):
    """The timeline of the sought person chosen in the case view, and all that goes with it."""

    #: The user selected a report in the timeline (the case view follows in its table).
    report_selected = Signal(int)
    #: The user clicked an inquiry on the timeline (the case view shows it on its tab).
    inquiry_selected = Signal(int)

    def __init__(
        self,
        context: AppContext,
        timeline: TimelineWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._context = context
        self._case_id: int | None = None
        self._person_id: int | None = None
        self._person_name = ""
        self._result: TimelineResult | None = None
        self._selected: int | None = None
        self._stale = False
        self._shown_before = False
        self.timeline = timeline if timeline is not None else TimelineWidget()
        self.timeline.setObjectName("timelineWidget")
        self.contradiction_model = ContradictionModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_toolbar())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.setChildrenCollapsible(False)
        # The time axis gets the whole width; below it the findings, and beside them what
        # the reports suggest, the caseworker's assessment and the selected report.
        self.details = ReportDetails()
        self.suggestion_box = SuggestionBox()
        self.assessment_box = AssessmentBox()
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setChildrenCollapsible(False)
        self.bottom_splitter.addWidget(self._build_contradictions())
        # "No news for a long time" is a reminder to ask again, shown apart from the
        # contradictions (it is not one).
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("reminderLabel")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.reminder_label.setMargin(4)
        self.reminder_label.hide()
        self.bottom_splitter.addWidget(
            scrolling(self.reminder_label, self.suggestion_box, self.assessment_box, self.details)
        )
        self.bottom_splitter.setStretchFactor(0, 3)
        self.bottom_splitter.setStretchFactor(1, 2)
        self.bottom_splitter.setSizes([280, 340])
        self.timeline.setMinimumHeight(120)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.bottom_splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 220])
        # In a small window the panel scrolls rather than squeezing the case view above it.
        scroll = QScrollArea()
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.splitter)
        layout.addWidget(scroll, 1)

        self.timeline.report_selected.connect(self._on_timeline_report_selected)
        self.timeline.inquiry_selected.connect(self.inquiry_selected)
        self.assessment_box.assess_button.clicked.connect(self.assess)
        context.notifier.changed.connect(self._on_changed)
        self._update_buttons()

    # Building ----------------------------------------------------------------------------

    def _build_toolbar(self) -> QVBoxLayout:
        self.toolbar = build_toolbar(self.timeline)
        self.status_label = self.toolbar.status_label
        self.export_button = self.toolbar.export_button
        self.export_button.clicked.connect(self.export_picture)
        return self.toolbar.layout

    def _build_contradictions(self) -> QWidget:
        parts = build_contradictions(self.contradiction_model)
        self.contradictions_box = parts.contradictions_box
        self.contradictions_table = parts.contradictions_table
        self.sentence_label = parts.sentence_label
        self.explain_button = parts.explain_button
        self.reopen_button = parts.reopen_button
        self.contradictions_table.selectionModel().selectionChanged.connect(
            self._on_contradiction_selected
        )
        self.contradictions_table.doubleClicked.connect(lambda _index: self.explain())
        self.explain_button.clicked.connect(self.explain)
        self.reopen_button.clicked.connect(self.reopen)
        return self.contradictions_box

    # Public ------------------------------------------------------------------------------

    def set_person(self, case_id: int | None, person_id: int | None, name: str = "") -> None:
        """Follow the person selected in the case view (loads now if shown, else when shown)."""
        self._person_name = name
        if (case_id, person_id) == (self._case_id, self._person_id) and not self._stale:
            self._show_person_name()
            return
        self._case_id, self._person_id = case_id, person_id
        self._selected = None
        self._request_reload()

    def person_id(self) -> int | None:
        return self._person_id

    def result(self) -> TimelineResult | None:
        return self._result

    def selected_report_id(self) -> int | None:
        return self._selected

    def select_report(self, report_id: int | None) -> None:
        """Select a report (from the case view's table), without telling it back."""
        if report_id == self._selected:
            return
        self._selected = report_id
        if self._result is not None:
            self.timeline.select_report(report_id)
            self._show_selected()

    def reload(self) -> None:
        """Read the person's timeline and assessment again, keeping the selections."""
        self._stale = False
        result, assessment = None, None
        person_id = self._person_id
        if person_id is not None:

            def read(session: Any) -> tuple[TimelineResult, Any]:
                latest = current_assessment(session, person_id)
                shown = (
                    None
                    if latest is None
                    else (
                        latest.status,
                        latest.confidence,
                        latest.rationale,
                        latest.assessed_by,
                        latest.assessed_at,
                    )
                )
                return load_timeline(session, person_id), shown

            # A person removed meanwhile shows as no timeline, not as an error.
            loaded = ReadOp(self._context, self, read).quietly(NotFound).run()
            if loaded is not None:
                result, assessment = loaded
        kept = self._selected_contradiction_key()
        self._result = result
        known = {fact.id for fact in result.reports} if result is not None else set()
        if self._selected not in known:
            self._selected = None
        self.timeline.set_timeline(result)
        self.timeline.select_report(self._selected)
        self.contradiction_model.set_contradictions(result.contradictions if result else ())
        self._restore_contradiction(kept)
        self.suggestion_box.show_suggestion(result.suggestion if result else None)
        self._show_reminder(result.reminder if result else None)
        self.assessment_box.show_assessment(*(assessment or (None,)))
        self._show_person_name()
        self._show_selected()
        self._update_buttons()

    # Actions -----------------------------------------------------------------------------

    def explain(self) -> bool:
        """Mark the selected contradiction explained, with a note; True once saved."""
        item = self.current_contradiction()
        if item is None or item.explained or self._person_id is None:
            return False
        whose = timeline_actions.Whose(self._case_id, self._person_id)
        return timeline_actions.explain(self._context, self, whose, item)

    def reopen(self) -> bool:
        """Withdraw the selected contradiction's explanation; True once saved."""
        item = self.current_contradiction()
        if item is None or not item.explained or self._person_id is None:
            return False
        whose = timeline_actions.Whose(self._case_id, self._person_id)
        return timeline_actions.reopen(self._context, self, whose, item)

    def assess(self) -> bool:
        """Record the caseworker's own assessment of the person; True once saved."""
        if self._person_id is None:
            return False
        whose = timeline_actions.Whose(self._case_id, self._person_id)
        return timeline_actions.assess(self._context, self, whose, self._person_name, self._result)

    def export_picture(self) -> Path | None:
        """Save the timeline as a PNG the user names; the path once written."""
        if self._result is None:
            return None
        return timeline_actions.export_picture(
            self, self.timeline, self._person_name, self._context.prompts, self._say
        )

    def current_contradiction(self) -> ListedContradiction | None:
        rows = self.contradictions_table.selectionModel().selectedRows()
        return self.contradiction_model.item_at(rows[0].row()) if rows else None

    # Internals ---------------------------------------------------------------------------

    def _request_reload(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_before:
            # Laid out for real only now: the timeline a little over half, the findings the rest.
            self._shown_before = True
            height = sum(self.splitter.sizes())
            self.splitter.setSizes([height * 11 // 20, height - height * 11 // 20])
        if self._stale:
            self.reload()

    def _on_changed(self, change: Change) -> None:
        if self._person_id is None:
            return
        if change.kind is ChangeKind.ALL or change.case_id in (None, self._case_id):
            self._request_reload()

    def sentence_text(self) -> str:
        """The selected contradiction's sentence (and note) as shown below the list."""
        return self.sentence_label.toPlainText()

    def _show_reminder(self, reminder: Reminder | None) -> None:
        if reminder is None:
            self.reminder_label.hide()
            return
        self.reminder_label.setText(
            self.tr("Reminder: {sentence} Ask again, or call the family.").format(
                sentence=reminder.text
            )
        )
        self.reminder_label.show()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _show_person_name(self) -> None:
        if self._person_id is None:
            self._say(self.tr("Add a sought person to the case to see their timeline."))
        elif self._result is not None and not self._result.reports:
            self._say(
                self.tr("No reports about {name} yet. Add them on the Reports tab.").format(
                    name=self._person_name
                )
            )
        else:
            self._say("")

    def _on_timeline_report_selected(self, report_id: int) -> None:
        if report_id == self._selected:
            return
        self._selected = report_id
        self._show_selected()
        self.report_selected.emit(report_id)

    def _show_selected(self) -> None:
        result, report_id = self._result, self._selected
        share = None
        if result is not None and report_id is not None:
            share = result.suggestion.report_shares.get(report_id, {})
        self.suggestion_box.show_share(report_id, share)
        if report_id is None or result is None:
            self.details.show_report(None)
            return

        loaded = (
            ReadOp(self._context, self, lambda session: report_in_context(session, report_id))
            .quietly(NotFound)
            .run()
        )
        if loaded is None:
            self.details.show_report(None)
            return
        self.details.show_report(loaded.row, loaded.origin, share)

    def _selected_contradiction_key(self) -> tuple[str, tuple[int, ...]] | None:
        item = self.current_contradiction()
        if item is None:
            return None
        return (item.contradiction.rule.value, item.contradiction.report_ids)

    def _restore_contradiction(self, key: tuple[str, tuple[int, ...]] | None) -> None:
        row = self.contradiction_model.row_of(key) if key is not None else None
        if row is not None:
            self.contradictions_table.selectRow(row)
        else:
            self._on_contradiction_selected(QItemSelection(), QItemSelection())

    def _on_contradiction_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        item = self.current_contradiction()
        self.timeline.highlight_reports(item.contradiction.report_ids if item else ())
        if item is not None:
            text = item.contradiction.explanation
            if item.explained:
                text += "\n" + self.tr("Explained by {who}: {note}").format(
                    who=item.explained_by or self.tr("unknown"), note=item.note
                )
            self.sentence_label.setPlainText(text)
        elif self._result is not None and not self._result.contradictions:
            self.sentence_label.setPlainText(self.tr("These reports do not contradict each other."))
        else:
            self.sentence_label.setPlainText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_contradiction()
        loaded = self._result is not None
        self.explain_button.setEnabled(item is not None and not item.explained)
        self.reopen_button.setEnabled(item is not None and item.explained)
        self.assessment_box.assess_button.setEnabled(self._person_id is not None and loaded)
        toolbar = self.toolbar
        for widget in (toolbar.zoom_in_button, toolbar.zoom_out_button, toolbar.fit_button):
            widget.setEnabled(loaded)
        self.export_button.setEnabled(loaded and bool(self._result and self._result.reports))
        open_count = self.contradiction_model.open_count
        title = self.tr("Contradictions: %n open", None, open_count)
        if self._result is not None and self._result.contested:
            title += " · " + self.tr("contested")
        self.contradictions_box.setTitle(title)
