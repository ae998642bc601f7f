"""The layers hold: the domain imports no Qt, and the window touches no storage itself."""

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


UI = Path(__file__).resolve().parents[1] / "ui"
# The operation primitive opens the units of work (its Session is for annotations only).
MAY_IMPORT_STORAGE = {
    "operations/__init__.py",
    "operations/ops.py",
    "operations/background.py",
}


def _imports_storage(path: Path) -> bool:
    return any(
        name.split(".")[0] == "sqlalchemy" or name.startswith("caseworker.models")
        for name in imported_modules(path)
    )


def test_window_modules_import_neither_sqlalchemy_nor_the_models() -> None:
    """Only the operation primitive touches storage; the rest reads plain results."""
    offenders = {
        path.relative_to(UI).as_posix() for path in UI.rglob("*.py") if _imports_storage(path)
    }
    assert offenders - MAY_IMPORT_STORAGE == set()
