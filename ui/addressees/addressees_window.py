"""The addressee directory: the offices inquiries go to, added and edited by the caseworkers
(regional ones beside the federal starter set, which can be loaded when offices of it are
missing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.inquiries.starter import FEDERAL_OFFICES
from caseworker.services import addressees
from caseworker.services.addressee_form import EditableAddressee, editable_addressee
from ui.addressees.addressee_dialog import AddresseeDialog
from ui.addressees.addressee_model import AddresseeColumn, AddresseeModel
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import run_record_dialog
from ui.operations import ReadOp, WriteOp
from ui.widgets.record_table import record_table, select_row

translate = QCoreApplication.translate


def _starter_missing(names: set[str]) -> int:
    """How many offices of the starter set the directory lacks (by name, letter case aside)."""
    return sum(office.name.casefold() not in names for office in FEDERAL_OFFICES)


class AddresseesWindow(QWidget):
    """A window of its own; it refreshes from the change notifier."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("addresseesWindow")
        self.setWindowTitle(self.tr("Addressees"))
        self._context = context
        self.model = AddresseeModel(self)
        self.table = record_table("addresseeTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AddresseeColumn.ADDRESS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AddresseeColumn.NAME, 360), (AddresseeColumn.CONTACT, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_addressee())

        self.hint_label = QLabel(
            self.tr(
                "Offices, never named officials. The days for an answer follow the kind's rule "
                "unless an office has its own; sensitive offices are marked."
            )
        )
        self.hint_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addAddresseeButton")
        self.add_button.clicked.connect(self.add_addressee)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editAddresseeButton")
        self.edit_button.clicked.connect(self.edit_addressee)
        self.starter_button = QPushButton(self.tr("Add the federal offices"))
        self.starter_button.setObjectName("starterAddresseesButton")
        self.starter_button.clicked.connect(self.add_starter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.starter_button)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        context.notifier.changed.connect(lambda _change: self.reload())
        self.resize(1280, 560)
        self.reload()

    # Public ----------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.selected_id()
        lines = ReadOp(self._context, self, addressees.addressee_lines).run() or []
        self.model.set_lines(lines)
        missing = _starter_missing({line.name.casefold() for line in lines})
        self.starter_button.setVisible(missing > 0)
        self.starter_button.setText(
            self.tr("Add the federal offices") + (f" ({missing})" if missing else "")
        )
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        line = self.model.row_at(indexes[0]) if indexes else None
        return None if line is None else line.id

    def select(self, addressee_id: int) -> None:
        row = self.model.row_of(addressee_id)
        if row is not None:
            select_row(self.table, self.model.index(row, 0))

    # Actions ---------------------------------------------------------------------------

    def add_addressee(self) -> None:
        dialog = AddresseeDialog(self)
        added: list[int] = []

        def save(values: dict[str, Any]) -> None:
            added.append(
                WriteOp(
                    self._context,
                    dialog,
                    lambda session: (
                        addressees.add_addressee(session, self._context.actor, **values).id
                    ),
                    Change(ChangeKind.ALL, action=self.tr("Adding an addressee")),
                ).run_or_raise()
            )

        dialog.set_save_handler(save)
        if run_record_dialog(self._context.prompts, dialog) and added:
            self.select(added[-1])

    def edit_addressee(self) -> None:
        addressee_id = self.selected_id()
        if addressee_id is None:
            return
        loaded: EditableAddressee | None = ReadOp(
            self._context, self, lambda session: editable_addressee(session, addressee_id)
        ).run()
        if loaded is None:
            return
        dialog = AddresseeDialog(self, name=loaded.name)
        dialog.load(loaded.values)

        def save(_values: dict[str, Any]) -> None:
            changes = dialog.changed_values()
            if changes:
                WriteOp(
                    self._context,
                    dialog,
                    lambda session: (
                        addressees.update_addressee(
                            session, self._context.actor, loaded.id, loaded.version, **changes
                        ).id
                    ),
                    Change(ChangeKind.ALL, action=self.tr("Editing an addressee")),
                ).run_or_raise()

        dialog.set_save_handler(save)
        run_record_dialog(self._context.prompts, dialog)

    def add_starter(self) -> None:
        added = WriteOp(
            self._context,
            self,
            lambda session: addressees.add_starter_addressees(session, self._context.actor),
            Change(ChangeKind.ALL, action=self.tr("Adding the federal offices")),
        ).run()
        if added is not None:
            self._context.prompts.inform(
                self,
                self.tr("Addressees"),
                self.tr("Federal offices added: %n.", None, added),
            )

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)
