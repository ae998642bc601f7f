"""Undo and Redo as the window shows them, and the word on what cannot be undone.

The Edit menu carries the stack's own actions, whose text names the step ("Undo Edit case
2026-0042"). The toolbar carries two actions of its own with a short fixed word, so that its
buttons keep their width and the buttons after them never move; the step they would take is
in their tooltip. After a change that Undo cannot take back (a new record, a retraction, an
import), the window says so, in the status bar and in the Edit menu, and says which earlier
edit Undo would take back instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QStyle, QWidget
from shiboken6 import Shiboken

from ui.changes import Change, ChangeNotifier

translate = QCoreApplication.translate


class UndoControls(QObject):
    """The undo and redo actions of ``window`` for ``stack``."""

    def __init__(self, stack: QUndoStack, notifier: ChangeNotifier, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()
        undo_icon = QIcon.fromTheme(
            QIcon.ThemeIcon.EditUndo, style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack)
        )
        redo_icon = QIcon.fromTheme(
            QIcon.ThemeIcon.EditRedo, style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)
        )

        # The Edit menu: the stack's actions, named after the step, with the shortcuts.
        self.undo_action = stack.createUndoAction(window, translate("UndoControls", "&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setIcon(undo_icon)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(window, translate("UndoControls", "&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setIcon(redo_icon)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        #: Says what the last change that Undo cannot take back was (hidden when none).
        self.note_action = QAction(window)
        self.note_action.setObjectName("undoNoteAction")
        self.note_action.setEnabled(False)
        self.note_action.setVisible(False)

        # The toolbar: a short fixed word, the step in the tooltip.
        self.undo_button = QAction(undo_icon, translate("UndoControls", "Undo"), window)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.triggered.connect(stack.undo)
        self.redo_button = QAction(redo_icon, translate("UndoControls", "Redo"), window)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.triggered.connect(stack.redo)

        #: The status bar's word on the last change that cannot be undone.
        self.note_label = QLabel(window)
        self.note_label.setObjectName("undoNote")
        self.note_label.hide()

        # Followed from the signals' values: the stack may be on its way out when they come.
        self._can = {"undo": stack.canUndo(), "redo": stack.canRedo()}
        native = QKeySequence.SequenceFormat.NativeText
        self._keys = {
            "undo": self.undo_action.shortcut().toString(native),
            "redo": self.redo_action.shortcut().toString(native),
        }
        self._steps = {"undo": stack.undoText(), "redo": stack.redoText()}
        stack.canUndoChanged.connect(self._can_undo)
        stack.canRedoChanged.connect(self._can_redo)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        notifier.changed.connect(self._on_changed)
        self._update("undo")
        self._update("redo")

    def note(self) -> str:
        """What the window says about the last change that cannot be undone ("" when none)."""
        return self.note_label.text()

    def _can_undo(self, can: bool) -> None:
        self._update("undo", can=can)

    def _can_redo(self, can: bool) -> None:
        self._update("redo", can=can)

    def _undo_text(self, step: str) -> None:
        self._update("undo", step=step)

    def _redo_text(self, step: str) -> None:
        self._update("redo", step=step)

    def _update(self, which: str, *, can: bool | None = None, step: str | None = None) -> None:
        if can is not None:
            self._can[which] = can
        if step is not None:
            self._steps[which] = step
        can, step = self._can[which], self._steps[which]
        if not all(Shiboken.isValid(ours) for ours in (self.undo_button, self.redo_button)):
            return  # the window is gone; the stack it showed may outlive it
        if which == "undo":
            button = self.undo_button
            tip = translate("UndoControls", "Undo “{step}” ({keys})")
            nothing = translate("UndoControls", "Nothing to undo")
        else:
            button = self.redo_button
            tip = translate("UndoControls", "Redo “{step}” ({keys})")
            nothing = translate("UndoControls", "Nothing to redo")
        button.setEnabled(can)
        button.setToolTip(tip.format(step=step, keys=self._keys[which]) if can else nothing)

    def _on_changed(self, change: Change) -> None:
        if change.remote:
            return  # a colleague's change: this window's undo is as it was
        if change.undoable:
            self._say("")
            return
        if change.action:
            text = translate("UndoControls", "{action} cannot be undone.").format(
                action=change.action
            )
        else:
            text = translate("UndoControls", "That change cannot be undone.")
        more = ""
        if self._can["undo"]:
            more = translate(
                "UndoControls", "Undo would take back an earlier edit: “{step}”."
            ).format(step=self._steps["undo"])
        self._say(text, more)

    def _say(self, text: str, more: str = "") -> None:
        # Short where space is short (the status bar, the menu); the rest in the tooltip.
        self.note_label.setText(text)
        self.note_label.setToolTip(f"{text} {more}".strip())
        self.note_label.setVisible(bool(text))
        self.note_action.setText(text)
        self.note_action.setToolTip(f"{text} {more}".strip())
        self.note_action.setVisible(bool(text))
