"""The starter letters render on the demo cases, so that a first look at the program can write
one; only the DNA letter waits for a case where a sample was taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.inquiries.starter import FEDERAL_OFFICES, StarterAddressee
from caseworker.letters import LetterRefused, letter_facts, render_letter, starter_templates
from caseworker.models import Relative
from tests.conftest import ACTOR
from tests.letters.conftest import letter_text


def test_every_starter_letter_renders_on_every_demo_case(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        demo = [(case.id, case.reference) for case in load_demo(session, ACTOR)]
    written, refused = [], []
    for case_id, reference in demo:
        with database.read() as session:
            applicant = session.scalars(
                select(Relative).where(Relative.case_id == case_id).order_by(Relative.id)
            ).first()
            assert applicant is not None and applicant.address
            facts = letter_facts(session, case_id, applicant_id=applicant.id, representative=ACTOR)
        for template in starter_templates():
            out = tmp_path / f"{reference}-{template.name}.docx"
            try:
                render_letter(template.path, facts, out)
            except LetterRefused as error:
                refused.append((reference, template.name, error.missing))
                continue
            assert applicant.address in letter_text(out)
            written.append(template.name)
    # Every case but one has no DNA sample: that letter names the sample's three fields.
    assert len(written) == 5 * 5 + 1
    assert {name for _reference, name, _missing in refused} == {"dna"}
    assert all(len(missing) == 3 for _reference, _name, missing in refused)


@pytest.mark.parametrize("office", FEDERAL_OFFICES, ids=lambda office: office.kind.value)
def test_the_starter_offices_with_an_address_have_a_postcode(office: StarterAddressee) -> None:
    address = office.postal_address
    assert not address or (address[:6].isdigit() and "г. Москва" in address)
