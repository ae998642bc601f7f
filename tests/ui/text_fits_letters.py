"""The letter dialog opened for tests/ui/test_text_fits.py, on a demo case's inquiry."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ui.case_view import CaseView


def open_the_letter_dialog(view: CaseView) -> None:
    """The letter dialog through the Inquiries tab's "Letter…" button, for the inquiry
    selected there (the inquiries' tour leaves one selected)."""
    panel = view.inquiries_panel
    view.tabs.setCurrentWidget(panel)
    button = panel.findChild(QPushButton, "writeLetterButton")
    assert button is not None and button.isEnabled()
    button.click()
