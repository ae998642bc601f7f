"""``export`` and ``import`` on the command line: exit codes and the JSON preview."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from caseworker.cli import xlsx as cli_xlsx
from caseworker.db import Database
from tests.cli_runner import run as run_cli
from tests.conftest import SampleCase
from tests.xlsx.conftest import edit, find_row, set_cell


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli_xlsx.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def run(database: Database, *argv: str) -> int:
    args = parse(*argv)
    result: int = args.handler(database, args)
    return result


def exported(database: Database, tmp_path: Path, change: Callable[[Workbook], None]) -> Path:
    """All cases exported to a workbook, then ``change`` made in it as a user would."""
    path = tmp_path / "out.xlsx"
    run(database, "export", "--out", str(path))
    edit(path, change)
    return path


def imported(
    database: Database, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, dict[str, Any]]:
    """``import ARGV --json``: its exit status and the preview it printed."""
    capsys.readouterr()
    status = run(database, "import", *argv, "--json")
    return status, json.loads(capsys.readouterr().out)


def test_export_then_clean_import(
    database: Database, sample_case: SampleCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "out.xlsx"
    assert run(database, "export", "--out", str(path), "--case", sample_case.reference) == 0
    status, preview = imported(database, capsys, str(path), "--dry-run")
    assert status == 0
    assert (preview["created"], preview["updated"], preview["unchanged"]) == (0, 0, 5)
    assert preview["applied"] is False and preview["errors"] == []


@pytest.mark.usefixtures("sample_case")
def test_errors_exit_1_and_apply_nothing(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def spoil(workbook: Workbook) -> None:
        sheet = workbook["Persons"]
        row = find_row(sheet, "Surname", "Шумов")
        set_cell(sheet, row, "Born on", "31.02.1990")
        set_cell(sheet, row, "Unit", "в/ч 11111")

    path = exported(database, tmp_path, spoil)
    status, preview = imported(database, capsys, str(path))
    assert status == 1
    assert preview["applied"] is False
    [error] = preview["errors"]
    assert set(error) == {"sheet", "row", "column", "value", "reason"}
    assert (error["sheet"], error["column"], error["value"]) == ("Persons", "Born on", "31.02.1990")
    assert run(database, "import", str(path), "--dry-run") == 1


@pytest.mark.usefixtures("sample_case")
def test_an_applied_import_exits_0(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def fix(workbook: Workbook) -> None:
        sheet = workbook["Cases"]
        set_cell(sheet, find_row(sheet, "Family", "Шумовы"), "Next action", "позвонить в в/ч")

    status, preview = imported(database, capsys, str(exported(database, tmp_path, fix)))
    assert status == 0
    assert preview["applied"] is True and preview["updated"] == 1


@pytest.mark.usefixtures("sample_case")
def test_as_a_user_runs_it(db_path: Path, tmp_path: Path) -> None:
    """Both commands as ``python -m caseworker`` has them (in-process, see cli_runner)."""
    path = tmp_path / "cli.xlsx"
    exported = run_cli(db_path, "export", "--out", str(path))
    assert exported.returncode == 0, exported.stderr
    imported = run_cli(db_path, "import", str(path), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["unchanged"] == 5
