"""The list's file as evidence of the case whose person "this is him" found on it.

A published list belongs to no case, so its file is kept in the vault under its SHA-256
without an evidence item. When an entry is decided to be a sought person, the file becomes
an item of that person's case (once per case: the case's item of that hash is reused),
linked to the report made from the list. The vault is content-addressed, so nothing is
copied: the item refers to the file the list already keeps, and a purge of the item leaves
the file while the list refers to it (:mod:`caseworker.services.evidence_purge`).
"""

from __future__ import annotations

from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.models import Evidence, PublishedList
from caseworker.services.evidence import record_evidence
from caseworker.timeline.sentences import day_text
from caseworker.vault.sniff import XLSX
from caseworker.vault.store import StoredFile

#: What the vault's sniffing finds in a list's file: a workbook, else text (the only two
#: kinds an import reads).
_TEXT = "text/plain"


def _media_type(session: Session, listed: PublishedList) -> str:
    """The media type the vault gave the file: an item's with the same hash, else by the
    name (an import reads a workbook or text)."""
    known = session.scalar(
        select(Evidence.media_type).where(Evidence.sha256 == listed.sha256).limit(1)
    )
    if known:
        return known
    return XLSX if PurePath(listed.file_name).suffix.lower() == ".xlsx" else _TEXT


def description(listed: PublishedList) -> str:
    """The item's description: which list the file is. Raises nothing."""
    return translate(
        "Matching", "The file of the published list “{name}” ({publisher}, {day})."
    ).format(
        name=listed.name,
        publisher=listed.publisher,
        day=day_text(listed.published_on),
    )


def attach_list_file(
    session: Session, actor: str, case_id: int, listed: PublishedList, report_id: int
) -> int:
    """Make the list's file an evidence item of case ``case_id`` (or reuse the case's item of
    that file, shown again if it was removed) linked to report ``report_id``; its id.

    Raises :class:`NotFound` when the case or the report does not exist,
    :class:`ValidationError` when the report belongs to another case.
    """
    address = listed.address.strip()
    stored = StoredFile(listed.sha256, listed.size, _media_type(session, listed), True)
    added = record_evidence(
        session,
        actor,
        case_id,
        stored,
        listed.file_name,
        report_ids=[report_id],
        description=description(listed),
        source_url=address if address.startswith(("http://", "https://")) else "",
    )
    return added.item.id
