"""The evidence item model: Qt's model rules, thumbnails filling in, graphic items, marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import evidence
from caseworker.services.evidence_list import list_evidence
from caseworker.vault import EvidenceVault
from caseworker.vault.of_database import vault_of_session
from tests.conftest import ACTOR, SampleCase
from ui.evidence.evidence_model import EvidenceListModel, EvidenceRole
from ui.evidence.thumbnails import ThumbnailMaker


@pytest.fixture
def filled(database: Database, sample_case: SampleCase, tmp_path: Path) -> EvidenceVault:
    with database.write() as session:
        vault = vault_of_session(session)
        for number, colour in enumerate(("#c33", "#3c3", "#33c")):
            image = QImage(64, 48, QImage.Format.Format_RGB32)
            image.fill(QColor(colour))
            path = tmp_path / f"photo {number}.png"
            image.save(str(path))
            evidence.add_evidence(
                session, vault, ACTOR, sample_case.case_id, path, graphic=number == 1
            )
        note = tmp_path / "note.txt"
        note.write_text("first line\nsecond line\n", encoding="utf-8")
        evidence.add_evidence(session, vault, ACTOR, sample_case.case_id, note)
    return vault


def test_the_model_passes_qt_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    sample_case: SampleCase,
    filled: EvidenceVault,
    tmp_path: Path,
) -> None:
    maker = ThumbnailMaker(tmp_path / "cache")
    model = EvidenceListModel(filled, maker)
    with database.read() as session:
        items = list_evidence(session, sample_case.case_id)
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    for row in range(4):
        model.index(row, 0).data(EvidenceRole.THUMBNAIL)  # asks for the thumbnails
    qtbot.waitUntil(lambda: maker.pending() == 0, timeout=10_000)
    images = [model.index(row, 0).data(EvidenceRole.THUMBNAIL) for row in range(4)]
    assert sum(image is not None for image in images) == 3
    texts = [model.index(row, 0).data(EvidenceRole.TEXT_PREVIEW) for row in range(4)]
    assert "first line\nsecond line" in texts
    hidden = [model.index(row, 0).data(EvidenceRole.HIDDEN) for row in range(4)]
    assert hidden.count(True) == 1
    graphic = items[hidden.index(True)]
    model.reveal(graphic.id)
    assert model.index_of(graphic.id).data(EvidenceRole.HIDDEN) is False
    model.set_highlighted([items[0].id])
    assert model.index(0, 0).data(EvidenceRole.HIGHLIGHTED) is True
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)
    maker.wait()
