"""Unfinished copies in the vault: found, told apart from copies under way, and removed.

Every addition copies into a temporary ``.incoming-…`` file in the vault and renames it
when it is complete; an addition that is killed, or a computer that loses power, leaves
the temporary behind, possibly hundreds of megabytes that nothing refers to.

Another window, or another computer sharing the evidence folder, may be copying into a
temporary at the very moment the clean-up runs, so a temporary is removed only when both:

- no process holds its lock. The vault locks each temporary while it writes it
  (``EvidenceVault._copy_in``); the system drops the lock when the process ends, however
  it ends, so a lock held means a copy under way. That is exact on a local disk.
- it was last written at least :data:`RECENT` ago. A copy writes every few milliseconds,
  so its file never gets that old; this covers what locks cannot: a file system that does
  not pass locks between computers (some network shares), a system without them
  (Windows, where an open file cannot be deleted anyway), and the instant between a
  temporary's creation and its lock.

A copy stalled for longer than that on a share without locks would lose its temporary; it
then fails with a sentence, and nothing half-copied is ever stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseworker.vault.store import EvidenceVault
from caseworker.vault.verify import RECENT

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, and an open file cannot be deleted there
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class UnfinishedCopy:
    path: Path
    size: int
    modified: datetime  # when it was last written, in UTC
    in_use: bool  # a process holds its lock: a copy under way


@dataclass(frozen=True, slots=True)
class Cleaned:
    removed: tuple[UnfinishedCopy, ...]
    kept: tuple[UnfinishedCopy, ...]  # in use, or written less than RECENT ago

    @property
    def removed_bytes(self) -> int:
        return sum(copy.size for copy in self.removed)


def _locked(path: Path) -> bool:
    """Whether another open file holds the temporary's lock (False when it cannot be told)."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)  # also drops the shared lock just taken
    return False


def unfinished_copies(vault: EvidenceVault) -> list[UnfinishedCopy]:
    """Every temporary in the vault, in name order, with whether a copy is under way."""
    found = []
    for path in vault.leftover_temporaries():
        try:
            info = path.lstat()
        except OSError:
            continue  # renamed or removed meanwhile: that copy finished
        modified = datetime.fromtimestamp(info.st_mtime, UTC)
        found.append(UnfinishedCopy(path, info.st_size, modified, _locked(path)))
    return found


def remove_unfinished_copies(
    vault: EvidenceVault, *, min_age: timedelta = RECENT, now: datetime | None = None
) -> Cleaned:
    """Delete the temporaries no copy is writing and nobody has written for ``min_age``."""
    cutoff = (now or datetime.now(UTC)) - min_age
    removed: list[UnfinishedCopy] = []
    kept: list[UnfinishedCopy] = []
    for copy in unfinished_copies(vault):
        if copy.in_use or copy.modified > cutoff:
            kept.append(copy)
            continue
        try:
            copy.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            kept.append(copy)  # Windows: still open in another process
            continue
        removed.append(copy)
    return Cleaned(tuple(removed), tuple(kept))
