"""``python -m caseworker timeline`` and ``assess``, run in-process (:mod:`tests.cli_runner`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import ok, refused, run

REPORT_KEYS = {
    "id",
    "claim",
    "group",
    "event_from",
    "event_to",
    "source_kind",
    "reliability",
    "credibility",
    "retracted",
    "derived_from",
}


def timeline_json(db_path: Path, person_id: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(db_path, "timeline", "--person", str(person_id), "--json"))
    return data


@pytest.fixture
def demo(db_path: Path) -> dict[str, int]:
    """The demo cases' persons by surname."""
    ok(db_path, "demo")
    found = json.loads(ok(db_path, "search", "--json", "ов"))
    return {hit["label"].split()[0]: hit["id"] for hit in found if hit["kind"] == "person"}


def test_the_json_has_the_documented_shape(db_path: Path, demo: dict[str, int]) -> None:
    data = timeline_json(db_path, demo["Соколов"])
    assert set(data) == {"person", "reports", "contradictions", "suggestion"}
    assert data["person"]["id"] == demo["Соколов"]
    assert data["reports"] and all(set(report) == REPORT_KEYS for report in data["reports"])
    starts = [report["event_from"] for report in data["reports"]]
    assert starts == sorted(starts), "in time order"
    for contradiction in data["contradictions"]:
        assert set(contradiction) == {"rule", "report_ids", "severity", "explanation"}
    assert set(data["suggestion"]) == {"status", "scores", "contested"}
    assert set(data["suggestion"]["scores"]) == {"alive", "wounded", "captured", "dead", "unknown"}


def test_killed_then_alive_shows_alive_after_death(db_path: Path, demo: dict[str, int]) -> None:
    data = timeline_json(db_path, demo["Соколов"])
    by_claim = {report["claim"]: report for report in data["reports"] if not report["retracted"]}
    found = [c for c in data["contradictions"] if c["rule"] == "alive_after_death"]
    assert len(found) == 1
    assert found[0]["report_ids"] == [by_claim["killed"]["id"], by_claim["wounded"]["id"]]
    assert found[0]["severity"] == "high"
    assert "5 days later" in found[0]["explanation"]
    retracted = [report for report in data["reports"] if report["retracted"]]
    assert len(retracted) == 1 and retracted[0]["id"] not in found[0]["report_ids"]
    assert data["suggestion"]["contested"] is True


def test_five_months_missing_shows_official_behind_with_days(
    db_path: Path, demo: dict[str, int]
) -> None:
    data = timeline_json(db_path, demo["Покровский"])
    found = [c for c in data["contradictions"] if c["rule"] == "official_behind"]
    assert len(found) == 1
    days = re.search(r"(\d+) days", found[0]["explanation"])
    assert days is not None and int(days.group(1)) == 100
    assert "missing" in found[0]["explanation"]
    assert data["suggestion"]["status"] == "captured"


def test_the_text_lists_reports_contradictions_and_suggestion(
    db_path: Path, demo: dict[str, int]
) -> None:
    text = ok(db_path, "timeline", "--person", str(demo["Соколов"]))
    assert "Соколов Дмитрий Игоревич" in text
    assert "[retracted]" in text
    assert "alive after death" in text
    assert "Suggested status: dead (contested)" in text


def test_retract_and_derived_from_change_the_timeline(db_path: Path, demo: dict[str, int]) -> None:
    person = str(demo["Покровский"])
    captured = next(
        r for r in timeline_json(db_path, demo["Покровский"])["reports"] if r["claim"] == "captured"
    )
    relay = ok(
        db_path,
        "report",
        "add",
        "--person",
        person,
        "--claim",
        "captured",
        "--event-date",
        captured["event_from"],
        "--source-kind",
        "comrade",
        "--reliability",
        "C",
        "--credibility",
        "3",
        "--derived-from",
        str(captured["id"]),
    )
    data = timeline_json(db_path, demo["Покровский"])
    relayed = next(r for r in data["reports"] if r["id"] == int(relay))
    assert relayed["derived_from"] == captured["id"]
    ok(db_path, "report", "retract", "--id", str(captured["id"]), "--reason", "Ошибка в списке")
    data = timeline_json(db_path, demo["Покровский"])
    assert next(r for r in data["reports"] if r["id"] == captured["id"])["retracted"] is True
    assert all(captured["id"] not in c["report_ids"] for c in data["contradictions"])


def test_assess_records_a_judgement_and_refuses_without_rationale(
    db_path: Path, demo: dict[str, int]
) -> None:
    person = str(demo["Соколов"])
    assessment_id = ok(
        db_path,
        "assess",
        "--person",
        person,
        "--status",
        "wounded",
        "--confidence",
        "medium",
        "--rationale",
        "Звонок с его номера",
    )
    assert assessment_id.isdigit()
    message = refused(
        run(
            db_path,
            "assess",
            "--person",
            person,
            "--status",
            "dead",
            "--confidence",
            "low",
            "--rationale",
            " ",
        )
    )
    assert "rationale" in message
    assert "999" in refused(run(db_path, "timeline", "--person", "999"))
