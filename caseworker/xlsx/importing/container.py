"""The workbook's file and zip, checked before anything is parsed, and its parts unpacked
under watch.

A pipe, a socket or a device is never opened for reading (reading a pipe that nobody writes
to waits for ever): the path is looked at first, then opened without blocking and looked at
again, in case it was swapped in between; the same open file is then read throughout. The
zip's own directory is checked before Python reads it (how many parts, how big the
directory is), then the sizes the parts declare. Each part is counted as it is unpacked,
whatever it declared, and its XML is watched for what no spreadsheet program writes and what
would make a parser hold much at once: a document type (entities), comments and character
data sections, processing instructions after the XML declaration, text in UTF-16, a run of
more than ``max_text_bytes`` between two tags, and, in a sheet, more than
``max_elements_per_row`` elements in a row or between two rows.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path
from typing import IO, BinaryIO

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.xlsx.importing.refusal import ImportRefused, refuse
from caseworker.xlsx.workbook.columns import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CONTENT_TYPES = "[Content_Types].xml"
_END = struct.Struct("<4s4H2LH")  # the end of the zip's central directory
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
# The bytes the directory may take per part: its fixed fields and a long name.
_DIRECTORY_BYTES_PER_PART = 46 + 1024


def damaged(name: str) -> ImportRefused:
    return refuse(
        QT_TRANSLATE_NOOP("Xlsx", "“{name}” is damaged and cannot be read as a workbook."),
        name=name,
    )


def too_big(name: str) -> ImportRefused:
    return refuse(
        QT_TRANSLATE_NOOP("Xlsx", "“{name}” unpacks to more data than the import takes."),
        name=name,
    )


def not_a_workbook(name: str) -> ImportRefused:
    return refuse(
        QT_TRANSLATE_NOOP("Xlsx", "“{name}” is not an Excel workbook (.xlsx)."), name=name
    )


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, or a refusal: missing, a folder, a pipe, socket or device."""
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode):
            flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
            descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
            info = os.fstat(descriptor)
            if stat.S_ISREG(info.st_mode):
                return os.fdopen(descriptor, "rb")
            os.close(descriptor)
    except (FileNotFoundError, NotADirectoryError):
        raise refuse(QT_TRANSLATE_NOOP("Xlsx", "There is no file “{name}”."), name=name) from None
    except (OSError, ValueError):
        raise refuse(
            QT_TRANSLATE_NOOP("Xlsx", "“{name}” cannot be opened for reading."), name=name
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise refuse(QT_TRANSLATE_NOOP("Xlsx", "“{name}” is a folder, not a workbook."), name=name)
    raise refuse(
        QT_TRANSLATE_NOOP(
            "Xlsx",
            "“{name}” is not a regular file (it is a pipe, a socket or a device); choose a "
            "workbook saved on disk.",
        ),
        name=name,
    )


def _size(stream: BinaryIO) -> int:
    """The size of an open file, or of a workbook decrypted into memory."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        size = stream.seek(0, os.SEEK_END)
        stream.seek(0)
        return size


def check_size(stream: BinaryIO, name: str, limits: Limits) -> int:
    """The file's size, or a refusal when it is bigger than the import takes."""
    size = _size(stream)
    if size > limits.max_bytes:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx", "“{name}” is {size:.1f} MB; the import takes files up to {limit:.1f} MB."
            ),
            name=name,
            size=size / 2**20,
            limit=limits.max_bytes / 2**20,
        )
    return size


def check_file(stream: BinaryIO, name: str, limits: Limits) -> None:
    """Refuse what is not an xlsx file, is encrypted, is too big, or whose zip directory
    lists more parts than the import takes, before Python's zip reader reads it. The
    stream (a file, or a workbook decrypted into memory) is read from its start."""
    size = check_size(stream, name, limits)
    stream.seek(0)
    magic = stream.read(8)
    if magic == OLE_MAGIC:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "“{name}” is password-protected or encrypted (or an old .xls file). Save it "
                "without a password as an Excel workbook (.xlsx) and import it again.",
            ),
            name=name,
        )
    if not magic.startswith(ZIP_MAGIC):
        raise not_a_workbook(name)
    parts, directory = _directory(stream, size, name)
    if parts > limits.max_parts or directory > limits.max_parts * _DIRECTORY_BYTES_PER_PART:
        raise too_big(name)
    stream.seek(0)


def _directory(stream: BinaryIO, size: int, name: str) -> tuple[int, int]:
    """How many parts the zip's directory lists, and its size in bytes."""
    tail = min(size, _END.size + 0xFFFF)
    stream.seek(size - tail)
    data = stream.read(tail)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or len(data) - at < _END.size:
        raise not_a_workbook(name)
    fields = _END.unpack_from(data, at)
    parts, directory, offset = fields[4], fields[5], fields[6]
    if parts == 0xFFFF or 0xFFFFFFFF in (directory, offset):
        # A zip64 end record, found through the locator just before the end record.
        if at < _END64_LOCATOR.size:
            raise not_a_workbook(name)
        signature, _disk, where, _disks = _END64_LOCATOR.unpack_from(data, at - 20)
        if signature != b"PK\x06\x07" or where > size - _END64.size:
            raise not_a_workbook(name)
        stream.seek(where)
        record = stream.read(_END64.size)
        if len(record) < _END64.size or record[:4] != b"PK\x06\x06":
            raise not_a_workbook(name)
        fields64 = _END64.unpack(record)
        parts, directory, offset = fields64[7], fields64[8], fields64[9]
    if offset + directory > size:
        raise not_a_workbook(name)
    return parts, directory


class XmlStream:
    """A part as it is unpacked, refused as soon as it goes beyond the limits.

    ``tags`` counts the "<" read so far, an upper bound of the elements; a sheet's reader
    calls :meth:`row_read` after each row, so that no more than ``max_elements_per_row``
    elements come before the next one ends.
    """

    def __init__(self, raw: IO[bytes], name: str, limit: int, limits: Limits) -> None:
        self.name = name
        self.tags = 0
        self.sheet = ""  # set by a sheet's reader, for its sentence
        self.row = 0
        self._raw = raw
        self._limit = limit
        self._text_limit = limits.max_text_bytes
        self._element_limit = limits.max_elements_per_row
        self._read = 0
        self._run = 0  # bytes since the last "<"
        self._last = b""  # the last byte read, for a "<!" cut in two by a read
        self._mark = 0

    def read(self, size: int = -1) -> bytes:
        if size < 0 or size > self._text_limit:
            size = self._text_limit
        try:
            data = self._raw.read(size)
        except Exception:  # zipfile, zlib, bz2 or lzma on damaged data; CRC mismatch
            raise damaged(self.name) from None
        if data:
            self._watch(data)
        return data

    def read_all(self) -> bytes:
        return b"".join(iter(lambda: self.read(self._text_limit), b""))

    def row_read(self, number: int) -> None:
        self.row = number
        self._mark = self.tags

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> XmlStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _watch(self, data: bytes) -> None:
        start = self._read
        self._read += len(data)
        if self._read > self._limit:
            raise too_big(self.name)
        if start == 0 and (data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]):
            raise damaged(self.name)  # UTF-16: no spreadsheet program writes it
        first = data.find(b"<")
        if first < 0:
            self._run += len(data)
        else:
            # Runs inside ``data`` are shorter than it, and it is at most max_text_bytes.
            if self._run + first > self._text_limit:
                raise self._long_text()
            self._run = len(data) - 1 - data.rfind(b"<")
        if self._run > self._text_limit:
            raise self._long_text()
        # (A search for "!" or "?" alone is many times quicker than for "<!" where "<" is
        # as common as in XML; neither is common in a sheet.)
        if (b"!" in data and b"<!" in data) or (self._last == b"<" and data[:1] in (b"!", b"?")):
            raise damaged(self.name)
        declaration = data.find(b"<?") if b"?" in data else -1
        while declaration >= 0:
            if start + declaration > 3:  # only the XML declaration, after a byte-order mark
                raise damaged(self.name)
            declaration = data.find(b"<?", declaration + 1)
        self.tags += data.count(b"<")
        if self.sheet and self.tags - self._mark > self._element_limit:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Xlsx",
                    "Sheet “{sheet}” is damaged or was not made by a spreadsheet program "
                    "(after row {row}).",
                ),
                sheet=self.sheet,
                row=self.row,
            )
        self._last = data[-1:]

    def _long_text(self) -> ImportRefused:
        return refuse(
            QT_TRANSLATE_NOOP("Xlsx", "“{name}” holds a text longer than the import takes."),
            name=self.name,
        )


class Parts:
    """The zip's parts, unpacked under the limits.

    Has the ``read`` and ``namelist`` of a :class:`zipfile.ZipFile`, for openpyxl's readers
    of the small parts (which read a part whole); sheets and shared texts are streamed
    through :meth:`stream`.
    """

    def __init__(self, stream: BinaryIO, name: str, limits: Limits) -> None:
        self.name = name
        self._limits = limits
        try:
            self._archive = zipfile.ZipFile(stream)
            infos = self._archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
            raise not_a_workbook(name) from None
        self._names = [info.filename for info in infos]
        if len(infos) > limits.max_parts:
            raise too_big(name)
        biggest = max((info.file_size for info in infos), default=0)
        if biggest > limits.max_part_bytes:
            raise too_big(name)
        if sum(info.file_size for info in infos) > limits.max_unpacked_bytes:
            raise too_big(name)
        if CONTENT_TYPES not in self._names:
            raise not_a_workbook(name)
        if WORKBOOK_TYPE not in self.read(CONTENT_TYPES).decode("utf-8", "ignore"):
            raise not_a_workbook(name)

    def namelist(self) -> list[str]:
        return list(self._names)

    def declared_size(self, part: str) -> int:
        """The size the zip's directory declares for ``part`` unpacked (``KeyError`` when
        there is no such part)."""
        return self._archive.getinfo(part).file_size

    def crc(self, part: str) -> int:
        """The CRC-32 the zip's directory declares for ``part`` (reading the part to its end
        checks its data against it: a mismatch is refused as damage)."""
        return self._archive.getinfo(part).CRC

    def read(self, part: str) -> bytes:
        """A small part, whole (``KeyError`` when there is none, as for a zip)."""
        with self._open(part, self._limits.max_small_part_bytes) as stream:
            return stream.read_all()

    def stream(self, part: str) -> XmlStream:
        """A sheet or the shared texts, to read as it is unpacked."""
        return self._open(part, self._limits.max_part_bytes)

    def close(self) -> None:
        self._archive.close()

    def _open(self, part: str, limit: int) -> XmlStream:
        info = self._archive.getinfo(part)
        if info.file_size > limit:
            raise too_big(self.name)
        try:
            raw = self._archive.open(info)
        except Exception:  # a bad local header, encryption, an unknown compression
            raise damaged(self.name) from None
        return XmlStream(raw, self.name, limit, self._limits)
