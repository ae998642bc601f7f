"""Every public service says what it raises, so that a window knows which errors to show.

A public function of :mod:`caseworker.services` (a name without a leading underscore) has a
docstring naming the typed errors it raises, "Raises :class:`NotFound` when …", or saying
"Raises nothing." when it raises none of its own.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import caseworker.services


def public_services() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module_info in pkgutil.iter_modules(caseworker.services.__path__):
        module = importlib.import_module(f"caseworker.services.{module_info.name}")
        for name, value in vars(module).items():
            if (
                inspect.isfunction(value)
                and value.__module__ == module.__name__
                and not name.startswith("_")
            ):
                found.append((f"{module_info.name}.{name}", value))
    return sorted(found, key=lambda item: item[0])


SERVICES = public_services()


def test_the_services_are_found() -> None:
    names = [name for name, _ in SERVICES]
    assert "cases.create_case" in names and "timeline.load_timeline" in names


@pytest.mark.parametrize("function", [f for _, f in SERVICES], ids=[n for n, _ in SERVICES])
def test_a_public_service_names_what_it_raises(function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    assert "Raises" in doc, (
        f"{function.__module__}.{function.__name__}: say what it raises "
        "(“Raises :class:`NotFound` when …”) or “Raises nothing.”"
    )
