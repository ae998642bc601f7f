"""The Qt binding in use does not corrupt Python: a guard against a known PySide6 defect."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    # PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call of a method
    # returning nothing, and the interpreter aborted after a few thousand (pyproject pins it
    # out). A long session makes millions of such calls.
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1.0)
    assert sys.getrefcount(None) - before > -10
