"""What the start loads: the window comes up without the workbook code, openpyxl or Alembic.

Each of them costs a noticeable part of a second on a slow machine; they load when the
caseworker first exports or imports a workbook, or when an old database is upgraded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

START = """
import json, sys
import ui.app
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication(["caseworker", "-platform", "offscreen"])
database = ui.app.open_database(sys.argv[1])
from ui.main_window import MainWindow
from ui.changes import ChangeNotifier
from ui.context import AppContext
window = MainWindow(AppContext(database, "tester", ChangeNotifier(), QUndoStack()))
window.show()
app.processEvents()
names = list(sys.modules)
print(json.dumps({
    "loaded": names,
    "sqlalchemy_before_qt": names.index("sqlalchemy.orm") < names.index("PySide6"),
}))
database.dispose()
"""


def start(tmp_path: Path, database: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", START, str(database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_the_window_opens_a_new_database_without_workbook_code_or_alembic(
    tmp_path: Path,
) -> None:
    started = start(tmp_path, tmp_path / "new.sqlite")

    loaded = started["loaded"]
    assert isinstance(loaded, list)
    assert "openpyxl" not in loaded
    assert "alembic" not in loaded
    assert "caseworker.xlsx" not in loaded
    assert started["sqlalchemy_before_qt"] is True
