"""A sealed file decrypted for the preview: in the background, into memory, one at a time.

A newer request supersedes the one under way (its work is cancelled and ends unheard), so
that running through the tiles with the arrow keys never queues decryptions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from caseworker.errors import CaseworkerError
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vault.plain_reads import read_plain
from caseworker.vault.store import EvidenceVault
from ui.operations.background import JobSet, Lane

#: Decrypting for the preview never waits behind files being added or thumbnails.
PREVIEWS = Lane("evidence-preview", 1)
#: How long a decryption may take before the pane says it is under way.
SAY_LOADING_MS = 300
POLL_MS = 20


class MemoryLoader(QObject):
    """``loaded(item, hidden, plaintext)`` or ``failed(sentence)`` for the newest request;
    ``slow(item)`` when it is still being decrypted after :data:`SAY_LOADING_MS`."""

    loaded = Signal(object, bool, bytes)
    failed = Signal(str)
    slow = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobSet(PREVIEWS, self, poll_ms=POLL_MS, superseding=True)
        self._jobs.succeeded.connect(self._on_done)
        self._jobs.failed.connect(self._on_failed)
        self._wanted: tuple[EvidenceItem, bool] | None = None

    def start(self, vault: EvidenceVault, item: EvidenceItem, hidden: bool, size: int) -> None:
        """Decrypt ``item`` (``size`` bytes of plaintext, checked) from the sealed ``vault``."""
        self._wanted = (item, hidden)
        sha256 = item.sha256
        self._jobs.start(
            lambda control: read_plain(
                vault, sha256, limit=max(size, 1), cancelled=control.cancelled
            )
        )
        QTimer.singleShot(SAY_LOADING_MS, self, lambda: self._say_slow(item))

    def cancel(self) -> None:
        """Forget the request under way (another item is shown)."""
        self._jobs.cancel()
        self._wanted = None

    def loading(self) -> bool:
        return self._jobs.pending() > 0

    def _say_slow(self, item: EvidenceItem) -> None:
        if self._wanted is not None and self._wanted[0] is item:
            self.slow.emit(item)

    def _on_done(self, data: bytes) -> None:
        if self._wanted is not None:
            item, hidden = self._wanted
            self._wanted = None
            self.loaded.emit(item, hidden, data)

    def _on_failed(self, error: BaseException) -> None:
        self._wanted = None
        if isinstance(error, CaseworkerError):
            self.failed.emit(error.message)
        else:
            self.failed.emit(
                QCoreApplication.translate(
                    "PreviewPane", "This file cannot be shown here ({reason})."
                ).format(reason=error)
            )
