"""The standard modules SQLAlchemy imports at start load only when first used, and then work
as if they had been loaded at once (:mod:`caseworker.deferred_modules`).

Each test runs in an interpreter of its own: this one has loaded them long ago.
"""

from __future__ import annotations

import json

from tests.python_snippet import run_python


def _run(code: str) -> dict[str, object]:
    result = run_python("from caseworker.deferred_modules import defer\ndefer()\n" + code)
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_a_database_opened_and_read_in_a_thread_loads_neither() -> None:
    loaded = _run(
        """
import json, sys, threading
import sqlalchemy
from caseworker.deferred_modules import is_deferred
engine = sqlalchemy.create_engine("sqlite://")
rows = []
worker = threading.Thread(
    target=lambda: rows.append(engine.connect().execute(sqlalchemy.text("select 1")).all())
)
worker.start()
worker.join()
import inspect
inspect.getmodule(len)  # asks every loaded module for its file: not a use
print(json.dumps({"rows": len(rows), "deferred": [is_deferred("asyncio"),
    is_deferred("importlib.metadata")]}))
"""
    )
    assert loaded == {"rows": 1, "deferred": [True, True]}


def test_the_first_use_loads_the_real_module_once() -> None:
    loaded = _run(
        """
import json, sys
import asyncio
import importlib.metadata
from sqlalchemy.util.concurrency import is_exit_exception, iscoroutine
stand_in = asyncio
from asyncio import Queue  # a first use
import asyncio.events  # a submodule of the real package
real = sys.modules["asyncio"]
async def work():
    return 7
coroutine = work()
print(json.dumps({
    "replaced": real is not stand_in and type(real).__name__ == "module",
    "same class": stand_in.TimeoutError is real.TimeoutError and Queue is real.Queue,
    "run": real.run(coroutine),
    "sqlalchemy": [is_exit_exception(real.CancelledError()), iscoroutine(work())],
    "version": importlib.metadata.version("sqlalchemy") == __import__("sqlalchemy").__version__,
    "events": sys.modules["asyncio.events"] is real.events,
}))
"""
    )
    assert loaded == {
        "replaced": True,
        "same class": True,
        "run": 7,
        "sqlalchemy": [True, True],
        "version": True,
        "events": True,
    }


def test_threads_using_it_at_once_share_one_module() -> None:
    loaded = _run(
        """
import json, sys, threading
import asyncio
start = threading.Barrier(8)
seen = []
def use():
    start.wait()
    seen.append(id(asyncio.get_event_loop_policy.__globals__))
threads = [threading.Thread(target=use) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({"modules": len(set(seen)), "uses": len(seen),
    "events": sum(1 for module in list(sys.modules.values())
                  if getattr(module, "__name__", "") == "asyncio.events")}))
"""
    )
    assert loaded == {"modules": 1, "uses": 8, "events": 1}


def test_a_module_loaded_already_is_left_as_it_is() -> None:
    result = run_python(
        """
import asyncio, json, sys
from caseworker.deferred_modules import defer, is_deferred
defer()
import importlib.util
print(json.dumps([is_deferred("asyncio"), sys.modules["asyncio"] is asyncio,
    importlib.util.find_spec("importlib.metadata").name]))
"""
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [False, True, "importlib.metadata"]
