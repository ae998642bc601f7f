"""Printing a document on A4 through the print dialog of ``context.prompts``: the dialog
asked, the pages painted, a failure said in one sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from caseworker.errors import CaseworkerError
from ui.context import AppContext
from ui.printing.pages import prepare_a4


def print_on_a4(
    context: AppContext,
    parent: QWidget,
    title: str,
    name: str,
    paint: Callable[[QPrinter], int],
    failed: Callable[[OSError], str],
) -> int:
    """Ask for a printer (the dialog titled ``title``, the job named ``name``) and
    ``paint`` the pages on it; the pages printed, 0 when cancelled or when it failed (the
    sentence ``failed`` makes of the error is shown)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    prepare_a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    try:
        if not context.prompts.run_print_dialog(dialog):
            return 0
    finally:
        dialog.deleteLater()
    try:
        return paint(printer)
    except OSError as error:
        context.prompts.report_error(parent, CaseworkerError(failed(error)))
        return 0
