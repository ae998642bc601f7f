"""The "Timeline" tab of a case: a person's timeline, its contradictions, suggestion and assessment.

The panel loads the selected person's :class:`TimelineResult` when it is shown (a case opens
on its reports; the analysis runs only when someone looks at it) and again after every change
the notifier reports for its case. Writes (explaining a contradiction, an assessment) are one
unit of work each, followed by a notification. Dialogs run through ``case_actions.run_dialog``
and the export asks for a file through :data:`ask_save_path`: tests replace both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError, NotFound
from caseworker.labels import label
from caseworker.services import assessments, explanations, reports
from caseworker.services.timeline import ListedContradiction, TimelineResult, load_timeline
from caseworker.timeline import Reminder
from caseworker.timeline.sentences import rule_label
from ui import case_actions
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.file_folders import remember_folder, start_folder
from ui.messages import show_error
from ui.operations import ReadOp, WriteOp, quietly
from ui.report_table_model import ReportRow
from ui.timeline.assessment_dialog import AssessmentDialog
from ui.timeline.contradiction_model import ContradictionColumn, ContradictionModel
from ui.timeline.explain_dialog import ExplainDialog
from ui.timeline.report_details import ReportDetails
from ui.timeline.status_boxes import AssessmentBox, SuggestionBox
from ui.timeline.timeline_widget import TimelineWidget

translate = QCoreApplication.translate


def _ask_save_path(parent: QWidget | None, title: str, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("TimelinePanel", "PNG pictures (*.png)")
    )
    return path


#: Asks where to save the picture; "" when the user cancels. Tests replace it.
ask_save_path: Callable[[QWidget | None, str, str], str] = _ask_save_path


def _scrolling(*widgets: QWidget) -> QScrollArea:
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 4, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    return scroll


class TimelinePanel(QWidget):
    """The timeline of the sought person chosen in the case view, and all that goes with it."""

    #: The user selected a report in the timeline (the case view follows in its table).
    report_selected = Signal(int)

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
            _scrolling(self.reminder_label, self.suggestion_box, self.assessment_box, self.details)
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
        self.assessment_box.assess_button.clicked.connect(self.assess)
        context.notifier.changed.connect(self._on_changed)
        self._update_buttons()

    # Building ----------------------------------------------------------------------------

    def _build_toolbar(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        rows.addLayout(row)
        # Said only when there is something to say: no person, no reports, a picture saved.
        self.status_label = QLabel()
        self.status_label.setObjectName("timelineStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        rows.addWidget(self.status_label)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Show a shorter time, in more detail (Ctrl+wheel)"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Show a longer time (Ctrl+wheel)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit all"))
        self.fit_button.setToolTip(self.tr("Show every report at once"))
        self.zoom_in_button.clicked.connect(self.timeline.zoom_in)
        self.zoom_out_button.clicked.connect(self.timeline.zoom_out)
        self.fit_button.clicked.connect(self.timeline.fit_all)
        self.show_retracted_box = QCheckBox(self.tr("Show retracted"))
        self.show_retracted_box.setObjectName("showRetracted")
        self.show_retracted_box.setToolTip(
            self.tr("Show retracted reports, faded; they never count in the analysis")
        )
        self.show_retracted_box.setChecked(True)
        self.show_retracted_box.toggled.connect(self.timeline.set_show_retracted)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export picture…"))
        self.export_button.setObjectName("exportTimeline")
        self.export_button.setToolTip(
            self.tr("Save the timeline as a PNG picture, e.g. for a letter to the authorities")
        )
        self.export_button.clicked.connect(self.export_picture)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.show_retracted_box)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return rows

    def _build_contradictions(self) -> QGroupBox:
        self.contradictions_box = QGroupBox()
        self.contradictions_box.setObjectName("contradictionsBox")
        layout = QVBoxLayout(self.contradictions_box)
        table = QTableView()
        table.setObjectName("contradictionsTable")
        table.setModel(self.contradiction_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The rule takes what is left (elided, whole in the tooltip and below the list).
        header.setSectionResizeMode(ContradictionColumn.RULE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ContradictionColumn.SEVERITY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(ContradictionColumn.NOTE, QHeaderView.ResizeMode.Interactive)
        title = str(
            self.contradiction_model.headerData(ContradictionColumn.NOTE, Qt.Orientation.Horizontal)
        )
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        bold = QFont(header.font())
        bold.setBold(True)  # the title of a selected row's column is drawn bold
        header.resizeSection(
            ContradictionColumn.NOTE,
            max(
                header.fontMetrics().horizontalAdvance("M") * 8,
                QFontMetrics(bold).horizontalAdvance(title) + 2 * margin,
            ),
        )
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A sentence is too long for a row: the selected one shows whole below the table.
        table.setColumnHidden(ContradictionColumn.SENTENCE, True)
        table.setMinimumHeight(
            table.verticalHeader().defaultSectionSize() * 2 + header.sizeHint().height() + 4
        )
        table.selectionModel().selectionChanged.connect(self._on_contradiction_selected)
        table.doubleClicked.connect(lambda _index: self.explain())
        self.contradictions_table = table
        layout.addWidget(table, 2)
        # The selected finding's sentence, whole; it scrolls when the panel is short.
        self.sentence_label = QTextBrowser()
        self.sentence_label.setObjectName("contradictionSentence")
        self.sentence_label.setFrameShape(QFrame.Shape.NoFrame)
        self.sentence_label.viewport().setAutoFillBackground(False)
        lines = self.sentence_label.fontMetrics().lineSpacing()
        self.sentence_label.setMinimumHeight(lines * 2 + 8)
        self.sentence_label.setMaximumHeight(lines * 6 + 8)
        layout.addWidget(self.sentence_label, 3)
        buttons = QHBoxLayout()
        self.explain_button = QPushButton(self.tr("Mark explained…"))
        self.explain_button.setObjectName("explainButton")
        self.explain_button.setToolTip(self.tr("Set the contradiction aside with a note"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(self.tr("Withdraw the explanation: it counts as open again"))
        self.explain_button.clicked.connect(self.explain)
        self.reopen_button.clicked.connect(self.reopen)
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
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
                latest = assessments.latest_assessment(session, person_id)
                shown = (
                    None
                    if latest is None
                    else (
                        latest.status,
                        latest.confidence,
                        latest.rationale,
                        latest.assessed_by,
                        latest.created_at,
                    )
                )
                return load_timeline(session, person_id), shown

            # A person removed meanwhile shows as no timeline, not as an error.
            loaded = ReadOp(self._context, self, read).failure(quietly(self, NotFound)).run()
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
        found, person_id, case_id = item.contradiction, self._person_id, self._case_id
        dialog = ExplainDialog(self, rule=rule_label(found.rule.value), sentence=found.explanation)

        def save(values: dict[str, object]) -> None:
            WriteOp(
                self._context,
                dialog,
                lambda session: explanations.explain_contradiction(
                    session,
                    self._context.actor,
                    person_id,
                    found.rule,
                    found.report_ids,
                    str(values["note"]),
                ),
                Change(ChangeKind.PERSON, case_id, person_id),
            ).run_or_raise()

        dialog.set_save_handler(save)
        return self._run(dialog)

    def reopen(self) -> bool:
        """Withdraw the selected contradiction's explanation; True once saved."""
        item = self.current_contradiction()
        if item is None or not item.explained or self._person_id is None:
            return False
        found, person_id = item.contradiction, self._person_id

        def write(session: Any) -> bool:
            explanations.unexplain_contradiction(
                session, self._context.actor, person_id, found.rule, found.report_ids
            )
            return True

        done = WriteOp(
            self._context, self, write, Change(ChangeKind.PERSON, self._case_id, person_id)
        ).run()
        return done is True

    def assess(self) -> bool:
        """Record the caseworker's own assessment of the person; True once saved."""
        if self._person_id is None:
            return False
        person_id, case_id = self._person_id, self._case_id
        suggestion = self._result.suggestion if self._result is not None else None
        if suggestion is None:
            hint = self.tr("The reports suggest nothing yet.")
        elif suggestion.contested:
            hint = self.tr("The reports suggest: {status}, but they are contested.").format(
                status=label(suggestion.status)
            )
        else:
            hint = self.tr("The reports suggest: {status}.").format(status=label(suggestion.status))
        dialog = AssessmentDialog(self, person_name=self._person_name, suggestion=hint)
        dialog.load({})

        def save(values: dict[str, object]) -> None:
            WriteOp(
                self._context,
                dialog,
                lambda session: assessments.record_assessment(
                    session,
                    self._context.actor,
                    person_id,
                    cast("str | None", values["status"]),
                    cast("str | None", values["confidence"]),
                    str(values["rationale"]),
                ),
                Change(ChangeKind.PERSON, case_id, person_id),
            ).run_or_raise()

        dialog.set_save_handler(save)
        return self._run(dialog)

    def export_picture(self) -> Path | None:
        """Save the timeline as a PNG the user names; the path once written."""
        if self._result is None:
            return None
        name = self.tr("Timeline {name}").format(name=self._person_name).strip()
        suggested = str(start_folder() / f"{name}.png")
        chosen = ask_save_path(self, self.tr("Export the timeline as a picture"), suggested)
        if not chosen:
            return None
        remember_folder(chosen)
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            size = self.timeline.export_png(path)
        except OSError as error:
            show_error(self, CaseworkerError(self._export_failed(path, error.strerror)))
            return None
        except Exception as error:  # shown as unexpected and logged by show_error
            show_error(self, error)
            return None
        self._say(
            self.tr("Picture saved: {path} ({width} × {height} pixels)").format(
                path=path, width=size.width(), height=size.height()
            )
        )
        return path

    def current_contradiction(self) -> ListedContradiction | None:
        rows = self.contradictions_table.selectionModel().selectedRows()
        return self.contradiction_model.item_at(rows[0].row()) if rows else None

    # Internals ---------------------------------------------------------------------------

    def _export_failed(self, path: Path, reason: str | None) -> str:
        return self.tr("The picture could not be saved to {path}: {reason}").format(
            path=path, reason=reason or self.tr("unknown reason")
        )

    def _run(self, dialog: RecordDialog) -> bool:
        try:
            return case_actions.run_dialog(dialog)
        finally:
            dialog.deleteLater()

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

        def read(session: Any) -> tuple[ReportRow, ReportRow | None]:
            report = reports.get_report(session, report_id)
            origin = None
            if report.derived_from_id is not None:
                origin = ReportRow.from_report(reports.get_report(session, report.derived_from_id))
            return ReportRow.from_report(report), origin

        loaded = ReadOp(self._context, self, read).failure(quietly(self, NotFound)).run()
        if loaded is None:
            self.details.show_report(None)
            return
        self.details.show_report(*loaded, share)

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
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(loaded)
        self.export_button.setEnabled(loaded and bool(self._result and self._result.reports))
        open_count = self.contradiction_model.open_count
        title = self.tr("Contradictions: %n open", None, open_count)
        if self._result is not None and self._result.contested:
            title += " · " + self.tr("contested")
        self.contradictions_box.setTitle(title)
