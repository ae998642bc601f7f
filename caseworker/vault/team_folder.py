"""The team's evidence folder: the vault of a database on a server (``CASEWORKER_EVIDENCE_DIR``).

Each caseworker's computer reaches the same folder (a network share mounted on each). The
vault's files are written there as beside a database file: copied under a temporary name,
flushed, renamed to their SHA-256 in one atomic step. Two caseworkers adding the same file at
the same moment therefore store it once: each renames a complete copy to the same name, and
whichever comes second finds it there (or replaces it by the same bytes).

The program never creates the team's folder itself. A share that is not mounted leaves an
empty local folder (or nothing) at its place; creating the folder there would put the
evidence on one laptop, out of the team's sight. A missing or unusable folder is refused with
a sentence (:class:`VaultNotReachable`) when evidence is touched; cases, reports and search do
not need it. An empty folder while the database refers to stored files is the empty mount
point of a share not mounted, and is refused the same way (:func:`check_not_empty`).

The vault's own subfolders and files are made readable (and the subfolders writable) by the
folder's group too, so that caseworkers with their own system accounts on a share that keeps
them apart can all add files.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from caseworker.i18n import translate
from caseworker.vault.errors import VaultNotReachable

#: How long a look at the team's folder may take before it counts as not reachable.
ANSWER_SECONDS = 5.0
#: Modes of the team vault's subfolders and files (the plain vault's are 0o700 and 0o400).
FOLDER_MODE = 0o770
FILE_MODE = 0o440


def everything_else_works() -> str:
    """The sentence saying what still works without the evidence folder."""
    return translate(
        "Evidence",
        "Cases, reports and search work as usual; evidence can be seen and added once the "
        "folder is there.",
    )


def _missing(folder: Path) -> str:
    return translate(
        "Evidence",
        "The team's evidence folder {folder} cannot be found: is the shared folder connected "
        "(mounted) on this computer?",
    ).format(folder=folder)


def _unusable(folder: Path, reason: str) -> str:
    return translate(
        "Evidence",
        "The team's evidence folder {folder} cannot be used here ({reason}): is the shared "
        "folder connected, and may you read and write it?",
    ).format(folder=folder, reason=reason)


def _refused(message: str) -> VaultNotReachable:
    return VaultNotReachable(f"{message} {everything_else_works()}")


def check_team_folder(folder: Path, answer_seconds: float | None = None) -> Path:
    """``folder`` when it is an existing folder this process may read, write and enter;
    raises :class:`VaultNotReachable` with a sentence otherwise (a stale network mount's
    error included, and a share that does not answer within ``answer_seconds``, by default
    :data:`ANSWER_SECONDS`: a share whose server is gone can hold a look at it for minutes,
    and the window waits for this answer)."""
    outcome: list[Path | VaultNotReachable] = []

    def look() -> None:
        try:
            outcome.append(_check(folder))
        except VaultNotReachable as error:
            outcome.append(error)

    # A thread of its own, left behind if the share never answers (it holds nothing).
    looking = threading.Thread(target=look, name="evidence-folder-check", daemon=True)
    looking.start()
    looking.join(ANSWER_SECONDS if answer_seconds is None else answer_seconds)
    if not outcome:
        raise _refused(_silent(folder))
    if isinstance(outcome[0], VaultNotReachable):
        raise outcome[0]
    return outcome[0]


def _silent(folder: Path) -> str:
    return translate(
        "Evidence",
        "The team's evidence folder {folder} does not answer: is the shared folder's server "
        "or the network down?",
    ).format(folder=folder)


def _check(folder: Path) -> Path:
    try:
        info = folder.stat()
    except FileNotFoundError as error:
        raise _refused(_missing(folder)) from error
    except OSError as error:
        raise _refused(_unusable(folder, error.strerror or str(error))) from error
    if not stat.S_ISDIR(info.st_mode):
        raise _refused(_unusable(folder, translate("Evidence", "it is not a folder")))
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise _refused(_unusable(folder, os.strerror(13)))  # EACCES: "Permission denied"
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError as error:
        raise _refused(_unusable(folder, error.strerror or str(error))) from error
    return folder


def _empty(folder: Path) -> str:
    return translate(
        "Evidence",
        "The team's evidence folder {folder} is empty, but this database has files in it: is "
        "the shared folder connected (mounted) on this computer?",
    ).format(folder=folder)


def _holds_vault_files(folder: Path) -> bool:
    """Whether ``folder`` has a vault subfolder (``ab/``, made with the first file)."""
    try:
        with os.scandir(folder) as entries:
            return any(
                len(entry.name) == 2 and entry.is_dir(follow_symlinks=False) for entry in entries
            )
    except OSError:
        return False


def check_not_empty(folder: Path, refers_to_files: Callable[[], bool]) -> None:
    """Refuse ``folder`` with :class:`VaultNotReachable` when it holds no stored file while
    the database ``refers_to_files`` (asked only then): the empty mount point of a share
    not mounted. Raises nothing else."""
    if not _holds_vault_files(folder) and refers_to_files():
        raise _refused(_empty(folder))


def share_with_group(path: Path, mode: int) -> None:
    """Give ``path`` ``mode`` (beyond the umask), when this process owns it; raises nothing
    (a folder made by a colleague keeps the mode they gave it)."""
    try:
        if path.stat().st_uid == os.geteuid():
            os.chmod(path, mode)
    except OSError:
        pass
