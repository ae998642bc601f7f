"""File > Import…: read and plan the workbook in the background, show the preview, and apply
it, in one transaction, once the caseworker presses Apply.

The file is chosen, a protected workbook's password asked (again after a wrong one), and the
outcome told, through ``context.prompts``. The password is kept only while the workbook is
read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal

from caseworker.db import Database
from caseworker.errors import StaleRecord
from caseworker.xlsx import Choice, ImportOutcome, ImportPlan, apply_import, plan_import
from caseworker.xlsx.protect import PasswordNeeded, WrongPassword
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.file_folders import remember_folder, start_folder
from ui.operations import BackgroundJob, JobControl, announce, reading, writing
from ui.spreadsheets.import_dialog import ImportDialog
from ui.spreadsheets.runner import JobRunner, progress_dialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate

Choices = Mapping[tuple[str, str, str], Choice]


def run_plan(
    database: Database, path: Path, control: JobControl, password: str | None = None
) -> ImportPlan:
    """Runs in a worker thread, with its own session; writes nothing."""
    return reading(
        database, lambda session, _control: plan_import(session, path, password=password)
    )(control)


def run_apply(
    database: Database, actor: str, plan: ImportPlan, choices: Choices, control: JobControl
) -> ImportOutcome:
    """Runs in a worker thread: the whole import in one write transaction (all or nothing)."""
    return writing(database, lambda session, _control: apply_import(session, actor, plan, choices))(
        control
    )


class ImportRunner(JobRunner):
    """One import at a time: plan in the background, preview, apply in the background.

    ``started`` while a workbook is being read; ``finished`` with the outcome once applied,
    or None (refused, cancelled, failed).
    """

    #: The preview is open (the dialog), for tests and for the main window.
    previewed = Signal(object)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(context, window)
        self.dialog: ImportDialog | None = None
        self._path: Path | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None or self.dialog is not None

    def import_workbook(self) -> bool:
        """Ask for a workbook and start reading it; True once the reading is under way."""
        if self.busy:
            return False
        chosen = self._context.prompts.open_path(
            self._window,
            self.tr("Import a workbook"),
            str(start_folder()),
            translate("SpreadsheetImport", "Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not chosen:
            return False
        remember_folder(chosen)
        self.preview(Path(chosen))
        return True

    def preview(self, path: Path, password: str | None = None) -> None:
        """Read and plan ``path`` in the background; the preview opens when it is ready.

        ``password`` opens a protected workbook; without it (or with a wrong one) the
        password is asked once the reading finds the workbook protected.
        """
        database = self._context.database
        self._path = path
        self.progress_dialog = progress_dialog(
            self._window,
            self.tr("Importing"),
            self.tr("Reading “{name}”…").format(name=path.name),
            self.tr("Cancel"),
        )
        self.progress_dialog.setObjectName("importProgress")
        self.progress_dialog.canceled.connect(self._abandon)
        self._run(
            lambda control: run_plan(database, path, control, password),
            self._planned,
            self._refused,
        )
        self.started.emit()

    def _run(
        self,
        work: Callable[[JobControl], object],
        succeeded: Callable[[object], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.job = BackgroundJob(work, self)
        self.job.succeeded.connect(succeeded)
        self.job.failed.connect(failed)
        self.job.start()

    def _abandon(self) -> None:
        # Reading cannot be interrupted halfway; its result is simply not shown.
        if self.job is not None:
            self.job.abandon()
        self.end_job()
        self.finished.emit(None)

    def _refused(self, error: BaseException) -> None:
        self.end_job()
        path, self._path = self._path, None
        if isinstance(error, PasswordNeeded | WrongPassword) and path is not None:
            self._ask_password(path, error)
            return
        self.finished.emit(None)
        self._context.prompts.report_error(self._window, error)

    def _ask_password(self, path: Path, error: PasswordNeeded | WrongPassword) -> None:
        """Ask for the workbook's password and read it again; cancelled, nothing happens."""
        if isinstance(error, WrongPassword):
            text = self.tr("{problem} Type it again:").format(problem=error.message)
        else:
            text = self.tr(
                "“{name}” is protected with a password. Type its password to import it:"
            ).format(name=path.name)
        password = self._context.prompts.ask_password(
            self._window, self.tr("The workbook's password"), text
        )
        if not password:
            self.finished.emit(None)
            return
        self.preview(path, password)

    def _planned(self, plan: object) -> None:
        self.end_job()
        self._path = None
        assert isinstance(plan, ImportPlan)
        dialog = ImportDialog(plan, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.apply_requested.connect(self._apply)
        dialog.rejected.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        self.previewed.emit(dialog)

    def _closed(self) -> None:
        if self.dialog is not None and self.job is None:
            self.dialog = None
            self.finished.emit(None)

    def _apply(self, choices: Choices) -> None:
        dialog = self.dialog
        if dialog is None or self.job is not None:
            return
        dialog.set_applying(True)
        database, actor, plan = self._context.database, self._context.actor, dialog.plan
        self.progress_dialog = progress_dialog(
            dialog,
            self.tr("Importing"),
            self.tr("Importing “{name}”…").format(name=plan.file_name),
            None,
        )
        self._run(
            lambda control: run_apply(database, actor, plan, choices, control),
            self._applied,
            self._apply_failed,
        )

    def _applied(self, outcome: object) -> None:
        self.end_job()
        assert isinstance(outcome, ImportOutcome)
        dialog, self.dialog = self.dialog, None
        name = dialog.plan.file_name if dialog is not None else ""
        if dialog is not None:
            dialog.accept()
        announce(self._context, Change(ChangeKind.ALL, action=self.tr("The import")))
        text = self.tr(
            "“{name}” was imported: {created} new records, {updated} records updated."
        ).format(name=name, created=outcome.created, updated=outcome.updated)
        self._window.statusBar().showMessage(text, 15000)
        self.finished.emit(outcome)
        self._context.prompts.inform(self._window, self.tr("Import done"), text)

    def _apply_failed(self, error: BaseException) -> None:
        self.end_job()
        dialog = self.dialog
        if dialog is not None:
            dialog.set_applying(False)
            if isinstance(error, StaleRecord):
                dialog.mark_stale()
        self._context.prompts.report_error(dialog or self._window, error)
