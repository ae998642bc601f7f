"""The buttons and keys of the duplicates window, and which of them can be used now."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.matching.duplicates_queue import DuplicatesState


class DuplicatesButtons(QObject):
    """The row of navigation and decisions under the pair, and the bottom row with the
    status, undo, redo and close; :meth:`add_key` gives the window its keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.previous_button = self._button(self.tr("◀ Previous (PgUp)"), "duplicatesPrevious")
        self.next_button = self._button(self.tr("Next (PgDown) ▶"), "duplicatesNext")
        self.same_button = self._button(self.tr("The same person… (Ctrl+Enter)"), "duplicatesSame")
        self.different_button = self._button(
            self.tr("Different people… (N)"), "duplicatesDifferent"
        )
        self.open_first = self._button("", "duplicatesOpenFirst")
        self.open_second = self._button("", "duplicatesOpenSecond")
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), "duplicatesUndo")
        self.redo_button = self._button(self.tr("Redo (Ctrl+Shift+Z)"), "duplicatesRedo")
        self.close_button = self._button(self.tr("Close"), "duplicatesClose")
        self.status_label = QLabel(window)
        self.status_label.setObjectName("duplicatesStatus")
        self.status_label.setWordWrap(True)

        self.navigation = QHBoxLayout()
        self.navigation.addWidget(self.previous_button)
        self.navigation.addWidget(self.next_button)
        self.navigation.addStretch(1)
        self.navigation.addWidget(self.same_button)
        self.navigation.addWidget(self.different_button)
        self.opening = QHBoxLayout()
        self.opening.addStretch(1)
        self.opening.addWidget(self.open_first)
        self.opening.addWidget(self.open_second)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.status_label, 1)
        self.bottom.addWidget(self.undo_button)
        self.bottom.addWidget(self.redo_button)
        self.bottom.addSpacing(12)
        self.bottom.addWidget(self.close_button)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self._window)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def add_key(
        self,
        window: QWidget,
        keys: Sequence[str | QKeySequence.StandardKey],
        slot: Callable[[], None],
    ) -> QAction:
        """A window-wide key for ``slot`` (called with no argument)."""
        action = QAction(window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        window.addAction(action)
        return action

    def update(self, state: DuplicatesState | None, stack: QUndoStack) -> None:
        """Enable what can be used with ``state``; the buttons of a pair are hidden while
        there is none (the placeholder alone, no row of idle buttons under it)."""
        has = state is not None
        for button in (
            self.same_button,
            self.different_button,
            self.open_first,
            self.open_second,
            self.previous_button,
            self.next_button,
        ):
            button.setEnabled(has)
            button.setVisible(has)
        if state is not None:
            self.previous_button.setEnabled(state.position > 0)
            self.next_button.setEnabled(state.position < len(state) - 1)
            first, second = state.sides
            self.open_first.setText(
                self.tr("Open case {case} (Ctrl+O)").format(case=first.case_reference)
            )
            self.open_second.setText(
                self.tr("Open case {case} (Ctrl+Shift+O)").format(case=second.case_reference)
            )
            for button, person in ((self.open_first, first), (self.open_second, second)):
                button.setToolTip(
                    self.tr("Open case {case} at {name}'s timeline").format(
                        case=person.case_reference, name=person.name
                    )
                )
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(stack.undoText())
        self.redo_button.setToolTip(stack.redoText())
