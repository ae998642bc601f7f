"""The one place that turns errors into dialogs a caseworker understands."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseworker.errors import CaseworkerError, StaleRecord

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error``: our own errors by their message, anything else as unexpected (logged)."""
    if isinstance(error, StaleRecord):
        title = QCoreApplication.translate("Messages", "Changed meanwhile")
        text = error.message
    elif isinstance(error, CaseworkerError):
        title = QCoreApplication.translate("Messages", "Cannot save")
        text = error.message
    else:
        log.error("Unexpected error", exc_info=error)
        title = QCoreApplication.translate("Messages", "Unexpected error")
        text = QCoreApplication.translate(
            "Messages",
            "Something went wrong that Caseworker did not expect. Nothing was saved by this "
            "action. The details are in the log file; please pass it to whoever supports you.",
        )
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()
