"""Adding files to a case: copied and hashed in a worker thread, then recorded one by one.

The long step (reading, hashing and copying into the vault) runs in :class:`AddFilesJob`,
outside any transaction, so that the window never freezes and a large video can be
cancelled. Each file the vault has taken is then recorded in the case in its own short
write transaction on the GUI thread. A cancelled or failed file is never recorded.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from caseworker.errors import CaseworkerError
from caseworker.services import evidence
from caseworker.vault import CopyCancelled, EvidenceVault, StoredFile, messages
from caseworker.vocab import HowObtained
from ui.changes import Change, ChangeKind
from ui.context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Incoming:
    """One file to add: from the disk (``path``) or pasted (``data``)."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    how_obtained: HowObtained | None = None

    @classmethod
    def from_path(cls, path: Path) -> Incoming:
        return cls(path.name or str(path), path=path)


@dataclass(slots=True)
class Outcome:
    """What became of one file: a sentence for the caseworker, and whether it is a problem."""

    text: str
    problem: bool = False
    evidence_id: int | None = None


@dataclass(slots=True)
class _Batch:
    case_id: int
    files: list[Incoming]
    report_ids: tuple[int, ...]
    outcomes: list[Outcome] = field(default_factory=list)


class AddFilesJob(QThread):
    """Copies files into the vault one after another; signals are queued to the GUI."""

    file_started = Signal(int, str)  # index, name
    progressed = Signal(int, int)  # bytes done, bytes expected (of the current file)
    stored = Signal(int, object)  # index, StoredFile
    failed = Signal(int, object)  # index, the exception

    def __init__(
        self, vault: EvidenceVault, files: Sequence[Incoming], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._files = list(files)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the current chunk; the file being copied is not stored (thread-safe)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        for number, incoming in enumerate(self._files):
            if self._cancel.is_set():
                self.failed.emit(number, CopyCancelled(messages.cancelled(Path(incoming.name))))
                return
            self.file_started.emit(number, incoming.name)
            try:
                stored = self._store(incoming)
            except CopyCancelled as error:
                self.failed.emit(number, error)
                return
            except Exception as error:  # reported per file; the next file is still tried
                self.failed.emit(number, error)
                continue
            self.stored.emit(number, stored)

    def _store(self, incoming: Incoming) -> StoredFile:
        def progress(done: int, total: int) -> None:
            self.progressed.emit(min(done, 2**31 - 1) // 1024, max(1, total // 1024))

        if incoming.data is not None:
            return self._vault.store_stream(
                io.BytesIO(incoming.data),
                incoming.name,
                size_hint=len(incoming.data),
                progress=progress,
                cancelled=self._cancel.is_set,
            )
        assert incoming.path is not None
        return self._vault.store_file(
            incoming.path, progress=progress, cancelled=self._cancel.is_set
        )


class FileAdder(QObject):
    """Runs batches of files through a job, one batch at a time, and records what is stored."""

    busy_changed = Signal(bool)
    status = Signal(str, int, int)  # text, kilobytes done, kilobytes expected
    recorded = Signal(int)  # an evidence id, after its transaction committed
    batch_done = Signal(object)  # list[Outcome]

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._queue: list[_Batch] = []
        self._batch: _Batch | None = None
        self.job: AddFilesJob | None = None
        self._current = ""

    def is_busy(self) -> bool:
        return self._batch is not None

    def add(
        self,
        vault: EvidenceVault,
        case_id: int,
        files: Sequence[Incoming],
        report_ids: Sequence[int] = (),
    ) -> None:
        if files:
            self._queue.append(_Batch(case_id, list(files), tuple(report_ids)))
            if self._batch is None:
                self._next(vault)

    def cancel(self) -> None:
        """Cancel the file being copied and every file still waiting."""
        self._queue.clear()
        if self.job is not None:
            self.job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.job is None or self.job.wait(msecs)

    def _next(self, vault: EvidenceVault) -> None:
        if not self._queue:
            self._batch = None
            self.job = None
            self.busy_changed.emit(False)
            return
        self._batch = self._queue.pop(0)
        job = AddFilesJob(vault, self._batch.files, self)
        job.file_started.connect(self._on_started)
        job.progressed.connect(self._on_progress)
        job.stored.connect(self._on_stored)
        job.failed.connect(self._on_failed)
        job.finished.connect(lambda: self._on_finished(job, vault))
        self.job = job
        self.busy_changed.emit(True)
        job.start()

    def _on_started(self, number: int, name: str) -> None:
        assert self._batch is not None
        total = len(self._batch.files)
        self._current = (
            translate("FileAdder", "Adding “{name}”…").format(name=name)
            if total == 1
            else translate("FileAdder", "Adding file {number} of {total}: “{name}”…").format(
                number=number + 1, total=total, name=name
            )
        )
        self.status.emit(self._current, 0, 1)

    def _on_progress(self, done: int, total: int) -> None:
        self.status.emit(self._current, done, total)

    def _on_failed(self, number: int, error: BaseException) -> None:
        assert self._batch is not None
        if isinstance(error, CaseworkerError):
            text = error.message
            if isinstance(error, CopyCancelled) and number + 1 < len(self._batch.files):
                text += " " + translate("FileAdder", "The files after it were not added either.")
        else:
            log.error("Unexpected error while adding a file", exc_info=error)
            text = translate(
                "FileAdder",
                "“{name}” could not be added because of an unexpected error; nothing was "
                "stored. The details are in the log file.",
            ).format(name=self._batch.files[number].name)
        self._batch.outcomes.append(Outcome(text, problem=True))

    def _on_stored(self, number: int, stored: StoredFile) -> None:
        batch = self._batch
        assert batch is not None
        incoming = batch.files[number]
        try:
            with self._context.database.write() as session:
                added = evidence.record_evidence(
                    session,
                    self._context.actor,
                    batch.case_id,
                    stored,
                    incoming.name,
                    report_ids=batch.report_ids,
                    how_obtained=incoming.how_obtained,
                )
        except CaseworkerError as error:
            batch.outcomes.append(Outcome(error.message, problem=True))
            return
        item = added.item
        if added.restored:
            text = translate(
                "FileAdder", "“{name}” had been removed from this case; it is shown again."
            ).format(name=item.name)
        elif added.already_in_case:
            text = translate(
                "FileAdder",
                "“{name}” is already in this case as “{existing}” (the same content, "
                "SHA-256 {short}…); it was not added twice.",
            ).format(name=incoming.name, existing=item.name, short=item.sha256[:12])
        else:
            text = translate("FileAdder", "Added “{name}”.").format(name=item.name)
        batch.outcomes.append(Outcome(text, evidence_id=item.id))
        self.recorded.emit(item.id)

    def _on_finished(self, job: AddFilesJob, vault: EvidenceVault) -> None:
        batch = self._batch
        job.deleteLater()
        if batch is not None:
            if any(outcome.evidence_id is not None for outcome in batch.outcomes):
                self._context.notifier.notify(Change(ChangeKind.EVIDENCE, batch.case_id))
            self.batch_done.emit(batch.outcomes)
        self._next(vault)
