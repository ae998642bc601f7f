"""Unfinished copies left by an interrupted addition: named by the check, removed by the
clean-up, and never taken from a copy that is still under way."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.integrity import check_database
from caseworker.services import evidence as ev
from caseworker.services.evidence_purge import clean_unfinished_copies
from caseworker.vault import EvidenceVault
from caseworker.vault.leftovers import UnfinishedCopy, remove_unfinished_copies, unfinished_copies
from caseworker.vault.messages import human_size
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed import MAGIC
from caseworker.vault.sealed_store import SealedVault
from caseworker.vault.store import TEMP_PREFIX
from tests.conftest import SampleCase
from tests.vault.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


def _temporary(vault: EvidenceVault, size: int = 3 * MB, minutes_old: int = 60) -> Path:
    vault.ensure_root()
    path = vault.root / f"{TEMP_PREFIX}0123456789abcdef"
    with path.open("wb") as handle:
        handle.truncate(size)
    _age(path, minutes_old)
    return path


def _age(path: Path, minutes: int) -> None:
    then = time.time() - minutes * 60
    os.utime(path, (then, then))


def _vault_problems(database: Database) -> list[str]:
    with database.read() as session:
        return [p.message for p in check_database(session) if p.check == "evidence_vault"]


@pytest.mark.usefixtures("sample_case")
def test_an_old_unfinished_copy_is_named_and_removed(database: Database, db_path: Path) -> None:
    vault = EvidenceVault.beside(db_path)
    temporary = _temporary(vault)
    [message] = _vault_problems(database)
    assert temporary.name in message and "3.0 MB" in message
    assert "interrupted" in message and "evidence clean" in message
    result = clean_unfinished_copies(vault)
    assert [copy.path for copy in result.removed] == [temporary] and result.kept == ()
    assert not temporary.exists() and _vault_problems(database) == []


@pytest.mark.usefixtures("sample_case")
def test_a_recent_unfinished_copy_is_named_but_kept(database: Database, db_path: Path) -> None:
    """Written in the last minutes: perhaps by another computer whose lock cannot be seen."""
    vault = EvidenceVault.beside(db_path)
    temporary = _temporary(vault, minutes_old=2)
    assert len(_vault_problems(database)) == 1
    result = clean_unfinished_copies(vault)
    assert result.removed == () and [copy.path for copy in result.kept] == [temporary]
    assert temporary.exists()
    later = datetime.now(UTC) + timedelta(minutes=9)
    assert [c.path for c in remove_unfinished_copies(vault, now=later).removed] == [temporary]


@pytest.fixture
def locked(db_path: Path) -> Iterator[Path]:
    """An old temporary locked as the vault locks the copy it writes (a copy still going)."""
    fcntl = pytest.importorskip("fcntl")
    temporary = _temporary(EvidenceVault.beside(db_path))
    descriptor = os.open(temporary, os.O_WRONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        yield temporary
    finally:
        os.close(descriptor)


@pytest.mark.usefixtures("sample_case")
def test_a_copy_under_way_is_neither_named_nor_removed(
    database: Database, db_path: Path, locked: Path
) -> None:
    vault = EvidenceVault.beside(db_path)
    [copy] = unfinished_copies(vault)
    assert copy.in_use and copy.path == locked
    assert _vault_problems(database) == []
    result = remove_unfinished_copies(vault, min_age=timedelta(0))
    assert result.removed == () and locked.exists()


@pytest.mark.usefixtures("sample_case")
def test_evidence_clean_on_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = EvidenceVault.beside(db_path)
    old = _temporary(vault, size=5 * MB)
    code, out, err = run(db_path, capsys, "evidence", "clean")
    assert code == 0 and out == f"{old}\t5.0 MB\n"
    assert "Unfinished copies removed from the evidence folder: 1 (5.0 MB)." in err
    recent = _temporary(vault, minutes_old=1)
    code, out, err = run(db_path, capsys, "evidence", "clean")
    assert code == 0 and out == "" and recent.exists()
    assert "Left for now" in err and recent.name in err


def _sparse_size(folder: Path) -> int:
    """A file big enough that its copy is still running when the test looks (gigabytes
    take seconds to hash), without filling the disk: the copy is killed early."""
    return min(4 * 1024 * MB, shutil.disk_usage(folder).free // 4)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_addition_killed_mid_copy_leaves_a_copy_the_check_names_and_clean_removes(
    database: Database,
    db_path: Path,
    sample_case: SampleCase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = EvidenceVault.beside(db_path)
    size = _sparse_size(tmp_path)
    if size < 512 * MB:
        pytest.skip("too little free disk space for a large file")
    video = tmp_path / "запись с камеры.mp4"
    with video.open("wb") as handle:
        handle.truncate(size)  # sparse: no room taken, but every byte is read and hashed
    child = subprocess.Popen(
        [sys.executable, "-m", "caseworker", "--db", str(db_path), "evidence", "add",
         "--case", sample_case.reference, str(video)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        copies: list[UnfinishedCopy] = []
        while not copies and time.monotonic() < deadline and child.poll() is None:
            copies = [c for c in unfinished_copies(vault) if c.size > 0]
            time.sleep(0.01)
        assert copies, f"no copy under way; the child said {child.stderr and child.stderr.read()!r}"
        # The copy under way is locked: neither named by the check nor removed, even when
        # the clean-up is told to ignore the age rule.
        [copy] = copies
        assert copy.in_use
        assert remove_unfinished_copies(vault, min_age=timedelta(0)).removed == ()
        assert child.poll() is None, "the copy ended before the test could look"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()
    [left] = unfinished_copies(vault)
    assert left.path == copy.path and not left.in_use and 0 < left.size < size
    with left.path.open("rb") as handle:
        start = handle.read(2 * MB)
    if isinstance(vault_of_engine(database.engine), SealedVault):
        # A protected database's copy is sealed as it is written: no plaintext left behind.
        assert start.startswith(MAGIC) and bytes(4096) not in start
    else:
        assert start == bytes(len(start))  # the video's zeros, as they were read
    [message] = _vault_problems(database)
    assert left.path.name in message and human_size(left.size) in message
    with database.read() as session:
        assert ev.list_evidence(session, sample_case.case_id, include_removed=True) == []
    # Just killed, so written a moment ago: the clean-up leaves it for a few minutes ...
    code, out, err = run(db_path, capsys, "evidence", "clean")
    assert code == 0 and out == "" and left.path.exists() and "Left for now" in err
    # ... and removes it once it is older.
    _age(left.path, 15)
    code, out, _ = run(db_path, capsys, "evidence", "clean")
    assert code == 0 and out.startswith(f"{left.path}\t")
    assert not left.path.exists() and vault.leftover_temporaries() == []
    assert _vault_problems(database) == []


class _Watching(EvidenceVault):
    """A vault that looks at its unfinished copies while it hashes its stored copy."""

    seen: list[list[bool]]

    def hash_of_stored(self, sha256: str) -> str | None:
        self.seen.append([copy.in_use for copy in unfinished_copies(self)])
        return super().hash_of_stored(sha256)


def test_the_copy_stays_locked_until_it_is_renamed(tmp_path: Path) -> None:
    """Hashing the stored copy of a large file takes a while: the new copy stays locked."""
    vault = _Watching(tmp_path / "vault")
    vault.seen = []
    source = tmp_path / "видео.mp4"
    source.write_bytes(os.urandom(MB))
    vault.store_file(source)
    vault.store_file(source)  # the second time, the stored copy is hashed before the rename
    assert vault.seen == [[True]]
    assert unfinished_copies(vault) == []
