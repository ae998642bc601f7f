"""Time the name keys (issue 13): many different names keyed at once, as a migration or the
synthetic data fills 100,000 persons' keys.

Run: ``.venv/bin/python -m benchmarks.bench_name_keys [--names N]``. Prints the time to load
the shipped tables and to key N different made-up surnames (each new to the key's cache),
beside the calibration of :mod:`benchmarks.bench_worklist`.
"""

from __future__ import annotations

import argparse
import random
import time

from benchmarks.calibration import calibration
from caseworker.names import NameField, name_key
from caseworker.names.keys import name_key as cached_name_key
from caseworker.names.tables import known_keys, uk_ru


def made_up_surnames(count: int, seed: int = 13) -> set[str]:
    letters = "абвгдежзийклмнопрстуфхцчшщыэюяіїєґ"
    chance = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(chance.choice(letters) for _ in range(chance.randint(4, 10))) + "енко")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=300_000)
    args = parser.parse_args()
    print(calibration())
    started = time.perf_counter()
    uk_ru()
    known_keys()
    print(f"tables loaded in {(time.perf_counter() - started) * 1000:.1f} ms")
    names = made_up_surnames(args.names)
    cached_name_key.cache_clear()
    started = time.perf_counter()
    keys = {name_key(name, NameField.SURNAME) for name in names}
    elapsed = time.perf_counter() - started
    print(
        f"{len(names)} different surnames keyed in {elapsed:.2f} s "
        f"({elapsed / len(names) * 1e6:.1f} µs each; {len(keys)} keys)"
    )


if __name__ == "__main__":
    main()
