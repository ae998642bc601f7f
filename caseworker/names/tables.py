"""The shipped name data, loaded on first use and never at start-up.

``resources/names/uk_ru.json`` maps the skeleton of a Ukrainian form to the skeleton of the
Russian one, per field; it is exported from names-translator by ``tools/build_name_tables.py``.
``resources/names/overrides.json`` adds the folk forms the dictionary lacks, and
``resources/names/known.json`` lists common given names and patronymics, whose keys are never
"close" to one another (Иван and Ян are different names, not a typo).
``resources/names/latin_x.json`` says how to read a Latin x in a name (кс or х), also built by
``tools/build_name_tables.py``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from caseworker.names.skeleton import compact

NAMES_DIR = Path(__file__).resolve().parents[2] / "resources" / "names"
FIELDS = ("surname", "given", "patronymic")


def _read(name: str) -> dict[str, object]:
    loaded: object = json.loads((NAMES_DIR / name).read_text(encoding="utf-8"))
    if not isinstance(loaded, dict):
        raise ValueError(f"{name}: not a JSON object")
    return loaded


def _pairs(section: object, name: str) -> dict[str, str]:
    if not isinstance(section, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in section.items()
    ):
        raise ValueError(f"{name}: a field is not an object of strings")
    return dict(section)


def _overrides(section: object) -> dict[str, str]:
    """The hand-made entries of one field as Cyrillic spelling → Russian form."""
    if not isinstance(section, list):
        raise ValueError("overrides.json: a field is not a list")
    pairs: dict[str, str] = {}
    for entry in section:
        if not isinstance(entry, dict):
            raise ValueError("overrides.json: an entry is not an object")
        ukrainian, russian = entry.get("uk"), entry.get("ru")
        if not isinstance(ukrainian, str) or not isinstance(russian, str):
            raise ValueError(f"overrides.json: {entry!r} lacks uk or ru")
        pairs[ukrainian] = russian
    return pairs


def resolve_chains(table: dict[str, str]) -> dict[str, str]:
    """a→b and b→c become a→c, so that every key is final."""
    resolved: dict[str, str] = {}
    for source, target in table.items():
        seen = {source}
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        if target != source:
            resolved[source] = target
    return resolved


@cache
def uk_ru() -> dict[str, dict[str, str]]:
    """Per field, the skeleton of a Ukrainian form → the skeleton of its Russian form.

    The exported table with the hand-made overrides on top (overrides are written in
    Cyrillic and turned into skeletons here). Raises OSError or ValueError when a shipped file
    is missing or malformed.
    """
    exported = _read("uk_ru.json")
    overrides = _read("overrides.json")
    tables: dict[str, dict[str, str]] = {}
    for field in FIELDS:
        table = _pairs(exported.get(field, {}), "uk_ru.json")
        for ukrainian, russian in _overrides(overrides.get(field, [])).items():
            source, target = compact(ukrainian), compact(russian)
            table[source] = table.get(target, target)
        tables[field] = resolve_chains(table)
    return tables


@cache
def latin_x() -> dict[str, tuple[dict[str, str], frozenset[str]]]:
    """Per field, the names spelled with a Latin x: the skeleton of such a spelling (x read
    as кс) → the name's own skeleton (Mixail → Михаил, Xenia → Ксения), and the skeletons of
    real names with кс (Alexei, Maxim), which keep x as кс.

    Raises OSError or ValueError when the shipped file is missing or malformed.
    """
    shipped = _read("latin_x.json")
    tables: dict[str, tuple[dict[str, str], frozenset[str]]] = {}
    for field in FIELDS:
        section = shipped.get(field)
        if not isinstance(section, dict):
            raise ValueError(f"latin_x.json: {field} is not an object")
        ks = section.get("ks")
        if not isinstance(ks, list) or not all(isinstance(k, str) for k in ks):
            raise ValueError(f"latin_x.json: {field}.ks is not a list of strings")
        tables[field] = (_pairs(section.get("kh"), "latin_x.json"), frozenset(ks))
    return tables


@cache
def known_keys() -> dict[str, frozenset[str]]:
    """Per field (given names and patronymics), the keys of common names.

    Raises OSError or ValueError when the shipped file is missing or malformed.
    """
    known = _read("known.json")
    result: dict[str, frozenset[str]] = {}
    for field in ("given", "patronymic"):
        names = known.get(field, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"known.json: {field} is not a list of strings")
        table = uk_ru()[field]
        result[field] = frozenset(table.get(k, k) for k in map(compact, names) if k)
    return result
