"""The dialog to add an office to the addressee directory or edit one: name, kind, federal or
regional, contacts, the days for an answer (the kind's rule when left empty), sensitive."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from caseworker.inquiries.deadlines import rule_for
from caseworker.vocab import AddresseeKind
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit


class AddresseeDialog(RecordDialog):
    """``name`` is the office edited; None for a new one. The two ticks (regional, sensitive)
    are fields like the others: :meth:`values` and :meth:`load` know them by name."""

    def __init__(self, parent: QWidget | None = None, *, name: str | None = None) -> None:
        title = (
            self.tr("New addressee")
            if name is None
            else self.tr("Edit addressee {name}").format(name=name)
        )
        super().__init__(title, parent)
        self.setObjectName("addresseeDialog")
        self._ticks: dict[str, QCheckBox] = {}

        office = self.group(self.tr("Office"), 0)
        self.add_field(office, "name", self.tr("Name"), QLineEdit(), required=True)
        self.kind_combo = self.add_field(
            office,
            "kind",
            self.tr("Kind"),
            enum_combo(AddresseeKind, none_text=self.tr("— choose —")),
            required=True,
        )
        self._tick(office, "regional", self.tr("Regional office (not federal)"))
        self.days_edit = self.add_field(
            office, "deadline_days", self.tr("Days for an answer"), QLineEdit()
        )
        self._tick(office, "sensitive", self.tr("Sensitive"))
        self.tick("sensitive").setToolTip(
            self.tr(
                "For example a body of the other side: sending to it from a case asks first, "
                "and the case shows it."
            )
        )
        contacts = self.group(self.tr("Contacts"), 1)
        self.add_field(contacts, "email", self.tr("E-mail"), QLineEdit())
        self.add_field(contacts, "portal", self.tr("Portal"), QLineEdit())
        self.add_field(contacts, "postal_address", self.tr("Postal address"), note_edit(3))
        self.finish_with_notes(self.tr("Notes"), 3, focus="name")
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._show_rule())
        self._show_rule()
        self.resize_to_width(760)

    def _tick(self, form: QFormLayout, name: str, text: str) -> None:
        box = QCheckBox(text)
        box.setObjectName(name)
        form.addRow(box)
        self._ticks[name] = box

    def tick(self, name: str) -> QCheckBox:
        return self._ticks[name]

    def _show_rule(self) -> None:
        """The kind's days shown in the empty field: what counts when none are given."""
        kind = self.kind_combo.currentData()
        if kind is None:
            self.days_edit.setPlaceholderText(self.tr("the kind's rule"))
            return
        days = rule_for(AddresseeKind(kind)).days
        self.days_edit.setPlaceholderText(self.tr("the kind's rule: %n days", None, days))

    def load(self, values: Mapping[str, Any]) -> None:
        for name, box in self._ticks.items():
            if name in values:
                box.setChecked(bool(values[name]))
        super().load(values)

    def values(self) -> dict[str, Any]:
        values = super().values()
        values.update({name: box.isChecked() for name, box in self._ticks.items()})
        return values
