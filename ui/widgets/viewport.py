"""A scroll area's viewport, without PySide's search for its most derived type.

``QAbstractScrollArea.viewport()`` returns a ``QWidget*`` that Python has not seen yet.
PySide then looks for the most derived Python type of that pointer, and in doing so builds
the Python type of every widget class of ``QtWidgets`` that no code has used yet (the
message boxes', the file dialog's, the wizard's, … 70 enumerations): 12-18 ms here, three
times that on an old laptop, in the middle of the window's start. ``findChild`` names the
same widget as a ``QObject`` by its class name, which costs nothing; once Python holds it,
``viewport()`` returns that same object at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: The name Qt gives the viewport it makes for a scroll area (Qt 4 to 6).
QT_VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, made known to Python the cheap way first."""
    area.findChild(QWidget, QT_VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return area.viewport()  # the same object when found; a viewport set by code otherwise
