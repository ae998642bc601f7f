"""The window comes up without the name keys' tables: they load at the first name search."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_startup import start


def test_the_window_opens_without_the_name_tables_or_rapidfuzz(tmp_path: Path) -> None:
    loaded = start(tmp_path, tmp_path / "new.sqlite")["loaded"]
    assert isinstance(loaded, list)
    assert "caseworker.names" not in loaded
    assert "rapidfuzz" not in loaded
