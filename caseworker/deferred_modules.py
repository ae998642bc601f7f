"""Standard modules SQLAlchemy imports at start but the program uses only later, if ever,
loaded when first used.

``sqlalchemy.util.compat`` imports :mod:`asyncio` (for SQLAlchemy's asyncio extension; the
program's engines are synchronous) and :mod:`importlib.metadata` (to find plugins by their
entry points): together 65 modules, 28 ms of a 540 ms start here and about 80 ms on an old
laptop, for nothing a start uses. Until one of them is first used, a stand-in takes its place
in :data:`sys.modules`: ``import asyncio`` binds the stand-in, and the first read of an
attribute (``asyncio.TimeoutError``, ``from asyncio import Queue``, a submodule's import)
imports the real module, which later reads go to. PostgreSQL's driver (psycopg) uses asyncio
when it loads; a team's server loads it then.

The stand-in is taken out of :data:`sys.modules` under a lock and the real module imported by
Python's own import system, which lets one thread import it while any other asking waits: two
threads reading their first attribute at once get the same module.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

#: Loaded when first used, if nothing has loaded them already.
DEFERRED = ("asyncio", "importlib.metadata")

_lock = threading.Lock()

#: Attributes read by code that looks at every loaded module (``inspect.getmodule`` asks
#: each for ``__file__``): not a use, so they load nothing. ``__path__`` (a submodule's
#: import) and ``__all__`` (``from asyncio import *``) are uses.
_NOT_A_USE = frozenset({"__file__", "__cached__", "__wrapped__", "__getattr__", "__dir__"})

#: Functions read at import and called only later (``sqlalchemy.util.concurrency`` keeps
#: ``iscoroutine = asyncio.iscoroutine``): read, each is a function that loads the module
#: when called and then calls the module's own.
_CALLED_LATER = {"asyncio": frozenset({"iscoroutine"})}


class DeferredModule(ModuleType):
    """Stands in for the module of its name until an attribute of it is first read."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute in _NOT_A_USE:
            raise AttributeError(attribute)
        if attribute in _CALLED_LATER.get(self.__name__, ()):
            return _calling_later(self, attribute)
        return getattr(load(self), attribute)


def _calling_later(stand_in: DeferredModule, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(load(stand_in), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def load(stand_in: DeferredModule) -> ModuleType:
    """The real module ``stand_in`` stands for, imported now if it is not yet."""
    name = stand_in.__name__
    with _lock:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    return importlib.import_module(name)


def defer(names: tuple[str, ...] = DEFERRED) -> None:
    """Put a stand-in in the place of each of ``names`` not loaded yet (see the module)."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stand_in = DeferredModule(name)
        stand_in.__spec__ = spec  # as a loaded module's: what find_spec() gives for it
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent:  # ``import importlib.metadata`` then reads it from ``importlib``
            setattr(sys.modules[parent], child, stand_in)


def is_deferred(name: str) -> bool:
    """Whether ``name`` is still a stand-in (loaded only as one)."""
    return isinstance(sys.modules.get(name), DeferredModule)
