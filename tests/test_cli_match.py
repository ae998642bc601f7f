"""``match`` and ``decide``: a published list's candidates and the decisions, in Russian too."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli_runner import refused, run
from tests.lists.conftest import write_xlsx

RUSSIAN = {"LANG": "ru_RU.UTF-8"}
ABOUT = (
    "--name", "Обмен 14 ноября", "--publisher", "Координационный штаб",
    "--published-on", "14.11.2026", "--means", "released", "--reliability", "B",
    "--credibility", "2",
)  # fmt: skip


def add_person(db_path: Path, family: str, *name_and_born: str) -> int:
    reference = run(db_path, "case", "add", "--family", family).stdout.strip()
    surname, given, patronymic, born = name_and_born
    added = run(
        db_path, "person", "add", "--case", reference, "--surname", surname, "--given", given,
        "--patronymic", patronymic, "--born", born,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return int(added.stdout.strip())


def import_list(db_path: Path, tmp_path: Path) -> int:
    path = write_xlsx(
        tmp_path / "обмен.xlsx",
        [
            ["Прізвище", "Ім'я", "По батькові", "Дата народження"],
            ["Shumov", "Oleksii", "Viktorovych", "04.05.1990"],
            ["Іваненко", "Богдан", "Петрович", "01.01.1980"],
        ],
    )
    mapping = [f"--map={m}" for m in ("surname=Прізвище", "given=Ім'я", "patronymic=По батькові")]
    mapping.append("--map=born=Дата народження")
    imported = run(db_path, "list", "import", str(path), *ABOUT, *mapping, "--json")
    assert imported.returncode == 0, imported.stderr
    return int(json.loads(imported.stdout)["list"])


def test_match_lists_the_candidates_and_decide_makes_a_report(
    db_path: Path, tmp_path: Path
) -> None:
    shumov = add_person(db_path, "Шумовы", "Шумов", "Алексей", "Викторович", "04.05.1990")
    add_person(db_path, "Кравцовы", "Кравцова", "Анна", "Сергеевна", "1995")
    list_id = import_list(db_path, tmp_path)

    found = run(db_path, "match", "--list", str(list_id), "--json")
    assert found.returncode == 0, found.stderr
    first, second = json.loads(found.stdout)
    assert (first["row"], second["row"], second["candidates"]) == (2, 3, [])
    (candidate,) = first["candidates"]
    assert candidate["person"] == shumov and candidate["probability"] >= 0.9
    assert candidate["case"]
    assert candidate["fields"]["surname"] == "match"
    assert candidate["fields"]["born"] == "match"
    assert candidate["fields"]["service_number"] == "blank"

    text = run(db_path, "match", "--list", str(list_id), env=RUSSIAN)
    assert text.returncode == 0, text.stderr
    assert "Строка 2" in text.stdout and "Фамилия: совпадает" in text.stdout
    percent = re.search(r"дело \S+: (более 99|\d{1,2}) % вероятно, он\n", text.stdout)
    assert percent is not None, text.stdout  # cut down, never "100 %"

    entry = str(first["entry"])
    no_reason = run(db_path, "decide", "--entry", entry, "--person", str(shumov), "--not-same")
    assert no_reason.returncode != 0 and "--reason" in no_reason.stderr
    same = run(db_path, "decide", "--entry", entry, "--person", str(shumov), "--same")
    assert same.returncode == 0, same.stderr
    report_id = int(same.stdout.strip())
    timeline = run(db_path, "timeline", "--person", str(shumov), "--json")
    assert timeline.returncode == 0, timeline.stderr
    (seen,) = [r for r in json.loads(timeline.stdout)["reports"] if r["id"] == report_id]
    assert (seen["claim"], seen["source_kind"]) == ("released", "published_list")
    assert (seen["event_from"], seen["reliability"], seen["credibility"]) == (
        "2026-11-14",
        "B",
        "2",
    )

    again = json.loads(run(db_path, "match", "--list", str(list_id), "--json").stdout)
    assert again[0]["candidates"] == []


def test_not_him_in_russian_and_an_unknown_list(db_path: Path, tmp_path: Path) -> None:
    shumov = add_person(db_path, "Шумовы", "Шумов", "Алексей", "Петрович", "1985")
    list_id = import_list(db_path, tmp_path)
    (first, _second) = json.loads(
        run(db_path, "match", "--list", str(list_id), "--min", "0", "--json").stdout
    )
    rejected = run(
        db_path, "decide", "--entry", str(first["entry"]), "--person", str(shumov),
        "--not-same", "--reason", "Другое отчество", env=RUSSIAN,
    )  # fmt: skip
    assert rejected.returncode == 0, rejected.stderr
    assert "не он" in rejected.stdout.lower()
    missing = refused(run(db_path, "match", "--list", "99", env=RUSSIAN))
    assert "99" in missing
