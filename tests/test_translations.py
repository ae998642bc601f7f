"""The Russian translation is complete: every string the sources mark has a translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUSSIAN = ROOT / "resources" / "translations" / "caseworker_ru.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.fail("pyside6-lupdate is missing; run `make test`, which installs it")
    return tool


def sources() -> list[str]:
    files = [ROOT / "main.py", *ROOT.glob("caseworker/**/*.py"), *ROOT.glob("ui/**/*.py")]
    return [str(path) for path in files if path.exists() and "migrations" not in path.parts]


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def marked_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    scratch = tmp_path_factory.mktemp("lupdate") / "scan.ts"
    subprocess.run(
        [str(lupdate()), *sources(), "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    return set(messages(scratch))


def test_every_marked_string_has_a_russian_translation(
    marked_strings: set[tuple[str, str]],
) -> None:
    russian = messages(RUSSIAN)
    missing = sorted(key for key in marked_strings if key not in russian)
    unfinished = sorted(
        key
        for key in marked_strings
        if key in russian
        and (
            russian[key].find("translation") is None
            or russian[key].find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not "".join(russian[key].find("translation").itertext()).strip()  # type: ignore[union-attr]
        )
    )
    assert missing == [], "run `make update-translations` and translate"
    assert unfinished == []


def test_translations_keep_their_placeholders() -> None:
    for (context, source), message in messages(RUSSIAN).items():
        translation = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        if message.get("numerus") == "yes":
            continue
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            context,
            source,
        )
