"""Hostile names and texts on the command line: one sentence, exit 1, nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.cli import main


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    path = str(tmp_path / "cases.sqlite")
    assert main(["--db", path, "case", "add", "--family", "Шумовы"]) == 0
    return path


@pytest.mark.parametrize(
    ("family", "said"),
    [
        ("Я" * 10_000, "10000 characters long"),
        ("\u200b\u200b", "must not be empty"),
    ],
)
def test_a_hostile_family_name_is_refused(
    db: str, family: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "case", "add", "--family", family]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert main(["--db", db, "search", "Шумовы", "--json"]) == 0
    assert capsys.readouterr().out.count('"kind": "case"') == 1


def test_a_name_with_a_direction_override_is_stored_without_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "person", "add", "--case", "2026-0001",
                 "--surname", "\u202eвомуШ", "--given", "Пётр"]) == 0  # fmt: skip
    assert main(["--db", db, "search", "вомуШ", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "вомуШ" in out


def test_the_command_line_records_the_name_given_in_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "root": the caseworker named in the window's Settings, as the window records."""
    from caseworker.db import open_database
    from caseworker.models import AuditEntry

    config = tmp_path / "config"
    (config / "Caseworker").mkdir(parents=True)
    (config / "Caseworker" / "preferences.ini").write_text(
        "[user]\ncaseworker_name=Иванова А. П.\n", encoding="utf-8"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    path = str(tmp_path / "cases.sqlite")
    assert main(["--db", path, "case", "add", "--family", "Шумовы"]) == 0
    database = open_database(path)
    with database.read() as session:
        actors = {entry.actor for entry in session.query(AuditEntry)}
    database.dispose()
    assert actors == {"Иванова А. П."}
