"""Fit the match weights with Splink on labelled synthetic pairs; write them as weights.json.

The file is resources/matching/weights.json. Development only: Splink (with DuckDB and
pyarrow, 170 MB) is not a dependency of the program and must not become one. Install it in a
virtual environment of its own and run the script from the repository root with the
repository on the path (``caseworker.matching`` needs only the standard library and rapidfuzz):

    python3.11 -m venv /tmp/splink-venv
    /tmp/splink-venv/bin/pip install 'splink==5.0.0' rapidfuzz
    PYTHONPATH=. /tmp/splink-venv/bin/python tools/fit_match_weights.py            # writes the file
    PYTHONPATH=. /tmp/splink-venv/bin/python tools/fit_match_weights.py --out /tmp/w.json

A synthetic population of sought persons (Russian names with patronymics, birth dates, units,
regions) and a list of entries are generated: two thirds of the entries are sought persons
written in Russian, Ukrainian or Latin letters with one error each (a typo, a missing
patronymic, day and month swapped, a year alone, another unit...), one third people nobody
seeks. Splink sees the same levels the program computes (``caseworker.matching.compare``),
from the same normalised columns: name keys, whether a key is a known given name or
patronymic, the birth date's parts and precision, the normalised service number, unit and
region. m comes from the labels, u from random pairs, lambda from the labels (true pairs over
all pairs), so it depends on ``--persons``: fit for the size of the organisations the weights
are for. The file keeps m, u and ``log2(m/u)`` per level; the program then bounds the penalties
at ``--cap`` and forces each field's levels into order, as this script's report does.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from caseworker.dates import EventDate  # noqa: E402
from caseworker.matching import (  # noqa: E402
    FIELD_LEVELS,
    NAME_FIELDS,
    SIMILAR_FROM,
    WEIGHTS_FILE,
    Field,
    Identity,
    Level,
    load_weights,
    score,
    weights_from,
)
from caseworker.names.tables import known_keys  # noqa: E402
from caseworker.vocab import DatePrecision  # noqa: E402

# Fictional people: common given names, surnames made of syllables.
GIVEN = [  # Russian, Ukrainian, patronymic in Russian, in Ukrainian
    ("Алексей", "Олексій", "Алексеевич", "Олексійович"),
    ("Сергей", "Сергій", "Сергеевич", "Сергійович"),
    ("Андрей", "Андрій", "Андреевич", "Андрійович"),
    ("Дмитрий", "Дмитро", "Дмитриевич", "Дмитрович"),
    ("Николай", "Микола", "Николаевич", "Миколайович"),
    ("Михаил", "Михайло", "Михайлович", "Михайлович"),
    ("Иван", "Іван", "Иванович", "Іванович"),
    ("Александр", "Олександр", "Александрович", "Олександрович"),
    ("Владимир", "Володимир", "Владимирович", "Володимирович"),
    ("Виктор", "Віктор", "Викторович", "Вікторович"),
    ("Евгений", "Євген", "Евгеньевич", "Євгенович"),
    ("Юрий", "Юрій", "Юрьевич", "Юрійович"),
    ("Павел", "Павло", "Павлович", "Павлович"),
    ("Олег", "Олег", "Олегович", "Олегович"),
    ("Максим", "Максим", "Максимович", "Максимович"),
    ("Григорий", "Григорій", "Григорьевич", "Григорович"),
    ("Василий", "Василь", "Васильевич", "Васильович"),
    ("Роман", "Роман", "Романович", "Романович"),
    ("Денис", "Денис", "Денисович", "Денисович"),
    ("Ян", "Ян", "Янович", "Янович"),
]
ONSETS = ["Б", "В", "Г", "Д", "Ж", "З", "К", "Л", "М", "Н", "П", "Р", "С", "Т", "Ф", "Х", "Ч", "Ш"]
VOWELS = ["а", "о", "у", "е", "и"]
CODAS = ["р", "л", "н", "к", "д", "ш", "в", "м", "ст", "рн"]
ENDINGS = ["ов", "ев", "ин", "енко", "ук", "ский", "ан"]
REGIONS = [
    ("Ростовская область", "Ростовська область", "Rostov oblast"),
    ("Курская область", "Курська область", "Kursk oblast"),
    ("Белгородская область", "Бєлгородська область", "Belgorod oblast"),
    ("Воронежская область", "Воронезька область", "Voronezh oblast"),
    ("Краснодарский край", "Краснодарський край", "Krasnodar krai"),
    ("Саратовская область", "Саратовська область", "Saratov oblast"),
    ("Омская область", "Омська область", "Omsk oblast"),
    ("Пермский край", "Пермський край", "Perm krai"),
]
ICAO = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "_",
            "e",
            "iu",
            "ia",
        ],
        strict=True,
    )
)
KMU = ICAO | dict(zip("гиіїєґ'", ["h", "y", "i", "i", "ie", "g", "_"], strict=True))
CYRILLIC = "абвгдежзиклмнопрстуфхцчшя"


def zipf(items: list[Any], s: float, rng: random.Random) -> Iterator[Any]:
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    while True:
        yield from rng.choices(items, weights, k=1024)


def latin(text: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch, ch) for ch in text.lower()).replace("_", "")
    return out[:1].upper() + out[1:]


def ukrainian_surname(text: str) -> str:
    out = text.replace("и", "і").replace("ы", "и").replace("э", "е").replace("ё", "ьо")
    if out.endswith("ев"):
        return out[:-2] + "єв"
    return out[:-4] + "ський" if out.endswith("скій") else out


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + rng.choice(CYRILLIC) + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i + 1 :]
    if kind == 2:
        return text[:i] + rng.choice(CYRILLIC) + text[i:]
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def day(value: date) -> EventDate:
    return EventDate(value, value, DatePrecision.DAY)


def year(value: date) -> EventDate:
    return EventDate(date(value.year, 1, 1), date(value.year, 12, 31), DatePrecision.YEAR)


def population(n: int, rng: random.Random) -> list[dict[str, Any]]:
    stems = [o + v + c for o in ONSETS for v in VOWELS for c in CODAS]
    rng.shuffle(stems)
    surnames = zipf([s + e for s in stems for e in ENDINGS], 0.9, rng)
    givens = zipf(list(range(len(GIVEN))), 1.1, rng)
    fathers = zipf(list(range(len(GIVEN))), 1.1, rng)
    units = [f"{rng.randrange(10000, 99999)}" for _ in range(400)]
    people = []
    for _ in range(n):
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 40))
        people.append(
            {
                "surname": next(surnames),
                "given": next(givens),
                "father": next(fathers),
                "born": born,
                "service_number": (
                    f"{rng.choice('АБВГДЕ')}{rng.choice('АБВГДЕ')}-{rng.randrange(10**6):06d}"
                    if rng.random() < 0.3
                    else ""
                ),
                "unit": rng.choice(units),
                "region": rng.randrange(len(REGIONS)),
            }
        )
    return people


def as_sought(p: dict[str, Any]) -> Identity:
    given = GIVEN[p["given"]]
    return Identity(
        surname=p["surname"],
        given=given[0],
        patronymic=GIVEN[p["father"]][2],
        born=day(p["born"]),
        service_number=p["service_number"],
        unit=f"в/ч {p['unit']}",
        region=REGIONS[p["region"]][0],
    )


def as_listed(p: dict[str, Any], rng: random.Random, *, with_error: bool) -> Identity:
    """An entry of a published list about ``p``: Russian, Ukrainian or Latin, maybe wrong."""
    script = rng.choices(["ru", "uk", "ru-latin", "uk-latin"], [4, 3, 1, 2])[0]
    ukrainian = script.startswith("uk")
    surname = ukrainian_surname(p["surname"]) if ukrainian else p["surname"]
    given = GIVEN[p["given"]][1 if ukrainian else 0]
    patronymic = GIVEN[p["father"]][3 if ukrainian else 2]
    born: EventDate | None = day(p["born"])
    unit = p["unit"]
    service_number = p["service_number"] if rng.random() < 0.5 else ""
    error = rng.random() if with_error else 1.0
    if error < 0.12:
        surname = typo(surname, rng)
    elif error < 0.17:
        given = typo(given, rng)
    elif error < 0.22:
        patronymic = typo(patronymic, rng)
    elif error < 0.34:
        patronymic = ""
    elif error < 0.40 and p["born"].day <= 12:
        b = p["born"]
        born = day(date(b.year, b.day, b.month))
    elif error < 0.48:
        born = year(p["born"])
    elif error < 0.52:
        born = day(p["born"] + timedelta(days=1))
    elif error < 0.54:
        born = day(p["born"].replace(year=p["born"].year + 1, day=min(p["born"].day, 28)))
    elif error < 0.64:
        unit = f"{rng.randrange(10000, 99999)}"
    elif error < 0.66 and service_number:
        service_number = service_number[:-1] + str((int(service_number[-1]) + 1) % 10)
    if script.endswith("latin"):
        table = KMU if ukrainian else ICAO
        surname, given, patronymic = (latin(t, table) for t in (surname, given, patronymic))
    return Identity(
        surname=surname,
        given=given,
        patronymic=patronymic,
        born=born if rng.random() < 0.95 else None,
        service_number=service_number,
        unit=rng.choice(["в/ч {}", "{}", "войсковая часть {}", "military unit {}"]).format(unit)
        if rng.random() < 0.6
        else "",
        region=REGIONS[p["region"]][rng.randrange(3)] if rng.random() < 0.5 else "",
    )


#: Where two adjacent digits of DDMMYYYY may be swapped within one part (``_one_slip``).
_SWAP_AT = (0, 2, 4, 5, 6)


def _swaps(digits: str) -> str:
    """DDMMYYYY with two adjacent digits of the day, the month or the year swapped, each way
    joined by commas (an 8-digit string is in it only as one whole way)."""
    return ",".join(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in _SWAP_AT)


def record(uid: int, cluster: int, who: Identity) -> dict[str, Any]:
    """The columns Splink compares: the same normalised values ``compare`` uses."""
    known = known_keys()
    b = who.born
    return {
        "unique_id": uid,
        "cluster": cluster,
        "surname": who.surname_key or None,
        "given": who.given_key or None,
        "given_known": int(who.given_key in known["given"]),
        "patronymic": who.patronymic_key or None,
        "patronymic_known": int(who.patronymic_key in known["patronymic"]),
        "born": b.earliest.isoformat() if b else None,
        "born_day": int(b is not None and b.precision is DatePrecision.DAY),
        "born_months": int(
            b is not None and b.precision in (DatePrecision.DAY, DatePrecision.MONTH)
        ),
        "born_ordinal": b.earliest.toordinal() if b else None,
        "born_digits": f"{b.earliest:%d%m%Y}" if b else None,
        "born_swaps": _swaps(f"{b.earliest:%d%m%Y}") if b else None,
        "born_year": b.earliest.year if b else None,
        "born_month": b.earliest.month if b else None,
        "born_dom": b.earliest.day if b else None,
        "service_number": who.service_number or None,
        "unit": who.unit_key or None,
        "region": who.region_key or None,
    }


def comparisons() -> list[Any]:
    import splink.comparison_level_library as cll
    from splink import comparison_library as cl

    def name(col: str, vocabulary: bool) -> Any:
        close: Any = cll.DamerauLevenshteinLevel(col, 1)
        similar: Any = cll.JaroWinklerLevel(col, SIMILAR_FROM)
        if vocabulary:  # two different known names are never "close" (Иван, Ян)
            both = cll.CustomLevel(f"{col}_known_l = 1 AND {col}_known_r = 1")
            close = cll.And(close, cll.Not(both))
            similar = cll.And(similar, cll.Not(both))
        levels = [cll.NullLevel(col), cll.ExactMatchLevel(col), close, similar, cll.ElseLevel()]
        return cl.CustomComparison(levels, output_column_name=col)

    def equal(col: str) -> Any:
        levels = [cll.NullLevel(col), cll.ExactMatchLevel(col), cll.ElseLevel()]
        return cl.CustomComparison(levels, output_column_name=col)

    both_days = "born_day_l = 1 AND born_day_r = 1"
    born = cl.CustomComparison(
        [
            cll.NullLevel("born"),
            cll.CustomLevel(f"born_l = born_r AND {both_days}", "exact"),
            cll.CustomLevel(
                f"born_year_l = born_year_r AND {both_days} AND born_month_l = born_dom_r "
                "AND born_dom_l = born_month_r",
                "swapped",
            ),
            cll.CustomLevel(
                f"born_year_l = born_year_r AND NOT ({both_days}) AND NOT "
                "(born_months_l = 1 AND born_months_r = 1 AND born_month_l <> born_month_r)",
                "year",
            ),
            cll.CustomLevel(
                f"{both_days} AND (abs(born_ordinal_l - born_ordinal_r) = 1 OR "
                "(born_month_l = born_month_r AND born_dom_l = born_dom_r "
                "AND abs(born_year_l - born_year_r) = 1) OR "
                "hamming(born_digits_l, born_digits_r) = 1 OR "
                "contains(born_swaps_l, born_digits_r))",
                "near",
            ),
            cll.ElseLevel(),
        ],
        output_column_name="born",
    )
    return [
        name("surname", False),
        name("given", True),
        name("patronymic", True),
        born,
        equal("service_number"),
        equal("unit"),
        equal("region"),
    ]


def export(model: dict[str, Any], share: float, cap: float) -> dict[str, Any]:
    """The fitted model in the program's form; a level Splink saw no pair at keeps the
    weight of the file shipped now (said on stderr). The shipped file's per-field ``caps``
    and the names' ``tf_minimum_u_value`` are kept: they are choices, not fitted."""
    whole = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    shipped = whole["comparisons"]
    out: dict[str, Any] = {}
    for comparison in model["comparisons"]:
        field = Field(comparison["output_column_name"])
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        rows = []
        for level, fitted in zip(FIELD_LEVELS[field], levels, strict=True):
            m, u = fitted.get("m_probability"), fitted.get("u_probability")
            if m and u:
                weight = round(math.log2(m / u), 3)
            else:
                weight = next(r["weight"] for r in shipped[field] if r["label"] == level)
                print(f"{field} {level}: no m or u fitted, kept {weight}", file=sys.stderr)
            row = {"label": str(level), "m": m, "u": u, "weight": weight}
            floor = next(
                (r.get("tf_minimum_u_value") for r in shipped[field] if r["label"] == level), None
            )
            if floor is not None:
                row["tf_minimum_u_value"] = floor
            rows.append(row)
        out[str(field)] = rows
    return {
        "about": "Fitted by tools/fit_match_weights.py (Splink) on labelled synthetic pairs.",
        "lambda": share,
        "cap": cap,
        "caps": whole.get("caps", {}),
        "comparisons": out,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cap", type=float, default=4.0)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument(
        "--evaluate",
        type=Path,
        metavar="WEIGHTS",
        help="judge this weights file (the shipped one, say) on the synthetic pairs; write nothing",
    )
    args = parser.parse_args(argv)
    try:
        from splink import DuckDBAPI, Linker, SettingsCreator, block_on
    except ImportError:
        print(__doc__, file=sys.stderr)
        print("Splink is not installed here: see above.", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    people = population(args.persons, rng)
    sought = [as_sought(p) for p in people]
    persons = [record(i, i, who) for i, who in enumerate(sought)]
    entries, listed = [], {}
    for n in range(args.entries):
        uid = 10_000_000 + n
        if n % 3 == 2:  # a third of a list is people nobody seeks
            stranger = population(1, rng)[0]
            who, cluster = as_listed(stranger, rng, with_error=False), uid
        else:
            cluster = rng.randrange(len(people))
            who = as_listed(people[cluster], rng, with_error=True)
        entries.append(record(uid, cluster, who))
        listed[uid] = who
    true_pairs = sum(e["cluster"] < len(people) for e in entries)
    share = true_pairs / (len(persons) * len(entries))

    settings = SettingsCreator(
        link_type="link_only",
        comparisons=comparisons(),
        blocking_rules_to_generate_predictions=[
            block_on("surname"),
            block_on("given", "born_year"),
            block_on("service_number"),
        ],
        probability_two_random_records_match=share,
        additional_columns_to_retain=["cluster"],
    )
    db = DuckDBAPI()
    linker = Linker(
        [db.register(persons), db.register(entries)], settings, log_level=logging.WARNING
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=args.seed)
    linker.training.estimate_m_from_label_column("cluster")
    fitted = export(linker.misc.save_model_to_json(), share, args.cap)
    # As the program will read it (ordered, bounded), or the file to judge.
    model = load_weights(args.evaluate) if args.evaluate else weights_from(fitted)

    # Parity: the raw weights summed as the program sums them give Splink's probabilities.
    raw = {f: {r["label"]: r["weight"] for r in rows} for f, rows in fitted["comparisons"].items()}
    prior = math.log2(share / (1 - share))
    rows = linker.inference.predict().as_record_list()  # every blocked pair
    counts: dict[Field, Counter[str]] = {f: Counter() for f in NAME_FIELDS}
    for who in sought:
        counts[Field.SURNAME][who.surname_key] += 1
        counts[Field.GIVEN][who.given_key] += 1
        counts[Field.PATRONYMIC][who.patronymic_key] += 1
    shares = {f: {k: n / len(sought) for k, n in c.items()} for f, c in counts.items()}
    worst = 0.0
    found: dict[bool, set[int]] = {False: set(), True: set()}
    right, said = {False: 0, True: 0}, {False: 0, True: 0}
    for row in rows:
        ids = sorted((row["unique_id_l"], row["unique_id_r"]))
        person, entry = sought[ids[0]], listed[ids[1]]
        same = row["cluster_l"] == row["cluster_r"]
        for frequencies in (False, True):
            candidate = score(entry, person, model, shares=shares if frequencies else None)
            if candidate.probability >= 0.5:
                said[frequencies] += 1
                right[frequencies] += same
            if same and candidate.probability >= 0.1:
                found[frequencies].add(ids[1])
        levels = candidate.levels
        mine = prior + sum(
            raw[str(f)][str(lv)] for f, lv in levels.items() if lv is not Level.BLANK
        )
        worst = max(worst, abs(1 / (1 + math.exp2(-mine)) - row["match_probability"]))
    print(json.dumps(fitted, ensure_ascii=False, indent=1))
    judged = args.evaluate or "the fitted weights (ordered, bounded)"
    print(f"judged: {judged}", file=sys.stderr)
    print(f"lambda {share:.3g} ({prior:.1f} bits); {len(rows)} pairs blocked", file=sys.stderr)
    print(f"max |program - Splink| probability over the pairs: {worst:.2e}", file=sys.stderr)
    for frequencies in (False, True):
        print(
            f"{'with' if frequencies else 'without'} name frequencies, at 0.5: precision "
            f"{right[frequencies] / max(said[frequencies], 1):.3f}, recall "
            f"{right[frequencies] / true_pairs:.3f}; true person proposed from 0.1: "
            f"{len(found[frequencies]) / true_pairs:.3f}",
            file=sys.stderr,
        )
    if args.evaluate:
        return 0
    args.out.write_text(json.dumps(fitted, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
