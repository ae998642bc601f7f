"""Durations read from headers of small files built byte by byte: MP4/MOV, OGG, MP3, WAV."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from caseworker.vault.durations import media_duration
from tests.vault.conftest import write_wav


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mvhd(version: int, timescale: int, duration: int) -> bytes:
    if version == 1:
        times = struct.pack(">QQIQ", 0, 0, timescale, duration)
    else:
        times = struct.pack(">IIII", 0, 0, timescale, duration)
    return box(b"mvhd", bytes([version, 0, 0, 0]) + times + bytes(80))


def test_mp4_version_0_after_the_media_data(tmp_path: Path) -> None:
    path = tmp_path / "video.mp4"
    path.write_bytes(
        box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2")
        + box(b"mdat", bytes(5000))
        + box(b"moov", box(b"trak", bytes(40)) + mvhd(0, 1000, 83_500))
    )
    assert media_duration(path, "video/mp4") == pytest.approx(83.5)


def test_mov_version_1_with_a_64_bit_box_size(tmp_path: Path) -> None:
    path = tmp_path / "clip.mov"
    large = struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 16 + 300) + bytes(300)
    path.write_bytes(
        box(b"ftyp", b"qt  \x00\x00\x00\x00") + large + box(b"moov", mvhd(1, 600, 600 * 3723))
    )
    assert media_duration(path, "video/quicktime") == pytest.approx(3723.0)


def test_m4a_without_a_movie_header_has_no_duration(tmp_path: Path) -> None:
    path = tmp_path / "voice.m4a"
    path.write_bytes(box(b"ftyp", b"M4A \x00\x00\x00\x00") + box(b"mdat", bytes(100)))
    assert media_duration(path, "audio/mp4") is None


def ogg_page(serial: int, sequence: int, granule: int, packet: bytes, kind: int = 0) -> bytes:
    header = b"OggS" + bytes([0, kind]) + struct.pack("<qII", granule, serial, sequence)
    return header + struct.pack("<I", 0) + bytes([1, len(packet)]) + packet


def test_opus_uses_48_khz_and_the_pre_skip(tmp_path: Path) -> None:
    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 16000, 0, 0)
    path = tmp_path / "voice message.ogg"
    path.write_bytes(
        ogg_page(7, 0, 0, head, kind=2)
        + ogg_page(7, 1, 0, b"OpusTags" + bytes(8))
        + ogg_page(7, 2, 48000 * 2 + 312, bytes(200))
        + ogg_page(7, 3, 48000 * 5 + 312, bytes(100), kind=4)
        + ogg_page(7, 4, -1, bytes(50))  # no packet ends here: the page before counts
    )
    assert media_duration(path, "audio/ogg") == pytest.approx(5.0)


def test_vorbis_takes_the_rate_from_its_identification_header(tmp_path: Path) -> None:
    ident = b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, 2, 44100, 0, 128000, 0, 0xB8, 1)
    path = tmp_path / "song.ogg"
    path.write_bytes(
        ogg_page(99, 0, 0, ident, kind=2)
        + ogg_page(99, 1, 44100 * 3, bytes(100), kind=4)
        + ogg_page(5, 0, 44100 * 60, bytes(20), kind=2)  # another stream's page is ignored
    )
    assert media_duration(path, "audio/ogg") == pytest.approx(3.0)


def test_ogg_of_an_unknown_codec_has_no_duration(tmp_path: Path) -> None:
    path = tmp_path / "other.ogg"
    path.write_bytes(ogg_page(1, 0, 0, b"\x80theora" + bytes(30), kind=2))
    assert media_duration(path, "audio/ogg") is None


ID3 = b"ID3\x04\x00\x00" + bytes([0, 0, 0, 20]) + bytes(20)
MPEG1_L3_128K_44K = b"\xff\xfb\x90"  # + the channel-mode byte


def test_mp3_with_a_xing_header_counts_frames(tmp_path: Path) -> None:
    frame = MPEG1_L3_128K_44K + b"\x00" + bytes(32) + b"Xing" + struct.pack(">II", 1, 100)
    path = tmp_path / "audio.mp3"
    path.write_bytes(ID3 + frame + bytes(400))
    assert media_duration(path, "audio/mpeg") == pytest.approx(100 * 1152 / 44100)


def test_mono_mp3_with_an_info_header(tmp_path: Path) -> None:
    frame = MPEG1_L3_128K_44K + b"\xc0" + bytes(17) + b"Info" + struct.pack(">II", 15, 441)
    path = tmp_path / "mono.mp3"
    path.write_bytes(frame + bytes(400))
    assert media_duration(path, "audio/mpeg") == pytest.approx(441 * 1152 / 44100)


def test_mp3_without_a_frame_count_is_estimated_from_its_bitrate(tmp_path: Path) -> None:
    frame = MPEG1_L3_128K_44K + b"\x00" + bytes(413)  # 417 bytes at 128 kbit/s
    path = tmp_path / "cbr.mp3"
    path.write_bytes(ID3 + frame * 10 + b"TAG" + bytes(125))
    assert media_duration(path, "audio/mpeg") == pytest.approx(4170 * 8 / 128_000)


def test_wav_from_its_header(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "call.wav", seconds=2)
    assert media_duration(path, "audio/wav") == pytest.approx(2.0)


@pytest.mark.parametrize("media_type", ["video/mp4", "audio/ogg", "audio/mpeg", "audio/wav"])
def test_garbage_empty_and_missing_files_have_no_duration(tmp_path: Path, media_type: str) -> None:
    garbage = tmp_path / "garbage"
    garbage.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert media_duration(garbage, media_type) is None
    assert media_duration(empty, media_type) is None
    assert media_duration(tmp_path / "missing", media_type) is None


def test_other_types_have_no_duration(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("hello", encoding="utf-8")
    assert media_duration(path, "text/plain") is None
