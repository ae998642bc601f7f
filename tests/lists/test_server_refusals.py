"""Lists a PostgreSQL server would refuse as SQLite stored them: a NUL byte deep in a CSV
list (past the part read to tell text from a binary file) is dropped from its cell, and a
full name joined from three parts of the longest width is cut to its column's; the list
imports on either backend."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run
from tests.conftest import sql
from tests.test_cli_lists import ABOUT


def test_a_nul_byte_past_the_first_64_kib_is_dropped(db_path: Path, tmp_path: Path) -> None:
    rows = ["Фамилия;Имя;Примечание"]
    rows += [f"Шумов{n};Иван;примечание {'ж' * 40}" for n in range(1000)]
    rows.append("Ёлкин\x00;Пётр;ноль\x00здесь")
    listed = tmp_path / "список.csv"
    listed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert listed.stat().st_size > 65536
    result = run(db_path, "list", "import", str(listed), *ABOUT, "--json")
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)
    assert "\x00" not in result.stdout
    assert imported["entries"] == 1001, imported
    found = sql(db_path, "SELECT surname, note FROM list_entries WHERE given_name = 'Пётр'")
    assert found == [("Ёлкин", "нольздесь")]


def test_a_full_name_made_of_three_longest_parts_fits_its_column(
    db_path: Path, tmp_path: Path
) -> None:
    rows = ["Фамилия;Имя;Отчество", f"{'Ш' * 100};{'И' * 100};{'П' * 100}"]
    listed = tmp_path / "список.csv"
    listed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run(db_path, "list", "import", str(listed), *ABOUT, "--json")
    assert result.returncode == 0, result.stderr
    [(full_name, published)] = sql(db_path, "SELECT full_name, published FROM list_entries")
    assert full_name == f"{'Ш' * 100} {'И' * 100} {'П' * 98}"
    assert json.loads(published)["Отчество"] == "П" * 100
