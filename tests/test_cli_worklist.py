"""``worklist`` on the command line: the sections as JSON and as text, in English and Russian."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import ok, refused, run

RUSSIAN = {"LANG": "ru_RU.UTF-8"}
KEYS = [
    "overdue",
    "due_soon",
    "unrecorded_answers",
    "drafts",
    "families_waiting",
    "stale",
    "official_behind",
]


def an_inquiry(db_path: Path, sent_on: str) -> tuple[str, str]:
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    ok(db_path, "person", "add", "--case", reference, "--surname", "Шумов", "--given", "Алексей")
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    inquiry = ok(
        db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны",
        "--sent-on", sent_on,
    )  # fmt: skip
    return reference, inquiry


def sections(db_path: Path, *args: str) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = json.loads(ok(db_path, "worklist", "--json", *args))
    return found


def test_the_json_keys_are_exactly_the_sections(db_path: Path) -> None:
    assert list(sections(db_path)) == KEYS
    assert all(value == [] for value in sections(db_path).values())


def test_today_moves_what_is_overdue(db_path: Path) -> None:
    reference, inquiry = an_inquiry(db_path, "2026-09-01")  # due 2026-10-04
    before = sections(db_path, "--today", "2026-10-01")
    assert before["overdue"] == []
    assert [(item["id"], item["case"], item["due_on"]) for item in before["due_soon"]] == [
        (int(inquiry), reference, "2026-10-04")
    ]
    after = sections(db_path, "--today", "2026-10-14")
    assert [(item["id"], item["days_overdue"]) for item in after["overdue"]] == [(int(inquiry), 10)]
    assert after["due_soon"] == []


def test_a_draft_in_the_text_listing(db_path: Path) -> None:
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    draft = ok(db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны")
    assert [item["id"] for item in sections(db_path)["drafts"]] == [int(draft)]
    text = ok(db_path, "worklist")
    assert "Drafts not sent (1)" in text
    assert f"{reference}\t{draft}\tМинобороны" in text


def test_russian_output(db_path: Path) -> None:
    reference, inquiry = an_inquiry(db_path, "2026-09-01")
    result = run(db_path, "worklist", "--today", "2026-10-14", env=RUSSIAN)
    assert result.returncode == 0, result.stderr
    assert "Просроченные запросы (1)" in result.stdout
    assert "просрочен на 10 дней" in result.stdout
    assert reference in result.stdout and inquiry in result.stdout


def test_nothing_to_do(db_path: Path) -> None:
    assert ok(db_path, "worklist") == "Nothing to do today."


def test_an_unreadable_day_is_refused_with_a_sentence(db_path: Path) -> None:
    message = refused(run(db_path, "worklist", "--today", "завтра"))
    assert "завтра" in message
