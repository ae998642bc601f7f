"""Cycles are collected in the window's thread only (ui/cycle_collector.py), and the unlock
dialog at start is deleted in the window's thread as soon as it has answered (ui/app.py).

The crash these guard against: a dialog without a parent, kept alive only by a reference
cycle, was freed by Python's collector in whichever thread allocated past its threshold — a
worker's — running the widget's destructor there: a segmentation fault at a random moment.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.python_snippet import run_python
from tests.ui.unlock_case import PASSPHRASE, cheap_keys, make_protected
from ui.app import unlock_at_start
from ui.cycle_collector import CycleCollector

__all__ = ["cheap_keys"]  # the autouse fixture, imported to apply here


class _Holder(QObject):
    """A child that keeps a bound method of its parent: the shape of the unlock dialog's
    background job, which keeps the dialog's throttle callback."""

    def __init__(self, parent: QObject, keep: Callable[[], None]) -> None:
        super().__init__(parent)
        self.keep = keep


class _CycleDialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.holder = _Holder(self, self.nothing)
        QVBoxLayout(self).addWidget(QLabel("…", self))

    def nothing(self) -> None:
        pass


def _note_destruction(widget: QWidget, threads: list[str]) -> None:
    def destroyed() -> None:
        threads.append(threading.current_thread().name)

    # Direct: the slot runs in the thread that runs the destructor.
    widget.destroyed.connect(destroyed, Qt.ConnectionType.DirectConnection)


def _allocate_cycles(count: int) -> None:
    """What a worker thread does all day: allocate objects, some of them in cycles."""
    for _ in range(count):
        pair: list[object] = []
        pair.append(pair)


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[CycleCollector]:
    collector = CycleCollector(qapp, check_ms=20)
    try:
        yield collector
    finally:
        collector.stop()
        collector.deleteLater()


@pytest.mark.usefixtures("collector")
def test_a_cycle_holding_a_widget_is_freed_in_the_window_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()
    threads: list[str] = []
    dialog = _CycleDialog()
    _note_destruction(dialog, threads)
    del dialog  # only the cycle holds it now
    assert threads == []

    worker = threading.Thread(
        target=_allocate_cycles, args=(50 * gc.get_threshold()[0],), name="worker"
    )
    worker.start()
    worker.join()
    assert threads == []  # the worker went far past the threshold, and collected nothing

    qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    assert threads == [threading.main_thread().name]


def test_the_collector_collects_past_the_threshold_and_gives_collection_back(
    qapp: QApplication,
) -> None:
    was_enabled = gc.isenabled()
    collector = CycleCollector(qapp, check_ms=60_000)
    try:
        gc.collect()
        gc.enable()  # as caseworker.timeline does after holding collection off a while
        assert collector.check() == 0  # nothing allocated since
        assert not gc.isenabled()
        _allocate_cycles(2 * gc.get_threshold()[0])
        assert collector.check() >= 2 * gc.get_threshold()[0]
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled() == was_enabled


def test_the_unlock_dialog_at_start_is_deleted_before_the_window_opens(tmp_path: Path) -> None:
    protected = make_protected(tmp_path / "data")
    threads: list[str] = []

    def answer() -> None:
        dialog = next(
            (
                widget
                for widget in QApplication.topLevelWidgets()
                if widget.objectName() == "unlockDialog" and widget.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        _note_destruction(dialog, threads)
        dialog.passphrase_page.field.setText(PASSPHRASE)  # type: ignore[attr-defined]
        dialog.open_button.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, answer)
    keys = unlock_at_start(protected.path)
    assert keys is not None and keys.database == protected.key
    assert threads == [threading.main_thread().name]  # gone already, and in this thread


#: Runs ui.app.main on the database argv[1]; once the window is shown, prints whether
#: Python collects cycles by itself, how many cycle collectors the application has, and
#: whether the window's modules were frozen out of the collector's way (the window's class
#: is then in none of its generations).
START = """
import gc, json, sys
import ui.app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.cycle_collector import CycleCollector

def look():
    if not any(w.objectName() == "mainWindow" for w in QApplication.topLevelWidgets()):
        QTimer.singleShot(50, look)
        return
    collectors = QApplication.instance().findChildren(CycleCollector)
    from ui.main_window import MainWindow
    frozen = not any(tracked is MainWindow for tracked in gc.get_objects())
    print(json.dumps([gc.isenabled(), len(collectors), frozen]))
    QApplication.quit()

class Application(QApplication):
    def __init__(self, arguments):
        super().__init__(arguments)
        QTimer.singleShot(0, look)

ui.app.QApplication = Application
sys.exit(ui.app.main(["--db", sys.argv[1]]))
"""


def test_the_program_collects_cycles_in_the_window_thread_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "CASEWORKER_USER": "tester",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    result = run_python(START, str(tmp_path / "cases.sqlite"), environment=environment, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [False, 1, True]
