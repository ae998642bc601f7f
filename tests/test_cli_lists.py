"""``list import``: a published list from the command line, as text or JSON, in Russian too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.cli_runner import refused, run
from tests.lists.conftest import MESSY_CSV, write_xlsx

RUSSIAN = {"LANG": "ru_RU.UTF-8"}
ABOUT = (
    "--name",
    "Обмен 14 ноября",
    "--publisher",
    "Координационный штаб",
    "--published-on",
    "14.11.2026",
    "--means",
    "released",
)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    path = tmp_path / "обмен.csv"
    path.write_bytes(MESSY_CSV.encode("cp1251"))
    return path


def test_import_prints_the_list_and_its_entries_and_lists_bad_rows(
    db_path: Path, messy: Path
) -> None:
    result = run(db_path, "list", "import", str(messy), *ABOUT, "--reliability", "B")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "List 1; entries: 3."
    assert "Row 4: The row has no name" in result.stderr
    assert "Row 5: The birth date “31.02.1989”" in result.stderr

    again = run(db_path, "list", "import", str(messy), *ABOUT, "--json")
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert (data["list"], data["created"], data["entries"]) == (1, False, 3)
    assert [error["row"] for error in data["errors"]] == [4, 5]
    assert all(error["message"] for error in data["errors"])


def test_an_explicit_mapping_and_a_newer_edition(db_path: Path, tmp_path: Path) -> None:
    first = write_xlsx(
        tmp_path / "first.xlsx",
        [["Имя и фамилия", "Рік"], ["Oleksii Shumov", 1990], ["Petro Zarechnyi", 1987]],
    )
    second = write_xlsx(
        tmp_path / "second.xlsx",
        [["Имя и фамилия", "Рік"], ["Oleksii Shumov", 1990], ["Hanna Kravtsova", 1995]],
    )
    mapping = ("--map", "full_name=Имя и фамилия", "--map", "born=Рік")
    one = run(db_path, "list", "import", str(first), *ABOUT, *mapping, "--json")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["entries"] == 2
    two = run(
        db_path, "list", "import", str(second), *ABOUT, *mapping, "--edition-of", "1", "--json"
    )
    assert two.returncode == 0, two.stderr
    data = json.loads(two.stdout)
    assert (data["list"], data["new"], data["gone"]) == (2, 1, 1)


def test_pasted_text_from_the_input(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Фамилия\tИмя\nШумов\tАлексей\n"))
    result = run(db_path, "list", "import", "-", *ABOUT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "List 1; entries: 1."


def test_refusals_are_sentences(db_path: Path, messy: Path, tmp_path: Path) -> None:
    unknown = refused(run(db_path, "list", "import", str(messy), *ABOUT, "--map", "rank=ФИО"))
    assert "not a field of a list" in unknown
    wrong = run(db_path, "list", "import", str(messy), *ABOUT[:-1], "alive")
    assert "released, captured, wounded or killed" in refused(wrong)
    usage = run(db_path, "list", "import", str(messy), *ABOUT, "--map", "surname")
    assert usage.returncode == 2 and "FIELD=COLUMN" in usage.stderr
    nothing = tmp_path / "nothing.csv"
    nothing.write_text("Фамилия;Год\n;1990\n", encoding="utf-8")
    empty = run(db_path, "list", "import", str(nothing), *ABOUT, "--json")
    assert empty.returncode == 1
    assert json.loads(empty.stdout)["errors"][0]["row"] == 2
    assert "nothing was imported" in empty.stderr


def test_in_russian(db_path: Path, messy: Path) -> None:
    result = run(db_path, "list", "import", str(messy), *ABOUT, env=RUSSIAN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Список 1; записей: 3."
    assert "Строка 4: В строке нет имени" in result.stderr
    help_text = run(db_path, "list", "import", "--help", env=RUSSIAN)
    assert "название списка" in help_text.stdout and "дата публикации" in help_text.stdout


def test_a_missing_column_is_named_in_russian(db_path: Path, messy: Path) -> None:
    result = run(
        db_path, "list", "import", str(messy), *ABOUT, "--map", "surname=Звание", env=RUSSIAN
    )
    assert refused(result) == (
        "В «обмен.csv» нет столбца «Звание»; его столбцы: «ФИО», «Дата рождения», "
        "«Личный номер», «Часть», «Примечание»."
    )
