"""The dialog to add or edit a relative: contacts, consent and DNA reference sample."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from caseworker.vocab import Relation
from ui.dialogs.record_dialog import RecordDialog, enum_combo, set_combo_value
from ui.widgets.date_field import DateField


class RelativeDialog(RecordDialog):
    def __init__(self, parent: QWidget | None = None, *, name: str | None = None) -> None:
        title = (
            self.tr("Add relative")
            if name is None
            else self.tr("Edit relative {name}").format(name=name)
        )
        super().__init__(title, parent)
        self.setObjectName("relativeDialog")

        person = self.group(self.tr("Relative"), 0)
        self.add_field(person, "surname", self.tr("Surname"), QLineEdit(), required=True)
        self.add_field(person, "given_name", self.tr("Given name"), QLineEdit())
        self.add_field(person, "patronymic", self.tr("Patronymic"), QLineEdit())
        relation = self.add_field(person, "relation", self.tr("Relation"), enum_combo(Relation))
        set_combo_value(relation, Relation.OTHER)
        self.add_field(person, "relation_note", self.tr("Relation, in words"), QLineEdit())

        contact = self.group(self.tr("Contact"), 0)
        self.add_field(contact, "phone", self.tr("Phone"), QLineEdit())
        self.add_field(contact, "email", self.tr("E-mail"), QLineEdit())
        self.add_field(contact, "address", self.tr("Address"), QLineEdit())

        consent = self.group(self.tr("Consent to process data"), 1)
        self.add_field(consent, "consent_on", self.tr("Given on"), DateField())
        self.add_field(consent, "consent_scope", self.tr("Scope"), QLineEdit())

        dna = self.group(self.tr("DNA reference sample"), 1)
        self.add_field(dna, "dna_collected_on", self.tr("Collected on"), DateField())
        self.add_field(dna, "dna_lab", self.tr("Laboratory"), QLineEdit())
        self.add_field(dna, "dna_sample_ref", self.tr("Sample reference"), QLineEdit())
        self.finish_with_notes(self.tr("Notes"), 3, focus="surname")
