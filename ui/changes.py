"""One "what changed" signal that every view refreshes from (like Anki's operations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class ChangeKind(StrEnum):
    CASE = "case"
    PERSON = "person"
    RELATIVE = "relative"
    REPORT = "report"
    EVIDENCE = "evidence"
    INQUIRY = "inquiry"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Change:
    """What a finished user action changed; ``case_id`` None means many cases (demo, import)."""

    kind: ChangeKind
    case_id: int | None = None
    record_id: int | None = None
    #: Whether Edit > Undo takes it back (only the undo stack's edits are undoable).
    undoable: bool = False
    #: What was done, for saying that it cannot be undone ("The import"); "" says "That change".
    action: str = field(default="", compare=False)
    #: Made by a colleague (heard from the server, ui/team): nothing to undo or say here.
    remote: bool = field(default=False, compare=False)


class ChangeNotifier(QObject):
    changed = Signal(object)

    def notify(self, change: Change) -> None:
        self.changed.emit(change)
