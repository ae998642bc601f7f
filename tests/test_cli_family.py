"""``relative add`` and ``told`` on the command line: the family log and its disclosure gate."""

from __future__ import annotations

from pathlib import Path

from caseworker.db import open_database
from caseworker.services import audit, family_log
from caseworker.services.relatives import get_relative
from caseworker.vocab import Relation, ToldWhat
from tests.cli_runner import ok, refused, run
from tests.conftest import address

RUSSIAN = {"LANG": "ru_RU.UTF-8"}


def a_case(db_path: Path) -> tuple[str, str, str]:
    """A case, its sought person with a B2 report of death and a C3 one of him wounded later,
    and the wife; their reference, the person's id and the wife's id."""
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    person = ok(
        db_path, "person", "add", "--case", reference, "--surname", "Шумов", "--given", "Алексей"
    )
    for claim, day, kind, grade in (
        ("killed", "2026-04-02", "unit", "B2"),
        ("wounded", "2026-04-09", "opposing_side", "C3"),
    ):
        ok(
            db_path, "report", "add", "--person", person, "--claim", claim, "--event-date", day,
            "--source-kind", kind, "--reliability", grade[0], "--credibility", grade[1],
        )  # fmt: skip
    wife = ok(
        db_path, "relative", "add", "--case", reference, "--surname", "Шумова",
        "--given", "Ольга", "--patronymic", "Ёжиковна", "--relation", "wife",
        "--address", "г. Курск, ул. Вымышленная, 1", "--phone", "8 (916) 000-12-34",
    )  # fmt: skip
    return reference, person, wife


def told(reference: str, relative: str, what: str, *more: str) -> list[str]:
    return [
        "told", "--case", reference, "--relative", relative, "--what", what,
        "--on", "2026-05-12", "--by", "Ирина Ёжикова", *more,
    ]  # fmt: skip


def test_relative_add_prints_the_id_of_the_relative_stored(db_path: Path) -> None:
    reference, _person, wife = a_case(db_path)
    database = open_database(address(db_path))
    try:
        with database.read() as session:
            relative = get_relative(session, int(wife))
            assert relative.full_name == "Шумова Ольга Ёжиковна"
            assert relative.relation is Relation.WIFE
            assert relative.address == "г. Курск, ул. Вымышленная, 1"
            assert relative.phone == "8 (916) 000-12-34"
    finally:
        database.dispose()
    message = refused(
        run(db_path, "relative", "add", "--case", reference, "--surname", "Шумов",
            "--given", "Пётр", "--relation", "cousin")
    )  # fmt: skip
    assert "cousin" in message
    assert refused(
        run(db_path, "relative", "add", "--case", "1999-0001", "--surname", "Шумов",
            "--given", "Пётр", "--relation", "son")
    ) == "There is no case 1999-0001."  # fmt: skip


def test_told_records_each_kind_written_with_hyphens(db_path: Path) -> None:
    reference, _person, wife = a_case(db_path)
    kinds = ["report-received", "inquiry-sent", "answer-received", "alive", "wounded",
             "captured", "no-news"]  # fmt: skip
    ids = [ok(db_path, *told(reference, wife, kind, "--how", "meeting")) for kind in kinds]
    assert len(set(ids)) == len(kinds)
    database = open_database(address(db_path))
    try:
        with database.read() as session:
            log = family_log.relative_log(session, int(wife))
    finally:
        database.dispose()
    assert [row.what.value.replace("_", "-") for row in log] == kinds
    assert {row.told_by for row in log} == {"Ирина Ёжикова"}


def test_told_killed_refused_by_the_gate_exits_1_and_records_nothing(db_path: Path) -> None:
    reference, _person, wife = a_case(db_path)
    message = refused(run(db_path, *told(reference, wife, "killed")))
    assert message.startswith("The family cannot be told of a death yet")
    assert "report 2" in message and "Nothing was recorded" in message
    russian = refused(run(db_path, *told(reference, wife, "killed"), env=RUSSIAN))
    assert russian.startswith("Сообщать семье о гибели пока нельзя")
    database = open_database(address(db_path))
    try:
        with database.read() as session:
            assert family_log.relative_log(session, int(wife)) == []
    finally:
        database.dispose()


def test_told_killed_with_an_override_is_recorded_and_audited(db_path: Path) -> None:
    reference, _person, wife = a_case(db_path)
    result = run(db_path, *told(reference, wife, "killed", "--override", "Извещение военкомата"))
    assert result.returncode == 0, result.stderr
    assert "over the disclosure gate's refusal" in result.stderr
    entry_id = int(result.stdout.strip())
    database = open_database(address(db_path))
    try:
        with database.read() as session:
            [entry] = family_log.relative_log(session, int(wife))
            assert family_log.has_override(session, entry.case_id)
            history = audit.history(session, "family_log", entry_id)
    finally:
        database.dispose()
    assert entry.what is ToldWhat.KILLED and entry.override_reason == "Извещение военкомата"
    assert [h.action for h in history] == ["create", "override"]


def test_told_refuses_bad_input_with_a_sentence(db_path: Path) -> None:
    reference, _person, wife = a_case(db_path)
    assert "buried" in refused(run(db_path, *told(reference, wife, "buried")))
    future = told(reference, wife, "alive")
    future[future.index("--on") + 1] = "2999-01-01"
    assert refused(run(db_path, *future))
    assert refused(run(db_path, *told(reference, "999", "alive")))
    usage = run(db_path, *told(reference, "два", "alive"))
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
