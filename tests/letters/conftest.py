"""Fixtures for letters: the sample case made complete enough for the starter letters, and
templates a caseworker might have edited (all names fictional)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from caseworker.db import Database
from caseworker.services import persons, relatives
from tests.conftest import ACTOR, SampleCase

MakeTemplate = Callable[..., Path]


@pytest.fixture
def complete_case(database: Database, sample_case: SampleCase) -> SampleCase:
    """The sample case with the applicant's address and the person's birth date and call sign."""
    with database.write() as session:
        relatives.update_relative(
            session, ACTOR, sample_case.relative_id, None, address="г. Курск, ул. Садовая, д. 1"
        )
        persons.update_person(
            session, ACTOR, sample_case.person_id, None, birth_date="1992-03-14", call_sign="Ёж"
        )
    return sample_case


@pytest.fixture
def make_template(tmp_path: Path) -> MakeTemplate:
    """A .docx template with one paragraph per line, as Word would save an edited one."""

    def make(*lines: str, name: str = "edited.docx") -> Path:
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        path = tmp_path / name
        document.save(str(path))
        return path

    return make


def letter_text(path: Path) -> str:
    """The letter's paragraphs as python-docx reads them back, one per line."""
    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
