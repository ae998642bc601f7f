"""The one place that turns errors into dialogs a caseworker understands."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseworker.errors import CaseworkerError, DatabaseForbidden, DatabaseUnavailable, StaleRecord

log = logging.getLogger(__name__)

#: The lost-server boxes on screen. While one is open its event loop goes on running timers
#: and background work; a second lost-server box over it would say the same again, and
#: each one would stack another (a box per failing refresh, until the window dies).
_UNAVAILABLE_SHOWN: list[QMessageBox] = []


def unavailable_shown() -> bool:
    """Whether a box saying that the database server cannot be reached is open now."""
    return bool(_UNAVAILABLE_SHOWN)


def _run_unavailable(box: QMessageBox) -> None:
    _UNAVAILABLE_SHOWN.append(box)
    try:
        box.exec()
    finally:
        _UNAVAILABLE_SHOWN.remove(box)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error``: our own errors by their message, anything else as unexpected (logged).
    A lost server the person was already asked about (and chose not to retry) is not shown
    again, nor while a box says it already (the error is then marked answered)."""
    if isinstance(error, DatabaseUnavailable) and unavailable_shown():
        error.answered = True
    if isinstance(error, DatabaseUnavailable) and error.answered:
        return
    if isinstance(error, StaleRecord):
        title = QCoreApplication.translate("Messages", "Changed meanwhile")
        text = error.message
    elif isinstance(error, DatabaseUnavailable):
        log.warning("Database server unavailable: %s", error.message)
        title = unavailable_title()
        text = error.message
    elif isinstance(error, DatabaseForbidden):
        title = QCoreApplication.translate("Messages", "Not allowed")
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
    if isinstance(error, DatabaseUnavailable):
        _run_unavailable(box)
    else:
        box.exec()


def unavailable_title() -> str:
    return QCoreApplication.translate("Messages", "No connection to the database server")


def ask_retry(parent: QWidget | None, error: DatabaseUnavailable) -> bool:
    """Say that the database server cannot be reached, offering to try again; True for
    "Retry" (the person says when the server is back), False for "Cancel". While a box says
    so already (this is asked from its event loop: a timer, background work), no second box
    is stacked over it: False at once, as for "Cancel"."""
    if unavailable_shown():
        return False
    log.warning("Database server unavailable: %s", error.message)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        unavailable_title(),
        error.message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("serverUnavailable")
    retry = box.addButton(
        QCoreApplication.translate("Messages", "Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    _run_unavailable(box)
    return box.clickedButton() is retry
