"""The shipped name table is what the build script makes, and it loads only when needed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
HAS_NAMES_TRANSLATOR = importlib.util.find_spec("names_translator") is not None


@pytest.mark.skipif(
    not HAS_NAMES_TRANSLATOR and not IN_CI,
    reason="names-translator (the dev extra) is not installed",
)
def test_the_shipped_table_is_what_the_build_script_makes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_name_tables.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


LAZY = """
import json, sys
import caseworker.names as names
from caseworker.names import tables
before = tables.uk_ru.cache_info().currsize
key = names.name_key("Олексій", names.NameField.GIVEN)
print(json.dumps({
    "loaded_before_first_key": before,
    "loaded_after": tables.uk_ru.cache_info().currsize,
    "key": key,
    "dictionary_imported": "names_translator" in sys.modules,
}))
"""


def test_the_table_loads_at_the_first_key_and_never_the_dictionary() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)

    assert seen["loaded_before_first_key"] == 0
    assert seen["loaded_after"] == 1
    assert seen["key"] == "aleXeI"
    assert seen["dictionary_imported"] is False


def test_every_override_names_its_reason() -> None:
    overrides = json.loads((ROOT / "resources/names/overrides.json").read_text("utf-8"))
    entries = [e for field in ("given", "patronymic", "surname") for e in overrides[field]]

    assert entries
    assert all(e["uk"] and e["ru"] and e["note"] for e in entries)


def test_the_shipped_table_holds_only_key_symbols() -> None:
    from caseworker.names import KEY_SYMBOLS

    table = json.loads((ROOT / "resources/names/uk_ru.json").read_text("utf-8"))
    symbols = {
        symbol
        for field in ("given", "patronymic", "surname")
        for pair in table[field].items()
        for key in pair
        for symbol in key
    }

    assert symbols <= set(KEY_SYMBOLS)


def test_the_latin_x_table_holds_only_key_symbols() -> None:
    from caseworker.names import KEY_SYMBOLS

    table = json.loads((ROOT / "resources/names/latin_x.json").read_text("utf-8"))
    symbols = {
        symbol
        for field in ("given", "patronymic", "surname")
        for key in [*table[field]["ks"], *(k for pair in table[field]["kh"].items() for k in pair)]
        for symbol in key
    }

    assert symbols <= set(KEY_SYMBOLS)
