"""The dialog to add or correct a report: claim, event date, source, grades and origin."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from caseworker.vocab import Claim, Credibility, Reliability, SourceKind
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit, set_combo_value
from ui.widgets.date_field import DateField, EventDateField

translate = QCoreApplication.translate


def add_grades(dialog: RecordDialog, form: QFormLayout) -> None:
    """The report's two grades, each judged on its own, in ``form``: the source's
    reliability (A-F) and the information's credibility (1-6), "cannot be judged" until
    chosen."""
    reliability = dialog.add_field(
        form,
        "reliability",
        translate("ReportDialog", "Source reliability"),
        enum_combo(Reliability),
    )
    credibility = dialog.add_field(
        form, "credibility", translate("ReportDialog", "Credibility"), enum_combo(Credibility)
    )
    set_combo_value(reliability, Reliability.F)
    set_combo_value(credibility, Credibility.CANNOT_JUDGE)


class ReportDialog(RecordDialog):
    """``origins`` are the person's other reports a report may relay: (id, description)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        person_name: str,
        origins: list[tuple[int, str]],
        editing: bool = False,
        received_on: date | None = None,
    ) -> None:
        """``received_on``: the day to offer as received, the one last used in this session
        (reports are often entered in a batch, days after they came); today without one."""
        title = (
            self.tr("Edit report about {name}") if editing else self.tr("Add report about {name}")
        ).format(name=person_name)
        super().__init__(title, parent)
        self.setObjectName("reportDialog")
        choose = self.tr("Choose…")

        what = self.group(self.tr("What and when"), 0)
        claim = self.add_field(
            what, "claim", self.tr("Claim"), enum_combo(Claim, none_text=choose), required=True
        )
        if editing:
            claim.setEnabled(False)
            claim.setToolTip(
                self.tr(
                    "A report's claim cannot be changed. Retract this report with a reason "
                    "and add a new one."
                )
            )
        self.add_field(what, "event", self.tr("Event date"), EventDateField(), required=True)
        self.add_field(what, "place", self.tr("Place"), QLineEdit())
        self.add_field(what, "stated_on", self.tr("Stated on"), DateField())
        received = self.add_field(
            what, "received_on", self.tr("Received on"), DateField(), required=True
        )
        received.setToolTip(
            self.tr(
                "When the report reached us. The day you used last is filled in; change it "
                "for a report that came earlier."
            )
        )

        source = self.group(self.tr("Source"), 1)
        self.add_field(
            source,
            "source_kind",
            self.tr("Kind"),
            enum_combo(SourceKind, none_text=choose),
            required=True,
        )
        who = self.add_field(source, "source_name", self.tr("Who exactly"), QLineEdit())
        who.setPlaceholderText(self.tr("e.g. company commander"))
        self.add_field(source, "source_contact", self.tr("Contact"), QLineEdit())
        self.add_field(source, "document_ref", self.tr("Document reference"), QLineEdit())
        derived = self.add_field(
            source, "derived_from_id", self.tr("Relays report"), self._origin_combo(origins)
        )
        derived.setToolTip(
            self.tr(
                "Choose the report this one only repeats (a comrade relaying what the unit "
                "said, a reposted video): it then never counts as independent support."
            )
        )

        add_grades(self, self.group(self.tr("Grades (each judged on its own)"), 1))
        self.finish_columns()

        summary = self.wide_group(self.tr("Summary"))
        self.add_field(summary, "summary", None, note_edit(4))

        self.load({"received_on": received_on or date.today()})
        (self.field("event") if editing else claim).setFocus()

    def _origin_combo(self, origins: list[tuple[int, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("none: an independent report"), None)
        for report_id, description in origins:
            combo.addItem(description, report_id)
        # Descriptions can be long; the popup shows them whole, the closed box stays narrow.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        return combo
