"""Password-protected workbooks: encrypted and decrypted in memory with msoffcrypto-tool.

A protected workbook is the ECMA-376 "agile" encryption Excel 2010 and later write (AES-256,
SHA-512, 100,000 rounds), which Excel and LibreOffice Calc open after asking the password.

No plain byte of a protected workbook touches the disk: openpyxl normally writes each sheet
to a temporary file (even in write-only mode) and the zip to the target; here the sheets are
kept in memory, deflated (:func:`workbook_in_memory`), the zip is made in memory and only
the encrypted bytes are written (:func:`save_protected`). Reading one back
(:func:`unlocked`) decrypts into memory too; the import's checks of the zip then apply to the
decrypted bytes as to a file.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from caseworker.errors import ValidationError
from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.xlsx.importing.container import OLE_MAGIC
from caseworker.xlsx.importing.refusal import ImportRefused, refuse

#: Hashing rounds a workbook may ask for before its password is tried: Excel and LibreOffice
#: write 100,000; a file asking for billions would hold the import for hours.
MAX_SPIN_COUNT = 500_000
#: A part this big needs the zip's 64-bit sizes (said before it is written).
ZIP64_FROM = (1 << 31) - 1


class PasswordNeeded(ImportRefused):
    """The workbook is protected with a password and none was given."""


class WrongPassword(ImportRefused):
    """The password given does not open the workbook."""


def password_needed(name: str) -> PasswordNeeded:
    return PasswordNeeded(
        translate(
            "Xlsx", "“{name}” is protected with a password; give its password to import it."
        ).format(name=name)
    )


def wrong_password() -> WrongPassword:
    return WrongPassword(translate("Xlsx", "The password of this workbook is not right."))


def check_password(password: str) -> str:
    """``password`` when it can protect a workbook, or :class:`ValidationError` (empty)."""
    if not password:
        raise ValidationError(
            translate("Xlsx", "The password is empty; type a password."), field="password"
        )
    return password


class _Deflated:
    """A sheet's XML as openpyxl writes it, kept deflated in memory (a tenth of its size:
    100,000 reports take some 30 MB rather than 300), and given back in pieces."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self._parts: deque[bytes] = deque()
        self._finished = False
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if part := self._compressor.compress(data):
            self._parts.append(part)
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: lxml calls it."""

    def pieces(self) -> Iterator[bytes]:
        """The XML again, a piece at a time; the deflated copy is let go as it is read."""
        if not self._finished:
            self._parts.append(self._compressor.flush())
            self._finished = True
        decompressor = zlib.decompressobj()
        while self._parts:
            if piece := decompressor.decompress(self._parts.popleft()):
                yield piece
        yield decompressor.flush()


class _MemorySheet(WriteOnlyWorksheet):  # type: ignore[misc]  # openpyxl is untyped
    """A write-only sheet whose rows are kept in memory instead of a temporary file."""

    def _get_writer(self) -> None:
        if self._writer is None:  # type: ignore[has-type]
            writer = WorksheetWriter(self, out=_Deflated())
            writer.write_top()
            self._writer = writer


class _MemoryWorkbook(Workbook):  # type: ignore[misc]  # openpyxl is untyped
    """A workbook whose write-only sheets are kept in memory."""

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        if not self.write_only:
            return super().create_sheet(title, index)
        sheet = _MemorySheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet


def workbook_in_memory(*, write_only: bool) -> Workbook:
    """A new workbook none of whose sheets goes to a temporary file when it is written."""
    return _MemoryWorkbook(write_only=write_only)


class _MemoryExcelWriter(ExcelWriter):  # type: ignore[misc]  # openpyxl is untyped
    """openpyxl's writer, taking each sheet from memory rather than from a temporary file."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if self.workbook.write_only:
            if not ws.closed:
                ws.close()
            writer = ws._writer
        else:
            writer = WorksheetWriter(ws, out=_Deflated())
            writer.write()
        out = writer.out
        if not isinstance(out, _Deflated):
            raise TypeError("a sheet was written to a temporary file")
        ws._rels = writer._rels
        with self._archive.open(ws.path[1:], "w", force_zip64=out.size >= ZIP64_FROM) as part:
            for piece in out.pieces():
                part.write(piece)
        self.manifest.append(ws)


def plain_bytes(workbook: Workbook) -> bytes:
    """The workbook's .xlsx file, made in memory (the sheets from :func:`workbook_in_memory`)."""
    # As openpyxl's own save does.
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _MemoryExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def encrypt(plain: bytes, password: str) -> bytes:
    """The .xlsx file ``plain`` encrypted with ``password`` (an OLE container)."""
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(check_password(password), encrypted)
    return encrypted.getvalue()


def save_protected(workbook: Workbook, path: Path, password: str) -> None:
    """Write ``workbook`` to ``path`` encrypted with ``password``; only encrypted bytes are
    written. Raises OSError when the file cannot be written, ValidationError for an empty
    password."""
    check_password(password)
    data = encrypt(plain_bytes(workbook), password)
    with path.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def is_protected(stream: BinaryIO) -> bool:
    """Whether ``stream`` holds an encrypted Office file (an OLE container with an
    ``EncryptionInfo``); the position is put back at the start."""
    stream.seek(0)
    magic = stream.read(len(OLE_MAGIC))
    stream.seek(0)
    if magic != OLE_MAGIC:
        return False
    import olefile  # type: ignore[import-untyped]

    try:
        with olefile.OleFileIO(stream) as ole:
            found = bool(ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"))
    except Exception:  # olefile raises many kinds on a damaged container
        found = False
    stream.seek(0)
    return found


def unlocked(stream: BinaryIO, name: str, password: str | None) -> io.BytesIO:
    """The decrypted .xlsx of the protected workbook in ``stream``, in memory.

    Raises :class:`PasswordNeeded` when ``password`` is None or empty,
    :class:`WrongPassword` when it does not open the workbook, :class:`ImportRefused`
    when the container is damaged or uses an encryption Excel no longer writes.
    """
    if not password:
        raise password_needed(name)
    from msoffcrypto import exceptions  # type: ignore[import-untyped]
    from msoffcrypto.format.ooxml import OOXMLFile

    damaged = refuse(
        QT_TRANSLATE_NOOP("Xlsx", "“{name}” is damaged and cannot be read as a workbook."),
        name=name,
    )
    try:
        stream.seek(0)
        office = OOXMLFile(stream)
        info = office.info if office.type in ("agile", "standard") else None
        if info is None:
            raise damaged
        if office.type == "agile" and int(info.get("spinValue", 0)) > MAX_SPIN_COUNT:
            raise damaged
        try:
            office.load_key(password=password, verify_password=True)
        except exceptions.InvalidKeyError:
            raise wrong_password() from None
        plain = io.BytesIO()
        # A changed byte fails the integrity check (the password was right).
        office.decrypt(plain, verify_integrity=office.type == "agile")
    except ImportRefused:
        raise
    except Exception:  # msoffcrypto and olefile raise many kinds on a damaged container
        raise damaged from None
    plain.seek(0)
    return plain
