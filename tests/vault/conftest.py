"""Fixtures for the vault: an empty vault beside a database file, and files to add."""

from __future__ import annotations

import hashlib
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from caseworker.vault import EvidenceVault

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"

MakeFile = Callable[..., Path]


@pytest.fixture
def vault(tmp_path: Path) -> EvidenceVault:
    return EvidenceVault.beside(tmp_path / "caseworker.sqlite")


@pytest.fixture
def make_file(tmp_path: Path) -> MakeFile:
    """Write ``content`` to a file named ``name`` in an incoming folder; return its path."""
    incoming = tmp_path / "incoming"
    incoming.mkdir(exist_ok=True)

    def make(name: str = "photo.jpg", content: bytes = JPEG) -> Path:
        path = incoming / name
        path.write_bytes(content)
        return path

    return make


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(vault: EvidenceVault) -> dict[str, tuple[bytes, int]]:
    """Every file in the vault with its bytes and modification time."""
    if not vault.root.exists():
        return {}
    return {
        str(path.relative_to(vault.root)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(vault.root.rglob("*"))
        if path.is_file()
    }


def write_wav(path: Path, seconds: int) -> Path:
    """A silent recording of ``seconds`` at ``path``: WAV, mono, 16 bits at 8 kHz."""
    with wave.open(str(path), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(8000)
        clip.writeframes(bytes(2 * 8000 * seconds))
    return path
