"""Beside the timeline: what the reports suggest (each hypothesis's score) and the assessment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.labels import label
from caseworker.timeline import Suggestion
from caseworker.vocab import AssessedStatus, Confidence
from ui.widgets.date_field import PROBLEM_COLOUR, format_day
from ui.widgets.labels import selectable_label

translate = QCoreApplication.translate

HYPOTHESES = tuple(AssessedStatus)
BAR_STEPS = 1000


def percent(value: float) -> str:
    """A whole percentage: "87 %" (a share already in percent)."""
    return translate("SuggestionBox", "{value} %").format(value=round(value))


def _bold(widget: QLabel) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)


class SuggestionBox(QGroupBox):
    """The suggested status, a bar per hypothesis, and the selected report's share of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What the reports suggest"), parent)
        self.setObjectName("suggestionBox")
        layout = QVBoxLayout(self)
        self.status_label = selectable_label("suggestedStatus")
        _bold(self.status_label)
        layout.addWidget(self.status_label)
        self.contested_label = selectable_label("contestedMark")
        palette = QPalette(self.contested_label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        self.contested_label.setPalette(palette)
        _bold(self.contested_label)
        self.contested_label.setText(self.tr("⚠ Contested: credible reports disagree."))
        self.contested_label.hide()
        layout.addWidget(self.contested_label)

        # A row per status: its name and share, and under them a bar as wide as the box
        # (the box is narrow beside the timeline: a bar beside the words had no room).
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        self.score_header = QLabel(self.tr("Share"))
        self.score_header.setObjectName("shareHeader")
        self.score_header.setToolTip(
            self.tr("Each status's share of the reports' weight; the shares add up to 100 %")
        )
        grid.addWidget(self.score_header, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.bars: dict[AssessedStatus, QProgressBar] = {}
        self.scores: dict[AssessedStatus, QLabel] = {}
        bar_height = max(4, self.fontMetrics().height() // 3)
        for index, hypothesis in enumerate(HYPOTHESES):
            row = 1 + 2 * index
            name = QLabel(label(hypothesis))
            name.setWordWrap(True)
            score = QLabel()
            score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 4)
            bar = QProgressBar()
            bar.setRange(0, BAR_STEPS)
            bar.setTextVisible(False)
            bar.setFixedHeight(bar_height)
            grid.addWidget(name, row, 0)
            grid.addWidget(score, row, 1)
            grid.addWidget(bar, row + 1, 0, 1, 2)
            self.bars[hypothesis], self.scores[hypothesis] = bar, score
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        # The selected report's part of the shares, in words (a column had no room either).
        self.share_label = selectable_label("reportShare")
        self.share_label.setToolTip(
            self.tr("How much of each share comes from the report selected in the timeline")
        )
        self.share_label.hide()
        layout.addWidget(self.share_label)
        self.note_label = selectable_label("suggestionNote")
        self.note_label.setText(
            self.tr(
                "The shares divide the reports' weight (their grades, dates and independence) "
                "among the statuses; what no report settles counts as unknown. They are not "
                "probabilities, and the suggestion is not a finding: your own assessment is "
                "below."
            )
        )
        self.note_label.setEnabled(False)
        layout.addWidget(self.note_label)
        self.show_suggestion(None)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        if suggestion is None:
            self.status_label.setText(self.tr("No reports to weigh yet."))
            self.contested_label.hide()
            for hypothesis in HYPOTHESES:
                self.bars[hypothesis].setValue(0)
                self.scores[hypothesis].setText("")
            self.show_share(None, None)
            return
        self.status_label.setText(
            self.tr("Suggested: {status}").format(status=label(suggestion.status))
        )
        self.contested_label.setVisible(suggestion.contested)
        for hypothesis in HYPOTHESES:
            value = suggestion.shares.get(hypothesis, 0)
            self.bars[hypothesis].setValue(round(value * BAR_STEPS / 100))
            self.scores[hypothesis].setText(percent(value))
            self.bars[hypothesis].setToolTip(
                self.tr("{hypothesis}: {share} of the reports' weight").format(
                    hypothesis=label(hypothesis), share=percent(value)
                )
            )

    def show_share(
        self, report_id: int | None, share: Mapping[AssessedStatus, float] | None
    ) -> None:
        """The selected report's part of each share, in percent (None: no report selected)."""
        if report_id is None or share is None:
            self.share_label.hide()
            return
        parts = [
            self.tr("{part} of “{status}”").format(part=percent(value), status=label(hypothesis))
            for hypothesis, value in share.items()
            if value
        ]
        if parts:
            text = self.tr("Of these shares, report #{id} gives {parts}.").format(
                id=report_id, parts=", ".join(parts)
            )
        else:
            text = self.tr("Report #{id} adds nothing of its own to these shares.").format(
                id=report_id
            )
        self.share_label.setText(text)
        self.share_label.show()


class AssessmentBox(QGroupBox):
    """The caseworker's latest assessment, and the button to record a new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your assessment"), parent)
        self.setObjectName("assessmentBox")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status_label = selectable_label("assessedStatus")
        _bold(self.status_label)
        top.addWidget(self.status_label, 1)
        self.assess_button = QPushButton(self.tr("Assess…"))
        self.assess_button.setObjectName("assessButton")
        self.assess_button.setToolTip(self.tr("Record your own judgement of this person's status"))
        top.addWidget(self.assess_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.rationale_label = selectable_label("assessedRationale")
        layout.addWidget(self.rationale_label)
        self.by_label = selectable_label("assessedBy")
        self.by_label.setEnabled(False)
        layout.addWidget(self.by_label)
        self.show_assessment(None)

    def show_assessment(
        self,
        status: AssessedStatus | None,
        confidence: Confidence | None = None,
        rationale: str = "",
        by: str = "",
        at: datetime | None = None,
    ) -> None:
        if status is None or confidence is None:
            self.status_label.setText(self.tr("Not assessed yet."))
            self.rationale_label.hide()
            self.by_label.hide()
            return
        self.status_label.setText(
            self.tr("{status}, confidence {confidence}").format(
                status=label(status), confidence=label(confidence)
            )
        )
        self.rationale_label.setText(rationale)
        self.rationale_label.setVisible(bool(rationale))
        when = format_day(at.astimezone().date()) if at is not None else ""
        time = at.astimezone().strftime("%H:%M") if at is not None else ""
        self.by_label.setText(
            self.tr("by {who}, {day} {time}").format(who=by, day=when, time=time).strip()
        )
        self.by_label.show()
