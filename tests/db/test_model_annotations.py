"""The modules that map tables keep their annotations as objects, not text (see
``caseworker/models/__init__.py``): SQLAlchemy evaluates every text annotation at start."""

from __future__ import annotations

import inspect

from caseworker.models import Base, load_all


def test_no_mapped_module_postpones_its_annotations() -> None:
    load_all()
    modules = {inspect.getmodule(mapper.class_) for mapper in Base.registry.mappers}
    postponing = sorted(
        module.__name__
        for module in modules
        if module is not None and "from __future__ import annotations" in inspect.getsource(module)
    )
    assert postponing == []
