"""Check the vault against the database: every referenced file present, with its hash and
size, every valid hash recorded, and no file in the vault that nothing refers to."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from itertools import chain, groupby
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.models import AuditEntry, Case, Evidence, PublishedList
from caseworker.vault.store import TEMP_PREFIX, EvidenceVault, is_sha256

#: A file written in the vault this recently may belong to an addition under way (copied,
#: not yet recorded) in this or another window, so it is not called unreferenced yet.
RECENT = timedelta(minutes=10)


class FileState(StrEnum):
    MISSING = "missing"
    ALTERED = "altered"
    UNREADABLE = "unreadable"
    BAD_HASH = "bad_hash"  # the database holds no valid SHA-256 for the item
    SIZE_CHANGED = "size_changed"  # the recorded size is not the stored file's size
    OTHER_KEY = "other_key"  # sealed with another database's key (or its header altered)


@dataclass(frozen=True, slots=True)
class VaultFault:
    """A stored file that is missing or altered, with the evidence items that use it."""

    sha256: str
    state: FileState
    names: tuple[str, ...]  # original names of the items, for the caseworker to recognise
    cases: tuple[str, ...]  # case references
    recorded_size: int | None = None  # SIZE_CHANGED: what the items say
    stored_size: int | None = None  # SIZE_CHANGED: what the file holds
    #: Names of the published lists whose file this is (a list's file has no item or case).
    lists: tuple[str, ...] = ()
    #: ALTERED in a sealed vault: the 1-based number of the first part (chunk) found wrong;
    #: None when not known (a plain vault, or a sealed file whose beginning is damaged).
    part: int | None = None


@dataclass(frozen=True, slots=True)
class UnreferencedFile:
    """A file in the vault that no evidence item refers to (its record deleted, say)."""

    path: str  # relative to the vault, with forward slashes: ``ab/cd/abcd…``
    size: int
    added_as: str  # the name it was last added under, from the audit; "" if unknown
    #: In a sealed vault, a file that is not sealed: readable by whoever reads the disk.
    unencrypted: bool = False


class _Row(NamedTuple):
    """One user of a stored file: an evidence item of a case, or a published list."""

    sha256: str
    name: str  # the item's original name or the list's file name
    case: str  # the case's reference; "" for a list
    size: int  # the recorded size
    list_name: str = ""  # the published list's name; "" for an item


def _evidence(session: Session) -> Iterator[tuple[str, list[_Row]]]:
    rows = session.execute(
        select(Evidence.sha256, Evidence.original_name, Case.reference, Evidence.size)
        .join(Case, Case.id == Evidence.case_id)
        .order_by(Evidence.sha256, Evidence.id)
        .execution_options(yield_per=5_000)
    )
    for sha256, group in groupby(rows, key=lambda row: row[0]):
        yield sha256, [_Row(row[0], row[1], row[2], row[3]) for row in group]


def _referenced(session: Session) -> Iterator[tuple[str, list[_Row]]]:
    """Each referenced hash with its users: the evidence items, then the published lists
    whose file it is (lists are few: read whole)."""
    lists: dict[str, list[_Row]] = {}
    query = select(
        PublishedList.sha256, PublishedList.file_name, PublishedList.size, PublishedList.name
    ).order_by(PublishedList.id)
    for sha256, file_name, size, name in session.execute(query):
        lists.setdefault(sha256, []).append(_Row(sha256, file_name, "", size, name))
    for sha256, users in _evidence(session):
        yield sha256, users + lists.pop(sha256, [])
    yield from sorted(lists.items())


def _fault(
    sha256: str, state: FileState, users: list[_Row], *, part: int | None = None, **sizes: int
) -> VaultFault:
    items = [user for user in users if not user.list_name]
    names = tuple(dict.fromkeys(user.name for user in items))
    cases = tuple(dict.fromkeys(user.case for user in items))
    lists = tuple(dict.fromkeys(user.list_name for user in users if user.list_name))
    return VaultFault(sha256, state, names, cases, **sizes, lists=lists, part=part)


def _not_verified(vault: EvidenceVault, sha256: str, users: list[_Row]) -> VaultFault:
    """The fault of a stored file whose content is not what was stored: in a sealed vault,
    told apart by what its check found (another key, or the first part found wrong)."""
    from caseworker.vault.sealed_store import SealedVault  # loads cryptography

    if not isinstance(vault, SealedVault):
        return _fault(sha256, FileState.ALTERED, users)
    from caseworker.vault.sealed import NotASealedFile, SealedKeyMismatch

    damage = vault.damage_of(sha256)
    if isinstance(damage, SealedKeyMismatch):
        return _fault(sha256, FileState.OTHER_KEY, users)
    part = None if damage is None or isinstance(damage, NotASealedFile) else damage.part
    return _fault(sha256, FileState.ALTERED, users, part=part)


def _check_file(vault: EvidenceVault, sha256: str, users: list[_Row]) -> Iterator[VaultFault]:
    if not is_sha256(sha256):
        yield _fault(sha256, FileState.BAD_HASH, users)
        return
    path = vault.path_of(sha256)
    try:
        path.stat()
    except OSError:
        yield _fault(sha256, FileState.MISSING, users)
        return
    if not path.is_file():
        yield _fault(sha256, FileState.MISSING, users)
        return
    found = vault.hash_of_stored(sha256)
    if found is None:
        yield _fault(sha256, FileState.UNREADABLE, users)
        return
    if found != sha256:
        yield _not_verified(vault, sha256, users)
        return
    size = vault.stored_size(sha256)  # the content's size: a sealed file's plaintext
    if size is None:
        yield _fault(sha256, FileState.MISSING, users)  # removed since it was hashed
        return
    for recorded, group in groupby(sorted(users, key=lambda u: u.size), key=lambda u: u.size):
        if recorded != size:
            yield _fault(
                sha256,
                FileState.SIZE_CHANGED,
                list(group),
                recorded_size=recorded,
                stored_size=size,
            )


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
        faults.extend(_check_file(vault, sha256, users))
        if progress is not None:
            progress(checked)
    return faults


def _vault_files(root: Path) -> Iterator[Path]:
    """Every file in the vault but the unfinished copies (see :mod:`.leftovers`)."""
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            if folder == str(root) and name.startswith(TEMP_PREFIX):
                continue
            yield Path(folder, name)


def _added_as(session: Session, sha256: str) -> str:
    """The name a file was last added under, from the audit entries of new items."""
    entries = session.scalars(
        select(AuditEntry.new_value)
        .where(
            AuditEntry.entity == Evidence.__tablename__,
            AuditEntry.action == "create",
            AuditEntry.new_value.contains(f'"sha256": "{sha256}"'),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    for entry in entries:
        try:
            return str(json.loads(entry or "{}").get("original_name", ""))
        except (ValueError, AttributeError):
            return ""
    return ""


def unreferenced_files(
    session: Session, vault: EvidenceVault, *, now: datetime | None = None, named: int = 20
) -> Iterator[UnreferencedFile]:
    """Files in the vault that no item or published list refers to, written at least
    :data:`RECENT` ago.

    The first ``named`` come with the name they were added under (looked up in the audit
    by the file's SHA-256: in a sealed vault the file is decrypted to tell it); the rest, to
    be counted rather than listed, without. Only the referenced names are kept in memory.
    A sealed vault names its files by a keyed hash, so each referenced SHA-256 is mapped to
    its name; a file under any other name (a stray file, a malformed name) is named.
    """
    if not vault.root.is_dir():
        return
    referenced = _referenced_names(session, vault)
    cutoff = (now or datetime.now(UTC)).timestamp() - RECENT.total_seconds()
    for path in _vault_files(vault.root):
        if path.name in referenced and path == vault.path_of_name(path.name):
            continue
        try:
            info = path.lstat()
        except OSError:
            continue  # removed meanwhile
        if info.st_mtime > cutoff:
            continue
        unencrypted = vault.is_unencrypted_file(path)
        sha256 = None
        if named > 0:
            plain_name = unencrypted and is_sha256(path.name)  # left from a plain vault?
            sha256 = path.name if plain_name else vault.content_hash_of_file(path)
        name = _added_as(session, sha256) if sha256 else ""
        named -= 1
        size = info.st_size if unencrypted else vault.content_size_of(info.st_size)
        relative = path.relative_to(vault.root).as_posix()
        yield UnreferencedFile(relative, size, name, unencrypted)


def _referenced_names(session: Session, vault: EvidenceVault) -> set[str]:
    """The vault names of every file an item or a published list refers to (a list's file is
    kept without an evidence item: it has no case); a hash that is no SHA-256 has none."""
    hashes = chain(
        session.scalars(select(Evidence.sha256).distinct()),
        session.scalars(select(PublishedList.sha256)),
    )
    names = set()
    for sha256 in hashes:
        lowered = (sha256 or "").lower()
        if is_sha256(lowered):
            names.add(vault.name_of(lowered))
    return names
