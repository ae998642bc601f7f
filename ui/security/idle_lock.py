"""Lock a protected database's windows after a time without use, and ask the passphrase again.

After :data:`ui.settings.LOCK_MINUTES` minutes with no key pressed, no click, no mouse moved
and no wheel turned in any of the program's windows, every window is hidden (the case desk,
the work list, an open dialog too) and the unlock dialog asks the passphrase. The right one
shows the windows again as they were; "Exit" leaves the program as closing the window does.
Only a protected database is locked: a plain one has nothing to hide behind a passphrase.

What is not done: the database key stays in memory while locked (the engine's connections
keep it); hiding the windows guards an unattended screen, not the computer's memory.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui import settings
from ui.security.unlock_dialog import UnlockDialog

#: How often the idle time is looked at.
CHECK_MS = 5_000
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_KEPT = (Qt.WindowType.Window, Qt.WindowType.Dialog)


class IdleLock(QObject):
    """Watches the program's input; hides its windows and asks the passphrase when idle."""

    def __init__(
        self,
        database: Path,
        key: bytes,
        preferences: QSettings,
        leave: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """``database``: the protected file; ``key``: the SQLCipher key it was opened with
        (the passphrase must give the same); ``leave``: what "Exit" does."""
        super().__init__(parent)
        self._database = database
        self._key = key
        self._preferences = preferences
        self._leave = leave
        self._last_input = time.monotonic()
        self._hidden: list[QWidget] = []
        #: The unlock dialog while locked.
        self.dialog: UnlockDialog | None = None
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self._last_input = time.monotonic()
        elif kind == QEvent.Type.Show and self.dialog is not None:
            self._keep_hidden(watched)
        return False

    def _keep_hidden(self, watched: QObject) -> None:
        """While locked, a window that opens (work finishing behind the lock: an import's
        preview, an error) is hidden at once and comes back with the others."""
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return
        owner: QWidget | None = watched
        while owner is not None:
            if owner is self.dialog:
                return  # the unlock dialog and what it opens
            owner = owner.parentWidget()
        if watched.windowType() in _KEPT and watched not in self._hidden:
            self._hidden.append(watched)
        watched.hide()

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def check(self) -> None:
        """Lock when the idle time chosen in the settings has passed."""
        minutes = settings.LOCK_MINUTES.read(self._preferences)
        if minutes > 0 and self.dialog is None and self.idle_seconds() >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Hide every window and ask the passphrase (does nothing when already locked)."""
        if self.dialog is not None:
            return
        shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
        # Windows and dialogs come back; menus and tooltips just close.
        self._hidden = [widget for widget in shown if widget.windowType() in _KEPT]
        for widget in reversed(shown):
            widget.hide()
        dialog = UnlockDialog(self._database, locked=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._finished)
        self.dialog = dialog
        dialog.open()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        unlocked = dialog.unlocked if dialog is not None else None
        if result != QDialog.DialogCode.Accepted or unlocked is None:
            self._leave()
            return
        if not hmac.compare_digest(unlocked.keys.database, self._key):
            self.lock()  # another database's keys: ask again, show nothing
            return
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            widget.show()
        self._last_input = time.monotonic()
