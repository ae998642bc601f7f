"""Child process of the start-up benchmarks: the floor under any start of the program.

``python -m benchmarks.startup_floor`` loads what every start must (SQLAlchemy's ORM with its
SQLite dialect, then PySide6's widgets), makes the application and a main window holding a
table of 60 rows and 9 columns of plain text, and prints ``PHASE <seconds> <processor seconds>
painted`` and ``READY 60`` once the table has been painted, as
:mod:`benchmarks.startup_probe` does for the program (the time counted from
``$PROBE_LAUNCHED_AT``). None of the program's own code runs: the program's start divided by
this one's, in the same run, says how much the program adds to its libraries, whatever the
machine or its load that hour.
"""

from __future__ import annotations

import gc
import os
import sys
import time

LAUNCHED_AT = float(os.environ.get("PROBE_LAUNCHED_AT") or time.time())
gc.disable()  # as the program loads its modules (caseworker.collector)

# isort: split
import sqlalchemy.dialects.sqlite  # noqa: E402
import sqlalchemy.orm  # noqa: E402, F401
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget  # noqa: E402

ROWS, COLUMNS = 60, 9


class PaintWatcher(QObject):
    """Reports the first paint of ``viewport`` and quits (watching it alone: a filter on
    the whole application would have PySide build the types of all widget classes, see
    :mod:`benchmarks.startup_probe`)."""

    def __init__(self, app: QApplication, viewport: QObject) -> None:
        super().__init__(app)
        self._app = app
        self._viewport = viewport
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._viewport and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._report)  # after this paint has been drawn
        return False

    def _report(self) -> None:
        used = time.process_time()
        print("PHASE", f"{time.time() - LAUNCHED_AT:.3f}", f"{used:.3f}", "painted")
        print("READY", ROWS, flush=True)
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    gc.enable()
    window = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(ROWS, COLUMNS, table)
    for row in range(ROWS):
        for column in range(COLUMNS):
            model.setItem(row, column, QStandardItem(f"{row + 1:05d} · {column}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    # By name: viewport() would have PySide look up its type (ui.widgets.viewport).
    viewport = table.findChild(QWidget, "qt_scrollarea_viewport")
    assert viewport is not None
    viewport.installEventFilter(PaintWatcher(app, viewport))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
