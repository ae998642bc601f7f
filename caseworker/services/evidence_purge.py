"""Purging evidence for good, when a family asks for its data to be deleted; clearing away
the unfinished copies of interrupted additions.

Unlike removing an item (which hides it), a purge deletes the items' records and, where no
other item in any case still refers to the same content, the stored file. It asks for the
case's reference as confirmation and is audited. The files are deleted only once the
transaction has committed: if it rolls back, the records and files both stay. They are
deleted holding the write lock again, after looking once more that no item refers to them:
a colleague may have added the same content meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from caseworker.errors import DatabaseError, ValidationError
from caseworker.i18n import translate
from caseworker.models import Case, Evidence, PublishedList
from caseworker.services import audit
from caseworker.services.cases import get_case
from caseworker.services.evidence import get_evidence
from caseworker.vault.errors import PurgedFilesKept
from caseworker.vault.leftovers import Cleaned, remove_unfinished_copies
from caseworker.vault.store import EvidenceVault

_PENDING = "caseworker.evidence.files_to_delete"
_LISTENING = "caseworker.evidence.listening"


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge deleted: item records; and the stored files it left unreferenced, which
    are deleted once it has committed, unless a colleague refers to one again meanwhile."""

    items: int
    unreferenced: tuple[str, ...]  # their SHA-256


def _delete_pending(session: Session) -> None:
    pending: list[tuple[EvidenceVault, str]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    failures: list[str] = []
    # A colleague may have recorded the same content since the purge's commit (its file
    # copied before, outside the write lock): the references are looked at again in a
    # write of its own, holding the lock, and only files nobody refers to are deleted
    # while it is held. An addition recorded after sees the file gone and says so.
    bind = session.get_bind()  # the write sessions' engine: its begin takes the lock
    engine = bind if isinstance(bind, Engine) else bind.engine
    try:
        with engine.connect() as connection, connection.begin():
            used = _still_used(connection, sorted({sha256 for _, sha256 in pending}))
            for vault, sha256 in pending:
                if sha256 not in used:
                    _delete_file(vault, sha256, failures)
    except (DatabaseError, SQLAlchemyError):  # the server gone or busy since the commit
        raise PurgedFilesKept(
            translate(
                "Evidence",
                "The items were deleted, but their files stay in the evidence folder for now: "
                "the database did not answer (unreachable or busy) when asked whether a "
                "colleague has added the same files meanwhile. The integrity check (the "
                "command “caseworker check”) names the files nothing refers to.",
            )
        ) from None
    if failures:
        raise PurgedFilesKept(
            translate(
                "Evidence",
                "The items were deleted, but these files could not be removed from the "
                "evidence folder; delete them by hand: {files}",
            ).format(files="; ".join(failures))
        )


def _delete_file(vault: EvidenceVault, sha256: str, failures: list[str]) -> None:
    """Delete a stored file; a failure is added to ``failures`` (its name or path and why).
    Raises nothing."""
    try:
        vault.delete(sha256)
    except OSError as error:
        # A sealed vault names its files by a keyed hash: its file's path, to find it.
        where = sha256 if vault.name_of(sha256) == sha256 else str(vault.path_of(sha256))
        failures.append(f"{where}: {error.strerror or error}")


def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _delete_after_commit(session: Session, vault: EvidenceVault, hashes: Iterable[str]) -> None:
    if not session.info.get(_LISTENING):
        event.listen(session, "after_commit", _delete_pending)
        event.listen(session, "after_rollback", _forget_pending)
        session.info[_LISTENING] = True
    session.info.setdefault(_PENDING, []).extend((vault, sha256) for sha256 in hashes)


def _check_confirmation(case: Case, confirm: str) -> None:
    if confirm.strip() != case.reference:
        raise ValidationError(
            translate(
                "Evidence",
                "To delete evidence for good, confirm by typing the case reference {reference}. "
                "Nothing was deleted.",
            ).format(reference=case.reference),
            field="confirm",
        )


def purge_evidence(
    session: Session,
    vault: EvidenceVault,
    actor: str,
    evidence_ids: Sequence[int],
    confirm: str,
    reason: str = "",
) -> PurgeResult:
    """Delete items of one case for good; ``confirm`` must be that case's reference.

    Raises :class:`NotFound` when an item does not exist, :class:`ValidationError` when the items
    belong to several cases or ``confirm`` is not the case's reference.
    """
    items = [get_evidence(session, evidence_id) for evidence_id in dict.fromkeys(evidence_ids)]
    if not items:
        return PurgeResult(0, ())
    case_ids = {item.case_id for item in items}
    if len(case_ids) > 1:
        raise ValidationError(
            translate("Evidence", "A purge deletes evidence of one case at a time."),
            field="evidence_ids",
        )
    _check_confirmation(get_case(session, case_ids.pop()), confirm)
    return _purge(session, vault, actor, items, reason)


def purge_case_evidence(
    session: Session,
    vault: EvidenceVault,
    actor: str,
    case_id: int,
    confirm: str,
    reason: str = "",
) -> PurgeResult:
    """Delete all of a case's evidence for good, removed items included.

    Raises :class:`NotFound` when the case does not exist, :class:`ValidationError` when ``confirm``
    is not its reference.
    """
    case = get_case(session, case_id)
    _check_confirmation(case, confirm)
    items = list(session.scalars(select(Evidence).where(Evidence.case_id == case_id)))
    return _purge(session, vault, actor, items, reason)


def _purge(
    session: Session, vault: EvidenceVault, actor: str, items: list[Evidence], reason: str
) -> PurgeResult:
    hashes = sorted({item.sha256 for item in items})
    for item in items:
        audit.record(session, actor, "purge", item, "sha256", old=item.sha256, note=reason)
        session.delete(item)
    session.flush()
    still_used = _still_used(session.connection(), hashes)
    unused = tuple(sha256 for sha256 in hashes if sha256 not in still_used)
    _delete_after_commit(session, vault, unused)
    return PurgeResult(len(items), unused)


def _still_used(connection: Connection, hashes: Sequence[str]) -> set[str]:
    """Which of ``hashes`` an item (in any case, removed or not) or a published list refers
    to. Raises SQLAlchemy's errors."""
    if not hashes:
        return set()
    used = set(
        connection.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(hashes)).distinct())
    )
    # A published list keeps its file under its hash without an item: never delete it.
    used.update(
        connection.scalars(select(PublishedList.sha256).where(PublishedList.sha256.in_(hashes)))
    )
    return used


def clean_unfinished_copies(vault: EvidenceVault) -> Cleaned:
    """Remove the unfinished copies interrupted additions left in the vault.

    Copies under way (in this or another window, or on another computer sharing the
    folder) are kept: see :mod:`caseworker.vault.leftovers` for how they are told apart.
    Nothing in the database refers to an unfinished copy, so nothing is audited.

    Raises nothing: a copy that cannot be removed is left for the next time.
    """
    return remove_unfinished_copies(vault)


def count_references(session: Session, sha256: str) -> int:
    """How many items, in any case, refer to the stored file (removed ones included).

    Raises nothing.
    """
    return session.scalar(select(func.count()).where(Evidence.sha256 == sha256)) or 0
