"""The sealed (encrypted) file format of the vault: round trips, tampering, names, streaming."""

from __future__ import annotations

import hashlib
import io
import tracemalloc
from pathlib import Path

import pytest

from caseworker.cli.language import speaking
from caseworker.vault import CopyCancelled, StoredFileDamaged
from caseworker.vault.sealed import (
    CHUNK_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    EarlyWriteback,
    NotASealedFile,
    SealedFileDamaged,
    SealedFileError,
    SealedFormatTooNew,
    SealedKeyMismatch,
    iter_opened,
    open_stream,
    plaintext_sha256,
    plaintext_size,
    seal_stream,
    sealed_name,
    sealed_size,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
NAMES_KEY = bytes(range(100, 132))
SMALL = 16  # a chunk size that keeps the tests quick
DISTINCTIVE = "Тимофей Звягинцев-Бельский, село Кривоозёрное"


def content(size: int) -> bytes:
    """``size`` bytes that differ from chunk to chunk (so that swapped chunks differ)."""
    return bytes((index * 7 + index // 251) % 256 for index in range(size))


def seal(data: bytes, key: bytes = KEY, chunk_size: int = SMALL) -> bytes:
    out = io.BytesIO()
    sha256, size = seal_stream(io.BytesIO(data), out, key, name="letter.pdf", chunk_size=chunk_size)
    assert sha256 == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    return out.getvalue()


def unseal(blob: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    sha256, size = open_stream(io.BytesIO(blob), out, key, name="letter.pdf")
    assert sha256 == hashlib.sha256(out.getvalue()).hexdigest()
    assert size == len(out.getvalue())
    return out.getvalue()


def chunks(blob: bytes, chunk_size: int = SMALL) -> tuple[bytes, list[bytes]]:
    """The header and the sealed chunks of ``blob``."""
    step = chunk_size + TAG_SIZE
    body = blob[HEADER_SIZE:]
    return blob[:HEADER_SIZE], [body[start : start + step] for start in range(0, len(body), step)]


@pytest.mark.parametrize(
    "size", [0, 1, SMALL - 1, SMALL, SMALL + 1, 3 * SMALL + 5], ids=lambda size: f"{size}B"
)
def test_round_trip(size: int) -> None:
    data = content(size)
    blob = seal(data)
    assert unseal(blob) == data
    assert len(blob) == sealed_size(size, SMALL)
    assert plaintext_size(len(blob), SMALL) == size
    _, parts = chunks(blob)
    assert len(parts) == size // SMALL + 1  # the last chunk is never full
    assert len(parts[-1]) == size % SMALL + TAG_SIZE


def test_round_trip_with_real_chunks(tmp_path: Path) -> None:
    data = content(2 * CHUNK_SIZE + 3)
    source = tmp_path / "scan.tiff"
    source.write_bytes(data)
    sealed = tmp_path / "sealed"
    with source.open("rb", buffering=0) as reader, sealed.open("wb", buffering=0) as writer:
        sha256, size = seal_stream(reader, writer, KEY)
    assert (sha256, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert sealed.stat().st_size == sealed_size(len(data)) == HEADER_SIZE + len(data) + 3 * 16
    assert plaintext_sha256(sealed, KEY) == sha256
    pieces: list[bytes] = []
    with sealed.open("rb") as reader:
        found = open_stream(reader, lambda piece: pieces.append(bytes(piece)), KEY)
    assert found == (sha256, size)
    assert [len(piece) for piece in pieces] == [CHUNK_SIZE, CHUNK_SIZE, 3]
    assert b"".join(pieces) == data


def test_early_writeback_writes_the_same_file(tmp_path: Path) -> None:
    data = content(40 * SMALL + 3)
    sealed = tmp_path / "sealed"
    with sealed.open("wb", buffering=0) as out:
        out.write(b"kept")  # advice starts where the writer found the file
        writer = EarlyWriteback(out, every=100)
        assert writer.fileno() == out.fileno()
        sha256, size = seal_stream(io.BytesIO(data), writer, KEY, chunk_size=SMALL)
    assert (sha256, size) == (hashlib.sha256(data).hexdigest(), len(data))
    blob = sealed.read_bytes()
    assert blob[:4] == b"kept"
    assert unseal(blob[4:]) == data


def test_writers_that_write_part_or_tell_no_count() -> None:
    class Halves:
        """Writes at most half of what it is given, as a raw file may."""

        def __init__(self) -> None:
            self.data = bytearray()

        def write(self, data: memoryview, /) -> int:
            count = max(1, len(data) // 2)
            self.data += data[:count]
            return count

    class Silent:
        """Takes everything and tells no count."""

        def __init__(self) -> None:
            self.data = bytearray()

        def write(self, data: memoryview, /) -> None:
            self.data += data

    data = content(3 * SMALL + 5)
    halves, silent = Halves(), Silent()
    seal_stream(io.BytesIO(data), halves, KEY, chunk_size=SMALL)
    seal_stream(io.BytesIO(data), silent, KEY, chunk_size=SMALL)
    assert unseal(bytes(halves.data)) == unseal(bytes(silent.data)) == data
    opened = Halves()
    open_stream(io.BytesIO(bytes(silent.data)), opened, KEY)
    assert bytes(opened.data) == data


def test_memory_stays_at_two_chunks_whatever_the_size() -> None:
    class Endless:
        """``size`` bytes made on the fly, none of them kept."""

        def __init__(self, size: int) -> None:
            self.left = size

        def readinto(self, buffer: memoryview, /) -> int:
            count = min(len(buffer), self.left)
            buffer[:count] = bytes(count)
            self.left -= count
            return count

    class Counter:
        def __init__(self) -> None:
            self.size = 0

        def write(self, data: memoryview, /) -> int:
            self.size += len(data)
            return len(data)

    size = 24 * CHUNK_SIZE + 7
    counter = Counter()
    tracemalloc.start()
    try:
        _, sealed = seal_stream(Endless(size), counter, KEY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sealed == size and counter.size == sealed_size(size)
    assert peak < 4 * CHUNK_SIZE  # two buffers and a chunk-sized zero block, not 24 MB


def test_the_same_content_sealed_twice_differs() -> None:
    data = content(100)
    first, second = seal(data), seal(data)
    assert first != second
    assert unseal(first) == unseal(second) == data


def test_short_reads_give_the_same_chunks() -> None:
    class Trickle(io.RawIOBase):
        """Gives at most 5 bytes a read, as a pipe may."""

        def __init__(self, data: bytes) -> None:
            self.data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            piece = self.data.read(min(5, len(buffer)))
            buffer[: len(piece)] = piece
            return len(piece)

    data = content(3 * SMALL + 5)
    out = io.BytesIO()
    seal_stream(Trickle(data), out, KEY, chunk_size=SMALL)
    assert len(out.getvalue()) == sealed_size(len(data), SMALL)
    assert unseal(Trickle(out.getvalue()).data.getvalue()) == data
    assert open_stream(Trickle(out.getvalue()), lambda _: None, KEY)[1] == len(data)


# -- tampering ------------------------------------------------------------------------------


def assert_damaged(blob: bytes, part: int | None, *, key: bytes = KEY) -> SealedFileDamaged:
    with pytest.raises(SealedFileDamaged) as caught:
        unseal(blob, key)
    error = caught.value
    assert isinstance(error, StoredFileDamaged)  # the vault's own error for a damaged file
    assert "letter.pdf" in error.message
    assert "altered or damaged" in error.message or "unencrypted" in error.message
    if part is not None:
        assert error.part == part
        assert f"part {part}" in error.message
    return error


DATA = content(3 * SMALL + 5)


@pytest.mark.parametrize("offset", [0, 5, SMALL - 1, SMALL, SMALL + TAG_SIZE - 1])
@pytest.mark.parametrize("part", [1, 2, 4])
def test_an_altered_byte_is_found(part: int, offset: int) -> None:
    blob = bytearray(seal(DATA))
    position = HEADER_SIZE + (part - 1) * (SMALL + TAG_SIZE) + offset
    if position >= len(blob):
        position = len(blob) - 1
    blob[position] ^= 0x01
    assert_damaged(bytes(blob), part)


def test_swapped_chunks_are_found() -> None:
    header, parts = chunks(seal(DATA))
    parts[0], parts[1] = parts[1], parts[0]
    assert_damaged(header + b"".join(parts), 1)


def test_a_chunk_repeated_in_place_of_another_is_found() -> None:
    header, parts = chunks(seal(DATA))
    parts[2] = parts[1]
    assert_damaged(header + b"".join(parts), 3)


def test_a_truncated_last_chunk_is_found() -> None:
    blob = seal(DATA)
    assert_damaged(blob[:-1], 4)
    assert_damaged(blob[:-TAG_SIZE], 4)


def test_a_dropped_last_chunk_is_found() -> None:
    header, parts = chunks(seal(DATA))
    error = assert_damaged(header + b"".join(parts[:-1]), 4)
    assert "ends before its last part" in error.message


def test_a_file_cut_at_a_chunk_boundary_is_found_for_full_sized_content() -> None:
    data = content(2 * SMALL)  # two full chunks and an empty last one
    header, parts = chunks(seal(data))
    assert len(parts) == 3
    assert_damaged(header + b"".join(parts[:-1]), 3)
    assert_damaged(header, 1)  # only the header left


@pytest.mark.parametrize("extra", ["copy of a chunk", "its last chunk again", "one byte"])
def test_an_appended_chunk_is_found(extra: str) -> None:
    header, parts = chunks(seal(DATA))
    added = {"copy of a chunk": parts[1], "its last chunk again": parts[-1], "one byte": b"\0"}
    assert_damaged(header + b"".join(parts) + added[extra], 4)


def test_an_appended_chunk_after_full_sized_content_is_found() -> None:
    header, parts = chunks(seal(content(2 * SMALL)))
    assert_damaged(header + b"".join(parts) + parts[-1], 3)  # the last chunk now too long


def test_a_chunk_from_another_file_is_found() -> None:
    header, parts = chunks(seal(DATA))
    _, others = chunks(seal(DATA))  # the same content and key, another salt
    parts[1] = others[1]
    assert_damaged(header + b"".join(parts), 2)


@pytest.mark.parametrize("position", range(HEADER_SIZE))
def test_an_altered_header_is_found_before_any_plaintext(position: int) -> None:
    blob = bytearray(seal(DATA))
    blob[position] ^= 0x01
    given: list[bytes] = []
    with pytest.raises(SealedFileError) as caught:
        open_stream(io.BytesIO(bytes(blob)), lambda piece: given.append(bytes(piece)), KEY)
    assert given == []
    assert caught.value.message
    if position <= 4:  # the magic, or the version (1 becomes 0)
        assert isinstance(caught.value, NotASealedFile)
    else:  # the reserved bytes, chunk size, salt or tag: the header's check fails
        assert isinstance(caught.value, SealedKeyMismatch)


def test_a_wrong_key_is_found() -> None:
    with pytest.raises(SealedKeyMismatch) as caught:
        unseal(seal(DATA), OTHER_KEY)
    assert "another database" in caught.value.message
    assert "letter.pdf" in caught.value.message


def test_a_plain_file_is_not_taken_for_a_sealed_one() -> None:
    for blob in (b"", b"CWV", b"%PDF-1.7\n" + DATA):
        with pytest.raises(NotASealedFile) as caught:
            unseal(blob)
        assert "not an encrypted evidence file" in caught.value.message


def test_the_sentences_in_russian() -> None:
    header, parts = chunks(seal(DATA))
    with speaking("ru"):
        with pytest.raises(SealedFileDamaged) as damaged:
            unseal(header + parts[0] + b"".join(parts[:-1]))  # part 1 twice
        with pytest.raises(SealedFileDamaged) as short:
            unseal(header + b"".join(parts[:-1]))
        with pytest.raises(SealedKeyMismatch) as mismatch:
            unseal(header + b"".join(parts), OTHER_KEY)
    assert damaged.value.message.startswith("Хранимый файл «letter.pdf» изменён или повреждён")
    assert "часть 2" in damaged.value.message
    assert "нет части 4" in short.value.message
    assert "другой базы" in mismatch.value.message


def test_a_newer_format_says_so() -> None:
    blob = bytearray(seal(DATA))
    blob[4] = 2
    with pytest.raises(SealedFormatTooNew) as caught:
        unseal(bytes(blob))
    assert "newer version" in caught.value.message


def test_plaintext_sha256_finds_damage(tmp_path: Path) -> None:
    path = tmp_path / "sealed"
    blob = bytearray(seal(DATA))
    path.write_bytes(bytes(blob))
    assert plaintext_sha256(path, KEY) == hashlib.sha256(DATA).hexdigest()
    blob[-3] ^= 0x80
    path.write_bytes(bytes(blob))
    with pytest.raises(SealedFileDamaged):
        plaintext_sha256(path, KEY)


def test_sizes_that_no_sealed_file_has() -> None:
    assert plaintext_size(HEADER_SIZE + TAG_SIZE - 1, SMALL) is None
    assert plaintext_size(HEADER_SIZE + SMALL + TAG_SIZE + 3, SMALL) is None
    assert plaintext_size(HEADER_SIZE + TAG_SIZE, SMALL) == 0


# -- nothing readable -----------------------------------------------------------------------


def test_the_sealed_bytes_hold_no_plaintext() -> None:
    data = b"".join(
        DISTINCTIVE.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    )
    blob = seal(data * 50, chunk_size=CHUNK_SIZE)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        encoded = DISTINCTIVE.encode(encoding)
        assert encoded in data * 50 or encoding == "utf-16"
        assert encoded not in blob
        assert encoded[:12] not in blob
    assert unseal(blob) == data * 50


# -- keyed names ----------------------------------------------------------------------------


def test_the_keyed_name_is_stable_and_not_the_sha256() -> None:
    sha256 = hashlib.sha256(DISTINCTIVE.encode()).hexdigest()
    name = sealed_name(NAMES_KEY, sha256)
    assert name == sealed_name(NAMES_KEY, sha256)
    assert len(name) == 64 and set(name) <= set("0123456789abcdef")
    assert name != sha256
    assert sealed_name(KEY, sha256) != name  # another key, another name
    other = hashlib.sha256(b"another file").hexdigest()
    assert sealed_name(NAMES_KEY, other) != name
    # the same bytes every time: a name written once is found by a later run
    assert name == sealed_name(bytes(NAMES_KEY), str(sha256))


@pytest.mark.parametrize("bad", ["", "ABCDEF" * 10 + "ABCD", "g" * 64, "0" * 63])
def test_the_keyed_name_refuses_what_is_not_a_sha256(bad: str) -> None:
    with pytest.raises(ValueError):
        sealed_name(NAMES_KEY, bad)


def test_keys_of_the_wrong_length_are_refused() -> None:
    with pytest.raises(ValueError):
        sealed_name(b"short", "0" * 64)
    with pytest.raises(ValueError):
        seal(DATA, key=b"short")


# -- progress and cancelling ----------------------------------------------------------------


def test_progress_is_told_each_chunk() -> None:
    told: list[tuple[int, int]] = []
    out = io.BytesIO()
    seal_stream(
        io.BytesIO(DATA),
        out,
        KEY,
        lambda done, total: told.append((done, total)),
        chunk_size=SMALL,
        size_hint=len(DATA),
    )
    assert told == [(16, 53), (32, 53), (48, 53), (53, 53)]
    told.clear()
    open_stream(
        io.BytesIO(out.getvalue()),
        lambda _: None,
        KEY,
        lambda done, total: told.append((done, total)),
    )
    assert told == [(16, 16), (32, 32), (48, 48), (53, 53)]


def test_sealing_can_be_cancelled_mid_stream() -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked == 2

    out = io.BytesIO()
    with pytest.raises(CopyCancelled) as caught:
        seal_stream(
            io.BytesIO(DATA), out, KEY, None, cancelled, name="letter.pdf", chunk_size=SMALL
        )
    assert "letter.pdf" in caught.value.message and "cancelled" in caught.value.message
    assert len(out.getvalue()) == HEADER_SIZE + 2 * (SMALL + TAG_SIZE)  # stopped after two


def test_opening_can_be_cancelled_mid_stream() -> None:
    blob = seal(DATA)
    given: list[int] = []
    with pytest.raises(CopyCancelled):
        open_stream(
            io.BytesIO(blob), lambda piece: given.append(len(piece)), KEY, None, lambda: True
        )
    assert given == [SMALL]


def test_iter_opened_gives_the_chunks_then_checks_the_end() -> None:
    header, parts = chunks(seal(DATA))
    opened = iter_opened(io.BytesIO(header + b"".join(parts[:-1])), KEY, name="letter.pdf")
    assert [bytes(next(opened)) for _ in range(3)] == [DATA[:16], DATA[16:32], DATA[32:48]]
    with pytest.raises(SealedFileDamaged):
        next(opened)
