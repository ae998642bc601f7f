"""The About box: what the program is for, its version, and the licence notices of the
libraries that ask for them (SQLCipher, OpenSSL; ``resources/licenses/``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LICENSES = Path(__file__).resolve().parents[1] / "resources" / "licenses"

translate = QCoreApplication.translate


def licence_notices(folder: Path = LICENSES) -> str:
    """Every notice in ``folder`` (its ``.txt`` files in name order), one after the other;
    "" when the folder cannot be read. Raises nothing."""
    try:
        files = sorted(folder.glob("*.txt"))
        return "\n\n".join(path.read_text(encoding="utf-8").strip() for path in files)
    except OSError:
        return ""


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box (not modal to the application) and return it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("MainWindow", "About Caseworker"),
        translate(
            "MainWindow",
            "<p><b>Caseworker</b> {version}</p>"
            "<p>A desk for volunteer caseworkers helping families find relatives in "
            "military service whose fate is unclear: gather every report, weigh it, see "
            "where reports contradict each other, and tell the family only what is well "
            "founded.</p>",
        ).format(version=QApplication.applicationVersion())
        + translate(
            "About",
            "<p>The database can be encrypted with SQLCipher, which uses OpenSSL; their "
            "licence notices are under “Show Details”.</p>",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("aboutBox")
    box.setDetailedText(licence_notices())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
