"""A link between two sought persons as an undoable step: "the same person" or "different
people" (``link_persons``); undo withdraws it (``withdraw_decision``), redo links again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caseworker.services.matching.links import link_persons
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.matching.queue import Decided
from ui.matching.undo import ErrorReporter, WithdrawableDecision

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

#: Told each time the pair's decision changes: (both persons' ids, decision or None).
LinkRecorder = Callable[[tuple[int, int], Decided | None], None]


@dataclass(frozen=True, slots=True)
class PersonPair:
    """Two sought persons, the lower id first."""

    person_ids: tuple[int, int]
    #: Names the pair in the window's history ("2026-0042 — 2026-0051").
    words: str


class LinkCommand(WithdrawableDecision):
    """Link ``pair`` as the same person or record them as different people."""

    def __init__(
        self,
        context: AppContext,
        pair: PersonPair,
        *,
        same: bool,
        reason: str,
        record: LinkRecorder,
        report_error: ErrorReporter,
    ) -> None:
        if same:
            text = translate("DuplicatesWindow", "The same person: {pair}")
        else:
            text = translate("DuplicatesWindow", "Different people: {pair}")
        super().__init__(
            context,
            text.format(pair=pair.words),
            same=same,
            reason=reason,
            report_error=report_error,
        )
        self.pair = pair
        self._record = record

    def _write(self, session: Session) -> Decided:
        one, two = self.pair.person_ids
        made = link_persons(session, self._context.actor, one, two, self.same, self.reason)
        return Decided(made.same, made.reason, made.id)

    def _change(self, decided: Decided) -> Change:  # noqa: ARG002
        # Two cases (or one) show the link: every view that shows a case reads it again.
        return Change(ChangeKind.PERSON, None, self.pair.person_ids[0], undoable=True)

    def _tell(self, decided: Decided | None) -> None:
        self._record(self.pair.person_ids, decided)
