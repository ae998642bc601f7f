"""Work that waits for a widget's first paint: the window shows what a person needs first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: Done anyway this long after being asked, if the widget is not painted by then (a window
#: started minimised, a test that never shows it).
LATEST_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint is drawn and shown
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        self._widget.removeEventFilter(self)
        if work is not None:
            work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once, right after ``widget`` is first painted (at the latest after
    :data:`LATEST_MS`), in the window's thread."""
    _FirstPaint(widget, work)
