"""The contradictions table model: a correct Qt model, open findings first, explained last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from caseworker.db import Database
from caseworker.services import explanations
from caseworker.services.timeline import load_timeline
from tests.conftest import ACTOR, SampleCase
from ui.timeline.contradiction_model import (
    ContradictionColumn,
    ContradictionModel,
    ContradictionRole,
)


def _model(database: Database, person_id: int) -> ContradictionModel:
    with database.read() as session:
        result = load_timeline(session, person_id)
    model = ContradictionModel()
    model.set_contradictions(result.contradictions)
    return model


def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, database: Database, sample_case: SampleCase
) -> None:
    model = _model(database, sample_case.person_id)
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    model.set_contradictions([])
    qtmodeltester.check(model)


def test_rows_name_the_rule_the_severity_and_the_sentence(
    database: Database, sample_case: SampleCase
) -> None:
    model = _model(database, sample_case.person_id)
    row = next(
        number
        for number in range(model.rowCount())
        if model.index(number, 0).data(ContradictionRole.RULE) == "alive_after_death"
    )
    assert model.index(row, ContradictionColumn.RULE).data() == "alive after death"
    assert model.index(row, ContradictionColumn.SEVERITY).data() == "high"
    sentence = model.index(row, ContradictionColumn.SENTENCE).data()
    assert "reported alive" in sentence and "3 days later" in sentence
    assert model.index(row, ContradictionColumn.NOTE).data() == "open"
    assert model.index(row, 0).data(ContradictionRole.REPORT_IDS) == (
        sample_case.killed_report_id,
        sample_case.alive_report_id,
    )
    assert model.index(row, 0).data(ContradictionRole.EXPLAINED) is False
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Contradiction"


def test_explained_findings_come_last_with_their_note(
    qtmodeltester: ModelTester, database: Database, sample_case: SampleCase
) -> None:
    ids = (sample_case.killed_report_id, sample_case.alive_report_id)
    with database.write() as session:
        explanations.explain_contradiction(
            session, ACTOR, sample_case.person_id, "alive_after_death", ids, "Перепутали роты"
        )
    model = _model(database, sample_case.person_id)
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.index(last, 0).data(ContradictionRole.EXPLAINED) is True
    assert model.index(last, 0).data(ContradictionRole.REPORT_IDS) == ids
    assert model.index(last, ContradictionColumn.NOTE).data() == "explained: Перепутали роты"
    assert "tester" in model.index(last, ContradictionColumn.NOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.open_count == model.rowCount() - 1
