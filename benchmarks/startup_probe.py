"""Child process of the start-up benchmarks: start the program as ``main.py`` does, say when usable.

``python -m benchmarks.startup_probe DB [--expect cases|empty] [--phases]`` runs ``ui.app.main``
(arguments, logging, translations, the database opened and migrated, the main window), with
one difference: its QApplication, once the event loop starts, watches the window's paint
events. It prints ``READY <rows>`` and quits as soon as the first page of the case list has
been painted (``cases``), or the welcome of an empty database (``empty``). The settings, the
log and the caseworker's name are whatever the environment gives; the benchmark points
``XDG_CONFIG_HOME`` and ``XDG_DATA_HOME`` at fresh folders.

With ``--phases`` it also prints ``PHASE <seconds> <processor seconds> <step>`` at each step of
the start: the time since ``$PROBE_LAUNCHED_AT`` (the parent's ``time.time()`` when it launched
this process) and the processor time this process has used so far.

On a protected database (a keys file beside it) the program asks the passphrase in its unlock
dialog. The probe then types ``$PROBE_PASSPHRASE`` into the dialog as soon as it is painted
and presses Open, as a caseworker would, noting the steps ``unlock dialog`` (painted),
``passphrase typed`` and ``unlocked`` (the dialog accepted: the key derivation lies between
the last two). Only this probe reads that variable; the program never takes a passphrase from
its environment.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import Any

LAUNCHED_AT = float(os.environ.get("PROBE_LAUNCHED_AT") or time.time())
# (step, seconds since launch, processor seconds of this process so far)
PHASES: list[tuple[str, float, float]] = [
    ("interpreter", time.time() - LAUNCHED_AT, time.process_time())
]


def phase(name: str) -> None:
    PHASES.append((name, time.time() - LAUNCHED_AT, time.process_time()))


# ui.app first, as main.py imports it (the collector paused, then frozen): it loads the
# domain before Qt on purpose.
from caseworker.collector import loading_modules  # noqa: E402

with loading_modules():
    import ui.app

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget  # noqa: E402

phase("imports")


class ProbeApplication(QApplication):
    """The program's QApplication, which reports the first useful paint and then quits."""

    expect = "cases"

    def __init__(self, arguments: list[str]) -> None:
        super().__init__(arguments)
        phase("application")
        passphrase = os.environ.get("PROBE_PASSPHRASE")
        if passphrase is not None:
            self.installEventFilter(PassphraseTyper(self, passphrase))

    def exec(self) -> int:  # type: ignore[override]
        phase("window")
        PaintWatcher(self, self.expect).watch()
        return super().exec()


class PassphraseTyper(QObject):
    """Types the passphrase into the unlock dialog once it is painted, and presses Open."""

    def __init__(self, app: QApplication, passphrase: str) -> None:
        super().__init__(app)
        self._passphrase = passphrase
        self._dialog: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._dialog is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.objectName() == "unlockDialog"
        ):
            self._dialog = watched
            phase("unlock dialog")
            QTimer.singleShot(0, self._type)
        return False

    def _type(self) -> None:
        assert self._dialog is not None
        field = self._dialog.findChild(QLineEdit, "passphrase")
        button = self._dialog.findChild(QPushButton, "openDatabase")
        assert field is not None and button is not None
        field.setText(self._passphrase)
        phase("passphrase typed")
        button.click()


class PaintWatcher(QObject):
    """Reports the first paint of the case list's rows (or of the welcome) and quits.

    It watches that one widget, not the whole application: a filter on the application
    has PySide find the Python type of every object an event goes to, which builds the
    types of all of Qt's widget classes (108 enumerations, about 12 ms here) that the
    program's own start never builds. Only when the window is not there yet (a dialog
    came first) does it watch everything, as before.
    """

    def __init__(self, app: QApplication, expect: str) -> None:
        super().__init__(app)
        self._app = app
        self._expect = expect
        self._done = False
        self._target: QObject | None = None

    def watch(self) -> None:
        window = self._window()
        if window is None:
            self._app.installEventFilter(self)
            return
        if self._expect == "empty":
            self._target = getattr(window, "empty_state", None)
        else:
            table = window.findChild(QWidget, "caseTable")
            # By name, as ui.widgets.viewport does: viewport() would look up its type.
            self._target = table and table.findChild(QWidget, "qt_scrollarea_viewport")
        if self._target is None:
            self._app.installEventFilter(self)
        else:
            self._target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._ready(watched):
            self._done = True
            # After this paint has been drawn and flushed to the screen.
            QTimer.singleShot(0, self._report)
        return False

    def _window(self) -> QWidget | None:
        return next(
            (w for w in self._app.topLevelWidgets() if w.objectName() == "mainWindow"), None
        )

    def _ready(self, watched: QObject) -> bool:
        window = self._window()
        if window is None:
            return False
        if self._expect == "empty":
            empty = getattr(window, "empty_state", None)
            return isinstance(empty, QWidget) and watched is empty and empty.isVisible()
        model = getattr(window, "case_model", None)
        if self._target is not None:
            return watched is self._target and model is not None and model.rowCount() > 0
        table = window.findChild(QWidget, "caseTable")
        return (
            model is not None
            and model.rowCount() > 0
            and table is not None
            and watched is getattr(table, "viewport", lambda: None)()
        )

    def _report(self) -> None:
        window = next(w for w in self._app.topLevelWidgets() if w.objectName() == "mainWindow")
        rows = window.case_model.rowCount()  # type: ignore[attr-defined]
        phase("painted")
        if "--phases" in sys.argv:
            for name, seconds, processor in PHASES:
                print("PHASE", f"{seconds:.3f}", f"{processor:.3f}", name)
        print("READY", rows, flush=True)
        self._app.quit()


def after(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, noting the phase ``name`` when it returns."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        phase(name)
        return result

    return wrapped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--expect", choices=("cases", "empty"), default="cases")
    parser.add_argument("--phases", action="store_true", help="print the time of each step")
    args = parser.parse_args()
    ProbeApplication.expect = args.expect
    ui.app.QApplication = ProbeApplication  # type: ignore[attr-defined,assignment]
    ui.app.install_translations = after("translations", ui.app.install_translations)  # type: ignore[attr-defined]
    ui.app.unlock_at_start = after("unlocked", ui.app.unlock_at_start)
    ui.app.open_database_or_explain = after("database", ui.app.open_database_or_explain)
    # Called right after the window's modules are imported, before the window is built.
    ui.app.AppContext = after("window modules", ui.app.AppContext)  # type: ignore[attr-defined,assignment]
    return ui.app.main(["--db", args.db])


if __name__ == "__main__":
    sys.exit(main())
