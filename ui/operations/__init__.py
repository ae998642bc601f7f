"""The one road from a widget to the domain (like Anki's ``CollectionOp`` and ``QueryOp``).

A widget never opens a unit of work, starts a thread or announces a change itself: it asks
for an operation. :class:`ReadOp` runs a read in one read transaction; :class:`WriteOp` runs
one user action in one write transaction and then announces the :class:`~ui.changes.Change`
it made, once, through the context's notifier, for every view to refresh from. Both show a
typed error of ``caseworker`` as one message (or hand it to the caller's ``failure``), run
in the window's thread (``run``), or in the one background mechanism (``run_in_background``):
:class:`BackgroundJob` for long work, with progress, cancel and partial results, and
:class:`JobSet` for many small jobs, or jobs that a newer one supersedes.

Dialogs that keep what was typed when a save is refused use ``run_or_raise``: the error goes
back to the dialog, which shows it beside the fields.
"""

from typing import TYPE_CHECKING

from ui.operations.background import BackgroundJob, JobControl, JobSet, reading, writing
from ui.operations.ops import ReadOp, SideWriteOp, WriteOp, announce

if TYPE_CHECKING:
    # For the annotations of operation functions: window modules import no SQLAlchemy.
    from sqlalchemy.orm import Session as Session

__all__ = [
    "BackgroundJob",
    "JobControl",
    "JobSet",
    "ReadOp",
    "SideWriteOp",
    "WriteOp",
    "announce",
    "reading",
    "writing",
]
