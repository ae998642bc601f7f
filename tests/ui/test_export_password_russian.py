"""The export dialog's password fields, in Russian at 1280x800: every sentence fits."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_text_fits import cut_texts, russian, show_as_the_program_does
from ui.spreadsheets.export_dialog import ExportScopeDialog

__all__ = ["russian"]  # the fixture, installed for this module


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("problem", ["", "empty", "differ"])
def test_the_password_fields_fit_in_russian(qtbot: QtBot, problem: str) -> None:
    dialog = ExportScopeDialog(
        None, template=False, listed=1234, filtered=True, open_case="2026-0001"
    )
    qtbot.addWidget(dialog)
    assert dialog.protect_box.text() == "&Защитить паролем"
    dialog.protect_box.setChecked(True)
    if problem == "differ":
        dialog.password_edit.setText("раз")
        dialog.repeat_edit.setText("два")
    if problem:
        dialog.accept()
        assert not dialog.password_problem.isHidden()
    show_as_the_program_does(qtbot, dialog)
    assert cut_texts(dialog) == []
    assert dialog.width() <= 1280 and dialog.height() <= 800
