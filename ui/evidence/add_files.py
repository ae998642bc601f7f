"""Adding files to a case: copied and hashed in the background, then recorded one by one.

The long step (reading, hashing and copying into the vault) runs as a
:class:`~ui.operations.BackgroundJob`, outside any transaction, so that the window never
freezes, the progress shows and a large video can be cancelled. Each file the vault has
taken is then recorded in the case by its own :class:`~ui.operations.WriteOp` on the GUI
thread. A cancelled or failed file is never recorded.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from caseworker.errors import CaseworkerError
from caseworker.services import evidence
from caseworker.vault import CopyCancelled, EvidenceVault, StoredFile, messages
from caseworker.vocab import HowObtained
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, WriteOp, announce
from ui.operations.background import FILES, Work

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: How often the copy's progress and each file's outcome are looked at.
POLL_MS = 20


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


@dataclass(frozen=True, slots=True)
class _Started:
    number: int
    name: str


@dataclass(frozen=True, slots=True)
class _Stored:
    number: int
    stored: StoredFile


@dataclass(frozen=True, slots=True)
class _Failed:
    number: int
    error: BaseException


def _store_files(vault: EvidenceVault, files: Sequence[Incoming]) -> Work:
    """The background work of a batch: each file copied into the vault, in order, what
    became of it posted to the window; a cancel stops it after the current chunk, and the
    file being copied is not stored."""

    def work(control: JobControl) -> None:
        for number, incoming in enumerate(files):
            if control.cancelled():
                control.post(
                    _Failed(number, CopyCancelled(messages.cancelled(Path(incoming.name))))
                )
                return
            control.report(0, 1)
            control.post(_Started(number, incoming.name))
            try:
                stored = _store(vault, incoming, control)
            except CopyCancelled as error:
                control.post(_Failed(number, error))
                return
            except Exception as error:  # reported per file; the next file is still tried
                control.post(_Failed(number, error))
                continue
            control.post(_Stored(number, stored))

    return work


def _store(vault: EvidenceVault, incoming: Incoming, control: JobControl) -> StoredFile:
    def progress(done: int, total: int) -> None:
        control.report(min(done, 2**31 - 1) // 1024, max(1, total // 1024))

    if incoming.data is not None:
        return vault.store_stream(
            io.BytesIO(incoming.data),
            incoming.name,
            size_hint=len(incoming.data),
            progress=progress,
            cancelled=control.cancelled,
        )
    assert incoming.path is not None
    return vault.store_file(incoming.path, progress=progress, cancelled=control.cancelled)


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
        self.job: BackgroundJob | None = None
        self._current = ""
        self._vault: EvidenceVault | None = None  # the running batch's

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
        return self.job is None or self.job.wait(msecs / 1000)

    def _next(self, vault: EvidenceVault) -> None:
        if not self._queue:
            self._batch = None
            self.job = None
            self.busy_changed.emit(False)
            return
        self._batch = self._queue.pop(0)
        self._vault = vault
        job = BackgroundJob(
            _store_files(vault, self._batch.files), self, lane=FILES, poll_ms=POLL_MS
        )
        job.posted.connect(self._on_posted)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(lambda _none: self._on_finished(job, vault))
        job.failed.connect(lambda error: self._on_finished(job, vault, error))
        self.job = job
        self.busy_changed.emit(True)
        job.start()

    def _on_posted(self, event: _Started | _Stored | _Failed) -> None:
        if isinstance(event, _Started):
            self._on_started(event.number, event.name)
        elif isinstance(event, _Stored):
            self._on_stored(event.number, event.stored)
        else:
            self._on_failed(event.number, event.error)

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
            added = WriteOp(
                self._context,
                None,
                lambda session: evidence.record_evidence(
                    session,
                    self._context.actor,
                    batch.case_id,
                    stored,
                    incoming.name,
                    report_ids=batch.report_ids,
                    # Still there? A colleague's purge may have deleted it since the copy.
                    vault=self._vault,
                    how_obtained=incoming.how_obtained,
                ),
            ).run_or_raise()
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

    def _on_finished(
        self, job: BackgroundJob, vault: EvidenceVault, error: BaseException | None = None
    ) -> None:
        if error is not None:  # the work reports each file's error; this would be a bug
            log.error("Adding files stopped unexpectedly", exc_info=error)
        batch = self._batch
        job.deleteLater()
        if batch is not None:
            if any(outcome.evidence_id is not None for outcome in batch.outcomes):
                announce(self._context, Change(ChangeKind.EVIDENCE, batch.case_id))
            self.batch_done.emit(batch.outcomes)
        self._next(vault)
