"""The program loads its modules with Python's cycle collector paused, then moves what they
made out of the collector's way (caseworker/collector.py, main.py): the collector works as
before afterwards, and nothing made at start is walked by every later full collection."""

from __future__ import annotations

from tests.python_snippet import run_python

LOADED = """
import gc
import main  # what `python main.py` runs before its window: its modules loaded
print(gc.isenabled(), gc.get_freeze_count() > 20_000, gc.get_count()[2])
"""


def test_the_start_loads_its_modules_without_collecting_and_freezes_them() -> None:
    result = run_python(LOADED)
    assert result.returncode == 0, result.stderr
    enabled, frozen, oldest = result.stdout.split()
    assert enabled == "True"  # given back to Python (the window's collector takes it then)
    assert frozen == "True"  # the objects its modules made (about 115,000)
    assert oldest == "0"  # no full collection ran while they loaded


def test_a_block_loading_modules_gives_the_collector_back_as_it_found_it() -> None:
    import gc

    from caseworker.collector import loading_modules

    was_enabled, was_frozen = gc.isenabled(), gc.get_freeze_count()
    try:
        with loading_modules():
            assert not gc.isenabled()
            made = [[index] for index in range(1000)]
        assert gc.isenabled() == was_enabled
        assert gc.get_freeze_count() >= was_frozen + len(made)
    finally:
        gc.unfreeze()  # the test process's objects: back where they were


def test_giving_the_collector_back_collects_nothing() -> None:
    """The objects are frozen before the collector is back: no collection walks them then
    (it took a tenth of a second of the start on an old laptop)."""
    import gc

    from caseworker.collector import loading_modules

    collections: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(note)
    try:
        with loading_modules():
            made = [[index] for index in range(10_000)]  # past any collection's threshold
        after = [[index] for index in range(100)]  # the first allocations after the block
        assert collections == []
        assert len(made) + len(after) == 10_100
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()
