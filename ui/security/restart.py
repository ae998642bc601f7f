"""Start Caseworker again, in a new process with the same command line, and quit this one.

Used when the open database has been replaced under the window (protected with a passphrase):
the new process opens it afresh (asking the passphrase); this one must not touch it again.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process (``python -m …`` included)."""
    if getattr(sys, "frozen", False):  # a bundled program: the executable is Caseworker
        return sys.executable, list(sys.argv[1:])
    original = list(getattr(sys, "orig_argv", []))
    if original:
        return sys.executable, original[1:]
    return sys.executable, list(sys.argv)


def restart_program() -> bool:
    """Start a new Caseworker like this one and quit this one; False (and nothing quits)
    when the new process cannot be started."""
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    if started:
        QApplication.quit()
    return bool(started)
