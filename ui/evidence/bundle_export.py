"""The evidence panel's "Export for a lawyer…": ask protected or not (and the password),
then where, export in the background with a progress dialog and a cancel button, and say
where the bundle went and whether it is protected.

The dialogs and the messages are asked through ``context.prompts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton

from caseworker.db import Database
from caseworker.services import cases
from caseworker.services.evidence import list_evidence
from caseworker.services.evidence_bundle import ARCHIVE_SUFFIX, export_case_archive
from caseworker.services.evidence_export import export_case_evidence
from caseworker.vault import CopyCancelled
from caseworker.vault.of_database import vault_of_session
from ui.context import AppContext
from ui.file_folders import chosen_file, remember_folder, start_folder
from ui.operations import JobControl, ReadOp, reading
from ui.operations.background import FILES
from ui.spreadsheets.runner import ProgressRunner, ProgressShown

if TYPE_CHECKING:
    from ui.evidence.evidence_panel import EvidencePanel

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class BundleRequest:
    case_id: int
    path: Path
    include_removed: bool
    #: Protects the bundle (an archive) when given; kept out of the repr (and so of logs).
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class BundleDone:
    path: Path
    files: int
    protected: bool


def run_bundle(database: Database, request: BundleRequest, control: JobControl) -> BundleDone:
    """Runs in a worker thread, with its own session; touches no Qt object."""

    def in_kilobytes(done: int, total: int) -> None:
        control.report(done // 1024, total // 1024)

    def export(session: Any, _control: JobControl) -> BundleDone:
        vault = vault_of_session(session)
        if request.password is None:
            folder = export_case_evidence(
                session,
                vault,
                request.case_id,
                request.path,
                include_removed=request.include_removed,
                progress=in_kilobytes,
                cancelled=control.cancelled,
            )
            return BundleDone(folder.folder, len(folder.files), protected=False)
        archive = export_case_archive(
            session,
            vault,
            request.case_id,
            request.path,
            request.password,
            include_removed=request.include_removed,
            progress=in_kilobytes,
            cancelled=control.cancelled,
        )
        return BundleDone(archive.path, len(archive.files), protected=True)

    return reading(database, export)(control)


class BundleExporter(ProgressRunner):
    """One export at a time for the panel: ``finished`` with what was written, or None."""

    finished = Signal(object)

    def __init__(self, context: AppContext, panel: EvidencePanel) -> None:
        super().__init__(panel)
        self._context = context
        self._panel = panel

    @property
    def busy(self) -> bool:
        return self.job is not None

    def export(self) -> bool:
        """Ask how and where, then start the export; True once it is under way."""
        case_id = self._panel.case_id()
        if self.busy or case_id is None:
            return False
        request = self._ask(case_id)
        if request is None:
            return False
        self._start(request)
        return True

    def _ask(self, case_id: int) -> BundleRequest | None:
        from ui.evidence.bundle_dialog import EvidenceBundleDialog

        def read(session: Any) -> tuple[str, int]:
            every = list_evidence(session, case_id, include_removed=True)
            return cases.case_reference(session, case_id), sum(1 for i in every if i.removed)

        found = ReadOp(self._context, self._panel, read).run()
        if found is None:
            return None
        reference, removed = found
        dialog = EvidenceBundleDialog(self._panel, reference=reference, removed=removed)
        try:
            if not self._context.prompts.run_dialog(dialog):
                return None
            password = dialog.password()
            include_removed = dialog.include_removed()
        finally:
            dialog.deleteLater()
        name = self.tr("Evidence {reference} {day}").format(
            reference=reference, day=date.today().isoformat()
        )
        if password is not None:
            chosen = self._context.prompts.save_path(
                self._panel,
                self.tr("Save the protected archive as"),
                str(start_folder() / f"{name}{ARCHIVE_SUFFIX}"),
                self.tr("Zip archives (*.zip)"),
            )
            if not chosen:
                return None
            path = chosen_file(chosen, ARCHIVE_SUFFIX)
        else:
            chosen = self._context.prompts.save_path(
                self._panel,
                self.tr("Name the new folder for the files (not protected)"),
                str(start_folder() / name),
            )
            if not chosen:
                return None
            remember_folder(chosen)
            path = Path(chosen)
        return BundleRequest(case_id, path, include_removed, password)

    def _start(self, request: BundleRequest) -> None:
        database = self._context.database
        self.run_with_progress(
            lambda control: run_bundle(database, request, control),
            ProgressShown(
                self._panel,
                self.tr("Exporting evidence"),
                self.tr("Writing “{name}”…").format(name=request.path.name),
                self.tr("Cancel"),
                "bundleProgress",
            ),
            self._done,
            self._failed,
            lane=FILES,
        )

    def _done(self, done: BundleDone) -> None:
        self.end_job()
        if done.protected:
            title = self.tr("Protected archive written")
            text = self.tr(
                "The evidence was written to the archive:\n{path}\n\nIt holds %n file(s) "
                "with their manifest, protected with the password you chose. Give the "
                "password apart from the archive.",
                None,
                done.files,
            )
        else:
            title = self.tr("Folder written (not protected)")
            text = self.tr(
                "The evidence was written to the folder:\n{path}\n\nIt holds %n file(s) "
                "with their manifest. The folder is not protected by a password: anyone "
                "who has it can read the files.",
                None,
                done.files,
            )
        self.finished.emit(done)
        self._context.prompts.inform(self._panel, title, text.format(path=done.path))

    def _failed(self, error: BaseException) -> None:
        self.end_job()
        self.finished.emit(None)
        if isinstance(error, CopyCancelled):
            return
        self._context.prompts.report_error(self._panel, error)


def bundle_button(panel: EvidencePanel) -> QPushButton:
    """The panel's "Export for a lawyer…" button, with the exporter it starts (a child of
    the panel named "bundleExporter")."""
    exporter = BundleExporter(panel._context, panel)  # the panel's own context
    exporter.setObjectName("bundleExporter")
    button = QPushButton(translate("EvidencePanel", "Export for a lawyer…"))
    button.setObjectName("exportEvidenceButton")
    button.setToolTip(
        translate(
            "EvidencePanel",
            "The case's files with a manifest, in an archive protected with a password or "
            "in a plain folder",
        )
    )
    button.clicked.connect(exporter.export)
    return button
