"""Child process of bench_case_desk: start the program's window and say when the list is usable."""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from caseworker.db import open_database
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.main_window import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    database = open_database(sys.argv[1])
    window = MainWindow(AppContext(database, "bench", ChangeNotifier(), QUndoStack()))
    window.resize(1280, 800)
    window.show()
    while window.case_model.rowCount() == 0:
        app.processEvents()
    app.processEvents()
    print("READY", window.case_model.rowCount(), flush=True)
    database.dispose()


if __name__ == "__main__":
    main()
