""" "This is him" makes the list's file evidence of the person's case, once per case."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.models import Evidence, ListEntry, PublishedList
from caseworker.services import cases
from caseworker.services.evidence import evidence_of_report
from caseworker.services.evidence_purge import purge_evidence
from caseworker.services.matching.decisions import decide, withdraw_decision
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.store import EvidenceVault
from caseworker.vault.verify import unreferenced_files, verify_vault
from caseworker.vocab import Claim, Credibility, Reliability
from tests.conftest import ACTOR, add_person

CSV = "Фамилия;Имя;Отчество\nШумов;Алексей;Викторович\nШумов;Пётр;Викторович\n".encode()


def make_list(session: Session, vault: EvidenceVault) -> list[int]:
    """A list kept in the vault as an import keeps it (no evidence item); its entries' ids."""
    stored = vault.store_stream(io.BytesIO(CSV), "обмен.csv", size_hint=len(CSV))
    published = PublishedList(
        name="Обмен 14 ноября", publisher="Координационный штаб",
        published_on=date(2026, 11, 14), address="https://example.org/obmen",
        means=Claim.RELEASED, reliability=Reliability.B, credibility=Credibility("2"),
        sha256=stored.sha256, file_name="обмен.csv", size=stored.size, column_map="{}",
        entered_by=ACTOR,
    )  # fmt: skip
    session.add(published)
    session.flush()
    entries = [
        ListEntry(
            list_id=published.id,
            row_number=row,
            published="{}",
            surname="Шумов",
            given_name=given,
            patronymic="Викторович",
            service_number="",
            unit="",
            region="",
            note="",
        )
        for row, given in ((2, "Алексей"), (3, "Пётр"))
    ]
    session.add_all(entries)
    session.flush()
    return [entry.id for entry in entries]


def test_this_is_him_links_the_report_to_the_list_file_in_the_case(
    database: Database,
) -> None:
    vault = vault_of_engine(database.engine)  # sealed when the tests run encrypted
    with database.write() as session:
        first_entry, second_entry = make_list(session, vault)
        case = cases.create_case(session, ACTOR, family_name="Шумовы")
        brothers = [
            add_person(session, case.id, "Шумов Алексей Викторович").id,
            add_person(session, case.id, "Шумов Пётр Викторович").id,
        ]
        case_id, reference = case.id, case.reference
        sha256 = session.scalars(select(PublishedList.sha256)).one()

    with database.write() as session:
        first = decide(session, ACTOR, first_entry, brothers[0], same=True).report_id
        second = decide(session, ACTOR, second_entry, brothers[1], same=True).report_id
    with database.read() as session:
        (item,) = session.scalars(select(Evidence).where(Evidence.case_id == case_id))
        assert item.sha256 == sha256
        assert (item.original_name, item.size) == ("обмен.csv", len(CSV))
        assert "Обмен 14 ноября" in item.description
        assert item.source_url == "https://example.org/obmen"
        assert [e.id for e in evidence_of_report(session, first or 0)] == [item.id]
        assert [e.id for e in evidence_of_report(session, second or 0)] == [item.id]
        item_id = item.id
    assert sorted(p.name for p in vault.root.rglob("*") if p.is_file()) == [vault.name_of(sha256)]
    with database.read() as session:
        assert verify_vault(session, vault) == []

    # Undone and decided again: the same item supports the fresh report.
    with database.write() as session:
        decision = decide(session, ACTOR, first_entry, brothers[0], same=True)
        withdraw_decision(session, ACTOR, decision.id)
        again = decide(session, ACTOR, first_entry, brothers[0], same=True).report_id
        assert [e.id for e in evidence_of_report(session, again or 0)] == [item_id]
        assert session.query(Evidence).count() == 1

    # Purging the case's item leaves the file the list still refers to.
    with database.write() as session:
        purged = purge_evidence(session, vault, ACTOR, [item_id], reference)
    assert (purged.items, purged.unreferenced) == (1, ())
    assert vault.contains(sha256)
    with database.read() as session:
        assert verify_vault(session, vault) == []
        assert list(unreferenced_files(session, vault, now=datetime(2100, 1, 1, tzinfo=UTC))) == []
