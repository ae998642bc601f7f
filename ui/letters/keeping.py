"""Keeping a file with an inquiry: copied and hashed into the vault in the background, then
recorded and linked by one :class:`~ui.operations.WriteOp` in the window's thread.

Used for the copy of a letter sent (after its PDF, if asked for, is made in the same
background job) and for a scanned answer. The outcome comes back as one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from caseworker.errors import CaseworkerError
from caseworker.letters.pdf import PdfNotMade, letter_pdf
from caseworker.services.inquiry_files import KeptFile, keep_file
from caseworker.vault import EvidenceVault, StoredFile
from caseworker.vault.of_database import vault_of_session
from caseworker.vocab import InquiryFileRole
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, ReadOp, WriteOp
from ui.operations.background import FILES

if TYPE_CHECKING:
    from ui.operations import Session

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ToKeep:
    """What to do in the background: make the PDF of ``files[0]`` first if ``make_pdf``,
    then copy every file (and the PDF) into the vault when ``keep``."""

    inquiry_id: int
    case_id: int
    role: InquiryFileRole
    files: tuple[Path, ...]
    make_pdf: bool = False
    keep: bool = True


@dataclass(frozen=True, slots=True)
class _Done:
    pdf: Path | None
    no_pdf: str
    stored: tuple[tuple[StoredFile, str], ...]


def _work(vault: EvidenceVault | None, order: ToKeep) -> Callable[[JobControl], _Done]:
    def work(control: JobControl) -> _Done:
        pdf, no_pdf = None, ""
        if order.make_pdf:
            try:
                pdf = letter_pdf(order.files[0])
            except PdfNotMade as error:
                no_pdf = error.message
        stored = []
        if order.keep and vault is not None:
            for path in (*order.files, *([pdf] if pdf else [])):
                stored.append((vault.store_file(path, cancelled=control.cancelled), path.name))
        return _Done(pdf, no_pdf, tuple(stored))

    return work


class Keeper(QObject):
    """Runs one :class:`ToKeep` at a time; ``finished(text, problem)`` tells the outcome in a
    sentence or two, ``problem`` True when something was not done."""

    finished = Signal(str, bool)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.job: BackgroundJob | None = None
        #: What the last run kept (tests, and the sentence).
        self.kept: list[KeptFile] = []
        self.pdf: Path | None = None

    def is_busy(self) -> bool:
        return self.job is not None

    def wait(self, seconds: float = 180.0) -> bool:
        """Block until the job under way has ended and told its outcome (tests)."""
        return self.job is None or self.job.wait(seconds)

    def start(self, order: ToKeep) -> bool:
        """Start ``order`` in the background; False (and ``finished`` told) when the vault
        cannot be reached."""
        vault = None
        if order.keep:
            try:
                vault = ReadOp(self._context, None, vault_of_session).run_or_raise()
            except CaseworkerError as error:
                self.finished.emit(error.message, True)
                return False
        self.kept, self.pdf = [], None
        job = BackgroundJob(_work(vault, order), self, lane=FILES)
        job.succeeded.connect(lambda done: self._stored(order, done))
        job.failed.connect(lambda error: self._failed(order, error))
        self.job = job
        job.start()
        return True

    def _ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None

    def _failed(self, order: ToKeep, error: BaseException) -> None:
        self._ended()
        if isinstance(error, CaseworkerError):
            text = error.message
        else:
            log.error("Keeping a file with an inquiry failed", exc_info=error)
            text = translate("LetterKeeping", "An unexpected error stopped it; the details "
                             "are in the log file.")  # fmt: skip
        self.finished.emit(" ".join([text, *self._not_kept(order)]), True)

    def _not_kept(self, order: ToKeep) -> Sequence[str]:
        if order.role is not InquiryFileRole.LETTER_SENT:
            return [translate("LetterKeeping", "Nothing was kept with the inquiry.")]
        return [
            translate("LetterKeeping", "The letter itself is saved: {path}; it was not kept "
                      "with the inquiry.").format(path=order.files[0])
        ]  # fmt: skip

    def _stored(self, order: ToKeep, done: _Done) -> None:
        self._ended()
        self.pdf = done.pdf
        actor = self._context.actor

        def record(session: Session) -> list[KeptFile]:
            # Looked at again under the write lock: a colleague's purge may have deleted it.
            vault = vault_of_session(session) if done.stored else None
            return [
                keep_file(session, actor, order.inquiry_id, stored, name, order.role, vault)
                for stored, name in done.stored
            ]

        change = Change(ChangeKind.EVIDENCE, order.case_id) if done.stored else None
        try:
            self.kept = WriteOp(self._context, None, record, change).run_or_raise()
        except CaseworkerError as error:
            self.finished.emit(" ".join([error.message, *self._not_kept(order)]), True)
            return
        self.finished.emit(self._sentence(order, done), bool(done.no_pdf))

    def _sentence(self, order: ToKeep, done: _Done) -> str:
        said = []
        if order.role is InquiryFileRole.LETTER_SENT:
            saved = translate("LetterKeeping", "The letter is saved: {path}.")
            said.append(done.no_pdf or saved.format(path=order.files[0]))
            if done.pdf is not None:
                beside = translate("LetterKeeping", "Its PDF is beside it: {path}.")
                said.append(beside.format(path=done.pdf))
        if not self.kept:
            return " ".join(said)
        if not any(kept.new_link for kept in self.kept):
            kept_words = translate(
                "LetterKeeping",
                "The inquiry had this file already (SHA-256 {short}); nothing was kept twice.",
            )
        elif order.role is InquiryFileRole.LETTER_SENT:
            kept_words = translate(
                "LetterKeeping",
                "The copy sent is kept in the evidence with the inquiry (SHA-256 {short}).",
            )
        elif any(kept.report_id is not None for kept in self.kept):
            kept_words = translate(
                "LetterKeeping",
                "The scanned answer is kept in the evidence with the inquiry and the report "
                "the answer became (SHA-256 {short}).",
            )
        else:
            kept_words = translate(
                "LetterKeeping",
                "The scanned answer is kept in the evidence with the inquiry (SHA-256 {short}).",
            )
        short = ", ".join(f"{kept.file.sha256[:12]}…" for kept in self.kept)
        said.append(kept_words.format(short=short))
        return " ".join(said)
