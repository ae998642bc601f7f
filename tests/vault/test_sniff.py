"""File types come from the content's first bytes, not from the name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from caseworker.vault.sniff import DOCX, XLSX, detect_media_type, media_kind
from caseworker.vocab import MediaKind
from tests.vault.conftest import JPEG, PDF


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def _box(kind: bytes, brand: bytes) -> bytes:
    return (24).to_bytes(4, "big") + kind + brand + b"\0\0\0\0" + b"isom" + bytes(64)


SAMPLES = {
    "image/jpeg": JPEG,
    "image/png": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(32),
    "image/gif": b"GIF89a\x01\x00\x01\x00" + bytes(16),
    "image/webp": b"RIFF\x24\0\0\0WEBPVP8 " + bytes(32),
    "image/heic": _box(b"ftyp", b"heic"),
    "application/pdf": PDF,
    "video/mp4": _box(b"ftyp", b"isom"),
    "video/quicktime": _box(b"ftyp", b"qt  "),
    "audio/mp4": _box(b"ftyp", b"M4A "),
    "video/x-matroska": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska" + bytes(16),
    "video/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + bytes(16),
    "audio/mpeg": b"ID3\x04\0\0\0\0\0\x21" + bytes(64),
    "audio/ogg": b"OggS\0\x02" + bytes(22) + b"OpusHead" + bytes(16),
    "audio/wav": b"RIFF\x24\0\0\0WAVEfmt " + bytes(32),
    DOCX: _zip("word/document.xml"),
    XLSX: _zip("xl/workbook.xml"),
    "application/zip": _zip("notes.txt"),
    "text/plain": "Сообщение от командира роты: жив.\n".encode(),
}


def detected(folder: Path, name: str, content: bytes) -> str:
    """The media type found for a file named ``name`` holding ``content``."""
    path = folder / name
    path.write_bytes(content)
    return detect_media_type(path)


@pytest.mark.parametrize(("expected", "content"), SAMPLES.items(), ids=list(SAMPLES))
def test_types_from_content(tmp_path: Path, expected: str, content: bytes) -> None:
    assert detected(tmp_path, "no-extension", content) == expected


def test_a_bare_mpeg_audio_frame(tmp_path: Path) -> None:
    assert detected(tmp_path, "voice", b"\xff\xfb\x90\x64" + bytes(400)) == "audio/mpeg"


def test_the_content_wins_over_a_misleading_extension(tmp_path: Path) -> None:
    assert detected(tmp_path, "photo.jpg", PDF) == "application/pdf"
    noise = bytes(range(256)) * 8
    assert detected(tmp_path, "photo2.jpg", noise) == "application/octet-stream"


def test_the_extension_helps_only_where_content_cannot(tmp_path: Path) -> None:
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    assert detected(tmp_path, "old letter.doc", old_word) == "application/msword"


def test_utf8_text_cut_in_the_middle_of_a_letter_is_still_text(tmp_path: Path) -> None:
    text = ("Привет " * 20_000).encode()
    assert len(text) > 64 * 1024 and detected(tmp_path, "chat.txt", text) == "text/plain"


def test_kinds() -> None:
    assert media_kind("image/heic") is MediaKind.IMAGE
    assert media_kind("audio/ogg") is MediaKind.AUDIO
    assert media_kind(DOCX) is MediaKind.DOCUMENT
    assert media_kind("application/pdf") is MediaKind.DOCUMENT
    assert media_kind("text/plain") is MediaKind.TEXT
    assert media_kind("application/zip") is MediaKind.OTHER
