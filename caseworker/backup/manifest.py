"""What a backup holds, written as ``manifest.json`` in its folder, and the backups of a root.

A backup root holds one folder per backup, named by its UTC time (``2026-12-02T14-11-44Z``),
and ``evidence/``, the vault files of all its backups, each copied there once (see
:mod:`caseworker.backup.vault_copy`). A backup is made in a folder whose name starts with
``.partial-`` and renamed to its time only once verified: a folder named by a time is complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from caseworker.backup.errors import BackupDamaged
from caseworker.i18n import translate

MANIFEST = "manifest.json"
SHARED_VAULT = "evidence"
PARTIAL_PREFIX = ".partial-"
FORMAT = 1
#: The kinds of backup (``Manifest.kind``).
AUTOMATIC, BY_HAND, COMMAND = "automatic", "by hand", "command"
SAME_MINUTE = timedelta(minutes=1)
_NAME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d)-(\d\d)-(\d\d)Z(?:-(\d+))?$")


@dataclass(frozen=True)
class Manifest:
    """One backup: when, the database file's name, its hash and rows, the keys file, the
    vault files (path relative to the vault, size)."""

    taken_at: datetime
    database: str
    database_sha256: str
    database_size: int
    counts: dict[str, int]
    keys_file: str | None = None
    keys_sha256: str | None = None
    vault: list[tuple[str, int]] = field(default_factory=list)
    source: str = ""
    #: An encrypted copy (SQLCipher): its bytes differ at every copy of the same data.
    encrypted: bool = False
    #: Who asked for it: :data:`AUTOMATIC`, :data:`BY_HAND` (the window), :data:`COMMAND`;
    #: "" in backups made before it was written down.
    kind: str = ""

    def same_content(self, other: Manifest) -> bool:
        """Whether both hold the same database, keys file and vault files.

        A plain database is compared by its copy's SHA-256, exactly. An encrypted copy's
        bytes differ each time (every page has a random IV), so two encrypted backups count
        as the same only when taken within a minute of each other with the same rows per
        table: a second backup asked for within that minute is not made.
        """
        if self.encrypted or other.encrypted:
            same_database = (
                self.encrypted == other.encrypted
                and abs(self.taken_at - other.taken_at) < SAME_MINUTE
                and self.counts == other.counts
            )
        else:
            same_database = self.database_sha256 == other.database_sha256
        return (
            same_database
            and self.keys_sha256 == other.keys_sha256
            and sorted(self.vault) == sorted(other.vault)
        )

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["taken_at"] = self.taken_at.astimezone(UTC).isoformat()
        data["vault"] = [list(item) for item in self.vault]
        data["format"] = FORMAT
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Raises ValueError, KeyError or TypeError for a manifest that is not one."""
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("unknown manifest format")
        return cls(
            taken_at=datetime.fromisoformat(data["taken_at"]).astimezone(UTC),
            database=_plain_name(data["database"]),
            database_sha256=str(data["database_sha256"]),
            database_size=int(data["database_size"]),
            counts={str(k): int(v) for k, v in data["counts"].items()},
            keys_file=_plain_name(data["keys_file"]) if data.get("keys_file") else None,
            keys_sha256=data.get("keys_sha256"),
            vault=[(_relative(str(path)), int(size)) for path, size in data.get("vault", [])],
            source=str(data.get("source", "")),
            encrypted=bool(data.get("encrypted", False)),
            kind=str(data.get("kind", "")),
        )


def _plain_name(name: str) -> str:
    if not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise ValueError(f"not a plain file name: {name!r}")
    return name


def _relative(path: str) -> str:
    """A vault path as the manifest holds it: relative, no ``..``, no hidden parts."""
    parts = path.split("/")
    if not parts or any(not part or part.startswith(".") or "\\" in part for part in parts):
        raise ValueError(f"not a vault path: {path!r}")
    return path


@dataclass(frozen=True)
class Backup:
    """A complete backup folder and what its manifest says."""

    path: Path
    manifest: Manifest

    @property
    def taken_at(self) -> datetime:
        return self.manifest.taken_at

    @property
    def database_file(self) -> Path:
        return self.path / self.manifest.database

    @property
    def vault_root(self) -> Path:
        return self.path.parent / SHARED_VAULT


def folder_name(taken_at: datetime) -> str:
    """The folder of a backup taken at ``taken_at``: its UTC time, to the second."""
    return taken_at.astimezone(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def free_name(root: Path, taken_at: datetime) -> Path:
    """The backup folder's path: its time, or ``…Z-2`` and so on when that one is taken."""
    base = folder_name(taken_at)
    candidate, number = root / base, 1
    while candidate.exists():
        number += 1
        candidate = root / f"{base}-{number}"
    return candidate


def read_backup(folder: Path) -> Backup:
    """The backup in ``folder``; raises BackupDamaged when it has no readable manifest."""
    try:
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupDamaged(
            translate(
                "Backup", "The folder {location} is not a Caseworker backup, or is damaged."
            ).format(location=folder)
        ) from error
    return Backup(folder, manifest)


#: The program's own folder inside the folder the caseworker chose for backups.
OWN_FOLDER = "Caseworker backups"


def database_backups(chosen: Path, database_file: Path) -> Path:
    """The folder of one database's backups inside the folder the caseworker chose:
    ``<chosen>/Caseworker backups/<file name>-<8 hex digits of its absolute path>``.

    Each database rotates and prunes only its own backups (a demo database backed up into
    the same folder never rotates the real one's away), and nothing of the caseworker's own
    in the chosen folder (a synced folder, say) is ever touched. Raises nothing."""
    resolved = database_file.expanduser().absolute()
    tag = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:8]
    return chosen / OWN_FOLDER / f"{resolved.stem}-{tag}"


def list_backups(root: Path) -> list[Backup]:
    """The complete backups under ``root``, oldest first (unreadable folders left out).

    Raises OSError when ``root`` cannot be read."""
    found = []
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and is_backup_name(entry.name):
                try:
                    found.append(read_backup(Path(entry.path)))
                except BackupDamaged:
                    continue
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name))
