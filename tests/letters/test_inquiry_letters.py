"""Letters for an inquiry: addressed to its addressee, about its person on behalf of its
applicant, with the case's earlier inquiries and what came of them (all names fictional)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.letters import find_template, letter_facts, render_letter
from caseworker.services import addressees, cases, inquiries
from tests.cli_runner import ok
from tests.conftest import ACTOR, SampleCase
from tests.letters.conftest import letter_text

TODAY = date(2026, 11, 20)


def two_inquiries(database: Database, case: SampleCase) -> tuple[int, int]:
    """An unanswered letter to a commissariat of 3 September, then one to the prosecutor."""
    with database.write() as session:
        commissariat = addressees.add_addressee(
            session, ACTOR, name="Военный комиссариат Курской области", kind="commissariat"
        )
        prosecutor = addressees.add_addressee(
            session, ACTOR, name="Военная прокуратура Западного военного округа",
            kind="prosecutor", postal_address="г. Энск, ул. Примерная, д. 5",
        )  # fmt: skip
        earlier = inquiries.add_inquiry(
            session, ACTOR, case.case_id, commissariat.id, person_id=case.person_id,
            applicant_id=case.relative_id, sent_on="2026-09-03",
        )  # fmt: skip
        now = inquiries.add_inquiry(
            session, ACTOR, case.case_id, prosecutor.id, person_id=case.person_id,
            applicant_id=case.relative_id,
        )  # fmt: skip
        return earlier.id, now.id


def test_a_letter_for_an_inquiry_names_its_addressee_and_the_earlier_inquiries(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    _, now = two_inquiries(database, complete_case)
    with database.read() as session:
        facts = letter_facts(
            session,
            complete_case.case_id,
            inquiry_id=now,
            representative="Волонтёрова И.",
            today=TODAY,
        )
    text = letter_text(render_letter(find_template("prosecutor"), facts, tmp_path / "ж.docx"))
    lines = text.splitlines()
    assert lines[:2] == [
        "Военная прокуратура Западного военного округа",
        "г. Энск, ул. Примерная, д. 5",
    ]
    assert "Военному прокурору" not in text
    assert (
        "— 3 September 2026, Военный комиссариат Курской области: no answer within 30 days to "
        "our letter of 3 September 2026;" in lines
    )
    assert text.count("Военная прокуратура") == 1  # the inquiry itself is not an earlier one
    assert "Заявитель: Шумова Ольга Ёжиковна" in text


def test_without_an_inquiry_the_lines_for_the_addressee_are_left_to_fill_in(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    two_inquiries(database, complete_case)
    with database.read() as session:
        facts = letter_facts(
            session, complete_case.case_id, representative="Волонтёрова И.", today=TODAY
        )
    text = letter_text(render_letter(find_template("prosecutor"), facts, tmp_path / "ж.docx"))
    assert text.splitlines()[0] == "Военному прокурору"
    # Both inquiries are earlier ones now; the draft is not among them (never sent).
    assert "Военный комиссариат Курской области: no answer within 30 days" in text
    assert "Военная прокуратура" not in text


def test_an_inquiry_of_another_case_is_refused(
    database: Database, complete_case: SampleCase
) -> None:
    _, now = two_inquiries(database, complete_case)
    with database.write() as session:
        other = cases.create_case(session, ACTOR, family_name="Ивановы").id
    with database.read() as session, pytest.raises(ValidationError, match="is not in case"):
        letter_facts(session, other, inquiry_id=now)


def test_the_command_line_makes_the_letter_of_an_inquiry(
    db_path: Path, database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    _, now = two_inquiries(database, complete_case)
    out = tmp_path / "жалоба.docx"
    assert ok(db_path, "letter", "--inquiry", str(now), "--template", "prosecutor",
              "--out", str(out)) == str(out)  # fmt: skip
    assert letter_text(out).startswith("Военная прокуратура Западного военного округа\n")
