"""What every widget is handed through its constructor: the database, the user, the signals,
and the prompts through which it asks the person anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QUndoStack

from caseworker.db import Database
from ui.changes import ChangeNotifier
from ui.prompts import Prompts


@dataclass(slots=True)
class AppContext:
    database: Database
    actor: str
    notifier: ChangeNotifier
    undo_stack: QUndoStack
    #: The received date of the last report added in this session, offered for the next.
    last_received_on: date | None = None
    #: Every question to the person (dialogs, files, messages); tests hand a scripted one.
    prompts: Prompts = field(default_factory=Prompts)
