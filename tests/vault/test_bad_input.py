"""Bad input to the vault: each gets a clear, typed refusal and leaves stored files alone."""

from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from caseworker.errors import CaseworkerError
from caseworker.vault import (
    EmptyFile,
    EvidenceVault,
    FileChanged,
    FileUnreadable,
    NotAFile,
    NotEnoughSpace,
    VaultNotWritable,
)
from tests.vault.conftest import PDF, MakeFile, sha256_of, snapshot

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def already_stored(
    vault: EvidenceVault, make_file: MakeFile
) -> Iterator[dict[str, tuple[bytes, int]]]:
    """A file stored before the bad input; the test checks it is left exactly as it was."""
    vault.store_file(make_file("letter.pdf", PDF))
    before = snapshot(vault)
    yield before
    assert snapshot(vault) == before
    assert vault.leftover_temporaries() == []


@pytest.mark.usefixtures("already_stored")
def test_a_vanished_file(vault: EvidenceVault, tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable) as raised:
        vault.store_file(tmp_path / "incoming" / "gone.jpg")
    assert "“gone.jpg” cannot be found" in raised.value.message


@pytest.mark.usefixtures("already_stored")
@pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their permissions")
def test_an_unreadable_file(vault: EvidenceVault, make_file: MakeFile) -> None:
    path = make_file("secret.jpg")
    path.chmod(0)
    try:
        with pytest.raises(FileUnreadable) as raised:
            vault.store_file(path)
    finally:
        path.chmod(0o600)
    assert "“secret.jpg” cannot be read" in raised.value.message


class FailingReader(io.RawIOBase):
    """A source that breaks after some chunks: a USB stick pulled out, say."""

    def __init__(self, good_bytes: int, error: BaseException) -> None:
        self.left = good_bytes
        self.error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.left <= 0:
            raise self.error
        count = min(len(buffer), self.left)
        buffer[:count] = b"x" * count
        self.left -= count
        return count


@pytest.mark.usefixtures("already_stored")
def test_a_read_error_half_way(vault: EvidenceVault) -> None:
    reader = FailingReader(9 * 1024 * 1024, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(FileUnreadable) as raised:
        vault.store_stream(reader, "voice.ogg")  # type: ignore[arg-type]
    assert "“voice.ogg” cannot be read: Input/output error" in raised.value.message


@pytest.mark.usefixtures("already_stored")
def test_any_exception_half_way_leaves_nothing(vault: EvidenceVault) -> None:
    """An interrupted copy (here a program error) leaves no temporary and no stored file."""
    reader = FailingReader(9 * 1024 * 1024, RuntimeError("simulated crash"))
    with pytest.raises(RuntimeError):
        vault.store_stream(reader, "video.mp4")  # type: ignore[arg-type]


@pytest.mark.usefixtures("already_stored")
def test_cancelling_half_way_leaves_nothing(vault: EvidenceVault, make_file: MakeFile) -> None:
    from caseworker.vault import CopyCancelled

    path = make_file("long.mp4", os.urandom(9 * 1024 * 1024))
    with pytest.raises(CopyCancelled) as raised:
        vault.store_file(path, cancelled=lambda: True)
    assert "cancelled" in raised.value.message


@pytest.mark.usefixtures("already_stored")
def test_a_folder(vault: EvidenceVault, tmp_path: Path) -> None:
    folder = tmp_path / "Фото с телефона"
    folder.mkdir()
    with pytest.raises(NotAFile) as raised:
        vault.store_file(folder)
    assert "“Фото с телефона” is a folder" in raised.value.message


@pytest.mark.usefixtures("already_stored")
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe(vault: EvidenceVault, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(NotAFile):
        vault.store_file(pipe)


@pytest.mark.usefixtures("already_stored")
def test_a_zero_byte_file_is_refused(vault: EvidenceVault, make_file: MakeFile) -> None:
    """Refused, not kept with a warning: it proves nothing, and every empty file has one
    hash, so unrelated empty "files" would all be taken for the same one."""
    with pytest.raises(EmptyFile) as raised:
        vault.store_file(make_file("скриншот.png", b""))
    assert "“скриншот.png” is empty (0 bytes)" in raised.value.message


@pytest.mark.usefixtures("already_stored")
def test_an_empty_stream_is_refused(vault: EvidenceVault) -> None:
    with pytest.raises(EmptyFile):
        vault.store_stream(io.BytesIO(b""), "pasted.png")


@pytest.mark.usefixtures("already_stored")
def test_a_file_larger_than_the_free_space(vault: EvidenceVault, make_file: MakeFile) -> None:
    huge = make_file("video.mp4", b"")
    free = shutil.disk_usage(vault.root).free
    os.truncate(huge, free + 10 * 1024**3)  # sparse: takes no room itself
    with pytest.raises(NotEnoughSpace) as raised:
        vault.store_file(huge)
    message = raised.value.message
    assert "not enough free space to keep “video.mp4”" in message
    assert "GB" in message and str(vault.root) in message


def test_a_missing_evidence_folder_is_created(tmp_path: Path, make_file: MakeFile) -> None:
    vault = EvidenceVault(tmp_path / "not" / "yet" / "there")
    stored = vault.store_file(make_file())
    assert vault.path_of(stored.sha256).is_file()


def test_an_evidence_folder_that_is_a_file(tmp_path: Path, make_file: MakeFile) -> None:
    blocker = tmp_path / "blocked.evidence"
    blocker.write_text("not a folder")
    with pytest.raises(VaultNotWritable) as raised:
        EvidenceVault(blocker).store_file(make_file())
    assert "cannot be written to" in raised.value.message
    assert blocker.read_text() == "not a folder"


@pytest.mark.usefixtures("already_stored")
@pytest.mark.skipif(AS_ROOT, reason="root writes into read-only folders")
def test_a_read_only_evidence_folder(vault: EvidenceVault, make_file: MakeFile) -> None:
    vault.root.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(VaultNotWritable) as raised:
            vault.store_file(make_file("new.jpg", b"\xff\xd8\xff new"))
    finally:
        vault.root.chmod(0o700)
    assert f"The evidence folder {vault.root} cannot be written to" in raised.value.message


@pytest.mark.parametrize(
    "name",
    ["Скриншот переписки.png", "фото 😢 сына.jpg", "  spaces  and\ttab .jpg", "a\\b.jpg"],
)
def test_names_with_cyrillic_spaces_emoji_and_backslashes(
    vault: EvidenceVault, make_file: MakeFile, name: str
) -> None:
    content = name.encode() + b"\xff\xd8\xff"
    stored = vault.store_file(make_file(name, content))
    assert stored.sha256 == sha256_of(content)
    assert vault.path_of(stored.sha256).read_bytes() == content


def test_every_refusal_is_a_caseworker_error() -> None:
    for error in (EmptyFile, FileUnreadable, NotAFile, NotEnoughSpace, VaultNotWritable):
        assert issubclass(error, CaseworkerError)


MB = 1024 * 1024


def _aged(path: Path) -> Path:
    """An hour-old file, so that any change during the copy shows in its modification time."""
    then = time.time() - 3600
    os.utime(path, (then, then))
    return path


def _after_first_chunk(action: Callable[[], None]) -> Callable[[int, int], None]:
    done: list[int] = []

    def progress(count: int, _total: int) -> None:
        if not done:
            action()
        done.append(count)

    return progress


@pytest.fixture
def video(make_file: MakeFile) -> Path:
    """A video of 9 MB being copied into the vault."""
    return _aged(make_file("видео.mp4", os.urandom(9 * MB)))


@pytest.mark.usefixtures("already_stored")
def test_a_file_growing_while_it_is_copied_is_refused(vault: EvidenceVault, video: Path) -> None:
    """A download still running: what was read so far is not kept as the evidence."""

    def grow() -> None:
        with video.open("ab") as handle:
            handle.write(os.urandom(MB))

    with pytest.raises(FileChanged) as raised:
        vault.store_file(video, progress=_after_first_chunk(grow))
    assert "“видео.mp4” changed while it was being copied" in raised.value.message
    assert "Nothing was stored" in raised.value.message


@pytest.mark.usefixtures("already_stored")
def test_a_file_truncated_while_it_is_copied_is_refused(vault: EvidenceVault, video: Path) -> None:
    with pytest.raises(FileChanged):
        vault.store_file(video, progress=_after_first_chunk(lambda: os.truncate(video, 5 * MB)))


@pytest.mark.usefixtures("already_stored")
def test_a_file_rewritten_in_place_while_it_is_copied_is_refused(
    vault: EvidenceVault, video: Path
) -> None:
    """Same size, but the part already read was changed: the hash would be of neither."""

    def rewrite() -> None:
        with video.open("r+b") as handle:
            handle.write(b"edited")

    with pytest.raises(FileChanged):
        vault.store_file(video, progress=_after_first_chunk(rewrite))


@pytest.mark.usefixtures("already_stored")
def test_a_file_replaced_while_it_is_copied_is_refused(
    vault: EvidenceVault, video: Path, tmp_path: Path
) -> None:
    """Another file of the same size and time renamed over it: only the inode tells."""
    other = tmp_path / "other.mp4"
    other.write_bytes(os.urandom(9 * MB))
    before = video.stat()

    def replace() -> None:
        os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
        os.replace(other, video)

    with pytest.raises(FileChanged):
        vault.store_file(video, progress=_after_first_chunk(replace))


def test_a_file_left_alone_is_stored_whatever_its_age(
    vault: EvidenceVault, make_file: MakeFile
) -> None:
    data = os.urandom(9 * MB)
    stored = vault.store_file(_aged(make_file("видео.mp4", data)), progress=lambda *_: None)
    assert stored.sha256 == sha256_of(data) and stored.size == 9 * MB
