"""Names are recorded as received and made safe only when files are written out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from caseworker.vault import EvidenceVault
from caseworker.vault.names import UniqueNames, clean_original_name, safe_file_name, visible_name


def test_original_names_are_kept_as_received() -> None:
    assert clean_original_name("  Фото 😢 сына.jpg ") == "Фото 😢 сына.jpg"
    assert clean_original_name("12/05/2026 письмо.pdf") == "12/05/2026 письмо.pdf"
    assert clean_original_name("line\nbreak.txt") == "line break.txt"
    assert clean_original_name("") == "unnamed file"
    long = clean_original_name("я" * 400 + ".jpeg")
    assert len(long) == 255 and long.endswith(".jpeg")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Фото 😢 сына.jpg", "Фото 😢 сына.jpg"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("a\\b:c*d?.pdf", "a_b_c_d_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("...", "evidence-7.jpg"),
        (".hidden.jpg", "hidden.jpg"),
    ],
)
def test_safe_names(name: str, safe: str) -> None:
    assert safe_file_name(name, "evidence-7", "image/jpeg") == safe


def test_safe_names_fit_file_systems_in_bytes() -> None:
    safe = safe_file_name("ж" * 300 + ".mp4", "x")
    assert safe.endswith(".mp4") and len(safe.encode()) <= 200


def test_unique_names_ignore_letter_case() -> None:
    names = UniqueNames(("manifest.csv",))
    assert [names.claim(n) for n in ["Фото.jpg", "фото.JPG", "Manifest.csv"]] == [
        "Фото.jpg",
        "фото (2).JPG",
        "Manifest (2).csv",
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="Linux allows undecodable file names")
def test_an_undecodable_file_name(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/\xff\xfe photo.jpg"
    with open(raw, "wb") as handle:
        handle.write(b"\xff\xd8\xff data")
    path = Path(os.fsdecode(raw))
    stored = EvidenceVault(tmp_path / "v").store_file(path)
    assert stored.media_type == "image/jpeg"
    assert clean_original_name(path.name) == "\ufffd\ufffd photo.jpg"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("\u202egpj.exe", "_gpj.exe"),  # shows as "exe.jpg" where it is not neutralised
        ("\u2067письмо\u2069.pdf", "_письмо_.pdf"),
        ("фото\u200b.jpg", "фото_.jpg"),  # a zero-width space: looks like "фото.jpg"
        ("a\x9bb\u2028c.jpg", "a_b_c.jpg"),  # a C1 control and a line separator
    ],
)
def test_exported_names_have_no_invisible_or_direction_characters(name: str, safe: str) -> None:
    assert safe_file_name(name, "evidence-7", "image/jpeg") == safe


def test_names_are_shown_with_their_invisible_characters_spelt_out() -> None:
    assert visible_name("\u202egpj.exe") == "<U+202E>gpj.exe"
    assert visible_name("a\tb\x9b\u200d.jpg") == "a<U+0009>b<U+009B><U+200D>.jpg"
    assert visible_name("Фото 😢 сына.jpg") == "Фото 😢 сына.jpg"
