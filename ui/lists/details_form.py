"""What the list is: its name, publisher, publication date, address, what being on it means,
its grades and the list it is a newer edition of; each wrong field gets its sentence beside
it (all of them at once), and nothing is saved until none is left."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import ValidationError
from caseworker.labels import label
from caseworker.services.list_choices import EarlierList
from caseworker.services.published_lists import MEANS, list_details
from caseworker.vocab import Credibility, Reliability
from ui.dialogs.record_dialog import enum_combo, set_combo_value
from ui.widgets.date_field import PROBLEM_COLOUR, DateField, format_day

#: A value each field accepts, put in place of a wrong one to find the next wrong field.
_ACCEPTED: dict[str, Any] = {
    "name": "-",
    "publisher": "-",
    "published_on": date(2000, 1, 1),
    "address": "",
    "means": MEANS[0].value,
    "reliability": "",
    "credibility": "",
}


class ListDetailsForm(QGroupBox):
    """``publisher_changed(text)`` once the caseworker chose or typed another publisher."""

    publisher_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("About the list"))
        self.setObjectName("listDetails")
        outer = QVBoxLayout(self)
        self._form = QFormLayout()
        outer.addLayout(self._form)
        outer.addStretch(1)  # the rows keep their height; the room is left below them
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._problems: dict[str, QLabel] = {}
        self._last_publisher = ""

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Exchange of 14 November"))
        self._add("name", self.tr("Name *"), self.name_edit)
        self.publisher_combo = QComboBox()
        self.publisher_combo.setEditable(True)
        self.publisher_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        publisher_line = self.publisher_combo.lineEdit()
        assert publisher_line is not None  # an editable combo has one
        publisher_line.setPlaceholderText(self.tr("who published it"))
        self.publisher_combo.setToolTip(
            self.tr(
                "The columns are matched as they were for this publisher's last list, when "
                "the file has the same columns."
            )
        )
        self._add("publisher", self.tr("Publisher *"), self.publisher_combo)
        self.date_field = DateField()
        self._add("published_on", self.tr("Published on *"), self.date_field.with_interpretation())
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("web address, or the channel or paper"))
        self._add("address", self.tr("Where published"), self.address_edit)
        self.means_combo = QComboBox()
        self.means_combo.addItem(self.tr("Choose…"), None)
        for claim in MEANS:
            self.means_combo.addItem(label(claim), claim.value)
        self._add("means", self.tr("Being on it means *"), self.means_combo)
        self.reliability_combo = enum_combo(Reliability)
        set_combo_value(self.reliability_combo, Reliability.F)
        self._add("reliability", self.tr("Source reliability"), self.reliability_combo)
        self.credibility_combo = enum_combo(Credibility)
        set_combo_value(self.credibility_combo, Credibility.CANNOT_JUDGE)
        self._add("credibility", self.tr("Credibility"), self.credibility_combo)
        self.edition_combo = QComboBox()
        self.edition_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.edition_combo.setMinimumContentsLength(20)
        self.edition_combo.setToolTip(
            self.tr(
                "When this file is a newer edition of a list imported before, choose that "
                "list: the result then says which entries are new and which disappeared."
            )
        )
        self._add("edition_of_id", self.tr("Newer edition of"), self.edition_combo)
        self.set_earlier_lists([])

        self.publisher_combo.activated.connect(lambda _i: self._publisher_edited())
        publisher_line.editingFinished.connect(self._publisher_edited)
        # A sentence goes once its field is changed: it would no longer be true.
        for name, edit in (
            ("name", self.name_edit),
            ("publisher", publisher_line),
            ("published_on", self.date_field),
            ("address", self.address_edit),
        ):
            edit.textEdited.connect(lambda _text, field=name: self._clear(field))
        for name, combo in (
            ("means", self.means_combo),
            ("reliability", self.reliability_combo),
            ("credibility", self.credibility_combo),
            ("edition_of_id", self.edition_combo),
        ):
            combo.currentIndexChanged.connect(lambda _index, field=name: self._clear(field))

    def _add(self, name: str, caption: str, widget: QWidget) -> None:
        dated = name == "published_on"
        field = self.date_field if dated else widget
        field.setObjectName(name)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if dated:  # the date's own room for its problems, under it, says this one too
            self._problems[name] = self.date_field.problem_label
        else:
            problem = QLabel()
            problem.setObjectName(f"{name}Problem")
            problem.setWordWrap(True)
            palette = problem.palette()
            palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
            problem.setPalette(palette)
            problem.hide()
            self._problems[name] = problem
            column.addWidget(problem)
        caption_label = QLabel(caption)
        caption_label.setBuddy(field)
        if caption.endswith("*"):
            font = caption_label.font()
            font.setBold(True)
            caption_label.setFont(font)
        self._form.addRow(caption_label, holder)
        self._form.setAlignment(caption_label, Qt.AlignmentFlag.AlignTop)

    # Choices ----------------------------------------------------------------------------

    def set_publishers(self, publishers: Sequence[str]) -> None:
        typed = self.publisher_combo.currentText()
        self.publisher_combo.clear()
        self.publisher_combo.addItems(list(publishers))
        self.publisher_combo.setEditText(typed)

    def set_earlier_lists(self, lists: Sequence[EarlierList]) -> None:
        self.edition_combo.clear()
        self.edition_combo.addItem(self.tr("none: a list of its own"), None)
        for earlier in lists:
            self.edition_combo.addItem(
                self.tr("No. {id}: {name} ({publisher}, {day})").format(
                    id=earlier.list_id,
                    name=earlier.name,
                    publisher=earlier.publisher,
                    day=format_day(earlier.published_on),
                ),
                earlier.list_id,
            )

    def _publisher_edited(self) -> None:
        publisher = self.publisher()
        if publisher != self._last_publisher:
            self._last_publisher = publisher
            self.publisher_changed.emit(publisher)

    # Values -----------------------------------------------------------------------------

    def publisher(self) -> str:
        return " ".join(self.publisher_combo.currentText().split())

    def set_publisher(self, publisher: str) -> None:
        """Put ``publisher`` in, as typing it and moving on would."""
        self.publisher_combo.setEditText(publisher)
        self._publisher_edited()

    def edition_of_id(self) -> int | None:
        value = self.edition_combo.currentData()
        return int(value) if value is not None else None

    def values(self) -> dict[str, Any]:
        """The details as typed, in the fields :func:`list_details` takes."""
        return {
            "name": self.name_edit.text().strip(),
            "publisher": self.publisher(),
            "published_on": self.date_field.text().strip(),
            "address": self.address_edit.text().strip(),
            "means": self.means_combo.currentData(),
            "reliability": self.reliability_combo.currentData(),
            "credibility": self.credibility_combo.currentData(),
        }

    def checked(self) -> dict[str, Any] | None:
        """The details, checked as the import will check them; None when a field is wrong,
        each wrong field then showing its sentence (the first one gets the cursor)."""
        values = self.values()
        problems: dict[str, str] = {}
        for _ in range(len(values)):
            try:
                list_details(**values)
                break
            except ValidationError as error:
                name = error.field or "name"
                if name in problems or name not in _ACCEPTED:
                    problems.setdefault(name, error.message)
                    break
                problems[name] = error.message
                values[name] = _ACCEPTED[name]
        self.show_problems(problems)
        return None if problems else self.values()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each sentence by its field, hide the others; the cursor to the first."""
        first: QWidget | None = None
        for name, shown in self._problems.items():
            shown.setText(problems.get(name, ""))
            if shown is not self.date_field.problem_label:  # that one keeps its room
                shown.setVisible(name in problems)
            if name in problems and first is None:
                first = self.findChild(QWidget, name)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self, name: str) -> None:
        if self._problems[name] is not self.date_field.problem_label:  # it says its own
            self._problems[name].hide()

    def problem(self, name: str) -> str:
        """The sentence shown by the field ``name`` ("" when none is)."""
        label = self._problems[name]
        return label.text() if not label.isHidden() else ""
