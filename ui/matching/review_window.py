"""The review queue "Сверка со списком": choose a published list, match it in the
background, then go through its entries that have candidates one at a time, by keyboard.

Keys: PgDown or Alt+→ the next entry, PgUp or Alt+← the previous one, Home and End the
first and the last; 1…9 or ←/→ choose a candidate; Y or Ctrl+Enter "this is him"; N "not
him" (asks for the reason); Ctrl+O opens the candidate's case; Ctrl+Z and Ctrl+Shift+Z undo
and redo a decision (the window's own history). After a decision the queue moves on to the
next entry not decided. A key held down decides once (no auto-repeat); while a list is being
matched, deciding and undo wait (the new queue would not know of a decision made meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from caseworker.errors import CaseworkerError
from caseworker.services.matching.review import ReviewQueue
from ui.context import AppContext
from ui.dialogs.record_dialog import run_record_dialog
from ui.matching.entry_view import EntryView
from ui.matching.matching_run import MatchingRun
from ui.matching.queue import Decided, QueueState
from ui.matching.reason_dialog import NotHimDialog
from ui.matching.undo import DecisionCommand, Pair, push_decision

#: Fits a 1280 x 800 screen.
DEFAULT_SIZE = QSize(1220, 640)
#: Candidates chosen by their number key.
NUMBER_KEYS = 9


class ReviewWindow(QDialog):
    """The review queue. ``open_case_requested(case_id, person_id)`` asks the main window to
    open a candidate's case at his timeline."""

    open_case_requested = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.state: QueueState | None = None
        self.undo_stack = QUndoStack(self)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(self.tr("Review against a list"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.run = MatchingRun(context, self)
        self.run.matched.connect(self.show_queue)
        self.run.started.connect(self._matching)
        self.entry_view = EntryView(self)
        self.entry_view.table.candidate_clicked.connect(self.choose)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("reviewPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setText(
            self.tr("Choose a published list and press “Match”: its entries that may be "
                    "sought persons are shown here one at a time.")
        )  # fmt: skip
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.entry_view)

        self.previous_button = self._button(self.tr("◀ Previous (PgUp)"), "reviewPrevious")
        self.next_button = self._button(self.tr("Next (PgDown) ▶"), "reviewNext")
        self.same_button = self._button(self.tr("This is him (Y)"), "reviewSame")
        self.same_button.setToolTip(self.tr("The candidate is the man on the entry: Y or "
                                            "Ctrl+Enter"))  # fmt: skip
        self.not_same_button = self._button(self.tr("Not him… (N)"), "reviewNotSame")
        self.open_button = self._button(self.tr("Open case (Ctrl+O)"), "reviewOpenCase")
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), "reviewUndo")
        self.redo_button = self._button(self.tr("Redo (Ctrl+Shift+Z)"), "reviewRedo")
        self.close_button = self._button(self.tr("Close"), "reviewClose")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)

        self._create_actions()
        self._lay_out()
        self.undo_stack.indexChanged.connect(self._stack_changed)
        self.resize(DEFAULT_SIZE)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _action(self, name: str, keys: list[QKeySequence | str], slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _chooser(self, number: int) -> Callable[[], None]:
        # No argument: a QAction hands a slot that takes one its "checked".
        return lambda: self.choose(number)

    def _stepper(self, step: int) -> Callable[[], None]:
        return lambda: self.choose_step(step)

    def _create_actions(self) -> None:
        self.next_action = self._action("reviewNextKey", ["PgDown", "Alt+Right"], self.next_entry)
        self.previous_action = self._action(
            "reviewPreviousKey", ["PgUp", "Alt+Left"], self.previous_entry
        )
        self._action("reviewFirstKey", ["Home"], lambda: self.go_to(0))
        self._action("reviewLastKey", ["End"], lambda: self.go_to(-1))
        self._action("reviewRightKey", ["Right"], self._stepper(1))
        self._action("reviewLeftKey", ["Left"], self._stepper(-1))
        for number in range(1, NUMBER_KEYS + 1):
            self._action(f"reviewChoose{number}", [str(number)], self._chooser(number - 1))
        self.same_action = self._action(
            "reviewSameKey", ["Y", "Ctrl+Return", "Ctrl+Enter"], self.this_is_him
        )
        self.not_same_action = self._action("reviewNotSameKey", ["N"], self.not_him)
        self.open_action = self._action("reviewOpenKey", ["Ctrl+O"], self.open_case)
        self.undo_action = self._action(
            "reviewUndoKey", [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo_stack.undo
        )
        self.redo_action = self._action(
            "reviewRedoKey", ["Ctrl+Shift+Z", "Ctrl+Y"], self.undo_stack.redo
        )
        # A key held down decides (or undoes) once, not entry after entry.
        for action in self._deciding_actions():
            action.setAutoRepeat(False)
        for button, slot in (
            (self.previous_button, self.previous_entry),
            (self.next_button, self.next_entry),
            (self.same_button, self.this_is_him),
            (self.not_same_button, self.not_him),
            (self.open_button, self.open_case),
            (self.undo_button, self.undo_stack.undo),
            (self.redo_button, self.undo_stack.redo),
            (self.close_button, self.close),
        ):
            button.clicked.connect(slot)

    def _lay_out(self) -> None:
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(self.same_button)
        navigation.addWidget(self.not_same_button)
        navigation.addWidget(self.open_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.run)
        layout.addWidget(self.pages)
        layout.addLayout(navigation)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.run.job is None:
            self.run.reload_lists()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A list imported meanwhile (in the main window) is offered when the caseworker
        # comes back here.
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if activated and self.isVisible() and self.run.job is None:
            self.run.reload_lists()

    # The queue -----------------------------------------------------------------------------

    def show_queue(self, queue: ReviewQueue) -> None:
        """Start going through ``queue`` (what the matching found) at its first entry."""
        self.state = QueueState(queue) if queue.matches else None
        if self.state is None:
            self.placeholder.setText(
                self.tr(
                    "No entry of “{name}” resembles a sought person closely enough to be "
                    "proposed (or every pair was decided already)."
                ).format(name=queue.listed.name)
            )
            self.status_label.setText("")
        else:
            self.status_label.setText(
                self.tr("%n entries of the list have candidates.", None, len(self.state))
            )
        self._refresh()

    def _matching(self) -> None:
        if self.state is None:  # the queue shown, if any, stays until the new one is found
            self.placeholder.setText("")
        job = self.run.job
        if job is not None:  # succeeded: show_queue updates the buttons
            job.failed.connect(lambda _error: self._update_buttons())
        self._update_buttons()

    def _deciding_actions(self) -> tuple[QAction, ...]:
        return (self.same_action, self.not_same_action, self.undo_action, self.redo_action)

    def matching_runs(self) -> bool:
        """Whether a list is being matched: deciding and undo wait for the new queue."""
        return self.run.job is not None

    def _refresh(self) -> None:
        if self.state is None:
            self.pages.setCurrentWidget(self.placeholder)
        else:
            self.entry_view.show_state(self.state)
            self.pages.setCurrentWidget(self.entry_view)
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.state
        has = state is not None
        # Nothing to go through: the placeholder alone, no row of idle buttons under it.
        for widget in (
            self.same_button,
            self.not_same_button,
            self.open_button,
            self.previous_button,
            self.next_button,
        ):
            widget.setEnabled(has)
            widget.setVisible(has)
        self.previous_button.setEnabled(has and state is not None and state.position > 0)
        self.next_button.setEnabled(has and state is not None and state.position < len(state) - 1)
        idle = not self.matching_runs()
        for action in self._deciding_actions():
            action.setEnabled(idle)
        self.same_button.setEnabled(has and idle)
        self.not_same_button.setEnabled(has and idle)
        self.undo_button.setEnabled(idle and self.undo_stack.canUndo())
        self.redo_button.setEnabled(idle and self.undo_stack.canRedo())
        self.undo_button.setToolTip(self.undo_stack.undoText())
        self.redo_button.setToolTip(self.undo_stack.redoText())

    def _stack_changed(self, _index: int) -> None:
        # The stack tells of its commands' deletion on its way out, with the window.
        if Shiboken.isValid(self.undo_stack) and Shiboken.isValid(self.undo_button):
            self._update_buttons()

    def next_entry(self) -> None:
        if self.state is not None and self.state.go(self.state.position + 1):
            self._refresh()

    def previous_entry(self) -> None:
        if self.state is not None and self.state.go(self.state.position - 1):
            self._refresh()

    def go_to(self, position: int) -> None:
        """Show entry ``position`` (from 0; -1 the last)."""
        if self.state is not None and self.state.go(position % len(self.state)):
            self._refresh()

    def choose(self, number: int) -> None:
        """Choose candidate ``number`` (from 0) of the entry shown."""
        if self.state is not None and self.state.choose(number):
            self._refresh()

    def choose_step(self, step: int) -> None:
        if self.state is not None:
            self.choose(self.state.chosen + step)

    # Deciding ------------------------------------------------------------------------------

    def _pair(self) -> Pair | None:
        if self.state is None:
            return None
        candidate = self.state.candidate
        words = self.tr("row {row}, case {case}").format(
            row=self.state.entry.row, case=candidate.case_reference
        )
        return Pair(self.state.entry.entry_id, candidate.person_id, candidate.case_id, words)

    def _command(self, pair: Pair, *, same: bool, reason: str = "") -> DecisionCommand:
        return DecisionCommand(
            self._context,
            pair,
            same=same,
            reason=reason,
            record=self._recorded,
            report_error=lambda error: self._context.prompts.report_error(self, error),
        )

    def this_is_him(self) -> None:
        """Record that the chosen candidate is the man on the entry: a report from the list."""
        pair = self._pair()
        if pair is None or self.matching_runs() or self._already(pair, same=True):
            return
        error = push_decision(self.undo_stack, self._command(pair, same=True))
        if error is not None:
            self._context.prompts.report_error(self, error)
            return
        self.status_label.setText(
            self.tr("Recorded: this is him ({pair}); a report from the list was added to his "
                    "timeline. Ctrl+Z undoes it.").format(pair=pair.words)
        )  # fmt: skip
        self._move_on()

    def not_him(self) -> None:
        """Ask why the chosen candidate is not the man on the entry, and record it."""
        pair, state = self._pair(), self.state
        if pair is None or state is None or self.matching_runs():
            return
        if self._already(pair, same=False):
            return
        person = state.person(pair.person_id)
        description = self.tr("Row {row} of the list and {name}, case {case}").format(
            row=state.entry.row, name=person.name, case=state.candidate.case_reference
        )
        dialog = NotHimDialog(self, description=description)

        def save(values: dict[str, object]) -> None:
            command = self._command(pair, same=False, reason=str(values.get("reason") or ""))
            error = push_decision(self.undo_stack, command)
            if isinstance(error, CaseworkerError):
                raise error
            if error is not None:
                self._context.prompts.report_error(dialog, error)

        dialog.set_save_handler(save)
        accepted = run_record_dialog(self._context.prompts, dialog)
        self.activateWindow()  # the keys go on working here
        if not accepted:
            return
        self.status_label.setText(
            self.tr("Recorded: not him ({pair}). Ctrl+Z undoes it.").format(pair=pair.words)
        )
        self._move_on()

    def _already(self, pair: Pair, *, same: bool) -> bool:
        assert self.state is not None
        decided = self.state.decided(pair.entry_id, pair.person_id)
        if decided is None:
            return False
        if decided.same == same:
            self.status_label.setText(self.tr("That is decided already."))
        else:
            self.status_label.setText(
                self.tr("This pair is decided otherwise: undo that decision first (Ctrl+Z).")
            )
        return True

    def _move_on(self) -> None:
        state = self.state
        if state is None:
            return
        candidate = state.undecided_candidate()
        if candidate is not None:
            state.choose(candidate)
        else:
            following = state.next_undecided()
            if following is None:
                self.status_label.setText(
                    self.status_label.text() + " " + self.tr("Every entry is decided.")
                )
            else:
                state.go(following)
        self._refresh()

    def _recorded(self, entry_id: int, person_id: int, decided: Decided | None) -> None:
        """A decision was made, withdrawn (undo) or made again (redo): show that pair."""
        state = self.state
        if state is None:
            return
        state.record(entry_id, person_id, decided)
        index = state.index_of(entry_id)
        if index is not None:
            candidates = state.queue.matches[index].candidates
            chosen = next((n for n, c in enumerate(candidates) if c.person_id == person_id), 0)
            state.go(index, chosen)
        if decided is None:
            self.status_label.setText(self.tr("Decision undone: the pair is proposed again."))
        self._refresh()

    def open_case(self) -> None:
        if self.state is not None:
            candidate = self.state.candidate
            self.open_case_requested.emit(candidate.case_id, candidate.person_id)
