"""A damaged zip (an Office document cut short or corrupted) is stored as a zip file: telling
its kind never raises, whatever its members hold."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from caseworker.security.keys import derive_keys
from caseworker.vault.sealed_store import SealedVault
from caseworker.vault.sniff import _zip_type
from caseworker.vault.store import EvidenceVault

ODT = "application/vnd.oasis.opendocument.text"


def _document(method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr("mimetype", ODT * 20)
        archive.writestr("content.xml", "Письмо семьи " * 100)
    return buffer.getvalue()


def _corrupted(method: int) -> bytes:
    """The document with the compressed bytes of its first member overwritten."""
    data = bytearray(_document(method))
    start = 30 + len("mimetype") + 4  # the local header, the name, into the data
    data[start : start + 12] = b"\xff" * 12
    return bytes(data)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_a_corrupted_member_is_a_zip(method: int) -> None:
    assert _zip_type(io.BytesIO(_corrupted(method))) == "application/zip"


def test_a_member_of_an_unknown_method_is_a_zip() -> None:
    data = bytearray(_document(zipfile.ZIP_STORED))
    for offset in (8, data.rfind(b"PK\x01\x02") + 10):  # the local and central headers
        data[offset : offset + 2] = (99).to_bytes(2, "little")
    assert _zip_type(io.BytesIO(bytes(data))) == "application/zip"


def test_a_corrupted_document_is_stored(tmp_path: Path) -> None:
    damaged = tmp_path / "письмо.odt"
    damaged.write_bytes(_corrupted(zipfile.ZIP_DEFLATED))
    plain = EvidenceVault(tmp_path / "plain").store_file(damaged)
    keys = derive_keys(os.urandom(32), os.urandom(16))
    sealed = SealedVault(tmp_path / "sealed", keys)
    from_file = sealed.store_file(damaged)
    pasted = sealed.store_stream(io.BytesIO(damaged.read_bytes()), damaged.name)
    assert plain.sha256 == from_file.sha256 == pasted.sha256
