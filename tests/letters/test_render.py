"""Letters rendered from templates: the words of the case in them, hostile text escaped,
a letter refused before anything is written when the case lacks what the template prints
or the template uses a placeholder the program does not know."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.letters import (
    LetterRefused,
    TemplateProblem,
    find_template,
    letter_facts,
    render_letter,
    starter_templates,
)
from caseworker.letters.facts import LetterFacts
from caseworker.letters.placeholders import GROUPS, LISTS
from caseworker.letters.templates import LETTERS_DIR
from caseworker.services import relatives
from tests.conftest import ACTOR, SampleCase
from tests.letters.conftest import MakeTemplate, letter_text


def facts_of(database: Database, case: SampleCase) -> LetterFacts:
    with database.read() as session:
        return letter_facts(session, case.case_id, representative="Волонтёрова И.")


def test_a_starter_letter_carries_the_case_in_cyrillic(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    out = render_letter(
        find_template("commissariat"), facts_of(database, complete_case), tmp_path / "л.docx"
    )
    text = letter_text(out)
    assert "Заявитель: Шумова Ольга Ёжиковна" in text
    assert "Адрес для ответа: г. Курск, ул. Садовая, д. 1" in text
    assert "фамилия, имя, отчество: Шумов Алексей Петрович;" in text
    assert "дата рождения: 14.03.1992;" in text
    assert "позывной: Ёж;" in text
    assert "воинская часть: в/ч 00000;" in text
    assert "Представитель заявителя: Волонтёрова И." in text
    # Both reports, in time order with their sources, and the open contradiction's sentence.
    assert text.index("командир роты") < text.index("военнослужащий другой стороны")
    assert "Эти сведения противоречат друг другу:" in text
    assert "{{" not in text and "{%" not in text


def test_every_starter_template_renders_for_a_complete_case(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    with database.write() as session:
        relatives.update_relative(
            session, ACTOR, complete_case.relative_id, None, dna_collected_on="2026-06-01",
            dna_lab="Лаборатория № 1", dna_sample_ref="ОБР-17",
        )  # fmt: skip
    facts = facts_of(database, complete_case)
    names = [template.name for template in starter_templates()]
    assert names == ["commissariat", "ministry", "prosecutor", "ombudsman", "red-cross", "dna"]
    for name in names:
        text = letter_text(render_letter(find_template(name), facts, tmp_path / f"{name}.docx"))
        assert "Шумов Алексей Петрович" in text, name
        assert "{{" not in text and "{%" not in text, name
    assert "номер образца: ОБР-17" in letter_text(tmp_path / "dna.docx")


def test_a_hostile_name_is_escaped_not_cutting_the_letter(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    with database.write() as session:
        relatives.update_relative(
            session, ACTOR, complete_case.relative_id, None,
            surname="Мария <Маша>", given_name="</w:t></w:r>&amp;", patronymic="{{ 7*7 }}",
        )  # fmt: skip
    out = render_letter(
        find_template("ministry"), facts_of(database, complete_case), tmp_path / "л.docx"
    )
    text = letter_text(out)
    assert "Заявитель: Мария <Маша> </w:t></w:r>&amp; {{ 7*7 }}" in text
    # The text after the name is all there: nothing was cut.
    assert "Ответ прошу направить по адресу: г. Курск, ул. Садовая, д. 1." in text
    assert "49" not in text


def test_a_missing_field_is_named_and_nothing_is_written(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    out = tmp_path / "letter.docx"
    out.write_bytes(b"the earlier letter")
    with pytest.raises(LetterRefused) as refused:
        render_letter(find_template("commissariat"), facts_of(database, sample_case), out)
    assert refused.value.missing == (
        "the applicant's postal address",
        "the sought person's date of birth",
    )
    assert refused.value.message == (
        "The letter was not made. The case lacks the applicant's postal address and the "
        "sought person's date of birth."
    )
    assert out.read_bytes() == b"the earlier letter"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []


def test_an_optional_field_left_empty_is_not_missing(
    database: Database, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template(
        "{{ разыскиваемый.фио }}",
        "{%p if заявитель.почта %}",
        "Эл. почта: {{ заявитель.почта }}",
        "{%p endif %}",
    )
    out = render_letter(template, facts_of(database, complete_case), tmp_path / "л.docx")
    assert letter_text(out) == "Шумов Алексей Петрович"


def test_unknown_placeholders_in_an_edited_template_are_named(
    database: Database, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template(
        "{{ заявитель.индекс }} {{ получатель }}",
        "{% if ложь %}{{ разыскиваемый.группа_крови }}{% endif %}",
        "{%p for с in сообщения %}",
        "{{ с.дата }} {{ с.оценка }}",
        "{%p endfor %}",
    )
    out = tmp_path / "letter.docx"
    with pytest.raises(LetterRefused) as refused:
        render_letter(template, facts_of(database, complete_case), out)
    assert set(refused.value.unknown) == {
        "получатель", "ложь", "заявитель.индекс", "разыскиваемый.группа_крови", "с.оценка",
    }  # fmt: skip
    assert refused.value.missing == ()
    assert "placeholders the program does not know" in refused.value.message
    assert not out.exists()


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("{{ заявитель.фио ", "has a placeholder that cannot be read"),
        ("{{ ''.__class__.__mro__ }}", "has a placeholder that cannot be read"),
    ],
)
def test_a_broken_or_unsafe_template_is_refused_with_a_sentence(
    database: Database, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path,
    line: str, words: str,
) -> None:  # fmt: skip
    with pytest.raises(TemplateProblem, match=words):
        render_letter(make_template(line), facts_of(database, complete_case), tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()


def test_a_file_that_is_not_a_word_document_is_refused(
    database: Database, complete_case: SampleCase, tmp_path: Path
) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("not a document", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="is not a Word document"):
        render_letter(fake, facts_of(database, complete_case), tmp_path / "a.docx")
    with pytest.raises(TemplateProblem, match="There is no template “nowhere”"):
        find_template("nowhere")


def test_the_starter_templates_are_made_again_byte_for_byte(tmp_path: Path) -> None:
    before = {path.name: path.read_bytes() for path in LETTERS_DIR.glob("*.docx")}
    script = tmp_path / "make_templates.py"
    script.write_bytes((LETTERS_DIR / "make_templates.py").read_bytes())
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True, timeout=120)
    after = {path.name: path.read_bytes() for path in tmp_path.glob("*.docx")}
    assert after == before
    assert len(before) == 6


def test_the_templates_readme_names_every_placeholder() -> None:
    readme = (LETTERS_DIR / "README.md").read_text(encoding="utf-8")
    for group, names in GROUPS.items():
        for name in names:
            assert f"{group}.{name}" in readme or f".{name}`" in readme, (group, name)
    for name, columns in LISTS.items():
        assert f"`{name}`" in readme
        for column in columns:
            assert f"`{column}`" in readme, (name, column)


def test_a_letter_never_replaces_its_template_nor_takes_another_kind_of_name(
    database: Database, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template("{{ заявитель.фио }}")
    before = template.read_bytes()
    facts = facts_of(database, complete_case)
    with pytest.raises(ValidationError, match="would replace its own template"):
        render_letter(template, facts, template)
    assert template.read_bytes() == before
    with pytest.raises(ValidationError, match=r"give a file name ending in \.docx"):
        render_letter(template, facts, tmp_path / "letter.pdf")
    assert not (tmp_path / "letter.pdf").exists()


def test_a_group_or_a_row_printed_whole_is_refused_naming_a_field_to_print(
    database: Database, complete_case: SampleCase, make_template: MakeTemplate, tmp_path: Path
) -> None:
    template = make_template(
        "{{ заявитель }}",
        "{%p for п in противоречия %}",
        "{{ п }}",
        "{%p endfor %}",
    )
    with pytest.raises(LetterRefused) as refused:
        render_letter(template, facts_of(database, complete_case), tmp_path / "a.docx")
    assert refused.value.whole == ("заявитель → заявитель.фамилия", "п → п.текст")
    assert refused.value.message.endswith(
        "name one field instead: заявитель → заявитель.фамилия, п → п.текст."
    )
