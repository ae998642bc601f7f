"""File > Print… and File > Save as PDF…: the open case's summary on A4 paper or in a PDF.

The summary is read in one unit of work (a :class:`~ui.operations.ReadOp`), laid out by
:mod:`ui.printing.summary_document` and painted page by page by :mod:`ui.printing.pages`.
The print dialog and the file dialog are asked through ``context.prompts``. The summary's
reading and layout (with the timeline's picture) and Qt's printing and PDF classes load when
first used, not at start.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from caseworker.errors import CaseworkerError
from ui.context import AppContext
from ui.file_folders import chosen_file, start_folder
from ui.operations import ReadOp

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from caseworker.services.case_summary import CaseSummary
    from ui.main_window import MainWindow
    from ui.printing.pages import RunningText

translate = QCoreApplication.translate


def running_text(summary: CaseSummary) -> RunningText:
    """What each page carries: the case, its reference, the day the summary was made."""
    from caseworker.timeline.sentences import day_text
    from ui.printing.pages import RunningText

    return RunningText(
        title=translate("PrintActions", "Case summary · {family}").format(
            family=summary.family_name
        ),
        reference=translate("PrintActions", "Case {reference}").format(reference=summary.reference),
        footer=translate("PrintActions", "Caseworker · made on {day}").format(
            day=day_text(summary.made_on)
        ),
    )


def print_summary(summary: CaseSummary, device: QPagedPaintDevice) -> int:
    """Lay the summary out for ``device``'s pages and paint it; the number of pages."""
    from ui.printing.pages import PageGeometry, paint_pages
    from ui.printing.summary_document import SummaryDocument

    geometry = PageGeometry.of(device)
    document = SummaryDocument(summary, geometry.page_size.width(), QApplication.font()).build()
    return paint_pages(document, device, geometry, running_text(summary))


def write_pdf(summary: CaseSummary, path: Path) -> int:
    """Write the summary to ``path`` as an A4 PDF (replaced whole, never half written)."""
    from PySide6.QtCore import QFile, QFileDevice, QIODevice
    from PySide6.QtGui import QPdfWriter

    from ui.printing.pages import prepare_a4
    from ui.printing.summary_document import summary_title

    partial = path.with_name(path.name + ".part")
    output = QFile(str(partial))
    if not output.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(output.errorString())
    try:
        writer = QPdfWriter(output)
        writer.setTitle(summary_title(summary))
        writer.setCreator("Caseworker")
        prepare_a4(writer)
        try:
            pages = print_summary(summary, writer)
        finally:
            del writer
            output.close()
        if output.error() != QFileDevice.FileError.NoError:
            raise OSError(output.errorString())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return pages


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class PrintActions(QObject):
    """The two File menu actions; both act on the case open in the window."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window

        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setObjectName("printCase")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setToolTip(self.tr("Print a summary of the open case (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_case)

        self.pdf_action = QAction(self.tr("Save as P&DF…"), window)
        self.pdf_action.setObjectName("saveCasePdf")
        self.pdf_action.setToolTip(self.tr("Save a summary of the open case as a PDF file"))
        self.pdf_action.triggered.connect(self.save_pdf)

    def all_actions(self) -> list[QAction]:
        return [self.print_action, self.pdf_action]

    def set_case_open(self, case_open: bool) -> None:
        for action in self.all_actions():
            action.setEnabled(case_open)

    def _summary(self) -> CaseSummary | None:
        case_id = self._window.shown_case_id
        if case_id is None:
            return None
        from caseworker.services.case_summary import summarise_case

        return ReadOp(
            self._context, self._window, lambda session: summarise_case(session, case_id)
        ).run()

    def save_pdf(self) -> Path | None:
        """Ask for a file and write the open case's summary to it; the path once written."""
        summary = self._summary()
        if summary is None:
            return None
        name = self.tr("Case {reference} {day}").format(
            reference=summary.reference, day=summary.made_on.isoformat()
        )
        chosen = self._context.prompts.save_path(
            self._window,
            self.tr("Save the case summary as PDF"),
            str(start_folder() / f"{name}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = chosen_file(chosen, ".pdf")
        pages = self._paint(
            lambda: write_pdf(summary, path),
            lambda error: self.tr("The PDF could not be written to {path}: {reason}").format(
                path=path, reason=error.strerror or error
            ),
        )
        if pages is None:
            return None
        self._say(self.tr("Case summary saved: {path} (%n pages)", None, pages).format(path=path))
        return path

    def print_case(self) -> int:
        """Show the print dialog and print the open case's summary; the pages printed."""
        summary = self._summary()
        if summary is None:
            return 0
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.printing.pages import prepare_a4
        from ui.printing.summary_document import summary_title

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(summary_title(summary))
        prepare_a4(printer)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print the case summary"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        try:
            if not self._context.prompts.run_print_dialog(dialog):
                return 0
        finally:
            dialog.deleteLater()
        pages = self._paint(
            lambda: print_summary(summary, printer),
            lambda error: self.tr("The case summary could not be printed: {reason}").format(
                reason=error.strerror or error
            ),
        )
        if pages is None:
            return 0
        self._say(self.tr("Case summary sent to the printer (%n pages)", None, pages))
        return pages

    def _paint(self, work: Callable[[], int], failed: Callable[[OSError], str]) -> int | None:
        """Do ``work`` (painting the pages) under the busy cursor; the number of pages, or
        None once the sentence ``failed`` makes of the error is shown."""
        try:
            with _busy():
                return work()
        except OSError as error:
            self._context.prompts.report_error(self._window, CaseworkerError(failed(error)))
            return None

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)
