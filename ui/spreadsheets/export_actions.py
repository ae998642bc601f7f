"""File > Export… and Export offline template…: choose the cases and the file, export in the
background with a progress dialog and a cancel button, then say where the workbook went.

The dialogs and the message are asked through ``context.prompts``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from caseworker.db import Database
from caseworker.errors import CaseworkerError
from caseworker.services import case_list, cases
from caseworker.services.case_list import CaseQuery
from caseworker.xlsx import ExportCancelled, ExportSummary, export_workbook
from caseworker.xlsx.workbook.schema import CASES, REPORTS
from ui.context import AppContext
from ui.file_folders import chosen_file, start_folder
from ui.operations import JobControl, ReadOp, reading
from ui.spreadsheets.export_dialog import ExportScope, ExportScopeDialog
from ui.spreadsheets.runner import JobRunner, ProgressShown

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate

#: Rows written between two progress reports (and cancel checks).
PROGRESS_EVERY = 500


@dataclass(frozen=True, slots=True)
class ExportRequest:
    path: Path
    template: bool
    scope: ExportScope
    query: CaseQuery
    case_id: int | None
    #: Protects the workbook when given; kept out of the request's repr (and so of logs).
    password: str | None = field(default=None, repr=False)


def run_export(database: Database, request: ExportRequest, control: JobControl) -> ExportSummary:
    """Runs in a worker thread, with its own session; touches no Qt object."""
    started = time.time_ns()

    def export(session: Any, _control: JobControl) -> ExportSummary:
        case_ids: list[int] | None = None
        if request.scope is ExportScope.LISTED:
            case_ids = case_list.matching_case_ids(session, request.query)
        elif request.scope is ExportScope.OPEN_CASE and request.case_id is not None:
            case_ids = [request.case_id]
        try:
            return export_workbook(
                session,
                request.path,
                case_ids=case_ids,
                template=request.template,
                progress=control.report,
                cancelled=control.cancelled,
                every=PROGRESS_EVERY,
                password=request.password,
            )
        except ExportCancelled:
            # A cancel that lands after the workbook was renamed into place still wins:
            # a cancelled export leaves no file.
            path = request.path
            if path.exists() and path.stat().st_mtime_ns >= started:
                path.unlink(missing_ok=True)
            raise
        except OSError as error:
            raise CaseworkerError(
                translate("SpreadsheetExport", "Could not write “{path}”: {reason}").format(
                    path=request.path, reason=error.strerror or error
                )
            ) from error

    return reading(database, export)(control)


def is_filtered(query: CaseQuery) -> bool:
    return bool(query.text.strip() or query.statuses or query.region)


class ExportRunner(JobRunner):
    """Runs one export at a time for the main window: ``started`` once it is under way,
    ``finished`` with the workbook's path, or None when cancelled or failed."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(context, window)
        self._request: ExportRequest | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def export(self, *, template: bool) -> bool:
        """Ask which cases and where, then start the export; True once it is under way."""
        if self.busy:
            return False
        request = self._ask(template)
        if request is None:
            return False
        self._start(request)
        return True

    def _open_case_reference(self) -> tuple[int, str] | None:
        case_id = self._window.shown_case_id
        if case_id is None:
            return None
        return (
            ReadOp(
                self._context,
                self._window,
                lambda session: (case_id, cases.case_reference(session, case_id)),
            )
            .quietly(CaseworkerError)
            .run()
        )

    def _ask(self, template: bool) -> ExportRequest | None:
        query = self._window.case_model.query
        open_case = self._open_case_reference()
        dialog = ExportScopeDialog(
            self._window,
            template=template,
            listed=self._window.case_model.known_total,
            filtered=is_filtered(query),
            open_case=open_case[1] if open_case else None,
        )
        try:
            if not self._context.prompts.run_dialog(dialog):
                return None
            scope = dialog.scope()
            password = dialog.password()
            title = dialog.windowTitle()
        finally:
            dialog.deleteLater()
        day = date.today().isoformat()
        if scope is ExportScope.OPEN_CASE and open_case is not None:
            day = f"{open_case[1]} {day}"
        if template:
            name = self.tr("Caseworker template {day}").format(day=day)
        else:
            name = self.tr("Caseworker {day}").format(day=day)
        suggested = str(start_folder() / f"{name}.xlsx")
        chosen = self._context.prompts.save_path(
            self._window,
            title,
            suggested,
            translate("SpreadsheetExport", "Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        case_id = open_case[0] if open_case else None
        return ExportRequest(
            chosen_file(chosen, ".xlsx"), template, scope, query, case_id, password
        )

    def _start(self, request: ExportRequest) -> None:
        self._request = request
        database = self._context.database
        self.run_with_progress(
            lambda control: run_export(database, request, control),
            ProgressShown(
                self._window,
                self.tr("Exporting"),
                self.tr("Writing “{name}”…").format(name=request.path.name),
                self.tr("Cancel"),
                "exportProgress",
            ),
            self._done,
            self._failed,
        )
        self.started.emit()

    def _finish(self) -> ExportRequest | None:
        self.end_job()
        request, self._request = self._request, None
        return request

    def _done(self, summary: ExportSummary) -> None:
        request = self._finish()
        template = request is not None and request.template
        protected = request is not None and request.password is not None
        rows = summary.rows
        if template:
            title = self.tr("Template exported")
            text = self.tr(
                "The offline template was written to:\n{path}\n\nIt holds {cases} cases. Enter "
                "new reports on its Reports sheet, then import it with File > Import…"
            ).format(path=summary.path, cases=QLocale().toString(rows.get(CASES.name, 0)))
        else:
            title = self.tr("Workbook exported")
            text = self.tr(
                "The workbook was written to:\n{path}\n\n"
                "It holds {cases} cases and {reports} reports."
            ).format(
                path=summary.path,
                cases=QLocale().toString(rows.get(CASES.name, 0)),
                reports=QLocale().toString(rows.get(REPORTS.name, 0)),
            )
        if protected:
            text += "\n\n" + self.tr("It is protected with the password you chose.")
        self._window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=summary.path), 15000
        )
        self.finished.emit(summary.path)
        self._context.prompts.inform(self._window, title, text)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.finished.emit(None)
        if isinstance(error, ExportCancelled):
            self._window.statusBar().showMessage(error.message, 15000)
            return
        self._context.prompts.report_error(self._window, error)
