"""Export names-translator's Ukrainian→Russian dictionaries as the shipped key table.

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
the vote a stray михайльов→Михайлев would turn the Russian Михайлов into Михайлев.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

from names_translator.dicts import default_dicts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from caseworker.names.skeleton import compact  # noqa: E402
from caseworker.names.tables import resolve_chains  # noqa: E402

TARGET = ROOT / "resources" / "names" / "uk_ru.json"
POOLS = (("first", "given"), ("patronymic", "patronymic"), ("last", "surname"))
UKRAINIAN_ONLY = frozenset("іїєґ'’ʼ")


def _target(source: str, russian: list[str]) -> str:
    """The first translation whose skeleton differs from the Ukrainian one, else itself."""
    return next((t for t in map(compact, russian) if t and t != source), source)


def _choose(field: str, source: str, votes: Counter[str]) -> str:
    if field == "surname":
        # majority of spellings; on a tie the translation wins over the identity
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] == source, kv[0]))[0][0]
    translations = sorted((t, n) for t, n in votes.items() if t != source)
    return max(translations, key=lambda tn: tn[1])[0] if translations else source


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
        table = {s: _choose(field, s, c) for s, c in votes.items()}
        chained = resolve_chains({s: t for s, t in table.items() if t != s})
        out[field] = dict(sorted(chained.items()))
    return out


def render(table: dict[str, object]) -> str:
    """The file's text: one entry a line, so that a rebuild reads as a small diff."""
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    table = build()
    text = render(table)
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{TARGET} differs from a fresh build")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    sizes = {f: len(t) for f, t in table.items() if isinstance(t, dict)}
    print(f"wrote {TARGET.relative_to(ROOT)}: {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
