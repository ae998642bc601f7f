"""``addressee`` and ``inquiry`` on the command line: the course of an inquiry, scripted."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import ok, refused, run

RUSSIAN = {"LANG": "ru_RU.UTF-8"}


def a_case(db_path: Path) -> tuple[str, str]:
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    person = ok(
        db_path, "person", "add", "--case", reference, "--surname", "Шумов", "--given", "Алексей"
    )
    return reference, person


def test_addressee_add_and_list(db_path: Path) -> None:
    first = ok(db_path, "addressee", "add", "--name", "Госпиталь № 1", "--kind", "hospital")
    other = ok(
        db_path, "addressee", "add", "--name", "Комиссия другой стороны", "--kind", "other-side",
        "--days", "45", "--sensitive",
    )  # fmt: skip
    listed = json.loads(ok(db_path, "addressee", "list", "--json"))
    by_id = {entry["id"]: entry for entry in listed}
    assert by_id[int(first)]["kind"] == "hospital" and by_id[int(first)]["days"] == 30
    assert by_id[int(other)]["kind"] == "other-side"
    assert (by_id[int(other)]["days"], by_id[int(other)]["sensitive"]) == (45, True)
    assert "Госпиталь № 1" in ok(db_path, "addressee", "list")


def test_the_starter_set_is_added_once(db_path: Path) -> None:
    ok(db_path, "addressee", "starter")
    ok(db_path, "addressee", "starter")
    names = [entry["name"] for entry in json.loads(ok(db_path, "addressee", "list", "--json"))]
    assert len(names) == len(set(names)) >= 6


def test_an_unknown_kind_is_refused_with_a_sentence(db_path: Path) -> None:
    message = refused(run(db_path, "addressee", "add", "--name", "Штаб", "--kind", "army"))
    assert "army" in message
    assert ok(db_path, "addressee", "list", "--json") == "[]"


def test_an_inquiry_through_its_course(db_path: Path) -> None:
    reference, person = a_case(db_path)
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    ok(db_path, "addressee", "add", "--name", "Военный комиссариат", "--kind", "commissariat")
    inquiry = ok(
        db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны", "--person", person,
        "--sent-on", "2026-09-03", "--channel", "in-person", "--our-ref", "№ 12",
    )  # fmt: skip
    ok(db_path, "inquiry", "register", "--id", inquiry, "--on", "2026-09-04", "--their-ref", "ОГ-1")
    ok(
        db_path,
        "inquiry",
        "extend",
        "--id",
        inquiry,
        "--until",
        "2026-11-03",
        "--reason",
        "Проверка",
    )
    listed = json.loads(
        ok(db_path, "inquiry", "list", "--case", reference, "--today", "2026-11-05", "--json")
    )
    assert listed == [
        {
            "id": int(inquiry), "case": reference, "person": int(person),
            "addressee": "Минобороны", "status": "extended", "sent_on": "2026-09-03",
            "registered_on": "2026-09-04", "due_on": "2026-11-03", "overdue": True,
            "days_overdue": 2, "very_overdue": True,
        }
    ]  # fmt: skip
    new = ok(
        db_path,
        "inquiry",
        "forward",
        "--id",
        inquiry,
        "--to",
        "Военный комиссариат",
        "--on",
        "2026-11-06",
    )
    report = ok(
        db_path, "inquiry", "answer", "--id", new, "--on", "2026-11-20", "--text",
        "Числится пропавшим без вести.", "--claim", "missing", "--event-date", "2026-04-02",
        "--reliability", "A", "--credibility", "2",
    )  # fmt: skip
    assert report.isdigit()
    statuses = {
        entry["id"]: entry["status"]
        for entry in json.loads(ok(db_path, "inquiry", "list", "--json"))
    }
    assert statuses == {int(inquiry): "forwarded", int(new): "answered"}


def test_a_draft_and_closing_without_an_answer(db_path: Path) -> None:
    reference, _person = a_case(db_path)
    addressee = ok(db_path, "addressee", "add", "--name", "МККК", "--kind", "icrc")
    draft = ok(db_path, "inquiry", "add", "--case", reference, "--to", addressee)
    ok(db_path, "inquiry", "close", "--id", draft, "--reason", "Семья написала сама")
    [entry] = json.loads(ok(db_path, "inquiry", "list", "--json"))
    assert (entry["status"], entry["due_on"], entry["overdue"]) == ("closed", None, False)


def test_an_answer_before_sending_is_refused_in_russian(db_path: Path) -> None:
    reference, _person = a_case(db_path)
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    draft = ok(db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны")
    message = refused(
        run(db_path, "inquiry", "answer", "--id", draft, "--on", "2026-10-01", "--text", "Нет",
            env=RUSSIAN)
    )  # fmt: skip
    assert "ещё не отправлен" in message


def test_a_registration_before_the_sent_day_is_refused(db_path: Path) -> None:
    reference, _person = a_case(db_path)
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    inquiry = ok(
        db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны",
        "--sent-on", "2026-09-03",
    )  # fmt: skip
    message = refused(run(db_path, "inquiry", "register", "--id", inquiry, "--on", "2026-09-01"))
    assert "before the inquiry was sent" in message
    [entry] = json.loads(ok(db_path, "inquiry", "list", "--json"))
    assert entry["registered_on"] is None


def test_an_unknown_addressee_is_named(db_path: Path) -> None:
    reference, _person = a_case(db_path)
    message = refused(run(db_path, "inquiry", "add", "--case", reference, "--to", "Прокуратура"))
    assert "Прокуратура" in message


def test_an_extension_the_law_does_not_allow_is_refused_unless_the_office_wrote_it(
    db_path: Path,
) -> None:
    reference, person = a_case(db_path)
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    inquiry = ok(
        db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны", "--person", person,
        "--sent-on", "2026-09-03",
    )  # fmt: skip
    ok(db_path, "inquiry", "register", "--id", inquiry, "--on", "2026-09-04")
    extend = ("inquiry", "extend", "--id", inquiry, "--reason", "Проверка", "--until")
    ok(db_path, *extend, "2026-10-20")
    message = refused(run(db_path, *extend, "2026-11-01", env=RUSSIAN))
    assert message == (
        "По закону срок ответа «Минобороны» можно продлить только 1 раз, и он уже продлён. "
        "Если орган всё же так написал, запишите это как продление сверх допустимого законом "
        "(--beyond-law)."
    )
    english = refused(run(db_path, *extend, "2026-11-01"))
    assert "only 1 time," in english
    [entry] = json.loads(ok(db_path, "inquiry", "list", "--json"))
    assert entry["due_on"] == "2026-10-20"

    ok(db_path, *extend, "2026-11-01", "--beyond-law")
    ok(db_path, *extend, "2026-11-01", "--beyond-law")  # the same again: nothing new
    [entry] = json.loads(ok(db_path, "inquiry", "list", "--json"))
    assert entry["due_on"] == "2026-11-01"
