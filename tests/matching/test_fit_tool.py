"""The offline fitting script is importable and runnable without Splink: it says how to
install Splink in a virtual environment of its own and writes nothing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from caseworker.matching import FIELD_LEVELS, compare
from tests.matching.people import person

TOOL = Path(__file__).resolve().parents[2] / "tools" / "fit_match_weights.py"


def load_tool() -> object:
    spec = importlib.util.spec_from_file_location("fit_match_weights", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_splink_it_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("rapidfuzz")
    if importlib.util.find_spec("splink") is not None:
        pytest.skip("Splink is installed here")
    tool = load_tool()
    out = tmp_path / "weights.json"

    code = tool.main(["--out", str(out)])  # type: ignore[attr-defined]

    assert code == 2
    assert "pip install 'splink==" in capsys.readouterr().err
    assert not out.exists()


def test_the_synthetic_columns_carry_what_the_levels_are_computed_from() -> None:
    """Splink sees the program's normalised values, so its levels are the program's."""
    tool = load_tool()
    entry = person(surname="Shumov", given="Oleksii", born="1990", unit="military unit 12345")
    sought = person(surname="Шумов", given="Алексей", born="04.05.1990", unit="в/ч 12345")

    left = tool.record(1, 1, entry)  # type: ignore[attr-defined]
    right = tool.record(2, 1, sought)  # type: ignore[attr-defined]

    assert left["surname"] == right["surname"] == entry.surname_key
    assert left["unit"] == right["unit"] == "12345"
    assert (left["born_day"], right["born_day"], left["born_year"]) == (0, 1, 1990)
    assert left["patronymic"] is None
    assert set(compare(entry, sought)) == set(FIELD_LEVELS)
