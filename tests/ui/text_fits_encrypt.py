"""Protecting the database with a passphrase, for tests/ui/test_text_fits.py: the first
start's offer and each page of the dialog, shown to ``note``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui import settings
from ui.context import AppContext

#: Made up, in the shape of a recovery code.
CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"


def open_the_protection(
    qtbot: QtBot, note: Callable[[QWidget, str], None], window: QWidget, context: AppContext
) -> None:
    from caseworker.security import PassphraseTooShort
    from ui.first_start import offer_protection_at_first_start
    from ui.security.encrypt_dialog import EncryptDialog
    from ui.security.pages import show_problem

    if not context.database.encrypted:
        box = offer_protection_at_first_start(window, settings.preferences_store(), context)
        assert box is not None
        qtbot.waitExposed(box)
        note(box, "the offer at the first start")
        box.hide()
    dialog = EncryptDialog(context.database, window, restart=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note(dialog, "the new passphrase twice")
    show_problem(dialog.choose_page.problem, PassphraseTooShort(8, empty=False).message)
    note(dialog, "a problem with it")
    dialog._fit_page(dialog.progress_page)
    note(dialog, "the progress")
    dialog.code_page.code.setText(CODE)
    dialog._fit_page(dialog.code_page)
    note(dialog, "the recovery code")
    dialog.hide()
    dialog.deleteLater()
