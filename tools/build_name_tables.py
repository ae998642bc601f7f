"""Export names-translator's Ukrainian→Russian dictionaries as the shipped key tables.

Development only; the program never imports this script or names-translator. Run it after a
change to the skeleton rules (``caseworker/names/skeleton.py``) or to names-translator, then
bump ``KEY_VERSION`` in ``caseworker/names/keys.py``:

    .venv/bin/python tools/build_name_tables.py            # writes resources/names/uk_ru.json
    .venv/bin/python tools/build_name_tables.py --check    # exit 1 if the shipped file differs

For each Ukrainian spelling in the dictionary's pools of given names, patronymics and surnames,
the skeleton of the Ukrainian form maps to the skeleton of a Russian form, kept only where they
differ. Given names and patronymics are closed vocabularies: any real translation beats the
stray identity rows (олексий→Олексий). Surnames are an open vocabulary: the Ukrainian
spellings sharing a skeleton vote, those with і/ї/є/ґ/' twice, ties to the translation; without
the vote a stray михайльов→Михайлев would turn the Russian Михайлов into Михайлев. A common
Russian given name or patronymic (known.json) keeps its key and is the preferred translation.

``resources/names/latin_x.json`` says how to read a Latin x: for every name of the dictionary
with х (and every one starting with кс), the skeleton of its spelling with x maps to the
name's own skeleton, unless a real name with кс is spelled so (Maxim stays Максим, Mixail
becomes Михаил); see ``caseworker.names.keys``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

from names_translator.dicts import default_dicts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from caseworker.names.skeleton import _CYRILLIC as CYRILLIC_TO_LATIN  # noqa: E402
from caseworker.names.skeleton import compact  # noqa: E402
from caseworker.names.tables import resolve_chains  # noqa: E402

TARGET = ROOT / "resources" / "names" / "uk_ru.json"
LATIN_X = ROOT / "resources" / "names" / "latin_x.json"
KNOWN = ROOT / "resources" / "names" / "known.json"
OVERRIDES = ROOT / "resources" / "names" / "overrides.json"
POOLS = (("first", "given"), ("patronymic", "patronymic"), ("last", "surname"))
UKRAINIAN_ONLY = frozenset("іїєґ'’ʼ")


def _target(source: str, russian: list[str]) -> str:
    """The first translation whose skeleton differs from the Ukrainian one, else itself."""
    return next((t for t in map(compact, russian) if t and t != source), source)


def _choose(field: str, source: str, votes: Counter[str], common: frozenset[str]) -> str:
    if field == "surname":
        # majority of spellings; on a tie the translation wins over the identity
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] == source, kv[0]))[0][0]
    if source in common:  # a common Russian name keeps its own key
        return source
    # a common Russian name (known.json) first: олександрівна and олександріївна share a
    # skeleton, and Александровна beats the dictionary's Олександровна
    translations = sorted((t, n) for t, n in votes.items() if t != source)
    return max(translations, key=lambda tn: (tn[0] in common, tn[1]))[0] if translations else source


def _common(field: str) -> frozenset[str]:
    """The skeletons of the common Russian names of a field (known.json)."""
    known = json.loads(KNOWN.read_text(encoding="utf-8")).get(field, [])
    return frozenset(compact(n) for n in known)


def build() -> dict[str, object]:
    """The table as shipped: per field, Ukrainian skeleton → Russian skeleton, sorted."""
    dicts = default_dicts()
    out: dict[str, object] = {
        "source": f"names-translator {version('names-translator')} (MIT)",
        "built_by": "tools/build_name_tables.py",
    }
    for pool, field in POOLS:
        votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for ukrainian, russian in sorted(dicts.as_dict(pool).items()):
            source = compact(ukrainian)
            if not source:
                continue
            weight = 2 if UKRAINIAN_ONLY.intersection(ukrainian) else 1
            votes[source][_target(source, russian)] += weight
        common = _common(field)
        table = {s: _choose(field, s, c, common) for s, c in votes.items()}
        chained = resolve_chains({s: t for s, t in table.items() if t != s})
        out[field] = dict(sorted(chained.items()))
    return out


def _real_names(dicts: Any, pool: str, field: str) -> set[str]:
    """Every Cyrillic spelling of a name of one field: the dictionary's Ukrainian forms and
    their Russian translations, the common names and the overrides, lower-cased."""
    names = {n for u, russian in dicts.as_dict(pool).items() for n in (u, *russian)}
    known = json.loads(KNOWN.read_text(encoding="utf-8")).get(field, [])
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8")).get(field, [])
    names.update(known, (e[side] for e in overrides for side in ("uk", "ru")))
    return {n.lower() for n in names if n}


def _latin(name: str) -> str:
    """A lower-case Cyrillic name in Latin letters, letter for letter as the skeleton reads
    them (a Latin x among Cyrillic letters would be taken for a look-alike х)."""
    return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in name)


def _x_spellings(name: str) -> set[str]:
    """The name written in Latin with an x where a scheme may write one: x for a mid-word х
    (GOST 7.79 B, scholarly, WWS), x for a word-initial кс (Xenia)."""
    spellings = set()
    if "х" in name[1:]:
        spellings.add(_latin(name[0]) + "x".join(_latin(part) for part in name[1:].split("х")))
    if name.startswith("кс"):
        spellings.add("x" + _latin(name[2:]))
    return spellings


def build_latin_x(uk_ru: dict[str, object]) -> dict[str, object]:
    """Per field: ``kh``, the skeleton of a name spelled with x (read as кс, or х at the
    start) → the name's own skeleton, where no real name has that skeleton (or only rare
    ones, and the name is common) and only one name (after the Ukrainian→Russian table)
    spells so; ``ks``, the skeletons of real names
    with кс, which keep x as кс even in a word with a mark of a scheme writing x for х."""
    dicts = default_dicts()
    out: dict[str, object] = {
        "about": "Names spelled with a Latin x: see caseworker/names/keys.py. Built by "
        f"tools/build_name_tables.py from names-translator {version('names-translator')}, "
        "known.json and overrides.json.",
    }
    for pool, field in POOLS:
        to_russian = uk_ru[field]
        assert isinstance(to_russian, dict)
        names = _real_names(dicts, pool, field)
        real = {compact(n) for n in names}
        common = _common(field)
        targets: defaultdict[str, set[str]] = defaultdict(set)
        skeleton_of: dict[tuple[str, str], str] = {}
        for name in names:
            own = compact(name)
            for spelling in _x_spellings(name):
                written = compact(spelling)
                # a rare name spelled so (Геня) does not keep a common one (Ксения: Xenia)
                taken = written in real and (own not in common or written in common)
                if written and written != own and not taken:
                    final = to_russian.get(own, own)
                    targets[written].add(final)
                    skeleton_of[written, final] = own
        kh = {
            w: skeleton_of[w, next(iter(finals))]
            for w, finals in targets.items()
            if len(finals) == 1
        }
        out[field] = {
            "kh": dict(sorted(kh.items())),
            "ks": sorted(r for r in real if "X" in r),
        }
    return out


def render(table: dict[str, object]) -> str:
    """The file's text: one entry a line, so that a rebuild reads as a small diff."""
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    table = build()
    latin_x = build_latin_x(table)
    outputs = ((TARGET, table), (LATIN_X, latin_x))
    if args.check:
        stale = [p for p, t in outputs if not p.exists() or p.read_text("utf-8") != render(t)]
        for path in stale:
            print(f"{path} differs from a fresh build")
        print("up to date" if not stale else "stale")
        return 1 if stale else 0
    for path, content in outputs:
        path.write_text(render(content), encoding="utf-8")
        sizes = {f: len(t) for f, t in content.items() if isinstance(t, dict)}
        print(f"wrote {path.relative_to(ROOT)}: {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
