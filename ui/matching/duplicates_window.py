"""The window "Possible duplicates": the sought persons who may be one man (two families
seeking the same soldier, or one man entered twice), found in the background, then one pair
at a time, by keyboard.

Keys: PgDown or Alt+→ the next pair, PgUp or Alt+← the previous one, Home and End the first
and the last; Ctrl+Enter or Y "the same person" (asks for the justification); N "different
people" (asks for the reason); Ctrl+O and Ctrl+Shift+O open the first and the second
person's case; Ctrl+Z and Ctrl+Shift+Z undo and redo a decision (the window's own history);
F5 searches again. After a decision the queue moves on to the next pair not decided.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from caseworker.errors import CaseworkerError
from caseworker.services.matching.duplicate_review import DuplicateQueue
from ui.context import AppContext
from ui.dialogs.record_dialog import run_record_dialog
from ui.matching.duplicates_buttons import DuplicatesButtons
from ui.matching.duplicates_queue import DuplicatesState, PersonIds
from ui.matching.duplicates_run import DuplicatesRun
from ui.matching.link_command import LinkCommand, PersonPair
from ui.matching.link_dialog import DifferentPeopleDialog, SamePersonDialog
from ui.matching.pair_view import PairView
from ui.matching.queue import Decided
from ui.matching.undo import push_decision

#: Fits a 1280 x 800 screen.
DEFAULT_SIZE = QSize(1120, 640)


class DuplicatesWindow(QDialog):
    """The duplicates' queue. ``open_case_requested(case_id, person_id)`` asks the main
    window to open a person's case at his timeline."""

    open_case_requested = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.state: DuplicatesState | None = None
        self.undo_stack = QUndoStack(self)
        self.setObjectName("duplicatesWindow")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.run = DuplicatesRun(context, self)
        self.run.found.connect(self.show_queue)
        self.run.started.connect(self._searching)
        self.pair_view = PairView(self)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("duplicatesPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.pair_view)
        self.buttons = DuplicatesButtons(self)
        self.status_label = self.buttons.status_label

        self._connect()
        layout = QVBoxLayout(self)
        layout.addWidget(self.run)
        layout.addWidget(self.pages)
        layout.addLayout(self.buttons.opening)
        layout.addLayout(self.buttons.navigation)
        layout.addStretch(1)
        layout.addLayout(self.buttons.bottom)
        self.undo_stack.indexChanged.connect(self._stack_changed)
        self.resize(DEFAULT_SIZE)
        self._update_buttons()

    def _connect(self) -> None:
        buttons, stack = self.buttons, self.undo_stack
        for keys, slot, button in (
            (["PgDown", "Alt+Right"], self.next_pair, buttons.next_button),
            (["PgUp", "Alt+Left"], self.previous_pair, buttons.previous_button),
            (["Home"], lambda: self.go_to(0), None),
            (["End"], lambda: self.go_to(-1), None),
            (["Ctrl+Return", "Ctrl+Enter", "Y"], self.same_person, buttons.same_button),
            (["N"], self.different_people, buttons.different_button),
            (["Ctrl+O"], lambda: self.open_case(0), buttons.open_first),
            (["Ctrl+Shift+O"], lambda: self.open_case(1), buttons.open_second),
            ([QKeySequence.StandardKey.Undo], stack.undo, buttons.undo_button),
            (["Ctrl+Shift+Z", "Ctrl+Y"], stack.redo, buttons.redo_button),
            (["F5"], self.run.start, None),
        ):
            buttons.add_key(self, keys, slot)
            if button is not None:
                button.clicked.connect(slot)
        buttons.close_button.clicked.connect(self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.state is None and self.run.job is None:
            self.run.start()

    # The queue -----------------------------------------------------------------------------

    def show_queue(self, queue: DuplicateQueue) -> None:
        """Start going through ``queue`` (what the search found) at its first pair."""
        self.state = DuplicatesState(queue) if queue.pairs else None
        if self.state is None:
            self.placeholder.setText(
                self.tr(
                    "No two sought persons resemble each other closely enough to be proposed "
                    "(or every such pair was decided already)."
                )
            )
            self.status_label.setText("")
        else:
            self.status_label.setText(
                self.tr("%n pairs of sought persons may be one man each.", None, len(self.state))
            )
        self._refresh()

    def _searching(self) -> None:
        if self.state is None:  # the pairs shown, if any, stay until the new ones are found
            self.placeholder.setText("")

    def _refresh(self) -> None:
        if self.state is None:
            self.pages.setCurrentWidget(self.placeholder)
        else:
            self.pair_view.show_state(self.state)
            self.pages.setCurrentWidget(self.pair_view)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.buttons.update(self.state, self.undo_stack)
        # The case buttons name their cases: laid out again now, not at the next event.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def _stack_changed(self, _index: int) -> None:
        # The stack tells of its commands' deletion on its way out, with the window.
        if Shiboken.isValid(self.undo_stack) and Shiboken.isValid(self.buttons.undo_button):
            self._update_buttons()

    def next_pair(self) -> None:
        if self.state is not None and self.state.go(self.state.position + 1):
            self._refresh()

    def previous_pair(self) -> None:
        if self.state is not None and self.state.go(self.state.position - 1):
            self._refresh()

    def go_to(self, position: int) -> None:
        """Show pair ``position`` (from 0; -1 the last)."""
        if self.state is not None and self.state.go(position % len(self.state)):
            self._refresh()

    # Deciding ------------------------------------------------------------------------------

    def _description(self) -> str:
        assert self.state is not None
        first, second = self.state.sides
        return self.tr("{one} (case {one_case}) and {two} (case {two_case})").format(
            one=first.name,
            one_case=first.case_reference,
            two=second.name,
            two_case=second.case_reference,
        )

    def same_person(self) -> None:
        """Ask for the justification, then link the pair shown as the same person."""
        self._decide(same=True)

    def different_people(self) -> None:
        """Ask for the reason, then record that the pair shown are different people."""
        self._decide(same=False)

    def _decide(self, *, same: bool) -> None:
        state = self.state
        if state is None or self._already(state.pair.person_ids, same=same):
            return
        first, second = state.sides
        pair = PersonPair(
            state.pair.person_ids,
            self.tr("case {one} and case {two}").format(
                one=first.case_reference, two=second.case_reference
            ),
        )
        description = self._description()
        dialog = (SamePersonDialog if same else DifferentPeopleDialog)(
            self, description=description
        )

        def save(values: dict[str, object]) -> None:
            command = LinkCommand(
                self._context,
                pair,
                same=same,
                reason=str(values.get("reason") or ""),
                record=self._recorded,
                report_error=lambda error: self._context.prompts.report_error(self, error),
            )
            error = push_decision(self.undo_stack, command)
            if isinstance(error, CaseworkerError):
                raise error  # the dialog shows its sentence, nothing was saved
            if error is not None:
                self._context.prompts.report_error(dialog, error)

        dialog.set_save_handler(save)
        accepted = run_record_dialog(self._context.prompts, dialog)
        self.activateWindow()  # the keys go on working here
        if not accepted:
            return
        if same:
            said = self.tr("Recorded: {pair} are the same person; both cases show the link. "
                           "Ctrl+Z undoes it.")  # fmt: skip
        else:
            said = self.tr("Recorded: {pair} are different people. Ctrl+Z undoes it.")
        self.status_label.setText(said.format(pair=description))
        self._move_on()

    def _already(self, person_ids: PersonIds, *, same: bool) -> bool:
        assert self.state is not None
        decided = self.state.decided(person_ids)
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
        following = state.next_undecided()
        if following is None:
            self.status_label.setText(
                self.status_label.text() + " " + self.tr("Every pair is decided.")
            )
        else:
            state.go(following)
        self._refresh()

    def _recorded(self, person_ids: PersonIds, decided: Decided | None) -> None:
        """A decision was made, withdrawn (undo) or made again (redo): show that pair."""
        state = self.state
        if state is None:
            return
        state.record(person_ids, decided)
        index = state.index_of(person_ids)
        if index is not None:
            state.go(index)
        if decided is None:
            self.status_label.setText(self.tr("Decision undone: the pair is proposed again."))
        self._refresh()

    def open_case(self, side: int) -> None:
        """Open the case of the pair's first (``side`` 0) or second person."""
        if self.state is not None:
            person = self.state.sides[side]
            self.open_case_requested.emit(person.case_id, person.person_id)
