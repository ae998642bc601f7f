"""The dialog to add or edit a sought person: identity, service, last contact, official status."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from caseworker.vocab import OfficialStatus
from ui.dialogs.record_dialog import RecordDialog, enum_combo
from ui.widgets.birth_date_field import BirthDateField
from ui.widgets.date_field import DateField


class PersonDialog(RecordDialog):
    def __init__(self, parent: QWidget | None = None, *, name: str | None = None) -> None:
        title = (
            self.tr("Add sought person")
            if name is None
            else self.tr("Edit sought person {name}").format(name=name)
        )
        super().__init__(title, parent)
        self.setObjectName("personDialog")

        identity = self.group(self.tr("Identity"), 0)
        self.add_field(identity, "surname", self.tr("Surname"), QLineEdit(), required=True)
        self.add_field(identity, "given_name", self.tr("Given name"), QLineEdit(), required=True)
        self.add_field(identity, "patronymic", self.tr("Patronymic"), QLineEdit())
        variants = self.add_field(
            identity, "name_variants", self.tr("Other spellings"), QLineEdit()
        )
        variants.setPlaceholderText(self.tr("e.g. in Latin letters"))
        self.add_field(identity, "birth_date", self.tr("Born on"), BirthDateField())
        self.add_field(identity, "birth_place", self.tr("Born in"), QLineEdit())

        status = self.group(self.tr("Official status"), 0)
        self.add_field(status, "official_status", self.tr("Status"), enum_combo(OfficialStatus))
        self.add_field(status, "official_status_on", self.tr("Since"), DateField())

        service = self.group(self.tr("Service"), 1)
        self.add_field(service, "service_number", self.tr("Service number"), QLineEdit())
        self.add_field(service, "rank", self.tr("Rank"), QLineEdit())
        self.add_field(service, "unit", self.tr("Unit"), QLineEdit())
        self.add_field(service, "position", self.tr("Position"), QLineEdit())
        self.add_field(service, "call_sign", self.tr("Call sign"), QLineEdit())

        contact = self.group(self.tr("Last contact"), 1)
        self.add_field(contact, "last_contact_on", self.tr("On"), DateField())
        self.add_field(contact, "last_contact_place", self.tr("Place"), QLineEdit())
        channel = self.add_field(contact, "last_contact_channel", self.tr("Channel"), QLineEdit())
        channel.setPlaceholderText(self.tr("e.g. phone, messenger"))
        self.finish_with_notes(self.tr("Notes"), 3, focus="surname")
