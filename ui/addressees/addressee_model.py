"""The table of the addressee directory: name, kind, federal or regional, address, e-mail or
portal, the days for an answer (the kind's rule when the office has none of its own), and
whether it is sensitive (marked in the problem colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.services.addressees import AddresseeLine
from ui.widgets.date_field import PROBLEM_COLOUR
from ui.widgets.table_model import AnyIndex, Columns, RecordListModel, read_only_flags

translate = QCoreApplication.translate


class AddresseeColumn(Columns):
    NAME = 0
    KIND = 1
    REGIONAL = 2
    ADDRESS = 3
    CONTACT = 4
    DAYS = 5
    SENSITIVE = 6


class AddresseeModel(RecordListModel[AddresseeLine]):
    HEADER_CONTEXT = "AddresseeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AddresseeModel", "Name"),
        QT_TRANSLATE_NOOP("AddresseeModel", "Kind"),
        QT_TRANSLATE_NOOP("AddresseeModel", "Level"),
        QT_TRANSLATE_NOOP("AddresseeModel", "Postal address"),
        QT_TRANSLATE_NOOP("AddresseeModel", "E-mail or portal"),
        QT_TRANSLATE_NOOP("AddresseeModel", "Days for an answer"),
        QT_TRANSLATE_NOOP("AddresseeModel", "Sensitive"),
    )

    def set_lines(self, lines: list[AddresseeLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def row_of(self, addressee_id: int) -> int | None:
        index = self.index_of(addressee_id)
        return index.row() if index.isValid() else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index)
        if line is None:
            return None
        column = AddresseeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(line, column)
        if line.sensitive and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_COLOUR)
        if line.sensitive and role == Qt.ItemDataRole.FontRole and column is AddresseeColumn.NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, line: AddresseeLine, column: AddresseeColumn) -> str:
        if column is AddresseeColumn.NAME:
            return line.name
        if column is AddresseeColumn.KIND:
            return label(line.kind)
        if column is AddresseeColumn.REGIONAL:
            return (
                translate("AddresseeModel", "regional")
                if line.regional
                else translate("AddresseeModel", "federal")
            )
        if column is AddresseeColumn.ADDRESS:
            return " ".join(line.postal_address.split())
        if column is AddresseeColumn.CONTACT:
            return " · ".join(part for part in (line.email, line.portal) if part)
        if column is AddresseeColumn.DAYS:
            if line.deadline_days is None:
                return translate("AddresseeModel", "{days} (the kind's rule)").format(
                    days=line.days
                )
            return str(line.days)
        return translate("AddresseeModel", "sensitive") if line.sensitive else ""

    def _tip(self, line: AddresseeLine, column: AddresseeColumn) -> str | None:
        if column is AddresseeColumn.DAYS:
            return (
                translate("AddresseeModel", "A law sets the days for an answer.")
                if line.legal
                else translate(
                    "AddresseeModel", "No law sets a deadline: the days are when to chase."
                )
            )
        if line.sensitive:
            return translate(
                "AddresseeModel",
                "Sensitive: sending to it from a case asks first, and the case shows it.",
            )
        if column is AddresseeColumn.ADDRESS and line.postal_address:
            return line.postal_address
        return line.name if column is AddresseeColumn.NAME else None
