"""The version the window and its About box show is the one the package is built with."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import caseworker

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_shown_is_the_packages() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert caseworker.__version__ == declared["project"]["version"] == version("caseworker")
