"""How long an audio or video file plays, read from its headers (WAV, MP4/MOV, OGG, MP3).

Pure Python and cheap: only headers and the file's tail are read, never the whole file.
Every function returns ``None`` when it cannot tell; a duration is shown, never trusted.
"""

from __future__ import annotations

import struct
import wave
from pathlib import Path
from typing import BinaryIO

#: How much of an OGG file's end is searched for its last page (a page is at most ~64 KB).
OGG_TAIL = 128 * 1024
#: How far into an MP3 (after its ID3 tag) the first frame header is looked for.
MP3_SYNC_SEARCH = 64 * 1024

_ISO_TYPES = frozenset({"video/mp4", "video/quicktime", "video/3gpp", "audio/mp4", "audio/x-m4a"})
_OGG_TYPES = frozenset({"audio/ogg", "audio/opus", "video/ogg", "application/ogg"})
_MP3_TYPES = frozenset({"audio/mpeg", "audio/mp3"})
_WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave"})


def media_duration(path: Path, media_type: str) -> float | None:
    """The playing time in seconds of the file at ``path``, or ``None`` if unknown."""
    try:
        with path.open("rb") as handle:
            return stream_duration(handle, media_type)
    except OSError:
        return None


def stream_duration(handle: BinaryIO, media_type: str) -> float | None:
    """:func:`media_duration` of a file already open for reading (a plaintext in memory,
    say); it must be able to seek."""
    try:
        if media_type in _WAV_TYPES:
            return wav_duration(handle)
        if media_type in _ISO_TYPES:
            return mp4_duration(handle)
        if media_type in _OGG_TYPES:
            return ogg_duration(handle)
        if media_type in _MP3_TYPES:
            return mp3_duration(handle)
    except (OSError, EOFError, struct.error, ValueError):
        return None
    return None


def wav_duration(source: Path | BinaryIO) -> float | None:
    """Frames / frame rate from a WAV header."""
    try:
        with wave.open(str(source) if isinstance(source, Path) else source, "rb") as clip:
            rate = clip.getframerate()
            return clip.getnframes() / rate if rate else None
    except (OSError, EOFError, wave.Error, RuntimeError):  # RuntimeError: a chunk past the end
        return None


# MP4, MOV, M4A, 3GP: the "mvhd" box inside "moov" -----------------------------------------


def _boxes(handle: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """The boxes between ``start`` and ``end``: (type, payload start, payload end)."""
    found: list[tuple[bytes, int, int]] = []
    offset = start
    while offset + 8 <= end:
        handle.seek(offset)
        header = handle.read(8)
        if len(header) < 8:
            break
        size, kind = struct.unpack(">I4s", header)
        payload = offset + 8
        if size == 1:
            large = handle.read(8)
            if len(large) < 8:
                break
            size = struct.unpack(">Q", large)[0]
            payload += 8
        elif size == 0:
            size = end - offset
        if size < payload - offset:
            break
        found.append((kind, payload, min(offset + size, end)))
        offset += size
    return found


def mp4_duration(handle: BinaryIO) -> float | None:
    """Duration / timescale of the movie header (versions 0 and 1)."""
    end = handle.seek(0, 2)
    for kind, start, stop in _boxes(handle, 0, end):
        if kind != b"moov":
            continue
        for inner, payload, inner_stop in _boxes(handle, start, stop):
            if inner != b"mvhd":
                continue
            handle.seek(payload)
            data = handle.read(min(32, inner_stop - payload))
            if not data:
                return None
            if data[0] == 1:
                timescale, duration = struct.unpack(">IQ", data[20:32])
                unknown = duration == 0xFFFFFFFFFFFFFFFF
            else:
                timescale, duration = struct.unpack(">II", data[12:20])
                unknown = duration == 0xFFFFFFFF
            return duration / timescale if timescale and not unknown else None
    return None


# OGG (Opus, Vorbis): the last page's granule position / sample rate -----------------------


def ogg_duration(handle: BinaryIO) -> float | None:
    """The last granule position of the first stream, over 48 kHz (Opus) or Vorbis' rate."""
    head = handle.read(512)
    if head[:4] != b"OggS" or len(head) < 28:
        return None
    serial = head[14:18]
    segments = head[26]
    packet = head[27 + segments :]
    if packet.startswith(b"OpusHead") and len(packet) >= 12:
        rate = 48000
        pre_skip = struct.unpack("<H", packet[10:12])[0]
    elif packet.startswith(b"\x01vorbis") and len(packet) >= 16:
        rate = struct.unpack("<I", packet[12:16])[0]
        pre_skip = 0
    else:
        return None
    size = handle.seek(0, 2)
    handle.seek(max(0, size - OGG_TAIL))
    tail = handle.read(OGG_TAIL)
    at = tail.rfind(b"OggS")
    while at >= 0:
        page = tail[at : at + 18]
        if len(page) == 18 and page[4] == 0 and page[14:18] == serial:
            granule = struct.unpack("<q", page[6:14])[0]
            if granule >= 0:  # -1: no packet ends on this page
                return max(0, granule - pre_skip) / rate if rate else None
        at = tail.rfind(b"OggS", 0, at)
    return None


# MP3: Xing/Info or VBRI frame count, else size / bitrate of the first frame ------------------

_BITRATES = {  # kbps by (MPEG-1?, layer)
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _id3_size(head: bytes) -> int:
    if head[:3] != b"ID3" or len(head) < 10:
        return 0
    size = 0
    for byte in head[6:10]:
        size = (size << 7) | (byte & 0x7F)
    return 10 + size + (10 if head[5] & 0x10 else 0)


def _frame_header(data: bytes, at: int) -> tuple[int, int, int, int, bool, bool] | None:
    """(bitrate kbps, sample rate, samples per frame, layer, MPEG-1?, mono?) or None."""
    if at + 4 > len(data) or data[at] != 0xFF or data[at + 1] & 0xE0 != 0xE0:
        return None
    version = (data[at + 1] >> 3) & 3
    layer = 4 - ((data[at + 1] >> 1) & 3)
    bitrate_index = data[at + 2] >> 4
    rate_index = (data[at + 2] >> 2) & 3
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    samples = 384 if layer == 1 else 1152 if layer == 2 or mpeg1 else 576
    mono = data[at + 3] >> 6 == 3
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index]
    return bitrate, _SAMPLE_RATES[version][rate_index], samples, layer, mpeg1, mono


def mp3_duration(handle: BinaryIO) -> float | None:
    """Frames × samples per frame / rate from a Xing, Info or VBRI header; else an estimate."""
    size = handle.seek(0, 2)
    handle.seek(0)
    start = _id3_size(handle.read(10))
    handle.seek(start)
    data = handle.read(MP3_SYNC_SEARCH)
    at = 0
    header = None
    while at + 4 <= len(data):
        header = _frame_header(data, at)
        if header is not None:
            break
        at = data.find(b"\xff", at + 1)
        if at < 0:
            return None
    if header is None:
        return None
    bitrate, rate, samples, layer, mpeg1, mono = header
    side = (17 if mono else 32) if mpeg1 else (9 if mono else 17)
    xing = at + 4 + side if layer == 3 else -1
    frames: int | None = None
    if xing >= 0 and data[xing : xing + 4] in (b"Xing", b"Info"):
        flags = struct.unpack(">I", data[xing + 4 : xing + 8])[0]
        if flags & 1:
            frames = struct.unpack(">I", data[xing + 8 : xing + 12])[0]
    elif data[at + 36 : at + 40] == b"VBRI":
        frames = struct.unpack(">I", data[at + 50 : at + 54])[0]
    if frames is not None:
        return frames * samples / rate
    handle.seek(max(0, size - 128))
    audio = size - start - at - (128 if handle.read(3) == b"TAG" else 0)
    return max(0, audio) * 8 / (bitrate * 1000)
