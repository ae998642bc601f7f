"""The sealed vault: EvidenceVault's shape, files encrypted at rest under keyed names."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any, BinaryIO, cast

import pytest

from caseworker.security.keys import DerivedKeys, derive_keys
from caseworker.vault import CopyCancelled, EmptyFile, EvidenceVault, StoredFileDamaged
from caseworker.vault.sealed import HEADER_SIZE, SealedFileDamaged, sealed_size
from caseworker.vault.sealed_store import SealedVault
from caseworker.vault.sniff import DOCX
from tests.vault.conftest import JPEG, PDF, MakeFile

KEYS = derive_keys(bytes(range(32)), bytes(range(16)))
OTHER_KEYS = derive_keys(bytes(range(1, 33)), bytes(range(16)))
DISTINCTIVE = "Тимофей Звягинцев-Бельский, село Кривоозёрное"


@pytest.fixture
def sealed_vault(tmp_path: Path) -> SealedVault:
    return SealedVault.sealed_beside(tmp_path / "caseworker.sqlite", KEYS)


def every_byte(vault: EvidenceVault) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(vault.root.rglob("*")) if path.is_file())


def test_a_file_is_sealed_under_its_keyed_name(
    sealed_vault: SealedVault, make_file: MakeFile, tmp_path: Path
) -> None:
    stored = sealed_vault.store_file(make_file("photo.jpg", JPEG))
    sha256 = hashlib.sha256(JPEG).hexdigest()
    assert stored.sha256 == sha256
    assert stored.size == len(JPEG)
    assert stored.media_type == "image/jpeg"
    assert not stored.already_stored
    path = sealed_vault.path_of(sha256)
    name = sealed_vault.name_of(sha256)
    assert path == sealed_vault.root / name[:2] / name[2:4] / name
    assert name != sha256 and sha256 not in str(path) and sha256[:2] != path.parent.parent.name
    assert sealed_vault.contains(sha256)
    assert path.stat().st_size == sealed_size(len(JPEG))
    assert path.read_bytes()[:4] == b"CWV1"
    assert sealed_vault.stored_size(sha256) == len(JPEG)
    assert sealed_vault.hash_of_stored(sha256) == sha256
    target = tmp_path / "out.jpg"
    sealed_vault.copy_out(sha256, target)
    assert target.read_bytes() == JPEG
    assert sealed_vault.leftover_temporaries() == []


def test_the_same_content_is_stored_once(sealed_vault: SealedVault, make_file: MakeFile) -> None:
    first = sealed_vault.store_file(make_file("a.pdf", PDF))
    second = sealed_vault.store_file(make_file("b.pdf", PDF))
    assert not first.already_stored and second.already_stored
    assert second.media_type == "application/pdf"
    assert len([path for path in sealed_vault.root.rglob("*") if path.is_file()]) == 1


def test_nothing_readable_at_rest(sealed_vault: SealedVault, make_file: MakeFile) -> None:
    text = DISTINCTIVE.encode("utf-8") + DISTINCTIVE.encode("utf-16")
    stored = sealed_vault.store_file(make_file("statement.txt", text * 20))
    sealed_vault.store_stream(io.BytesIO(text * 3), "pasted.txt")
    everything = every_byte(sealed_vault)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert DISTINCTIVE.encode(encoding) not in everything
    assert stored.sha256.encode() not in everything
    assert stored.sha256 not in {path.name for path in sealed_vault.root.rglob("*")}


def test_an_altered_chunk_is_found_and_repaired_by_adding_again(
    sealed_vault: SealedVault, make_file: MakeFile, tmp_path: Path
) -> None:
    source = make_file("photo.jpg", JPEG)
    sha256 = sealed_vault.store_file(source).sha256
    path = sealed_vault.path_of(sha256)
    damaged = bytearray(path.read_bytes())
    damaged[HEADER_SIZE + 10] ^= 0x04
    path.chmod(0o600)
    path.write_bytes(bytes(damaged))
    assert sealed_vault.hash_of_stored(sha256) == ""  # altered, never a SHA-256
    with pytest.raises(SealedFileDamaged) as caught:
        sealed_vault.copy_out(sha256, tmp_path / "out.jpg")
    assert isinstance(caught.value, StoredFileDamaged)
    assert "out.jpg" in caught.value.message and "altered or damaged" in caught.value.message
    assert not (tmp_path / "out.jpg").exists()
    assert list(tmp_path.glob(".incoming-*")) == []
    again = sealed_vault.store_file(source)
    assert again.repaired and not again.already_stored
    assert sealed_vault.hash_of_stored(sha256) == sha256


def test_another_databases_keys_read_nothing(
    sealed_vault: SealedVault, make_file: MakeFile
) -> None:
    sha256 = sealed_vault.store_file(make_file("photo.jpg", JPEG)).sha256
    stranger = SealedVault(sealed_vault.root, OTHER_KEYS)
    assert not stranger.contains(sha256)  # another names key: another name
    # the right names key but another content key: the file is found, and does not open
    mixed = DerivedKeys(KEYS.database, OTHER_KEYS.vault_content, KEYS.vault_names)
    assert SealedVault(sealed_vault.root, mixed).hash_of_stored(sha256) == ""
    assert sealed_vault.hash_of_stored(sha256) == sha256
    assert "keys hidden" in repr(sealed_vault)
    assert KEYS.vault_content.hex() not in repr(sealed_vault)


def test_empty_and_cancelled_copies_leave_nothing(
    sealed_vault: SealedVault, make_file: MakeFile
) -> None:
    with pytest.raises(EmptyFile):
        sealed_vault.store_stream(io.BytesIO(b""), "empty.txt")
    with pytest.raises(CopyCancelled) as caught:
        sealed_vault.store_file(make_file("photo.jpg", JPEG), cancelled=lambda: True)
    assert "photo.jpg" in caught.value.message
    assert [path for path in sealed_vault.root.rglob("*") if path.is_file()] == []


class _Unseekable(io.RawIOBase):
    """A stream that cannot go back (a pipe): a zip file's kind cannot be told from it."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._inner.readinto(buffer)  # type: ignore[attr-defined, no-any-return]


def test_the_media_type_comes_from_the_content(sealed_vault: SealedVault, tmp_path: Path) -> None:
    document = tmp_path / "letter.docx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert sealed_vault.store_file(document).media_type.endswith("wordprocessingml.document")
    pasted = sealed_vault.store_stream(io.BytesIO(document.read_bytes()), "letter.docx")
    plain = EvidenceVault(tmp_path / "plain").store_stream(
        io.BytesIO(document.read_bytes()), "letter.docx"
    )
    assert pasted.media_type == plain.media_type == DOCX  # a stream in memory is looked into
    with document.open("rb") as handle:
        piped = cast(BinaryIO, _Unseekable(handle))
        assert sealed_vault.store_stream(piped, "letter.docx").media_type == "application/zip"
    text = sealed_vault.store_stream(io.BytesIO(DISTINCTIVE.encode()), "note")
    assert text.media_type == "text/plain"


def test_delete_removes_the_sealed_file(sealed_vault: SealedVault, make_file: MakeFile) -> None:
    sha256 = sealed_vault.store_file(make_file("photo.jpg", JPEG)).sha256
    sealed_vault.delete(sha256)
    assert not sealed_vault.contains(sha256)
    assert sealed_vault.hash_of_stored(sha256) is None
    assert [path for path in sealed_vault.root.rglob("*") if path.is_file()] == []
