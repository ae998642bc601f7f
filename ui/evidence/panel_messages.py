"""The evidence panel's message bar: what an action on files came to, red when it failed."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ui.evidence.add_files import Outcome
from ui.widgets.date_field import PROBLEM_COLOUR


def show_outcomes(bar: QWidget, label: QLabel, outcomes: list[Outcome]) -> None:
    """Say ``outcomes`` on ``label`` in ``bar`` (hidden when there are none)."""
    if not outcomes:
        bar.hide()
        return
    problem = any(outcome.problem for outcome in outcomes)
    label.setText("\n".join(outcome.text for outcome in outcomes))
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText,
        PROBLEM_COLOUR if problem else bar.palette().color(QPalette.ColorRole.WindowText),
    )
    label.setPalette(palette)
    bar.show()
