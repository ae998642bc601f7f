"""The shared frame of the record dialogs: fields, required marks, inline errors and saving."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError, StaleRecord
from caseworker.labels import label
from ui.prompts import Prompts
from ui.widgets.date_field import PROBLEM_COLOUR, DateField, EventDateField, InterpretingField

translate = QCoreApplication.translate

#: The width each column of fields is given when a dialog opens.
COLUMN_WIDTH = 380

SaveHandler = Callable[[dict[str, Any]], None]
W = TypeVar("W", bound=QWidget)


def run_record_dialog(prompts: Prompts, dialog: RecordDialog) -> bool:
    """Run ``dialog`` modally through ``prompts``, which also ask before typed work in it is
    lost; True when it was accepted. The dialog is deleted afterwards."""
    dialog.prompts = prompts
    try:
        return prompts.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def enum_combo(members: Iterable[StrEnum], *, none_text: str | None = None) -> QComboBox:
    """A combo box of translated labels whose item data are the members' stored values."""
    combo = QComboBox()
    # Long labels show whole in the popup; the closed box must not squeeze the captions.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in members:
        combo.addItem(label(member), member.value)
    return combo


def set_combo_value(combo: QComboBox, value: Any) -> None:
    wanted = value.value if isinstance(value, StrEnum) else value
    for index in range(combo.count()):
        if combo.itemData(index) == wanted:
            combo.setCurrentIndex(index)
            return


class RecordDialog(QDialog):
    """A dialog of named fields (the services' field names) that saves through a handler.

    The handler runs the unit of work. When it raises a :class:`CaseworkerError` the dialog
    stays open with everything typed, shows the message and puts the cursor on the field the
    error names; it closes only once the handler returned.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._widgets: dict[str, QWidget] = {}
        self._loaded: dict[str, Any] = {}
        self._shown: dict[str, Any] | None = None  # the values when the dialog first showed
        self._save_handler: SaveHandler | None = None
        self._columns: list[QVBoxLayout] = []
        self._comfortable_width = 0
        #: Who asks before typed work is lost: the prompts of whoever runs the dialog.
        self.prompts = Prompts()

        outer = QVBoxLayout(self)
        self._outer = outer
        self._column_row = QHBoxLayout()
        outer.addLayout(self._column_row, 1)
        self._wide = QVBoxLayout()
        outer.addLayout(self._wide)
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        self.error_label.setPalette(palette)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        bottom = QHBoxLayout()
        self.legend = QLabel(translate("RecordDialog", "Fields marked * are required."))
        self.legend.hide()
        bottom.addWidget(self.legend, 1)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        bottom.addWidget(self.button_box)
        outer.addLayout(bottom)

    # Building --------------------------------------------------------------------------

    def column(self, index: int) -> QVBoxLayout:
        while len(self._columns) <= index:
            layout = QVBoxLayout()
            self._column_row.addLayout(layout, 1)
            self._columns.append(layout)
        return self._columns[index]

    def group(self, title: str, column: int = 0) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.column(column).addWidget(box)
        return form

    def wide_group(self, title: str) -> QFormLayout:
        """A group below the columns, as wide as the dialog (for notes and summaries)."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._wide.addWidget(box)
        return form

    def add_statement(
        self, form: QFormLayout, subject: str, object_name: str, explanation: str
    ) -> None:
        """What the dialog acts on, in bold, and a sentence on what the action does."""
        shown = QLabel(subject)
        shown.setObjectName(object_name)
        shown.setWordWrap(True)
        font = shown.font()
        font.setBold(True)
        shown.setFont(font)
        form.addRow(shown)
        said = QLabel(explanation)
        said.setWordWrap(True)
        form.addRow(said)

    def finish_columns(self) -> None:
        """Push each column's groups to the top, so columns of unequal height align."""
        for layout in self._columns:
            layout.addStretch(1)
        # A comfortable width to open at; not a fixed minimum, which would override the one
        # the fields need and squeeze their captions when they need more.
        self._comfortable_width = COLUMN_WIDTH * max(1, len(self._columns))

    def finish_with_notes(self, title: str, lines: int, *, focus: str) -> None:
        """End the columns; below them the free-text field "notes", ``lines`` high, in a
        group called ``title``; the cursor starts in the field ``focus``."""
        self.finish_columns()
        notes = self.wide_group(title)
        self.add_field(notes, "notes", None, note_edit(lines))
        self.field(focus).setFocus()

    def finish_with_reason(
        self, form: QFormLayout, name: str, caption: str, *, action: str, width: int
    ) -> None:
        """End a dialog that records why: the required note ``name`` in ``form``, where the
        cursor starts; OK says ``action``; ``width`` wide."""
        self.add_field(form, name, caption, note_edit(4), required=True)
        self.ok_button().setText(action)
        self.finish_columns()
        self.field(name).setFocus()
        self.resize_to_width(width)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint.expandedTo(QSize(self._comfortable_width, 0))

    def resize_to_width(self, width: int) -> None:
        """Be ``width`` wide (or as wide as the fields need) and as tall as the wrapped text
        needs at that width: a size computed for another width cuts sentences off."""
        width = max(width, self.minimumSizeHint().width())
        layout = self._outer
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        caption: str | None,
        widget: W,
        *,
        required: bool = False,
    ) -> W:
        """Add ``widget`` as the field ``name``; without a caption it spans the whole row."""
        widget.setObjectName(name)
        shown = widget.with_interpretation() if isinstance(widget, InterpretingField) else widget
        self._widgets[name] = widget
        if caption is None:
            form.addRow(shown)
            return widget
        text = (
            translate("RecordDialog", "{caption} *").format(caption=caption)
            if required
            else caption
        )
        caption_label = QLabel(text)
        caption_label.setBuddy(widget)
        if required:
            font = caption_label.font()
            font.setBold(True)
            caption_label.setFont(font)
            self.legend.show()
        form.addRow(caption_label, shown)
        return widget

    # Values ----------------------------------------------------------------------------

    def field(self, name: str) -> QWidget:
        return self._widgets[name]

    def field_names(self) -> list[str]:
        return list(self._widgets)

    def load(self, values: Mapping[str, Any]) -> None:
        """Fill the fields from stored values; what is shown then counts as unchanged."""
        for name, value in values.items():
            if name in self._widgets:
                _write(self._widgets[name], value)
        self._loaded = self.values()

    def values(self) -> dict[str, Any]:
        """Every field as typed (strings, stored enum values), as the services accept them."""
        return {name: _read(widget) for name, widget in self._widgets.items()}

    def changed_values(self) -> dict[str, Any]:
        """The fields that differ from what :meth:`load` showed."""
        return {
            name: value
            for name, value in self.values().items()
            if name not in self._loaded or self._loaded[name] != value
        }

    # Saving ----------------------------------------------------------------------------

    def set_save_handler(self, handler: SaveHandler) -> None:
        self._save_handler = handler

    def ok_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def has_typed_work(self) -> bool:
        """Whether anything was typed or changed since the dialog showed."""
        return self._shown is not None and self.values() != self._shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown is None:
            self._shown = self.values()

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: typed work goes only when confirmed."""
        if self.has_typed_work() and not self.prompts.confirm_discard(self):
            return
        super().reject()

    def accept(self) -> None:
        if self._save_handler is not None:
            try:
                self._save_handler(self.values())
            except CaseworkerError as error:
                self.show_problem(error)
                return
            except Exception as error:  # logged and shown; the dialog keeps what was typed
                self.prompts.report_error(self, error)
                return
        self.error_label.hide()
        super().accept()

    def show_problem(self, error: CaseworkerError) -> None:
        if isinstance(error, StaleRecord):
            text = translate("RecordDialog", "Changed meanwhile. {message}").format(
                message=error.message
            )
        else:
            text = error.message
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._widgets.get(getattr(error, "field", None) or "")
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(f"no value reader for {type(widget).__name__}")


def _write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_date(value)
    elif isinstance(widget, EventDateField):
        widget.set_event(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        set_combo_value(widget, value)
    else:
        raise TypeError(f"no value writer for {type(widget).__name__}")


def note_edit(lines: int = 4) -> QPlainTextEdit:
    """A multi-line note about ``lines`` high, where Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 12
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height)
    return edit
