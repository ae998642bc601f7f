"""The vault stores by hash, as a low-memory stream, atomically, once per content."""

from __future__ import annotations

import hashlib
import os
import resource
import stat
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from caseworker.vault import EvidenceVault, VaultNotConfigured, VaultNotReachable
from tests.vault.conftest import JPEG, PDF, MakeFile, sha256_of

MB = 1024 * 1024


def _peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def test_a_file_is_stored_under_its_hash(vault: EvidenceVault, make_file: MakeFile) -> None:
    stored = vault.store_file(make_file("photo.jpg", JPEG))
    sha = sha256_of(JPEG)
    assert (stored.sha256, stored.size, stored.media_type) == (sha, len(JPEG), "image/jpeg")
    assert not stored.already_stored
    path = vault.root / sha[:2] / sha[2:4] / sha
    assert path == vault.path_of(sha) and path.read_bytes() == JPEG
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert vault.leftover_temporaries() == []


def test_the_vault_lies_beside_the_database(tmp_path: Path) -> None:
    vault = EvidenceVault.for_url(f"sqlite:///{tmp_path / 'cases.sqlite'}")
    assert vault.root == tmp_path / "cases.evidence"


def test_a_server_database_needs_a_configured_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEWORKER_EVIDENCE_DIR", raising=False)
    with pytest.raises(VaultNotConfigured):
        EvidenceVault.for_url("postgresql://team@server/cases")
    with pytest.raises(VaultNotReachable):  # the team's folder is never created
        EvidenceVault.for_url("postgresql://team@server/cases", tmp_path / "shared")
    (tmp_path / "shared").mkdir()
    vault = EvidenceVault.for_url("postgresql://team@server/cases", tmp_path / "shared")
    assert vault.root == tmp_path / "shared"


def test_the_same_content_is_stored_once_and_never_rewritten(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    first = vault.store_file(make_file("a.pdf", PDF))
    path = vault.path_of(first.sha256)
    written = path.stat().st_mtime_ns
    time.sleep(0.01)
    again = vault.store_file(make_file("копия письма.pdf", PDF))
    assert again.already_stored and again.sha256 == first.sha256
    assert path.stat().st_mtime_ns == written
    assert [p for p in vault.root.rglob("*") if p.is_file()] == [path]


def test_a_missing_stored_file_is_restored_by_adding_it_again(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    stored = vault.store_file(make_file("a.pdf", PDF))
    vault.delete(stored.sha256)
    again = vault.store_file(make_file("a.pdf", PDF))
    assert not again.already_stored and vault.path_of(stored.sha256).read_bytes() == PDF


def test_a_200_mb_file_is_copied_as_a_stream(vault: EvidenceVault, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    digest = hashlib.sha256()
    block = os.urandom(MB)
    with source.open("wb") as out:
        for number in range(200):
            chunk = number.to_bytes(4, "big") + block[4:]
            digest.update(chunk)
            out.write(chunk)
    rss_before = _peak_rss_bytes()
    tracemalloc.start()
    try:
        seen: list[int] = []
        stored = vault.store_file(source, progress=lambda done, _total: seen.append(done))
        _, traced_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = _peak_rss_bytes() - rss_before
    assert stored.sha256 == digest.hexdigest() and stored.size == 200 * MB
    assert traced_peak < 20 * MB, f"Python allocations peaked at {traced_peak / MB:.0f} MB"
    assert rss_growth < 50 * MB, f"resident memory grew by {rss_growth / MB:.0f} MB"
    assert seen[-1] == 200 * MB and len(seen) > 10
    assert vault.path_of(stored.sha256).stat().st_size == 200 * MB


def test_copy_out_checks_the_hash(
    vault: EvidenceVault, make_file: MakeFile, tmp_path: Path
) -> None:
    from caseworker.vault import StoredFileDamaged

    stored = vault.store_file(make_file("a.pdf", PDF))
    vault.copy_out(stored.sha256, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == PDF
    path = vault.path_of(stored.sha256)
    path.chmod(0o600)
    path.write_bytes(PDF.replace(b"Catalog", b"Catalox"))
    with pytest.raises(StoredFileDamaged):
        vault.copy_out(stored.sha256, tmp_path / "second.pdf")
    assert not (tmp_path / "second.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".incoming")] == []


def test_delete_removes_the_file_and_its_empty_folders(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    stored = vault.store_file(make_file())
    vault.delete(stored.sha256)
    assert list(vault.root.iterdir()) == []
    vault.delete(stored.sha256)  # already gone: no error


def test_a_hash_is_never_a_path(vault: EvidenceVault) -> None:
    with pytest.raises(ValueError):
        vault.path_of("../../etc/passwd")


def _plant(vault: EvidenceVault, sha256: str, content: bytes) -> Path:
    path = vault.path_of(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.chmod(0o600)
    path.write_bytes(content)
    path.chmod(0o400)
    return path


def test_a_file_planted_under_a_hash_is_replaced_by_the_genuine_one(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    """Someone put other bytes where the letter will be stored: adding the letter is not
    "already stored", it puts the letter there."""
    planted = _plant(vault, sha256_of(PDF), b"%PDF-1.7 a forged letter")
    stored = vault.store_file(make_file("письмо.pdf", PDF))
    assert stored.repaired and not stored.already_stored
    assert planted.read_bytes() == PDF
    assert not planted.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert vault.leftover_temporaries() == []


def test_a_damaged_copy_is_repaired_by_adding_the_genuine_file_again(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    first = vault.store_file(make_file("фото.jpg", JPEG))
    _plant(vault, first.sha256, JPEG[:100])  # cut short by a disk error, say
    again = vault.store_file(make_file("фото.jpg", JPEG))
    assert again.repaired and again.sha256 == first.sha256
    assert vault.path_of(first.sha256).read_bytes() == JPEG
    third = vault.store_file(make_file("фото.jpg", JPEG))
    assert third.already_stored and not third.repaired


def test_a_symbolic_link_under_a_hash_is_replaced(
    vault: EvidenceVault, make_file: MakeFile, tmp_path: Path
) -> None:
    """Even a link to a genuine copy elsewhere: that copy could change without the vault."""
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(PDF)
    path = vault.path_of(sha256_of(PDF))
    path.parent.mkdir(parents=True)
    path.symlink_to(elsewhere)
    stored = vault.store_file(make_file("письмо.pdf", PDF))
    assert stored.repaired and not path.is_symlink() and path.read_bytes() == PDF


def test_a_colleagues_copy_landing_first_on_a_share_refusing_to_replace_is_stored_once(
    vault: EvidenceVault, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an SMB share, renaming onto an existing read-only file fails: when a colleague's
    identical copy took the name a moment before ours, the content is stored all the same,
    and the person is not told the folder cannot be written."""
    source = make_file("ответ.pdf", PDF)
    final = vault.path_of(sha256_of(PDF))
    rename = os.replace

    def colleague_first(temporary: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(target) == final and not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            final.write_bytes(PDF)  # the colleague's copy, finished just now
            raise PermissionError(13, "Permission denied")  # as the share says
        rename(temporary, target)

    monkeypatch.setattr(os, "replace", colleague_first)
    stored = vault.store_file(source)
    assert stored.already_stored
    assert final.read_bytes() == PDF
