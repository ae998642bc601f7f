"""Labels that show a value: wrapped to their width, and selectable so it can be copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def selectable_label(object_name: str = "") -> QLabel:
    """An empty label for a value, wrapping, whose text the mouse can select and copy."""
    shown = QLabel()
    shown.setObjectName(object_name)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown
