"""Export a case's evidence to a folder, with a manifest, for a lawyer or an organisation.

The folder receives each file under a safe, unique version of its original name (no
invisible or direction-changing characters; the manifest spells them out), a
``manifest.csv`` (name, SHA-256, how obtained, linked reports, size, type …) and a
``SHA256SUMS`` file that ``sha256sum -c SHA256SUMS`` checks. Every file's hash is checked
while it is copied, so a damaged vault file is never handed out unnoticed.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.services.cases import get_case
from caseworker.services.evidence import EvidenceItem, list_evidence
from caseworker.vault import messages
from caseworker.vault.errors import ExportFolderNotEmpty, NotEnoughSpace, VaultNotWritable
from caseworker.vault.names import UniqueNames, safe_file_name, visible_name
from caseworker.vault.store import SPACE_RESERVE, Cancelled, EvidenceVault, Progress

MANIFEST = "manifest.csv"
CHECKSUMS = "SHA256SUMS"
MANIFEST_COLUMNS = (
    "file",
    "original_name",
    "sha256",
    "how_obtained",
    "report_ids",
    "size",
    "media_type",
    "source_url",
    "captured_at",
    "added_by",
    "added_at",
    "description",
    "removed",
)


@dataclass(frozen=True, slots=True)
class ExportedFile:
    item_id: int
    file_name: str  # the name in the export folder
    sha256: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    folder: Path
    manifest: Path
    files: tuple[ExportedFile, ...]


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ExportFolderNotEmpty(
            translate(
                "Evidence",
                "The folder {folder} is not empty. Choose a new or empty folder, so that the "
                "manifest lists everything in it.",
            ).format(folder=folder)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise VaultNotWritable(
            translate("Evidence", "The folder {folder} cannot be created: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error


def check_space(folder: Path, items: list[EvidenceItem]) -> None:
    """Raises :class:`NotEnoughSpace` unless the items fit on the disk of ``folder``, and
    OSError when its disk cannot be asked."""
    needed = sum(item.size for item in items)
    free = shutil.disk_usage(folder).free
    if needed + SPACE_RESERVE > free:
        raise NotEnoughSpace(
            translate(
                "Evidence",
                "The export needs {size}, but the disk of {folder} has {free} free.",
            ).format(
                size=messages.human_size(needed), folder=folder, free=messages.human_size(free)
            )
        )


def manifest_row(item: EvidenceItem, file_name: str) -> dict[str, str]:
    """The manifest's row for ``item``, exported as ``file_name``. Raises nothing."""
    return {
        "file": file_name,
        "original_name": visible_name(item.name),
        "sha256": item.sha256,
        "how_obtained": item.how_obtained.value if item.how_obtained else "",
        "report_ids": " ".join(str(report_id) for report_id in item.report_ids),
        "size": str(item.size),
        "media_type": item.media_type,
        "source_url": item.source_url,
        "captured_at": item.captured_at.isoformat() if item.captured_at else "",
        "added_by": item.added_by,
        "added_at": item.added_at.isoformat(),
        "description": item.description,
        "removed": "yes" if item.removed else "",
    }


def manifest_bytes(rows: Iterable[dict[str, str]]) -> bytes:
    """The manifest's CSV: UTF-8 with a byte-order mark, so that spreadsheet programs show
    Cyrillic names correctly. Raises nothing."""
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=MANIFEST_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def checksums_bytes(exported: Iterable[ExportedFile]) -> bytes:
    """The ``SHA256SUMS`` lines, as ``sha256sum -c`` reads them. Raises nothing."""
    return "".join(f"{entry.sha256}  {entry.file_name}\n" for entry in exported).encode("utf-8")


def export_case_evidence(
    session: Session,
    vault: EvidenceVault,
    case_id: int,
    folder: Path,
    *,
    include_removed: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Copy the case's files and their manifest into ``folder`` (new or empty); ``progress``
    is told (bytes done, bytes in all) as the files are copied.

    The files are plain: the folder is not protected by a password (see
    :mod:`caseworker.services.evidence_bundle` for a protected archive).

    Raises :class:`NotFound` when the case does not exist, :class:`ExportFolderNotEmpty` when
    ``folder`` holds files, :class:`VaultNotWritable` when it cannot be written,
    :class:`NotEnoughSpace` when the files do not fit, :class:`StoredFileDamaged` when a stored file
    is missing or altered, :class:`CopyCancelled` when ``cancelled()`` says so.
    """
    get_case(session, case_id)
    items = list_evidence(session, case_id, include_removed=include_removed)
    _prepare_folder(folder)
    check_space(folder, items)
    names = UniqueNames((MANIFEST, CHECKSUMS))
    exported: list[ExportedFile] = []
    rows: list[dict[str, str]] = []
    total = sum(item.size for item in items)
    done = 0
    for item in items:
        file_name = names.claim(safe_file_name(item.name, f"evidence-{item.id}", item.media_type))
        start = done

        def told(written: int, _expected: int, start: int = start) -> None:
            if progress is not None:
                progress(start + written, max(total, start + written))

        vault.copy_out(item.sha256, folder / file_name, progress=told, cancelled=cancelled)
        done += item.size
        exported.append(ExportedFile(item.id, file_name, item.sha256))
        rows.append(manifest_row(item, file_name))
    manifest = folder / MANIFEST
    manifest.write_bytes(manifest_bytes(rows))
    (folder / CHECKSUMS).write_bytes(checksums_bytes(exported))
    return ExportResult(folder, manifest, tuple(exported))
