"""A damaged or hostile recording's length is unknown (None), never an exception: the
preview and the player read it in the window's thread, where an exception is a program
error shown to the caseworker."""

from __future__ import annotations

import io
from pathlib import Path

from caseworker.vault.durations import media_duration, stream_duration

#: A WAV header whose "fmt " chunk is misnamed and claims more than the file holds: Python's
#: ``wave`` raises RuntimeError while skipping it.
BAD_WAV = b"RIFFd\x00\x00\x00WAVEfnt \x0e\x02/O\x83\xc3P2q\xb9\xa0=\x04"


def test_a_malformed_wav_has_no_length(tmp_path: Path) -> None:
    assert stream_duration(io.BytesIO(BAD_WAV), "audio/wav") is None
    path = tmp_path / "bad.wav"
    path.write_bytes(BAD_WAV)
    assert media_duration(path, "audio/wav") is None
