"""Keys are quick enough to fill a large database at once: 100,000 persons, three names each,
take about half a second here (4 µs a new name, less for the repeats); the bound below is
loose, to catch a key that reloads its tables or scans them."""

from __future__ import annotations

import random
import time

from caseworker.names import NameField, name_key
from caseworker.names.keys import name_key as cached_name_key


def test_thirty_thousand_different_names_are_keyed_within_seconds() -> None:
    letters = "абвгдежзийклмнопрстуфхцчшщыэюяіїєґ"
    chance = random.Random(13)
    names = {
        "".join(chance.choice(letters) for _ in range(chance.randint(4, 10))) + "енко"
        for _ in range(30_000)
    }
    name_key("Шумов", NameField.SURNAME)  # the tables load once, not in the timing
    cached_name_key.cache_clear()

    started = time.perf_counter()
    keys = {name_key(name, NameField.SURNAME) for name in names}
    elapsed = time.perf_counter() - started

    assert len(keys) > 0.9 * len(names)
    assert elapsed < 3.0, f"{len(names)} names keyed in {elapsed:.2f} s"
