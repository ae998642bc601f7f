"""``letter`` on the command line: the templates listed, a letter made, a letter refused with
the missing fields named and nothing written, in the interface language."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import ok, refused, run
from tests.conftest import SampleCase
from tests.letters.conftest import MakeTemplate, letter_text

RUSSIAN = {"LANG": "ru_RU.UTF-8"}


def test_the_templates_are_listed_in_text_and_json(db_path: Path) -> None:
    lines = ok(db_path, "letter", "templates").splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "commissariat", "ministry", "prosecutor", "ombudsman", "red-cross", "dna",
    ]  # fmt: skip
    assert lines[-1] == "dna\tA request to compare DNA"
    listed = json.loads(ok(db_path, "letter", "templates", "--json"))
    assert listed[0]["name"] == "commissariat" and listed[0]["path"].endswith(".docx")
    russian = run(db_path, "letter", "templates", env=RUSSIAN)
    assert "dna\tЗаявление о сравнении ДНК" in russian.stdout


def test_a_letter_is_made_from_a_starter_template(
    db_path: Path, complete_case: SampleCase, tmp_path: Path
) -> None:
    out = tmp_path / "письмо.docx"
    printed = ok(db_path, "letter", "--case", complete_case.reference,
                 "--template", "red-cross", "--out", str(out))  # fmt: skip
    assert printed == str(out)
    text = letter_text(out)
    assert "ЗАПРОС О РОЗЫСКЕ" in text
    assert "фамилия, имя, отчество: Шумов Алексей Петрович;" in text
    # The representative: the case names no caseworker, so the one at the terminal.
    assert "Представитель ____________________ tester" in text


def test_missing_fields_are_named_and_nothing_is_written(
    db_path: Path, sample_case: SampleCase, tmp_path: Path
) -> None:
    out = tmp_path / "letter.docx"
    args = ("letter", "--case", sample_case.reference, "--person", str(sample_case.person_id),
            "--applicant", str(sample_case.relative_id), "--template", "commissariat",
            "--out", str(out))  # fmt: skip
    assert refused(run(db_path, *args)) == (
        "The letter was not made. The case lacks the applicant's postal address and the "
        "sought person's date of birth."
    )
    assert refused(run(db_path, *args, env=RUSSIAN)) == (
        "Письмо не составлено. В деле не указаны: почтовый адрес заявителя и дата рождения "
        "разыскиваемого."
    )
    assert not out.exists()


def test_an_edited_template_with_an_unknown_placeholder_is_refused(
    db_path: Path, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template("{{ заявитель.фио }}, {{ заявитель.индекс }}")
    out = tmp_path / "letter.docx"
    message = refused(run(db_path, "letter", "--case", complete_case.reference,
                          "--template", str(template), "--out", str(out)))  # fmt: skip
    assert message.endswith("placeholders the program does not know: заявитель.индекс.")
    assert not out.exists()


def test_wrong_choices_are_refused_with_a_sentence(
    db_path: Path, complete_case: SampleCase, tmp_path: Path
) -> None:
    out = str(tmp_path / "letter.docx")
    case = complete_case.reference
    assert refused(run(db_path, "letter", "--case", case, "--out", out)) == (
        "A letter needs --template."
    )
    assert "There is no template “nowhere”" in refused(
        run(db_path, "letter", "--case", case, "--template", "nowhere", "--out", out)
    )
    assert refused(run(db_path, "letter", "--case", case, "--applicant", "999",
                       "--template", "dna", "--out", out))  # fmt: skip
    assert not Path(out).exists()
