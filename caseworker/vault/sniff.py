"""What a file is, from its first bytes (magic numbers), not from the name it was given.

The name's extension is only consulted for types the content cannot reveal here (an old
Word file, say); a ``photo.jpg`` that is really a PDF is a PDF.
"""

from __future__ import annotations

import codecs
import lzma
import mimetypes
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from caseworker.vocab import MediaKind

HEAD_SIZE = 64 * 1024
OCTET_STREAM = "application/octet-stream"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

# ISO base media ("ftyp" box) brands.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
# Top-level QuickTime atoms of old .mov files that have no "ftyp" box.
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

#: Types this module recognises from content; the extension never claims one of these.
SNIFFABLE = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "image/heic",
        "image/avif",
        "image/bmp",
        "image/tiff",
        "application/pdf",
        "video/mp4",
        "video/quicktime",
        "video/3gpp",
        "video/x-matroska",
        "video/webm",
        "audio/mpeg",
        "audio/ogg",
        "audio/wav",
        "audio/x-wav",
        "audio/mp4",
        "audio/flac",
        "application/zip",
        DOCX,
        XLSX,
        PPTX,
        ODT,
        ODS,
        "text/plain",
    }
)

DOCUMENT_TYPES = frozenset(
    {"application/pdf", DOCX, XLSX, PPTX, ODT, ODS, "application/msword", "application/rtf"}
)
#: Prefixes of further document types (Office and OpenDocument formats).
DOCUMENT_PREFIXES = (
    "application/vnd.openxmlformats",
    "application/vnd.oasis",
    "application/vnd.ms-",
)


def _iso_media(head: bytes) -> str | None:
    box = head[4:8]
    if box == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "image/heic"
        if brand in (b"avif", b"avis"):
            return "image/avif"
        if brand == b"qt  ":
            return "video/quicktime"
        if brand in _AUDIO_BRANDS:
            return "audio/mp4"
        if brand.startswith(b"3g"):
            return "video/3gpp"
        return "video/mp4"
    if box in _QUICKTIME_ATOMS and int.from_bytes(head[:4], "big") >= 8:
        return "video/quicktime"
    return None


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, a valid version, layer and bit rate."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    return version != 0b01 and layer != 0b00 and bitrate not in (0b0000, 0b1111)


def sniff_head(head: bytes) -> str | None:
    """The media type revealed by a file's first bytes, or None when they reveal none."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\0\0\0\0":
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"ID3") or _is_mpeg_audio_frame(head):
        return "audio/mpeg"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "application/zip"
    return _iso_media(head)


#: The longest "mimetype" member read (an OpenDocument's is about 45 bytes).
_MIMETYPE_BYTES = 200
#: What reading a damaged zip raises: its directory, a member cut short, compressed data that
#: does not decompress (zlib, bz2, lzma), a method this Python does not know.
_DAMAGED_ZIP = (
    OSError,
    EOFError,
    zipfile.BadZipFile,
    KeyError,
    RuntimeError,
    ValueError,
    NotImplementedError,
    zlib.error,
    lzma.LZMAError,
)


def _zip_type(path: Path | BinaryIO) -> str:
    """Office documents are zip files; their member names tell which kind (``path`` may be
    a seekable file open for reading)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= _MIMETYPE_BYTES:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared in (ODT, ODS):
                    return declared
    except _DAMAGED_ZIP:  # a damaged or hostile document is a zip file, never an error
        return "application/zip"
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if "ppt/presentation.xml" in names:
        return PPTX
    return "application/zip"


def looks_like_text(head: bytes) -> bool:
    """UTF-8 (a multi-byte letter cut at the end of ``head`` allowed), no binary controls."""
    if not head or b"\x00" in head:
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\x1b")
    return controls <= len(text) // 100


def _from_extension(name: str) -> str | None:
    guessed, encoding = mimetypes.guess_type(name, strict=False)
    if guessed is None or encoding is not None:
        return None
    if guessed in SNIFFABLE or guessed.startswith("text/"):
        return None  # the content would have shown it; the name is not to be believed
    return guessed


def detect_media_type(path: Path, name: str = "") -> str:
    """The media type of the file at ``path``; ``name`` (its original name) is a last resort."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_SIZE)
    found = sniff_head(head)
    if found == "application/zip":
        return _zip_type(path)
    if found is not None:
        return found
    if looks_like_text(head):
        return "text/plain"
    return _from_extension(name or path.name) or OCTET_STREAM


def media_kind(media_type: str) -> MediaKind:
    """The broad kind of a media type, for the panel's filter and icons."""
    if media_type in DOCUMENT_TYPES or media_type.startswith(DOCUMENT_PREFIXES):
        return MediaKind.DOCUMENT
    major = media_type.partition("/")[0]
    if major in ("image", "video", "audio", "text"):
        return MediaKind(major)
    return MediaKind.OTHER
