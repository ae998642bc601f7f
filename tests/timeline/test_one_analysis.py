"""The timeline and the workbook's Contradictions sheet list the same findings.

Both are made from :mod:`caseworker.services.analysis_inputs`; these tests read both back as
a user sees them (the timeline service's list, the exported sheet) and compare them person by
person: rule, severity, sentence (which names the reports) and the explanation, if any.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from python_calamine import CalamineWorkbook
from sqlalchemy import select

from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.models import Case, SoughtPerson
from caseworker.services.explanations import explain_contradiction
from caseworker.services.timeline import load_timeline
from caseworker.synth import synthesize
from caseworker.vocab import ContradictionRule, Severity
from caseworker.xlsx.workbook.language import choice_labels, sheet_title
from tests.conftest import ACTOR
from tests.xlsx.conftest import export

Finding = tuple[str, str, str, str]  # rule, severity, sentence, note ("" when open)
ByPerson = dict[tuple[str, str], Counter[Finding]]


def explain_first(database: Database, today: date) -> None:
    """Explain the first contradiction found, so that both lists must carry its note."""
    with database.write() as session:
        for person_id in session.scalars(select(SoughtPerson.id).order_by(SoughtPerson.id)):
            found = load_timeline(session, person_id, today=today).contradictions
            if found:
                first = found[0].contradiction
                explain_contradiction(
                    session, ACTOR, person_id, first.rule, first.report_ids, "Checked by phone."
                )
                return
    raise AssertionError("no contradiction to explain")


def timeline_findings(database: Database, today: date) -> ByPerson:
    rules, severities = choice_labels(ContradictionRule), choice_labels(Severity)
    found: ByPerson = {}
    with database.read() as session:
        people = session.execute(
            select(SoughtPerson.id, Case.reference).join(Case, Case.id == SoughtPerson.case_id)
        ).all()
        for person_id, reference in people:
            timeline = load_timeline(session, person_id, today=today)
            findings = found.setdefault((reference, timeline.person_name), Counter())
            for item in timeline.contradictions:
                c = item.contradiction
                findings[
                    (rules[c.rule], severities[c.severity], c.explanation, item.note or "")
                ] += 1
    return {key: value for key, value in found.items() if value}


def workbook_findings(path: Path) -> ByPerson:
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(sheet_title("Contradictions")).to_python()[1:]
    found: ByPerson = {}
    for reference, person, rule, severity, sentence, note in rows:
        key = (str(reference), str(person))
        found.setdefault(key, Counter())[(str(rule), str(severity), str(sentence), str(note))] += 1
    return found


def assert_same_findings(database: Database, path: Path, *, separate_process: bool) -> None:
    today = date.today()
    explain_first(database, today)
    export(database, path, today=today, separate_process=separate_process)
    in_timeline = timeline_findings(database, today)
    in_workbook = workbook_findings(path)
    assert in_timeline, "the data should hold contradictions"
    assert any(note for findings in in_workbook.values() for *_, note in findings)
    assert in_workbook == in_timeline


def test_the_demo_timeline_and_workbook_list_the_same_contradictions(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        load_demo(session, ACTOR)
    assert_same_findings(database, tmp_path / "demo.xlsx", separate_process=False)


def test_synthetic_cases_timeline_and_workbook_list_the_same_contradictions(
    database: Database, tmp_path: Path
) -> None:
    synthesize(database, 300, seed=20261202, actor=ACTOR)
    assert_same_findings(database, tmp_path / "synth.xlsx", separate_process=True)
