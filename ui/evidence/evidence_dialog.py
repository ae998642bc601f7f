"""Dialogs of the evidence panel: an item's details and links, and the purge confirmation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from caseworker.vocab import HowObtained
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit


class EvidenceDialog(RecordDialog):
    """How a file was obtained, where from, when captured, a description, the graphic flag,
    and which of the case's reports it supports (``reports``: id and description)."""

    def __init__(
        self, parent: QWidget | None = None, *, name: str, reports: Sequence[tuple[int, str]]
    ) -> None:
        super().__init__(self.tr("Evidence details: {name}").format(name=name), parent)
        self.setObjectName("evidenceDialog")
        origin = self.group(self.tr("Origin"), 0)
        self.add_field(
            origin,
            "how_obtained",
            self.tr("How obtained"),
            enum_combo(HowObtained, none_text=self.tr("not recorded")),
        )
        url = self.add_field(origin, "source_url", self.tr("Source address"), QLineEdit())
        url.setPlaceholderText(self.tr("a web address, a chat, a sender"))
        captured = self.add_field(origin, "captured_at", self.tr("Captured at"), QLineEdit())
        captured.setPlaceholderText(self.tr("e.g. 2026-04-02 14:30, or 02.04.2026"))
        self.graphic_box = QCheckBox(self.tr("Graphic content: show blurred until clicked"))
        self.graphic_box.setObjectName("graphic")
        origin.addRow(self.graphic_box)

        links = self.group(self.tr("Supports the reports"), 1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.report_boxes: dict[int, QCheckBox] = {}
        for report_id, text in reports:
            box = QCheckBox(f"#{report_id} · {text}")
            box.setObjectName(f"report{report_id}")
            column.addWidget(box)
            self.report_boxes[report_id] = box
        if not reports:
            column.addWidget(QLabel(self.tr("This case has no reports yet.")))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(140)
        links.addRow(scroll)
        self.finish_columns()

        described = self.wide_group(self.tr("Description"))
        self.add_field(described, "description", None, note_edit(3))

    def load(self, values: Mapping[str, Any]) -> None:
        self.graphic_box.setChecked(bool(values.get("graphic")))
        linked = set(values.get("report_ids", ()))
        for report_id, box in self.report_boxes.items():
            box.setChecked(report_id in linked)
        super().load(values)

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["graphic"] = self.graphic_box.isChecked()
        values["report_ids"] = tuple(
            report_id for report_id, box in self.report_boxes.items() if box.isChecked()
        )
        return values


class PurgeDialog(RecordDialog):
    """Deleting for good asks for the case reference typed out, and a reason for the record."""

    def __init__(self, parent: QWidget | None = None, *, name: str, reference: str) -> None:
        super().__init__(self.tr("Delete evidence for good"), parent)
        self.setObjectName("purgeDialog")
        form = self.group(self.tr("This cannot be undone"), 0)
        warning = QLabel(
            self.tr(
                "“{name}” will be deleted from case {reference} for good: its record, and "
                "the stored file unless another case still holds it. Do this only when the "
                "family asked for their data to be deleted. To only hide the file, use "
                "“Remove from case” instead."
            ).format(name=name, reference=reference)
        )
        warning.setWordWrap(True)
        form.addRow(warning)
        confirm = self.add_field(
            form,
            "confirm",
            self.tr("Type the case reference {reference}").format(reference=reference),
            QLineEdit(),
            required=True,
        )
        confirm.setPlaceholderText(reference)
        self.add_field(form, "reason", self.tr("Reason"), note_edit(2))
        self.ok_button().setText(self.tr("Delete for good"))
        self.finish_columns()
        confirm.setFocus()
        self.resize_to_width(500)
