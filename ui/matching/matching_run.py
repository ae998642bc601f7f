"""The top of the review window: the list chooser, "Match", and the matching's progress with
its cancel button; the matching runs in the background (``BackgroundJob``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.matching.lists import MatchingCancelled
from caseworker.services.matching.review import ListChoice, ReviewQueue, list_choices, review_queue
from caseworker.timeline.sentences import day_text
from ui.context import AppContext
from ui.matching.background_run import BackgroundRun
from ui.operations import JobControl, ReadOp

if TYPE_CHECKING:
    from ui.operations import Session


class MatchingRun(BackgroundRun):
    """Chooses a list and matches it: ``started()``, then ``matched(queue)`` when done."""

    matched = Signal(object)
    cancelled_error = MatchingCancelled

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "review", self.tr("&Stop matching"), parent)
        self.lists = QComboBox(self)
        self.lists.setObjectName("reviewListChoice")
        self.lists.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lists.setMinimumContentsLength(40)
        self.lists.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        caption = QLabel(self.tr("&List:"), self)
        caption.setBuddy(self.lists)
        self.match_button = QPushButton(self.tr("&Match"), self)
        self.match_button.setObjectName("reviewMatch")
        self.match_button.setAutoDefault(False)
        self.match_button.setToolTip(
            self.tr("Find the sought persons who may be on the chosen list")
        )
        self.match_button.clicked.connect(self.start)

        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.lists, 1)
        top.addWidget(self.match_button)
        running = QHBoxLayout()
        running.addWidget(self.progress_bar, 1)
        running.addWidget(self.progress_label)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(running)
        self._show_running(False)

    def reload_lists(self) -> None:
        """Read the published lists again, keeping the one chosen."""
        kept = self.lists.currentData()
        found = ReadOp(self._context, self, list_choices).run() or []
        self.lists.clear()
        for choice in found:
            self.lists.addItem(self._choice_text(choice), choice.list_id)
        if kept is not None:
            self.choose(kept)
        self.match_button.setEnabled(bool(found) and self._job is None)
        if not found:
            self.progress_label.setText(
                self.tr("No list was imported yet: Lists > Import a published list…")
            )
            self.progress_label.show()

    def choose(self, list_id: int) -> None:
        index = self.lists.findData(list_id)
        if index >= 0:
            self.lists.setCurrentIndex(index)

    def _choice_text(self, choice: ListChoice) -> str:
        return self.tr("{name} — {publisher}, {day}, %n entries", None, choice.entries).format(
            name=choice.name, publisher=choice.publisher, day=day_text(choice.published_on)
        )

    # Matching ------------------------------------------------------------------------------

    def start(self) -> None:
        """Match the chosen list in the background."""
        list_id = self.lists.currentData()
        if list_id is None:
            return

        def work(session: Session, control: JobControl) -> ReviewQueue:
            return review_queue(
                session, list_id, progress=control.report, cancelled=control.cancelled
            )

        self._run(work, self.tr("Finding the candidates…"))

    def _progress_words(self, done: int, total: int) -> str:
        text = self.tr("Matched {done} of %n entries", None, total)
        return text.format(done=QLocale().toString(done))

    def _deliver(self, result: object) -> None:
        self.matched.emit(result)

    def _running_changed(self, running: bool) -> None:
        self.match_button.setEnabled(not running and self.lists.count() > 0)
        self.lists.setEnabled(not running)
