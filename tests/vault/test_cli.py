"""The ``evidence`` command group: add, list (with JSON), export."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker.cli import evidence as cli_evidence
from caseworker.db import Database
from caseworker.errors import CaseworkerError
from caseworker.integrity import check_database
from caseworker.models import AuditEntry
from caseworker.vault.of_database import vault_of_engine
from tests.cli_runner import Result
from tests.cli_runner import run as run_cli
from tests.conftest import SampleCase, reopen
from tests.vault.conftest import JPEG, PDF, MakeFile, sha256_of
from tests.vault.contents import stored_bytes


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Parse with a parser holding only the evidence group, run like ``caseworker.cli.main``."""
    parser = argparse.ArgumentParser(prog="caseworker")
    commands = parser.add_subparsers(dest="command", required=True)
    cli_evidence.register(commands)
    args = parser.parse_args(argv)
    capsys.readouterr()
    database = reopen(db_path)  # with the suite's keys when the tests run encrypted
    try:
        code = args.handler(database, args)
    except CaseworkerError as error:
        print(error.message, file=sys.stderr)
        code = 1
    finally:
        database.dispose()
    out, err = capsys.readouterr()
    return code, out, err


Evidence = Callable[..., tuple[int, str, str]]


@pytest.fixture
def evidence(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Evidence:
    """``caseworker evidence ARGS`` on the test database: exit code, stdout, stderr."""

    def run_evidence(*argv: str) -> tuple[int, str, str]:
        return run(db_path, capsys, "evidence", *argv)

    return run_evidence


def test_add_prints_id_and_hash_and_says_when_already_stored(
    sample_case: SampleCase, make_file: MakeFile, evidence: Evidence
) -> None:
    photo, letter = make_file("фото 1.jpg", JPEG), make_file("письмо.pdf", PDF)
    report = str(sample_case.killed_report_id)
    code, out, _ = evidence(
        "add", "--case", sample_case.reference, "--report", report, "--how", "messenger",
        str(photo), str(letter),
    )  # fmt: skip
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[1:3] for line in lines] == [
        [sha256_of(JPEG), "фото 1.jpg"],
        [sha256_of(PDF), "письмо.pdf"],
    ]
    assert all(line[0].isdigit() and len(line) == 3 for line in lines)
    code, out, _ = evidence("add", "--case", sample_case.reference, str(photo))
    assert code == 0 and out.split("\t")[0] == lines[0][0]
    assert out.rstrip("\n").endswith("already in this case")


def test_add_continues_past_a_bad_file_and_exits_1(
    sample_case: SampleCase, make_file: MakeFile, tmp_path: Path, evidence: Evidence
) -> None:
    empty = make_file("пусто.jpg", b"")
    good = make_file("фото.jpg", JPEG)
    code, out, err = evidence(
        "add", "--case", sample_case.reference, str(empty), str(tmp_path), str(good)
    )
    assert code == 1
    assert "“пусто.jpg” is empty" in err and "is a folder" in err
    assert "2 files not added" in err
    assert out.count("\n") == 1 and sha256_of(JPEG) in out


def test_add_refuses_an_unknown_case_and_a_bad_how(
    sample_case: SampleCase, make_file: MakeFile, evidence: Evidence
) -> None:
    photo = str(make_file())
    code, _, err = evidence("add", "--case", "1999-0001", photo)
    assert code == 1 and "There is no case 1999-0001" in err
    code, _, err = evidence("add", "--case", sample_case.reference, "--how", "pigeon", photo)
    assert code == 1 and "“pigeon” is not a valid" in err


def test_list_json_shape(sample_case: SampleCase, make_file: MakeFile, evidence: Evidence) -> None:
    evidence(
        "add", "--case", sample_case.reference,
        "--report", str(sample_case.alive_report_id), str(make_file("фото.jpg", JPEG)),
    )  # fmt: skip
    code, out, _ = evidence("list", "--case", sample_case.reference, "--json")
    assert code == 0
    [item] = json.loads(out)
    assert {"id", "sha256", "name", "size", "type", "report_ids"} <= set(item)
    assert item["sha256"] == sha256_of(JPEG) and item["name"] == "фото.jpg"
    assert item["size"] == len(JPEG) and item["type"] == "image/jpeg"
    assert item["report_ids"] == [sample_case.alive_report_id]
    code, out, _ = evidence("list", "--case", sample_case.reference)
    assert out.startswith(f"{item['id']}\t{item['sha256']}\tфото.jpg\t")


def test_export(
    sample_case: SampleCase, make_file: MakeFile, tmp_path: Path, evidence: Evidence
) -> None:
    evidence(
        "add", "--case", sample_case.reference,
        str(make_file("фото.jpg", JPEG)), str(make_file("письмо.pdf", PDF)),
    )  # fmt: skip
    out_dir = tmp_path / "bundle"
    code, out, err = evidence("export", "--case", sample_case.reference, "--out", str(out_dir))
    assert code == 0 and "Exported 2 files" in err
    assert Path(out.strip()) == out_dir / "manifest.csv"
    assert (out_dir / "фото.jpg").read_bytes() == JPEG
    with (out_dir / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["file"] for row in csv.DictReader(handle)] == ["фото.jpg", "письмо.pdf"]
    code, _, err = evidence("export", "--case", sample_case.reference, "--out", str(out_dir))
    assert code == 1 and "is not empty" in err


def test_the_real_command_line(db_path: Path, sample_case: SampleCase, make_file: MakeFile) -> None:
    """The evidence group as ``python -m caseworker`` has it (in-process, see cli_runner)."""

    def caseworker(*argv: str) -> Result:
        return run_cli(db_path, *argv)

    photo = str(make_file("фото.jpg", JPEG))
    added = caseworker("evidence", "add", "--case", sample_case.reference, photo)
    assert added.returncode == 0, added.stderr
    again = caseworker("evidence", "add", "--case", sample_case.reference, photo)
    assert "already in this case" in again.stdout
    listed = caseworker("evidence", "list", "--case", sample_case.reference, "--json")
    [item] = json.loads(listed.stdout)
    assert item["sha256"] == sha256_of(JPEG) and str(item["id"]) == added.stdout.split("\t")[0]


def test_adding_the_genuine_file_again_repairs_a_damaged_copy(
    database: Database,
    sample_case: SampleCase,
    make_file: MakeFile,
    evidence: Evidence,
) -> None:
    photo = make_file("фото.jpg", JPEG)
    evidence("add", "--case", sample_case.reference, str(photo))
    vault = vault_of_engine(database.engine)
    stored = vault.path_of(sha256_of(JPEG))
    stored.chmod(0o600)
    stored.write_bytes(b"\xff\xd8\xff overwritten by a photo editor")
    code, out, _ = evidence("add", "--case", sample_case.reference, str(photo))
    assert code == 0
    assert out.rstrip("\n").endswith(
        "already in this case\tthe stored copy was damaged and has been replaced by this file"
    )
    assert stored_bytes(vault, sha256_of(JPEG)) == JPEG
    with database.read() as session:
        assert check_database(session) == []
        repairs = session.scalars(select(AuditEntry).where(AuditEntry.action == "repair")).all()
    assert [(entry.entity, entry.new_value) for entry in repairs] == [("evidence", sha256_of(JPEG))]


def test_a_right_to_left_override_is_shown_and_exported_harmlessly(
    sample_case: SampleCase, make_file: MakeFile, tmp_path: Path, evidence: Evidence
) -> None:
    """ "\u202egpj.exe" shows as "exe.jpg" wherever the override is obeyed."""
    disguised = make_file("\u202egpj.exe", b"MZ\x90\x00 a program, not a photo")
    code, out, _ = evidence("add", "--case", sample_case.reference, str(disguised))
    assert code == 0 and "\u202e" not in out and "\t<U+202E>gpj.exe" in out
    _, out, _ = evidence("list", "--case", sample_case.reference)
    assert "\u202e" not in out and "\t<U+202E>gpj.exe\t" in out
    _, out, _ = evidence("list", "--case", sample_case.reference, "--json")
    assert "\u202e" not in out and "\\u202e" in out
    assert json.loads(out)[0]["name"] == "\u202egpj.exe"  # the record keeps it as received
    bundle = tmp_path / "bundle"
    evidence("export", "--case", sample_case.reference, "--out", str(bundle))
    assert sorted(path.name for path in bundle.iterdir()) == [
        "SHA256SUMS",
        "_gpj.exe",
        "manifest.csv",
    ]
    with (bundle / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["file"], row["original_name"]) == ("_gpj.exe", "<U+202E>gpj.exe")
