"""The dialog to record what a relative was told: whom, when, by whom, how, what, about which
sought person, and a note.

Telling of a death passes the disclosure gate. When the gate refuses, the dialog shows why
and only then offers to tell anyway: a box to tick, which reveals the field for the written
reason. Changing what was told, or about whom, takes the offer back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from caseworker.vocab import ToldHow, ToldWhat
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit
from ui.widgets.date_field import DateField

OVERRIDE = "override_reason"


class ToldDialog(RecordDialog):
    """``relatives`` and ``persons`` are (id, name) of the case's; ``by`` the current user.

    :meth:`told_values` gives what to record: the typed fields, with the override reason only
    when the box to tell anyway is ticked.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reference: str,
        relatives: list[tuple[int, str]],
        persons: list[tuple[int, str]],
        by: str,
        relative_id: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("What the family was told · {case}").format(case=reference), parent
        )
        self.setObjectName("toldDialog")
        form = self.group(self.tr("Told"), 0)
        self.relative_combo = self.add_field(
            form, "relative_id", self.tr("Relative"), _choices(relatives), required=True
        )
        self.add_field(form, "told_on", self.tr("On"), DateField(), required=True)
        self.add_field(form, "told_by", self.tr("By"), QLineEdit(), required=True)
        self.add_field(form, "how", self.tr("How"), enum_combo(ToldHow))
        self.what_combo = self.add_field(
            form,
            "what",
            self.tr("What"),
            enum_combo(ToldWhat, none_text=self.tr("— choose —")),
            required=True,
        )
        self.person_combo: QComboBox | None = None
        if len(persons) > 1:
            self.person_combo = self.add_field(
                form,
                "person_id",
                self.tr("About"),
                _choices(persons, none_text=self.tr("— the case as a whole —")),
            )
        self.finish_columns()
        notes = self.wide_group(self.tr("Note"))
        self.add_field(notes, "note", None, note_edit(3))

        self.override_box = QCheckBox(self.tr("Tell anyway, with a reason"))
        self.override_box.setObjectName("overrideBox")
        self.override_box.hide()
        self._offered = False
        notes.addRow(self.override_box)
        self.override_edit: QPlainTextEdit = self.add_field(
            notes, OVERRIDE, self.tr("Reason"), note_edit(3)
        )
        self._override_row = notes.rowCount() - 1
        notes.setRowVisible(self._override_row, False)
        self._notes = notes
        self._ok_text = self.ok_button().text()
        self.override_box.toggled.connect(self._show_reason)
        self.what_combo.currentIndexChanged.connect(lambda _index: self.withdraw_override())
        if self.person_combo is not None:
            self.person_combo.currentIndexChanged.connect(lambda _index: self.withdraw_override())

        self.load({"told_on": date.today(), "told_by": by, "how": ToldHow.CALL})
        if relative_id is not None:
            self.load({"relative_id": relative_id})
        self.field("what").setFocus()
        self.resize_to_width(560)

    def offer_override(self) -> None:
        """The gate refused: offer to tell anyway (unticked; the reason still hidden)."""
        self._offered = True
        self.override_box.show()

    def withdraw_override(self) -> None:
        self._offered = False
        self.override_box.setChecked(False)
        self.override_box.hide()

    def overriding(self) -> bool:
        return self._offered and self.override_box.isChecked()

    def told_values(self) -> dict[str, Any]:
        values = self.values()
        if not self.overriding():
            values.pop(OVERRIDE, None)
        return values

    def _show_reason(self, shown: bool) -> None:
        self._notes.setRowVisible(self._override_row, shown)
        self.ok_button().setText(self.tr("Record anyway") if shown else self._ok_text)
        if shown:
            self.override_edit.setFocus()


def _choices(choices: list[tuple[int, str]], *, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for record_id, name in choices:
        combo.addItem(name, record_id)
    return combo
