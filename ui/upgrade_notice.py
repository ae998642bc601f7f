"""Open the database at start; while an older one is upgraded, say so in a small window.

An upgrade copies the database aside and then changes its tables, which on a large database
takes a while (the search index's rebuild in 0021: about 15 s for 100,000 cases here, half a
minute or more on an old laptop). It runs before the main window exists; without a window of
its own the program would look as if it had not started, and a desktop that sees it answer
nothing asks whether to force it to quit. So the upgrade runs in a worker thread while this
notice is shown and the event loop keeps it painted. Closing the notice is not offered: the
upgrade is one transaction, and what it does not finish is undone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout
from shiboken6 import Shiboken

from caseworker.db import Database, open_database
from caseworker.db.engine import resolve_url, sqlite_path
from caseworker.db.migrate import upgrade_pending
from ui.operations.background import BackgroundJob, JobControl

if TYPE_CHECKING:
    from pathlib import Path

    from caseworker.security.keys import DerivedKeys

log = logging.getLogger(__name__)


class UpgradeNotice(QDialog):
    """ "The database is being upgraded": a label and a busy bar; it cannot be closed."""

    def __init__(self, path: Path) -> None:
        # A title and no close button (the flags Qt otherwise adds, less that one).
        flags = Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
        super().__init__(None, flags | Qt.WindowType.WindowTitleHint)
        self.setObjectName("upgradeNotice")
        self.setWindowTitle(self.tr("Upgrading the database"))
        self.message = QLabel(
            self.tr(
                "The database {name} is being upgraded for this version of Caseworker. A "
                "backup copy is saved beside it first. On a large database this takes a few "
                "minutes; please do not switch the computer off."
            ).format(name=f"«{path.name}»")
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        busy = QProgressBar()
        busy.setRange(0, 0)  # no steps to count: it moves while the upgrade runs
        busy.setTextVisible(False)
        # About sixty characters a line; the height follows the wrapped text.
        self.message.setFixedWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(self.message)
        layout.addWidget(busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the upgrade finishes (or is undone) whatever the notice does

    def reject(self) -> None:
        """Escape does not close it either."""


def open_database_with_notice(db: str | None, keys: DerivedKeys | None = None) -> Database:
    """:func:`caseworker.db.open_database`; when it will upgrade an older database file,
    in a worker thread with :class:`UpgradeNotice` shown meanwhile. Raises what
    ``open_database`` raises, in this thread."""
    key = keys.database if keys is not None else None
    path = sqlite_path(resolve_url(db))
    if path is None or not upgrade_pending(db, key=key):
        return open_database(db, keys=keys)
    log.info("Upgrading %s at start", path)
    notice = UpgradeNotice(path)
    outcome: list[object] = []
    loop = QEventLoop()

    def ended(result: object) -> None:
        outcome.append(result)
        loop.quit()

    def work(_control: JobControl) -> Database:
        return open_database(db, keys=keys)

    job = BackgroundJob(work, notice)
    job.succeeded.connect(ended)
    job.failed.connect(ended)
    notice.show()
    job.start()
    loop.exec()
    # No parent: deleted here, in the window's thread (see ui.app.unlock_at_start).
    Shiboken.delete(notice)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, Database)
    return result
