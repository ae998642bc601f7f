"""Check the vault against the database: every referenced file present, with its hash."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.models import Case, Evidence
from caseworker.vault.store import EvidenceVault


class FileState(StrEnum):
    MISSING = "missing"
    ALTERED = "altered"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class VaultFault:
    """A stored file that is missing or altered, with the evidence items that use it."""

    sha256: str
    state: FileState
    names: tuple[str, ...]  # original names of the items, for the caseworker to recognise
    cases: tuple[str, ...]  # case references


def _referenced(session: Session) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Each hash the database refers to (hidden items too: their file is kept), with its users."""
    rows = session.execute(
        select(Evidence.sha256, Evidence.original_name, Case.reference)
        .join(Case, Case.id == Evidence.case_id)
        .order_by(Evidence.sha256, Evidence.id)
        .execution_options(yield_per=5_000)
    )
    for sha256, group in groupby(rows, key=lambda row: row[0]):
        yield sha256, [(row[1], row[2]) for row in group]


def verify_vault(
    session: Session,
    vault: EvidenceVault,
    progress: Callable[[int], None] | None = None,
) -> list[VaultFault]:
    """Hash every referenced file; return those missing or altered ([] when all is well).

    ``progress`` is called with the number of files checked so far.
    """
    faults: list[VaultFault] = []
    for checked, (sha256, users) in enumerate(_referenced(session), start=1):
        path = vault.path_of(sha256)
        state: FileState | None = None
        if not path.is_file():
            state = FileState.MISSING
        else:
            found = vault.hash_of_stored(sha256)
            if found is None:
                state = FileState.UNREADABLE
            elif found != sha256:
                state = FileState.ALTERED
        if state is not None:
            names = tuple(dict.fromkeys(name for name, _ in users))
            cases = tuple(dict.fromkeys(reference for _, reference in users))
            faults.append(VaultFault(sha256, state, names, cases))
        if progress is not None:
            progress(checked)
    return faults
