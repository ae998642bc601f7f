"""Keying many names reads the shipped tables once, not once a name (the time it takes is
measured by ``benchmarks/bench_name_keys.py``, not here)."""

from __future__ import annotations

from caseworker.names import NameField, name_key
from caseworker.names.tables import known_keys, uk_ru


def test_many_names_read_the_tables_once() -> None:
    name_key("Шумов", NameField.SURNAME)
    loads = uk_ru.cache_info().misses, known_keys.cache_info().misses
    syllables = ("ба", "ве", "го", "ду", "жи", "за", "ко", "лу", "ми", "но")
    names = {f"{a}{b}{c}енко" for a in syllables for b in syllables for c in syllables}
    keys = {name_key(name, NameField.SURNAME) for name in names}
    assert len(keys) > 500
    assert (uk_ru.cache_info().misses, known_keys.cache_info().misses) == loads
