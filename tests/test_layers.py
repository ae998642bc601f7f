"""The domain package never imports Qt: the layers of docs/WORDS-AND-RULES.md hold."""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[1] / "caseworker"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_imports_no_qt_and_no_ui() -> None:
    offenders = {
        str(path.relative_to(DOMAIN)): sorted(
            name
            for name in imported_modules(path)
            if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"}
        )
        for path in DOMAIN.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}
