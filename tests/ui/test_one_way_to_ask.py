"""The window asks the person only through the prompts of its context (issue 11).

No window module keeps a module-level function that tests replace (a "hook"): dialogs, file
choosers, questions and messages go through ``context.prompts`` (``ui/prompts.py``), and
tests hand the context a scripted one (``tests/ui/scripted_prompts.py``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

#: ``translate = QCoreApplication.translate``: the alias lupdate reads, not a hook.
ALIASES = {"translate"}
#: Where a person may be asked something directly: the prompts; the error box every
#: error goes through; and the start-up, before any window or context exists (with the
#: upgrade's notice, which runs an event loop while the database is upgraded).
ASKING = {"prompts.py", "messages.py", "app.py", "upgrade_notice.py"}
ASKS = re.compile(
    r"QFileDialog\.get|QInputDialog\.get|QMessageBox\.(question|information|warning|critical)"
    r"|QDesktopServices\.openUrl|\.exec\(\)"
)


def _sources() -> dict[str, str]:
    return {
        path.relative_to(UI).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(UI.rglob("*.py"))
    }


def _module_name(relative: str) -> str:
    return ("ui/" + relative).removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _assigned_at_module_level(source: str) -> list[tuple[str, ast.expr | None]]:
    """The names a module binds by assignment (not by def, class or import), with the
    annotation of those that carry one."""
    found: list[tuple[str, ast.expr | None]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            found += [(target.id, None) for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.append((node.target.id, node.annotation))
    return found


def _is_callable_type(annotation: ast.expr | None) -> bool:
    """Whether an annotation says "a function" (``Callable[...]``, maybe ``| None``)."""
    if isinstance(annotation, ast.BinOp):
        return _is_callable_type(annotation.left) or _is_callable_type(annotation.right)
    if isinstance(annotation, ast.Subscript):
        return ast.unparse(annotation.value).split(".")[-1] == "Callable"
    return False


def test_no_window_module_keeps_a_function_for_tests_to_replace() -> None:
    hooks = []
    for relative, source in _sources().items():
        module = importlib.import_module(_module_name(relative))
        for name, annotation in _assigned_at_module_level(source):
            value = getattr(module, name, None)
            if _is_callable_type(annotation) or (inspect.isroutine(value) and name not in ALIASES):
                hooks.append(f"{relative}: {name}")
    assert hooks == [], "ask through context.prompts instead"


def test_no_window_module_says_tests_replace_it() -> None:
    said = [relative for relative, source in _sources().items() if "tests replace" in source]
    assert said == []


def test_only_the_prompts_ask_the_person() -> None:
    asking = {relative for relative, source in _sources().items() if ASKS.search(source)}
    assert asking <= ASKING, "ask through context.prompts instead"
