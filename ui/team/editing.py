"""An edit dialog open on a record a colleague has just changed says so at once (issue 15).

Saving it would be refused anyway (the record's version moved on: the dialog shows the
conflict, "Changed meanwhile", and keeps what was typed); telling it while the caseworker
is still typing saves the typing. The edit dialogs carry the record they edit as the Qt
property :data:`PROPERTY`, ``"<kind>:<id>:<version>"`` (see :func:`mark_editing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from caseworker.errors import StaleRecord

if TYPE_CHECKING:
    from caseworker.team.changes import TableChange
    from ui.dialogs.record_dialog import RecordDialog

translate = QCoreApplication.translate

PROPERTY = "editingRecord"
#: The record kinds of the edit dialogs (caseworker.services.edits.RecordKind) -> tables.
TABLES = {"case": "cases", "relative": "relatives", "person": "persons", "report": "reports"}


def mark_editing(dialog: RecordDialog, kind: str, record_id: int, version: int) -> None:
    """Say which record, at which version, ``dialog`` edits."""
    dialog.setProperty(PROPERTY, f"{kind}:{record_id}:{version}")


def editing_of(dialog: RecordDialog) -> tuple[str, int, int] | None:
    """The (table, id, version) ``dialog`` edits, or None when it edits no stored record."""
    marked = dialog.property(PROPERTY)
    if not isinstance(marked, str) or marked.count(":") != 2:
        return None
    kind, record_id, version = marked.split(":")
    if kind not in TABLES or not record_id.isdigit() or not version.isdigit():
        return None
    return TABLES[kind], int(record_id), int(version)


def changed_under(dialog: RecordDialog, change: TableChange) -> bool:
    """Whether ``change`` moved the record ``dialog`` edits past the version it loaded, or
    removed it."""
    editing = editing_of(dialog)
    if editing is None or change.rows is None:
        return False
    table, record_id, version = editing
    deleted = change.op == "delete"
    return change.table == table and any(
        row.id == record_id and (deleted or row.version is None or row.version > version)
        for row in change.rows
    )


def warn_open_dialogs(change: TableChange) -> list[RecordDialog]:
    """Tell every open edit dialog whose record ``change`` changed; the dialogs told."""
    from ui.dialogs.record_dialog import RecordDialog  # loaded with the first dialog

    told = []
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, RecordDialog)
            and widget.isVisible()
            and changed_under(widget, change)
        ):
            widget.show_problem(
                StaleRecord(
                    translate(
                        "TeamChanges",
                        "A colleague has just saved a change to this record. Saving yours "
                        "would be refused: cancel, open the record again to see theirs, then "
                        "make your change.",
                    )
                )
            )
            told.append(widget)
    return told
