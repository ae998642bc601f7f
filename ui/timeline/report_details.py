"""The selected report in full: claim, dates, source, grades, what it relays, place, summary."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from caseworker.labels import label
from caseworker.vocab import AssessedStatus
from ui.report_table_model import ReportRow, describe
from ui.timeline.status_boxes import percent
from ui.widgets.date_field import format_day, format_event
from ui.widgets.labels import selectable_label


class ReportDetails(QGroupBox):
    """Everything recorded about one report; rows without a value are left out."""

    # Evidence files (photos, scans, voice messages) supporting the report join this box
    # once the evidence vault exists (its own issue): a list of files under the summary.

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selected report"), parent)
        self.setObjectName("reportDetails")
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hint = QLabel(self.tr("Click a report in the timeline to see it here."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self._form.addRow(self.hint)
        captions = {
            "claim": self.tr("Claim"),
            "event": self.tr("Event"),
            "stated": self.tr("Stated"),
            "received": self.tr("Received"),
            "source": self.tr("Source"),
            "contact": self.tr("Contact"),
            "document": self.tr("Document"),
            "grade": self.tr("Grade"),
            "relays": self.tr("Relays"),
            "place": self.tr("Place"),
            "summary": self.tr("Summary"),
            "weight": self.tr("Contribution"),
            "retracted": self.tr("Retracted"),
        }
        self.values: dict[str, QLabel] = {}
        for key, caption in captions.items():
            self.values[key] = selectable_label(f"reportDetail_{key}")
            self._form.addRow(caption, self.values[key])
        self.show_report(None)

    def text(self, key: str) -> str:
        """The value shown for ``key`` ("" when its row is hidden)."""
        value = self.values[key]
        return value.text() if self._form.isRowVisible(value) else ""

    def show_report(
        self,
        row: ReportRow | None,
        origin: ReportRow | None = None,
        share: Mapping[AssessedStatus, float] | None = None,
    ) -> None:
        self.hint.setVisible(row is None)
        if row is None:
            for value in self.values.values():
                self._form.setRowVisible(value, False)
            return
        self.setTitle(self.tr("Report {id}").format(id=row.id))
        relays = ""
        if row.derived_from_id is not None:
            relays = self.tr("report {id}").format(id=row.derived_from_id)
            if origin is not None:
                relays = f"{relays}: {describe(origin)}"
        retracted = ""
        if row.retracted:
            retracted = self.tr("{day} by {who}: {reason}").format(
                day=format_day(row.retracted_at.date()) if row.retracted_at else "",
                who=row.retracted_by,
                reason=row.retraction_reason,
            )
        texts = {
            "claim": label(row.claim),
            "event": format_event(row.event),
            "stated": format_day(row.stated_on),
            "received": format_day(row.received_on),
            "source": row.source_text,
            "contact": row.source_contact,
            "document": row.document_ref,
            "grade": self.tr("{grade}: {reliability}; {credibility}").format(
                grade=row.grade,
                reliability=label(row.reliability),
                credibility=label(row.credibility),
            ),
            "relays": relays,
            "place": row.place,
            "summary": row.summary,
            "weight": self._weight(row, share),
            "retracted": retracted,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            self._form.setRowVisible(self.values[key], bool(text))

    def _weight(self, row: ReportRow, share: Mapping[AssessedStatus, float] | None) -> str:
        if row.retracted:
            return self.tr("none: retracted reports are not weighed")
        if not share:
            return self.tr("none: this claim supports no status")
        weighed = [(hypothesis, value) for hypothesis, value in share.items() if value > 0]
        if not weighed:
            return self.tr(
                "none of its own: it repeats a report counted already, or a weightier "
                "report of the same origin"
            )
        return "; ".join(
            self.tr("{part} of the share of “{status}”").format(
                part=percent(value), status=label(hypothesis)
            )
            for hypothesis, value in weighed
        )
