"""A case's evidence for a lawyer as one password-protected archive.

The archive is a zip whose entries are encrypted with AES-256 (WinZip AE-2, through
pyzipper): 7-Zip, WinZip, PeaZip and Keka open it after asking the password; the
archivers built into Windows and macOS may not (they know only the old, weak zip cipher).
It holds the same files, ``manifest.csv`` and ``SHA256SUMS`` as the folder export
(:mod:`caseworker.services.evidence_export`).

A zip encrypts the content of its entries but not their names. The files are therefore
named ``evidence-<id>.<extension>`` inside the archive; their original names, which may say
whom a file is about, are in the manifest, itself encrypted.

No plain copy touches the disk: each file is streamed from the vault (a sealed one is
decrypted chunk by chunk in memory) into its encrypted entry, its SHA-256 checked on the way.
The archive is written under a temporary name beside the target and renamed into place only
when complete and flushed; a damaged vault file, a cancel or an error leaves nothing.
"""

from __future__ import annotations

import errno
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO

from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.progress import Cancelled, Progress
from caseworker.services.cases import get_case
from caseworker.services.evidence import EvidenceItem, list_evidence
from caseworker.services.evidence_export import (
    CHECKSUMS,
    MANIFEST,
    ExportedFile,
    check_space,
    checksums_bytes,
    manifest_bytes,
    manifest_row,
)
from caseworker.vault.errors import VaultNotWritable
from caseworker.vault.names import safe_file_name
from caseworker.vault.store import EvidenceVault
from caseworker.vault.stream_out import stream_out

# The shortest password an archive is protected with. A zip's key is derived from its
# password with 1,000 rounds of PBKDF2 only, so whoever has the archive can try passwords
# fast: a short one does not hold.
MIN_ARCHIVE_PASSWORD = 10
ARCHIVE_SUFFIX = ".zip"
# Media types worth compressing; photographs, recordings and PDFs are compressed already.
_COMPRESSED_TYPES = ("text/", "application/json", "application/xml", "image/bmp", "image/tiff")


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    path: Path
    files: tuple[ExportedFile, ...]


def check_archive_password(password: str) -> str:
    """``password`` when it may protect an archive. Raises :class:`ValidationError` (field
    "password") when it is empty or shorter than :data:`MIN_ARCHIVE_PASSWORD` characters."""
    if not password:
        raise ValidationError(
            translate("EvidenceBundle", "The password is empty; type a password."),
            field="password",
        )
    if len(password) < MIN_ARCHIVE_PASSWORD:
        raise ValidationError(
            translate(
                "EvidenceBundle",
                "The password is too short: an archive's password can be tried quickly by "
                "whoever has the archive. Type at least {minimum} characters.",
            ).format(minimum=MIN_ARCHIVE_PASSWORD),
            field="password",
        )
    return password


def archive_name(item: EvidenceItem) -> str:
    """The file's name inside the archive: its id and the extension of its original name.
    Raises nothing."""
    suffix = PurePath(safe_file_name(item.name, "evidence", item.media_type)).suffix
    return f"evidence-{item.id}{suffix.lower()}"


def _compressed(item: EvidenceItem) -> bool:
    return item.media_type.startswith(_COMPRESSED_TYPES)


def _not_writable(path: Path, error: OSError) -> VaultNotWritable:
    return VaultNotWritable(
        translate("EvidenceBundle", "The archive {path} cannot be written: {reason}").format(
            path=path, reason=error.strerror or error
        )
    )


def _write(
    raw: BinaryIO,
    vault: EvidenceVault,
    items: list[EvidenceItem],
    password: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[ExportedFile]:
    """Write the archive into ``raw``; the files written. Raises what export_case_archive
    raises, and OSError when ``raw`` cannot be written."""
    import pyzipper  # only this export needs it
    from pyzipper.zipfile_aes import WZ_AES_V2, AESZipInfo

    total = sum(item.size for item in items)
    moment = time.localtime()[:6]
    exported: list[ExportedFile] = []
    rows: list[dict[str, str]] = []
    with pyzipper.AESZipFile(
        raw,
        "w",
        compression=pyzipper.ZIP_STORED,
        encryption=pyzipper.WZ_AES,
        encryption_kwargs={"nbits": 256, "force_wz_aes_version": WZ_AES_V2},
    ) as archive:
        archive.setpassword(password.encode("utf-8"))
        done = 0
        for item in items:
            name = archive_name(item)
            info = AESZipInfo(name, date_time=moment)
            info.file_size = item.size  # so that the zip's 64-bit sizes are used when needed
            if _compressed(item):
                info.compress_type = pyzipper.ZIP_DEFLATED
            start = done

            def told(written: int, _expected: int, start: int = start) -> None:
                if progress is not None:
                    progress(start + written, max(total, start + written))

            with archive.open(info, "w") as entry:
                done += stream_out(
                    vault, item.sha256, entry.write, progress=told, cancelled=cancelled
                )
            exported.append(ExportedFile(item.id, name, item.sha256))
            rows.append(manifest_row(item, name))
        listing = ((MANIFEST, manifest_bytes(rows)), (CHECKSUMS, checksums_bytes(exported)))
        for name, data in listing:
            info = AESZipInfo(name, date_time=moment)
            info.compress_type = pyzipper.ZIP_DEFLATED
            archive.writestr(info, data)
    return exported


def export_case_archive(
    session: Session,
    vault: EvidenceVault,
    case_id: int,
    path: Path,
    password: str,
    *,
    include_removed: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ArchiveResult:
    """Write the case's files, manifest and checksums into a protected archive at ``path``
    (replaced when it exists, only once the new one is complete and flushed).

    ``progress`` is told (bytes done, bytes in all) as the files are written.

    Raises :class:`ValidationError` for an empty or too short password, :class:`NotFound`
    when the case does not exist, :class:`VaultNotWritable` when the archive cannot be
    written, :class:`NotEnoughSpace` when it does not fit, :class:`StoredFileDamaged` when a
    stored file is missing or altered, :class:`CopyCancelled` when ``cancelled()`` says so.
    """
    check_archive_password(password)
    get_case(session, case_id)
    items = list_evidence(session, case_id, include_removed=include_removed)
    if not path.parent.is_dir():
        raise _not_writable(path, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))
    check_space(path.parent, items)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
    try:
        try:
            with temporary.open("xb") as raw:
                exported = _write(raw, vault, items, password, progress, cancelled)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(temporary, path)
        except OSError as error:
            raise _not_writable(path, error) from error
    finally:
        temporary.unlink(missing_ok=True)
    return ArchiveResult(path, tuple(exported))
