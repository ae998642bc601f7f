"""The status bar's word on whether the open database is protected (encrypted) or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from caseworker.db import Database
from caseworker.db.engine import sqlite_path

translate = QCoreApplication.translate


def protection_label(database: Database, parent: QWidget) -> QLabel | None:
    """A label saying whether the database file is encrypted, with a tooltip saying what that
    means; None for a database server (its protection is the server's business)."""
    if sqlite_path(database.url) is None:
        return None
    label = QLabel(parent)
    label.setObjectName("databaseProtection")
    # A panel of its own: it reads as a state, not as the end of the database's name.
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(1)
    if database.encrypted:
        label.setText(translate("DatabaseProtection", "Protected with a passphrase"))
        label.setToolTip(
            translate(
                "DatabaseProtection",
                "The database file is encrypted: without the passphrase, a copy of the file "
                "or a lost computer reveals nothing of it.",
            )
        )
    else:
        label.setText(translate("DatabaseProtection", "Not protected"))
        label.setToolTip(
            translate(
                "DatabaseProtection",
                "The database file is not encrypted: anyone who copies it, or takes the "
                "computer, can read it.",
            )
        )
    return label
